package coop.spokes.contribution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.format.DateTimeFormatter;

/**
 * The layout of one bank's or payment platform's CSV export, saved per custodian: its separator,
 * date pattern and decimal mark, how lines name the member, and which column (by its header) holds
 * the reference, date, amount, currency, member and note.
 */
@Entity
@Table(name = "contribution_import_format")
public class ImportFormat {
  @Id
  @SequenceGenerator(
      name = "contribution_import_format_seq",
      sequenceName = "contribution_import_format_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_import_format_seq")
  private Long id;

  @Column(name = "custodian_id", nullable = false)
  private Long custodianId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "delimiter", nullable = false, length = 1)
  private String delimiter;

  @Column(name = "date_pattern", nullable = false, length = 20)
  private String datePattern;

  @Column(name = "decimal_comma", nullable = false)
  private boolean decimalComma;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_by", nullable = false, length = 10)
  private MemberBy memberBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, length = 20)
  private PaymentMethod method;

  @Column(name = "column_reference", nullable = false, length = 100)
  private String columnReference;

  @Column(name = "column_date", nullable = false, length = 100)
  private String columnDate;

  @Column(name = "column_amount", nullable = false, length = 100)
  private String columnAmount;

  @Column(name = "column_currency", length = 100)
  private String columnCurrency;

  @Column(name = "column_member", nullable = false, length = 100)
  private String columnMember;

  @Column(name = "column_note", length = 100)
  private String columnNote;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ImportFormat() {}

  /** A format's settings, as a manager edits them. */
  public record Layout(
      String name,
      char delimiter,
      String datePattern,
      boolean decimalComma,
      MemberBy memberBy,
      PaymentMethod method,
      String columnReference,
      String columnDate,
      String columnAmount,
      String columnCurrency,
      String columnMember,
      String columnNote)
      implements java.io.Serializable {}

  /** The bank-statement layout shipped with Spokes (see docs/samples/payments-bank.csv). */
  public static final Layout BANK =
      new Layout(
          "Bank statement (semicolon, day/month/year)",
          ';',
          "dd/MM/yyyy",
          true,
          MemberBy.NUMBER,
          PaymentMethod.BANK_TRANSFER,
          "Reference",
          "Date",
          "Amount",
          null,
          "Concept",
          "Concept");

  /** The payment-platform layout shipped with Spokes (see docs/samples/payments-platform.csv). */
  public static final Layout PLATFORM =
      new Layout(
          "Payment platform export (comma, ISO dates)",
          ',',
          "yyyy-MM-dd",
          false,
          MemberBy.EMAIL,
          PaymentMethod.PAYMENT_PLATFORM,
          "id",
          "created",
          "amount",
          "currency",
          "customer_email",
          "description");

  /**
   * A format of {@code custodianId} with {@code layout}.
   *
   * @throws ContributionException see {@link #change}
   */
  public ImportFormat(long custodianId, Layout layout) {
    this.custodianId = custodianId;
    change(layout);
  }

  /**
   * Changes the layout.
   *
   * @throws ContributionException {@code contribution.import.format.name} at field {@code
   *     formatName}, {@code contribution.import.format.delimiter} at field {@code delimiter},
   *     {@code contribution.import.format.datePattern} at field {@code datePattern}, {@code
   *     contribution.import.format.column} at the column's field
   */
  public void change(Layout l) {
    if (l.name() == null || l.name().isBlank() || l.name().strip().length() > 100) {
      throw new ContributionException("formatName", "contribution.import.format.name", 100);
    }
    if (";,\t|".indexOf(l.delimiter()) < 0) {
      throw new ContributionException("delimiter", "contribution.import.format.delimiter");
    }
    try {
      DateTimeFormatter.ofPattern(l.datePattern());
    } catch (RuntimeException e) {
      throw new ContributionException("datePattern", "contribution.import.format.datePattern");
    }
    if (l.memberBy() == null || l.method() == null) {
      throw new ContributionException("memberBy", "contribution.import.format.column");
    }
    this.name = l.name().strip();
    this.delimiter = String.valueOf(l.delimiter());
    this.datePattern = l.datePattern().strip();
    this.decimalComma = l.decimalComma();
    this.memberBy = l.memberBy();
    this.method = l.method();
    this.columnReference = column(l.columnReference(), "columnReference", true);
    this.columnDate = column(l.columnDate(), "columnDate", true);
    this.columnAmount = column(l.columnAmount(), "columnAmount", true);
    this.columnCurrency = column(l.columnCurrency(), "columnCurrency", false);
    this.columnMember = column(l.columnMember(), "columnMember", true);
    this.columnNote = column(l.columnNote(), "columnNote", false);
  }

  private static String column(String header, String field, boolean required) {
    if (header == null || header.isBlank()) {
      if (required) {
        throw new ContributionException(field, "contribution.import.format.column");
      }
      return null;
    }
    if (header.strip().length() > 100) {
      throw new ContributionException(field, "contribution.import.format.column");
    }
    return header.strip();
  }

  /** The layout, as the page edits it. */
  public Layout layout() {
    return new Layout(
        name,
        delimiter.charAt(0),
        datePattern,
        decimalComma,
        memberBy,
        method,
        columnReference,
        columnDate,
        columnAmount,
        columnCurrency,
        columnMember,
        columnNote);
  }

  public Long getId() {
    return id;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public String getName() {
    return name;
  }
}
