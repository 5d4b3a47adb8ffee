package coop.spokes.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * One bundle over all of Spokes' message files for one language: {@code
 * i18n/<name>[_<lang>].properties} for every name in {@link #FILES}, read as UTF-8. Registered in
 * faces-config.xml both as the {@code msg} resource bundle and as the Faces message bundle (which
 * also overrides standard Faces and PrimeFaces messages, so Catalan, which neither ships, is
 * complete).
 *
 * <p>One subclass per language ({@code Messages_es}, ...) lets {@link ResourceBundle#getBundle}
 * find it; the English {@code Messages_en} exists so a lookup for English never falls back to the
 * JVM's default locale.
 */
public abstract class SpokesBundle extends ResourceBundle {
  /** Every message file, one per context plus shared ones. A new context adds its name here. */
  public static final List<String> FILES =
      List.of(
          "common",
          "faces",
          "platform",
          "mail",
          "audit",
          "identity",
          "custodian",
          "membership",
          "timesheet",
          "contribution",
          "assembly",
          "transparency");

  private final Map<String, String> messages;

  protected SpokesBundle(String language) {
    this.messages = load(language);
  }

  /** Reads all files of a language ({@code null} or "en" for the English base files). */
  public static Map<String, String> load(String language) {
    String suffix = language == null || language.equals("en") ? "" : "_" + language;
    Map<String, String> all = new HashMap<>();
    for (String file : FILES) {
      String path = "i18n/" + file + suffix + ".properties";
      try (InputStream in = SpokesBundle.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing message file " + path);
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        p.forEach((k, v) -> all.put((String) k, (String) v));
      } catch (IOException e) {
        throw new UncheckedIOException(path, e);
      }
    }
    return Collections.unmodifiableMap(all);
  }

  @Override
  protected Object handleGetObject(String key) {
    return messages.get(key);
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(messages.keySet());
  }
}
