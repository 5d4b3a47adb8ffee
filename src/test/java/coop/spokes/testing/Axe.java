package coop.spokes.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the script Deque ships in its Selenium artifact) run in the page through Selenium:
 * every rule axe has, none disabled, on the whole document as it stands (an open dialog, a form
 * showing its validation messages). Only serious and critical findings are returned: those the
 * issue asks to be zero.
 */
public final class Axe {
  private static final String SCRIPT = load();

  /**
   * Runs axe on what the page shows now and hands back, as text, each violation of serious or
   * critical impact with the first nodes at fault. The result is built in the page so that only
   * short strings cross the driver.
   */
  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {resultTypes: ['violations']}).then(r => done(
        r.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => ({rule: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 3).map(n =>
                        n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')
                          .slice(0, 300))}))),
        e => done([{rule: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
      """;

  private Axe() {}

  /** A serious or critical finding: the rule, what it asks, and where it fails. */
  public record Finding(String rule, String impact, String help, List<String> nodes) {
    @Override
    public String toString() {
      return impact + " " + rule + " (" + help + "): " + String.join(" | ", nodes);
    }
  }

  /** Serious and critical findings on the page as the browser shows it now. */
  @SuppressWarnings("unchecked")
  public static List<Finding> check(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(SCRIPT);
    }
    List<Map<String, Object>> raw = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
    List<Finding> findings = new ArrayList<>();
    for (Map<String, Object> v : raw) {
      findings.add(
          new Finding(
              (String) v.get("rule"),
              (String) v.get("impact"),
              (String) v.get("help"),
              ((List<Object>) v.get("nodes")).stream().map(String::valueOf).toList()));
    }
    return findings;
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath (see pom.xml)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
