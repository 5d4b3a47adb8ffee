package coop.spokes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages and their beans are one family: {@code <context>/.../my-contributions.xhtml} is served by
 * {@code coop.spokes.<context>.web.MyContributionsPage}, which the page names ({@code
 * #{myContributionsPage...}}), and no two pages anywhere share a file name. The home page and the
 * error page belong to the platform ({@code PageTemplate}, {@code ErrorPage}).
 */
class PageNamesTest {
  static final Path WEBAPP = Path.of("src/main/webapp");
  static final Path SOURCES = Path.of("src/main/java/coop/spokes");

  /** Pages whose bean is not named after them, with the bean (platform pages). */
  static final Map<String, String> PLATFORM_PAGES =
      Map.of("index.xhtml", "platform/web/PageTemplate", "error.xhtml", "platform/web/ErrorPage");

  @Test
  void everyPageHasAUniqueNameAndTheBeanOfThatName() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, Path> byName = new HashMap<>();
    for (Path page : pages()) {
      String file = page.getFileName().toString();
      Path twin = byName.putIfAbsent(file, page);
      if (twin != null) {
        problems.add(WEBAPP.relativize(page) + " has the name of " + WEBAPP.relativize(twin));
      }
      Path relative = WEBAPP.relativize(page);
      String bean =
          PLATFORM_PAGES.getOrDefault(
              relative.toString(), relative.getName(0) + "/web/" + beanOf(file));
      Path source = SOURCES.resolve(bean + ".java");
      if (!Files.exists(source)) {
        problems.add(relative + " has no bean " + source);
        continue;
      }
      String el = decapitalize(source.getFileName().toString().replace(".java", ""));
      if (!PLATFORM_PAGES.containsKey(relative.toString())
          && !Files.readString(page).contains("#{" + el + ".")) {
        problems.add(relative + " does not use its bean #{" + el + "}");
      }
    }
    assertThat(problems).isEmpty();
  }

  /** {@code my-contributions.xhtml} → {@code MyContributionsPage}. */
  static String beanOf(String file) {
    StringBuilder name = new StringBuilder();
    for (String part : file.replace(".xhtml", "").split("-")) {
      name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
    }
    return name.append("Page").toString();
  }

  private static String decapitalize(String name) {
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .filter(p -> !WEBAPP.relativize(p).startsWith("WEB-INF"))
          .sorted()
          .toList();
    }
  }
}
