package coop.spokes.transparency.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/**
 * What a claimant or treasurer says about an expense: its category, who was paid (and the name the
 * public may see, which may be a pseudonym), how much in which currency, when and what for.
 */
public record ExpenseDetails(
    String categoryCode,
    String payeeName,
    String payeePublicName,
    BigDecimal amount,
    String currency,
    LocalDate spentOn,
    String description) {
  /** The largest amount accepted, well within NUMERIC(19,4). */
  public static final BigDecimal MAX = new BigDecimal("999999999");

  /**
   * The same details, trimmed and checked: an amount above zero in the currency's smallest unit, a
   * day not after {@code today}, names and description within their columns. A blank public name
   * becomes the payee's name.
   *
   * @throws TransparencyException {@code transparency.expense.category} at {@code category}, {@code
   *     transparency.expense.payee} at {@code payee}, {@code transparency.expense.publicName} at
   *     {@code publicName}, {@code transparency.expense.currency} at {@code currency}, {@code
   *     transparency.expense.amount} at {@code amount}, {@code transparency.expense.date} at {@code
   *     spentOn}, {@code transparency.expense.description} at {@code description}
   */
  public ExpenseDetails checked(LocalDate today) {
    if (categoryCode == null || categoryCode.isBlank()) {
      throw new TransparencyException("category", "transparency.expense.category");
    }
    String payee = text(payeeName, 200, "payee", "transparency.expense.payee");
    String shown =
        payeePublicName == null || payeePublicName.isBlank()
            ? payee
            : text(payeePublicName, 200, "publicName", "transparency.expense.publicName");
    Currency money = currencyOf(currency);
    if (amount == null
        || amount.signum() <= 0
        || amount.compareTo(MAX) > 0
        || amount.stripTrailingZeros().scale() > Math.max(0, money.getDefaultFractionDigits())) {
      throw new TransparencyException(
          "amount", "transparency.expense.amount", Math.max(0, money.getDefaultFractionDigits()));
    }
    if (spentOn == null || spentOn.isAfter(today) || spentOn.isBefore(today.minusYears(10))) {
      throw new TransparencyException("spentOn", "transparency.expense.date");
    }
    String what = text(description, 2000, "description", "transparency.expense.description");
    return new ExpenseDetails(
        categoryCode.strip(),
        payee,
        shown,
        amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount,
        money.getCurrencyCode(),
        spentOn,
        what);
  }

  /** The same details paid to {@code payee} (a reimbursement's claimant). */
  public ExpenseDetails withPayee(String payee) {
    return new ExpenseDetails(
        categoryCode, payee, payeePublicName, amount, currency, spentOn, description);
  }

  private static Currency currencyOf(String code) {
    if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
      throw new TransparencyException("currency", "transparency.expense.currency");
    }
    try {
      return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TransparencyException("currency", "transparency.expense.currency");
    }
  }

  private static String text(String value, int max, String field, String key) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw new TransparencyException(field, key, max);
    }
    return value.strip();
  }
}
