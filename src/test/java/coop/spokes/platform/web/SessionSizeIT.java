package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A signed-in user's session stays small however many pages they open: the server keeps the view
 * state of a few recent pages only (web.xml), so the session weighs the same after a long visit as
 * after a short one, and stays under {@link #BOUND_BYTES} serialized, as a cluster would replicate
 * it. Every attribute must serialize (sessions are replicated across instances).
 */
class SessionSizeIT extends SpokesIT {
  /** The stated bound (docs/operations.md, Memory): 256 KiB serialized per session. */
  static final long BOUND_BYTES = 256 * 1024;

  @Test
  void aLongVisitWeighsNoMoreThanAShortOneAndStaysUnderTheBound() {
    WebClient manager = signedIn(DemoData.MANAGER_ES);
    List<String> pages = pagesOf(manager.get("index.xhtml"));

    visit(manager, pages, 2);
    Map<String, String> afterShortVisit = weigh(manager);
    visit(manager, pages, 8);
    Map<String, String> afterLongVisit = weigh(manager);

    System.out.printf(
        "SessionSizeIT: %d page views %s bytes, %d page views %s bytes%n",
        pages.size() * 2,
        afterShortVisit.get("total"),
        pages.size() * 10,
        afterLongVisit.get("total"));
    assertThat(afterLongVisit.values()).noneMatch(v -> v.startsWith("unserializable"));
    assertThat(Long.parseLong(afterLongVisit.get("total")))
        .as("session after %s page views", pages.size() * 10)
        .isLessThan(BOUND_BYTES);
    // Once the few pages Faces keeps are full, more pages add nothing: each attribute weighs
    // within a few per cent of what it weighed after the short visit (Faces' own bookkeeping of
    // view-scoped beans grew by 400 bytes a page until ViewScopePruner).
    afterLongVisit.forEach(
        (name, bytes) -> {
          if (!"total".equals(name)) {
            long before = Long.parseLong(afterShortVisit.getOrDefault(name, "0"));
            assertThat(Long.parseLong(bytes))
                .as("%s after %s page views", name, pages.size() * 10)
                .isLessThanOrEqualTo(before + before / 10 + 256);
          }
        });
  }

  private static void visit(WebClient client, List<String> pages, int rounds) {
    for (int round = 0; round < rounds; round++) {
      for (String page : pages) {
        assertThat(client.get(page).status()).as(page).isEqualTo(200);
      }
    }
  }

  private Map<String, String> weigh(WebClient client) {
    Map<String, String> sizes = new LinkedHashMap<>();
    for (String line : client.get("test-probe/session").body().split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        sizes.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return sizes;
  }

  /** The pages the dashboard and the menu link to (without the language links). */
  private static List<String> pagesOf(Page dashboard) {
    List<String> pages = new ArrayList<>();
    for (Element a : dashboard.doc().select("#menuForm a[href], #dashboard a[href]")) {
      String href = a.attr("href");
      if (!href.isEmpty() && !href.startsWith("#") && !pages.contains(href)) {
        pages.add(href);
      }
    }
    assertThat(pages).hasSizeGreaterThan(6);
    return pages;
  }
}
