package coop.spokes.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every user-facing text comes from the i18n bundles, completely translated: every key in every
 * language, no empty value, no translation left identical to English unless allow-listed, no
 * literal text in pages, and every key a page or a class uses exists.
 */
class I18nCompletenessTest {
  static final Path I18N = Path.of("i18n");
  static final Path WEBAPP = Path.of("src/main/webapp");
  static final Path JAVA = Path.of("src/main/java");
  static final List<String> TRANSLATIONS = List.of("es", "ca", "fr");
  static final Set<String> TEXT_ATTRIBUTES =
      Set.of(
          "value",
          "title",
          "alt",
          "placeholder",
          "headerText",
          "header",
          "legend",
          "itemLabel",
          "emptyMessage",
          "label",
          "requiredMessage",
          "validatorMessage",
          "converterMessage",
          "footerText");
  static final Pattern LETTER = Pattern.compile("\\p{L}");
  static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\](\\.concat)?");

  /**
   * A whole audit call, over as many lines as the formatter wraps it to: action names are not keys.
   */
  static final Pattern AUDIT_RECORD = Pattern.compile("audit\\.record\\w*\\([^;]*;");

  static final Pattern JAVA_KEY =
      Pattern.compile(
          "\"((?:common|platform|identity|custodian|audit|mail|membership|contribution|timesheet|assembly|privacy|transparency|node)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

  @Test
  void everyBundleFileIsLoadedByTheMessagesBundle() throws IOException {
    assertThat(new TreeSet<>(SpokesBundle.FILES)).isEqualTo(new TreeSet<>(baseNames()));
  }

  @Test
  void everyKeyIsTranslatedInEveryLanguageAndNoneIsEmpty() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String base : baseNames()) {
      Map<String, String> en = load(base, null);
      en.forEach(
          (k, v) -> {
            if (v.isBlank()) {
              problems.add(base + ".properties: empty " + k);
            }
          });
      for (String lang : TRANSLATIONS) {
        Map<String, String> tr = load(base, lang);
        for (String k : en.keySet()) {
          if (!tr.containsKey(k)) {
            problems.add(base + "_" + lang + ": missing " + k);
          } else if (tr.get(k).isBlank()) {
            problems.add(base + "_" + lang + ": empty " + k);
          }
        }
        for (String k : tr.keySet()) {
          if (!en.containsKey(k)) {
            problems.add(base + "_" + lang + ": not in English " + k);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noTranslationIsLeftInEnglishUnlessAllowListed() throws IOException {
    Set<String> allowed = allowList();
    List<String> problems = new ArrayList<>();
    for (String base : baseNames()) {
      Map<String, String> en = load(base, null);
      for (String lang : TRANSLATIONS) {
        load(base, lang)
            .forEach(
                (k, v) -> {
                  if (v.equals(en.get(k)) && !allowed.contains(lang + ":" + k)) {
                    problems.add(base + "_" + lang + ": " + k + " = " + v);
                  }
                });
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void pagesHaveNoLiteralText() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path page : pages()) {
      Document doc = parse(page);
      collectLiterals(doc.getDocumentElement(), WEBAPP.relativize(page).toString(), problems);
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    Set<String> keys = allEnglishKeys().keySet();
    List<String> problems = new ArrayList<>();
    for (Path page : pages()) {
      Matcher m = PAGE_KEY.matcher(Files.readString(page));
      while (m.find()) {
        String key = m.group(1);
        boolean prefix = m.group(2) != null;
        boolean exists =
            prefix ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
        if (!exists) {
          problems.add(WEBAPP.relativize(page) + ": " + key + (prefix ? "…" : ""));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyKeyTheCodeUsesExists() throws IOException {
    Set<String> keys = allEnglishKeys().keySet();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(JAVA)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = AUDIT_RECORD.matcher(Files.readString(file)).replaceAll("");
        for (String line : code.lines().toList()) {
          if (line.contains("@ConfigProperty")
              || line.contains("getResource")
              || line.contains(".put(\"mail.")) {
            continue; // configuration keys are not bundle keys
          }
          Matcher m = JAVA_KEY.matcher(line);
          while (m.find()) {
            String key = m.group(1);
            if (!keys.contains(key)
                && !keys.contains("mail." + key + ".subject")
                && keys.stream().noneMatch(k -> k.startsWith(key + "."))) {
              problems.add(JAVA.relativize(file) + ": " + key);
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyRoleAndLanguageHasAName() throws IOException {
    Set<String> keys = allEnglishKeys().keySet();
    for (Role role : Role.values()) {
      assertThat(keys).contains("platform.Role." + role.name());
    }
    for (String lang : Languages.SUPPORTED) {
      assertThat(keys)
          .contains("platform.language.name." + lang, "platform.language.switchTo." + lang);
    }
  }

  @Test
  void everyMailTemplateHasSubjectAndBody() throws IOException {
    Map<String, String> mail = load("mail", null);
    for (String key : mail.keySet()) {
      if (key.endsWith(".subject")) {
        assertThat(mail).containsKey(key.replace(".subject", ".body"));
      } else if (key.endsWith(".body")) {
        assertThat(mail).containsKey(key.replace(".body", ".subject"));
      }
    }
  }

  @Test
  void englishLookupsNeverFallBackToTheJvmLanguage() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("es"));
      assertThat(Texts.text(java.util.Locale.ENGLISH, "identity.login.title")).isEqualTo("Sign in");
      assertThat(Texts.text(java.util.Locale.forLanguageTag("ca"), "identity.login.title"))
          .isNotEqualTo("Sign in");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  private static void collectLiterals(Element element, String page, List<String> problems) {
    String local = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    if (local.equals("script") || local.equals("style")) {
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    boolean param =
        local.equals("param") || local.equals("viewParam") || local.equals("selectItems");
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
      if (!param && TEXT_ATTRIBUTES.contains(name) && isLiteralText(a.getNodeValue())) {
        problems.add(page + ": <" + local + " " + name + "=\"" + a.getNodeValue() + "\">");
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.TEXT_NODE && isLiteralText(child.getNodeValue())) {
        problems.add(page + ": text \"" + child.getNodeValue().strip() + "\"");
      } else if (child instanceof Element e) {
        collectLiterals(e, page, problems);
      }
    }
  }

  /** Text with letters outside any EL expression. */
  static boolean isLiteralText(String text) {
    String outsideEl = text.replaceAll("#\\{[^}]*\\}", "");
    return LETTER.matcher(outsideEl).find();
  }

  private static Document parse(Path page) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    try (InputStream in = Files.newInputStream(page)) {
      return f.newDocumentBuilder().parse(in);
    }
  }

  static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  static Set<String> baseNames() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(I18N)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".properties")
            && !name.matches(".*_[a-z]{2}\\.properties")
            && !name.startsWith("ValidationMessages")) {
          names.add(name.substring(0, name.length() - ".properties".length()));
        }
      }
    }
    return names;
  }

  static Map<String, String> allEnglishKeys() throws IOException {
    Map<String, String> all = new TreeMap<>();
    for (String base : baseNames()) {
      all.putAll(load(base, null));
    }
    return all;
  }

  static Map<String, String> load(String base, String lang) throws IOException {
    Path file = I18N.resolve(base + (lang == null ? "" : "_" + lang) + ".properties");
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    }
    Map<String, String> map = new TreeMap<>();
    p.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }

  static Set<String> allowList() throws IOException {
    Set<String> allowed = new HashSet<>();
    try (InputStream in =
        I18nCompletenessTest.class.getResourceAsStream("/i18n/identical-allowed.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          allowed.add(l);
        }
      }
    }
    return allowed;
  }
}
