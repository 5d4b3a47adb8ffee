package coop.spokes.transparency.model;

import coop.spokes.platform.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an expense says, as stored for its current revision and for each earlier one: category,
 * payee and public name, amount, day, description and receipt.
 */
@Embeddable
public class ExpenseContent implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "category_code", nullable = false, length = 30)
  private String categoryCode;

  @Column(name = "payee_name", nullable = false, length = 200)
  private String payeeName;

  @Column(name = "payee_public_name", nullable = false, length = 200)
  private String payeePublicName;

  @Embedded private Money money;

  @Column(name = "spent_on", nullable = false)
  private LocalDate spentOn;

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Column(name = "receipt_id")
  private Long receiptId;

  protected ExpenseContent() {}

  /** The content of checked {@code details} with receipt {@code receiptId} (or none). */
  ExpenseContent(ExpenseDetails details, Long receiptId) {
    this.categoryCode = details.categoryCode();
    this.payeeName = details.payeeName();
    this.payeePublicName = details.payeePublicName();
    this.money = Money.of(details.amount(), details.currency());
    this.spentOn = details.spentOn();
    this.description = details.description();
    this.receiptId = receiptId;
  }

  /** The details it holds, to edit. */
  public ExpenseDetails details() {
    return new ExpenseDetails(
        categoryCode,
        payeeName,
        payeePublicName,
        money.amount(),
        money.currency(),
        spentOn,
        description);
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public String getPayeeName() {
    return payeeName;
  }

  public String getPayeePublicName() {
    return payeePublicName;
  }

  public Money getMoney() {
    return money;
  }

  public LocalDate getSpentOn() {
    return spentOn;
  }

  public String getDescription() {
    return description;
  }

  public Long getReceiptId() {
    return receiptId;
  }
}
