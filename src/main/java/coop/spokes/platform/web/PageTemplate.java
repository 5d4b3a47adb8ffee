package coop.spokes.platform.web;

import coop.spokes.platform.dashboard.DashboardContributor;
import coop.spokes.platform.dashboard.DashboardPanel;
import coop.spokes.platform.dashboard.MenuContributor;
import coop.spokes.platform.dashboard.MenuEntry;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.theme.ThemeResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * What the page template shows around every page: the menu (entries contributed by contexts,
 * filtered by the caller's grants), the dashboard panels and the theme.
 */
@Named("platformTemplate")
@RequestScoped
public class PageTemplate {
  public static final String DEFAULT_THEME = "default";
  private static final Pattern THEME_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  @Inject Access access;
  @Inject Instance<MenuContributor> menuContributors;
  @Inject Instance<DashboardContributor> dashboardContributors;
  @Inject Instance<ThemeResolver> themeResolvers;

  private MenuModel menuModel;
  private List<DashboardPanel> panels;
  private String theme;

  public MenuModel getMenuModel() {
    if (menuModel == null) {
      menuModel = buildMenu();
    }
    return menuModel;
  }

  public List<DashboardPanel> getPanels() {
    if (panels == null) {
      List<DashboardPanel> all = new ArrayList<>();
      dashboardContributors.forEach(c -> all.addAll(c.panels(access)));
      all.sort(Comparator.comparingInt(DashboardPanel::order));
      panels = all;
    }
    return panels;
  }

  /** The theme folder under themes/ for the signed-in user's custodian, or the default theme. */
  public String getTheme() {
    if (theme == null) {
      theme =
          access
              .userId()
              .flatMap(
                  id -> themeResolvers.stream().flatMap(r -> r.themeOf(id).stream()).findFirst())
              .filter(t -> THEME_ID.matcher(t).matches())
              .orElse(DEFAULT_THEME);
    }
    return theme;
  }

  public boolean isSignedIn() {
    return access.isSignedIn();
  }

  private MenuModel buildMenu() {
    List<MenuEntry> entries = new ArrayList<>();
    menuContributors.forEach(c -> entries.addAll(c.menuEntries(access)));
    entries.sort(Comparator.comparing(MenuEntry::section).thenComparingInt(MenuEntry::order));
    Map<String, DefaultSubMenu> sections = new LinkedHashMap<>();
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    int n = 0;
    for (MenuEntry e : entries) {
      DefaultSubMenu section =
          sections.computeIfAbsent(
              e.section(),
              key ->
                  DefaultSubMenu.builder()
                      .label(FacesMessages.text(key))
                      .id(key.replace('.', '-'))
                      .build());
      section
          .getElements()
          .add(
              DefaultMenuItem.builder()
                  .value(
                      e.count() == null
                          ? FacesMessages.text(e.labelKey())
                          : FacesMessages.text(e.labelKey()) + " (" + e.count() + ")")
                  .url(context + e.path())
                  .icon(e.icon())
                  .id("menu-" + n++)
                  .build());
    }
    DefaultMenuModel model = new DefaultMenuModel();
    sections.values().forEach(model.getElements()::add);
    return model;
  }
}
