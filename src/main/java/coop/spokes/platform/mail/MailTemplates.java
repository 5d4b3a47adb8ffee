package coop.spokes.platform.mail;

import coop.spokes.platform.i18n.Texts;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a mail template in one language from the bundles: {@code mail.<template>.subject} and
 * {@code mail.<template>.body} (with {@code {0}}-style arguments), framed by {@code
 * mail.greeting}-free common parts {@code mail.footer}. The HTML alternative is the same text,
 * escaped, with paragraphs and links; arguments are escaped, so nothing a user typed becomes
 * markup.
 */
public final class MailTemplates {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

  private MailTemplates() {}

  public static RenderedMail render(String template, Locale locale, Object... args) {
    String subject =
        Texts.text(locale, "mail." + template + ".subject", args).replaceAll("[\\r\\n]+", " ");
    String body = Texts.text(locale, "mail." + template + ".body", args);
    String footer = Texts.text(locale, "mail.footer");
    String text = body + "\n\n-- \n" + footer + "\n";
    String html =
        "<!DOCTYPE html><html lang=\""
            + locale.getLanguage()
            + "\"><head><meta charset=\"UTF-8\"><title>"
            + escape(subject)
            + "</title></head><body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">"
            + paragraphs(body)
            + "<hr><p style=\"color:#666;font-size:smaller\">"
            + linkify(escape(footer))
            + "</p></body></html>";
    return new RenderedMail(subject, text, html);
  }

  private static String paragraphs(String text) {
    StringBuilder out = new StringBuilder();
    for (String para : text.split("\\n\\s*\\n")) {
      out.append("<p>").append(linkify(escape(para.strip())).replace("\n", "<br>")).append("</p>");
    }
    return out.toString();
  }

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
