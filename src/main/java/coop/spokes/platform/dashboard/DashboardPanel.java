package coop.spokes.platform.dashboard;

/**
 * One panel of a user's dashboard, contributed by a context.
 *
 * @param titleKey bundle key of its title
 * @param fragment the Facelets fragment that renders it, under {@code /WEB-INF/includes/<context>/}
 * @param order position on the dashboard
 */
public record DashboardPanel(String titleKey, String fragment, int order) {}
