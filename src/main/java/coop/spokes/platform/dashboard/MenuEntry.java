package coop.spokes.platform.dashboard;

/**
 * One entry of the main menu, contributed by a context.
 *
 * @param section bundle key of the menu section it belongs to (e.g. {@code platform.menu.admin})
 * @param labelKey bundle key of its label
 * @param path the page it opens, relative to the application (e.g. {@code /audit/audit-log.xhtml})
 * @param icon a PrimeIcons class such as {@code pi pi-list}
 * @param order position within its section
 * @param count a number shown after the label (e.g. applications waiting), or null
 */
public record MenuEntry(
    String section, String labelKey, String path, String icon, int order, Long count) {

  public MenuEntry(String section, String labelKey, String path, String icon, int order) {
    this(section, labelKey, path, icon, order, null);
  }
}
