package coop.spokes.transparency.web;

import coop.spokes.transparency.model.ExpenseDetails;
import coop.spokes.transparency.model.Receipt;
import coop.spokes.transparency.model.TransparencyException;
import coop.spokes.transparency.service.ReceiptUpload;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields of an expense being claimed or changed, shared by the claims and expense pages. */
public class ExpenseForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String category;
  private String payee;
  private String publicName;
  private BigDecimal amount;
  private String currency;
  private LocalDate spentOn;
  private String description;
  private transient Part receipt;

  /** The form filled with {@code d}. */
  static ExpenseForm of(ExpenseDetails d) {
    ExpenseForm f = new ExpenseForm();
    f.category = d.categoryCode();
    f.payee = d.payeeName();
    f.publicName = d.payeePublicName();
    f.amount = d.amount();
    f.currency = d.currency();
    f.spentOn = d.spentOn();
    f.description = d.description();
    return f;
  }

  /** What was typed (a claim's payee is its claimant, whatever the form says). */
  ExpenseDetails details() {
    return new ExpenseDetails(category, payee, publicName, amount, currency, spentOn, description);
  }

  /**
   * The uploaded receipt, or null when none was chosen.
   *
   * @throws TransparencyException {@code transparency.receipt.tooBig}, {@code
   *     transparency.receipt.unreadable} at {@code receipt}
   */
  ReceiptUpload upload() {
    if (receipt == null || receipt.getSize() == 0) {
      return null;
    }
    if (receipt.getSize() > Receipt.MAX_BYTES) {
      throw new TransparencyException("receipt", "transparency.receipt.tooBig", 5);
    }
    try (InputStream in = receipt.getInputStream()) {
      return new ReceiptUpload(receipt.getSubmittedFileName(), in.readAllBytes());
    } catch (IOException e) {
      throw new TransparencyException("receipt", "transparency.receipt.unreadable");
    }
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getPayee() {
    return payee;
  }

  public void setPayee(String payee) {
    this.payee = payee;
  }

  public String getPublicName() {
    return publicName;
  }

  public void setPublicName(String publicName) {
    this.publicName = publicName;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public LocalDate getSpentOn() {
    return spentOn;
  }

  public void setSpentOn(LocalDate spentOn) {
    this.spentOn = spentOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Part getReceipt() {
    return receipt;
  }

  public void setReceipt(Part receipt) {
    this.receipt = receipt;
  }
}
