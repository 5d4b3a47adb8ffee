package coop.spokes.platform.mail;

import coop.spokes.platform.EmailAddresses;
import coop.spokes.platform.PlainText;
import coop.spokes.platform.i18n.Texts;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a mail template in one language from the bundles: {@code mail.<template>.subject} and
 * {@code mail.<template>.body} (with {@code {0}}-style arguments), followed by {@code mail.footer}.
 * The HTML alternative is the same text, escaped, in paragraphs.
 *
 * <p>Arguments are never markup and never links, whoever typed them: a text argument (a name) is
 * put on one line ({@link PlainText#oneLine}), escaped in the HTML, and any address-like part of it
 * is split with invisible breaks (a {@code <wbr>} in the HTML, a zero-width space in the plain
 * text) so that mail clients do not turn it into a link. Only a {@link MailLink} becomes a link; a
 * {@link MultilineText} keeps its line breaks; a {@link SecretLink} is left as the {@link
 * #SECRET_LINK} mark, which the outbox replaces with the freshly minted link when it sends the
 * mail. Numbers and dates are formatted for the language as usual.
 */
public final class MailTemplates {
  // The marks are control characters: arguments lose theirs (PlainText), so no one can type a mark,
  // and unlike U+001C..U+001F these are not whitespace, which String.strip() would remove.

  /** Stands for the secret link in a rendered mail until the outbox sends it. */
  public static final String SECRET_LINK = "\u0002";

  private static final char ARG = '\u0001';
  private static final Pattern ARG_MARK = Pattern.compile(ARG + "(\\d+)" + ARG);
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"\\p{Cc}]+");

  /** Where a client might see an address: after "scheme:" or "//", and at a dot within a word. */
  private static final Pattern ADDRESS_JOINT =
      Pattern.compile("(?<=[\\p{L}\\p{N}]:)(?=//)|(?<=://)|(?<=[\\p{L}\\p{N}-]\\.)(?=\\p{L})");

  private static final String ZERO_WIDTH_SPACE = "\u200B";

  private MailTemplates() {}

  public static RenderedMail render(String template, Locale locale, Object... args) {
    Object[] marked = new Object[args.length];
    int secrets = 0;
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      boolean text =
          a == null
              || a instanceof CharSequence
              || a instanceof MailLink
              || a instanceof MultilineText
              || a instanceof SecretLink;
      marked[i] = text ? ARG + Integer.toString(i) + ARG : a;
      secrets += a instanceof SecretLink ? 1 : 0;
    }
    if (secrets > 1) {
      throw new IllegalArgumentException("a mail carries at most one secret link");
    }
    String subjectPattern = Texts.text(locale, "mail." + template + ".subject", marked);
    if (subjectPattern.indexOf(ARG) >= 0 && subjectHasSecret(subjectPattern, args)) {
      throw new IllegalArgumentException("a secret link never goes into a subject");
    }
    String subject = fill(subjectPattern, a -> plain(args[a], true)).replaceAll("[\\r\\n]+", " ");
    String body = Texts.text(locale, "mail." + template + ".body", marked);
    String footer = Texts.text(locale, "mail.footer");
    String text = fill(body, a -> plain(args[a], false)) + "\n\n-- \n" + footer + "\n";
    String html =
        "<!DOCTYPE html><html lang=\""
            + locale.getLanguage()
            + "\"><head><meta charset=\"UTF-8\"><title>"
            + escape(subject)
            + "</title></head><body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">"
            + paragraphs(body, args)
            + "<hr><p style=\"color:#666;font-size:smaller\">"
            + linkify(escape(footer))
            + "</p></body></html>";
    return new RenderedMail(subject, text, html);
  }

  /** The plain text with the secret link in place of its mark. */
  public static String withLinkInText(String text, String link) {
    return text.replace(SECRET_LINK, link);
  }

  /** The HTML with the secret link, as a link, in place of its mark. */
  public static String withLinkInHtml(String html, String link) {
    String url = escape(link);
    return html.replace(SECRET_LINK, "<a href=\"" + url + "\">" + url + "</a>");
  }

  private static boolean subjectHasSecret(String subject, Object[] args) {
    Matcher m = ARG_MARK.matcher(subject);
    while (m.find()) {
      if (args[Integer.parseInt(m.group(1))] instanceof SecretLink) {
        return true;
      }
    }
    return false;
  }

  /** An argument in the plain text (or the subject, where it never spans lines). */
  private static String plain(Object arg, boolean subject) {
    if (arg instanceof MailLink link) {
      return link.url();
    }
    if (arg instanceof SecretLink) {
      return SECRET_LINK;
    }
    if (arg instanceof MultilineText block) {
      String lines = PlainText.lines(block.text() == null ? "" : block.text());
      return subject ? PlainText.oneLine(lines) : lines;
    }
    String line = PlainText.oneLine(arg == null ? "" : arg.toString());
    return EmailAddresses.isPlausible(line) ? line : unlinkable(line, ZERO_WIDTH_SPACE);
  }

  /** An argument in the HTML part, already escaped. */
  private static String html(Object arg) {
    if (arg instanceof MailLink link) {
      String url = escape(link.url());
      return "<a href=\"" + url + "\">" + url + "</a>";
    }
    if (arg instanceof SecretLink) {
      return SECRET_LINK;
    }
    if (arg instanceof MultilineText block) {
      return escape(PlainText.lines(block.text() == null ? "" : block.text()))
          .replace("\n", "<br>");
    }
    String line = PlainText.oneLine(arg == null ? "" : arg.toString());
    return EmailAddresses.isPlausible(line) ? escape(line) : unlinkable(escape(line), "<wbr>");
  }

  /** {@code text} with {@code mark} at every place a mail client could start or continue a link. */
  static String unlinkable(String text, String mark) {
    return ADDRESS_JOINT.matcher(text).replaceAll(Matcher.quoteReplacement(mark));
  }

  private static String fill(String pattern, Function<Integer, String> argument) {
    Matcher m = ARG_MARK.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(argument.apply(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String paragraphs(String body, Object[] args) {
    StringBuilder out = new StringBuilder();
    for (String para : body.split("\\n\\s*\\n")) {
      String own = linkify(escape(para.strip())).replace("\n", "<br>");
      out.append("<p>").append(fill(own, a -> html(args[a]))).append("</p>");
    }
    return out.toString();
  }

  /** Links the template's own addresses (in the bundle text), never an argument's. */
  private static String linkify(String escaped) {
    Matcher m = URL.matcher(escaped);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = m.group();
      m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
