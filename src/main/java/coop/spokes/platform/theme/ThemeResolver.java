package coop.spokes.platform.theme;

import java.util.Optional;

/**
 * Finds the theme of a signed-in user (their custodian's). Implemented by the custodian context and
 * discovered by CDI; visitors get the default theme.
 */
public interface ThemeResolver {
  Optional<String> themeOf(long userId);
}
