package coop.spokes.assembly.web;

import coop.spokes.assembly.service.SchemeWords;
import coop.spokes.platform.web.FacesMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Puts the scheme's and a motion's plain words in the reader's language: an argument written
 * {@code @key} is itself translated (a class name, "at least"), the others are shown as they are.
 */
@Named
@ApplicationScoped
public class AssemblyWords {

  /** One sentence of {@link SchemeWords}, translated. */
  public String text(SchemeWords.Line line) {
    Object[] args =
        line.args().stream()
            .map(a -> a.startsWith("@") ? FacesMessages.text(a.substring(1)) : number(a))
            .toArray();
    return FacesMessages.text(line.key(), args);
  }

  /**
   * A ballot's choices as stored ({@code {"yes":"1"}}), in words: each option chosen (yes, no and
   * abstain translated), with its part of the vote when it was split.
   */
  public String choices(String json) {
    java.util.Map<String, String> chosen = SchemeWords.choices(json);
    java.util.List<String> parts = new java.util.ArrayList<>();
    boolean split = chosen.size() > 1;
    chosen.forEach(
        (option, part) -> parts.add(split ? option(option) + " " + part : option(option)));
    return String.join(", ", parts);
  }

  /** Options named one after the other, e.g. the elected. */
  public String list(java.util.List<String> options) {
    return String.join(", ", options.stream().map(this::option).toList());
  }

  /** An option's name: yes, no and abstain translated, others as the chairs wrote them. */
  public String option(String option) {
    return "yes".equals(option) || "no".equals(option) || "abstain".equals(option)
        ? FacesMessages.text("assembly.option." + option)
        : option;
  }

  /** A plain decimal ("66.67") in the reader's number format; any other text as it is. */
  private static String number(String arg) {
    if (!arg.matches("\\d+(\\.\\d+)?")) {
      return arg;
    }
    java.text.NumberFormat f =
        java.text.NumberFormat.getNumberInstance(
            jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    f.setMaximumFractionDigits(2);
    return f.format(new java.math.BigDecimal(arg));
  }

  /**
   * A raw weight as stored (an exact fraction such as {@code 7/2}) in the reader's number format,
   * to four decimals at most.
   */
  public String weight(String fraction) {
    if (fraction == null) {
      return "";
    }
    coop.spokes.assembly.tally.Fraction f = coop.spokes.assembly.tally.Fraction.parse(fraction);
    java.math.BigDecimal value =
        new java.math.BigDecimal(f.numerator())
            .divide(new java.math.BigDecimal(f.denominator()), 4, java.math.RoundingMode.HALF_EVEN);
    java.text.NumberFormat n =
        java.text.NumberFormat.getNumberInstance(
            jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    n.setMaximumFractionDigits(4);
    return n.format(value);
  }

  /** A class or kind code (PRODUCER, ORGANISATION), translated. */
  public String code(String code) {
    return code == null ? "" : FacesMessages.text("assembly.code." + code.toUpperCase(Locale.ROOT));
  }
}
