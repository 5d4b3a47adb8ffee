package coop.spokes.contribution.web;

import coop.spokes.contribution.model.ImportFormat;
import coop.spokes.contribution.model.ImportOutcome;
import coop.spokes.contribution.model.MemberBy;
import coop.spokes.contribution.model.PaymentMethod;
import coop.spokes.contribution.service.ImportBatchRow;
import coop.spokes.contribution.service.ImportFormatRow;
import coop.spokes.contribution.service.ImportLineRow;
import coop.spokes.contribution.service.PaymentImportService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Importing payments ({@code ?custodian=&batch=}): choose a format (or edit one), upload a file,
 * follow the background check, then review every line (ignore it, assign it to a member) and commit
 * all of it, or discard it.
 */
@Named
@ViewScoped
public class PaymentImportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PaymentImportService imports;
  @Inject CustodianService custodians;
  @Inject Access access;

  private Long custodianId;
  private Long batchId;
  private String custodianName = "";
  private List<ImportFormatRow> formats = List.of();
  private Long formatId;
  private transient Part upload;
  private ImportBatchRow batch;
  private List<ImportBatchRow> recent = List.of();
  private ImportOutcome outcome;
  private PagedModel<ImportLineRow> model;
  private String assignNumber;
  private Long editingId;
  private String formatName;
  private String delimiter = ";";
  private String datePattern = "dd/MM/yyyy";
  private boolean decimalComma = true;
  private MemberBy memberBy = MemberBy.NUMBER;
  private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
  private String columnReference;
  private String columnDate;
  private String columnAmount;
  private String columnCurrency;
  private String columnMember;
  private String columnNote;

  public void load() {
    if (custodianId == null) {
      custodianId = MemberMoneyView.defaultCustodian(access, custodians);
    }
    formats = imports.formats(custodianId);
    custodianName = custodians.findPublic(custodianId).map(CustodianSummary::name).orElse("");
    if (formatId == null && !formats.isEmpty()) {
      formatId = formats.get(0).id();
    }
    recent = imports.batches(custodianId);
    if (batchId != null) {
      show(imports.batch(batchId));
    }
  }

  private void show(ImportBatchRow b) {
    batch = b;
    batchId = b.id();
    long id = b.id();
    model = new PagedModel<>(page -> imports.lines(id, outcome, page), ImportLineRow::lineNo);
  }

  /** Uploads the file with the chosen format and starts the check. */
  public void upload() {
    try {
      if (upload == null || upload.getSize() == 0) {
        FacesMessages.errorAt("uploadForm:file", "contribution.import.file.empty");
        return;
      }
      if (upload.getSize() > PaymentImportService.MAX_BYTES) {
        FacesMessages.errorAt(
            "uploadForm:file",
            "contribution.import.file.tooBig",
            PaymentImportService.MAX_BYTES / 1024 / 1024);
        return;
      }
      byte[] content;
      try (InputStream in = upload.getInputStream()) {
        content = in.readAllBytes();
      }
      ImportBatchRow b =
          imports.upload(
              custodianId,
              formatId == null ? -1 : formatId,
              upload.getSubmittedFileName(),
              content);
      show(b);
      FacesMessages.info("contribution.import.uploaded", b.totalLines());
    } catch (SpokesException e) {
      FacesMessages.show("uploadForm", e);
    } catch (IOException e) {
      FacesMessages.errorAt("uploadForm:file", "contribution.import.file.unreadable");
    }
    recent = imports.batches(custodianId);
  }

  /** Reloads the batch (the progress of its check). */
  public void refresh() {
    if (batchId != null) {
      show(imports.batch(batchId));
    }
  }

  public void ignore(int lineNo, boolean ignored) {
    try {
      show(imports.ignore(batchId, lineNo, ignored));
    } catch (SpokesException e) {
      FacesMessages.show("linesForm", e);
    }
  }

  public void assign(int lineNo) {
    try {
      show(imports.assign(batchId, lineNo, assignNumber));
      FacesMessages.info("contribution.import.assigned", lineNo, assignNumber);
    } catch (SpokesException e) {
      FacesMessages.show("linesForm", e);
    }
  }

  public void commit() {
    try {
      int n = imports.commit(batchId);
      if (n == 0 && batch.ignoredCount() > 0 && batch.duplicateCount() < batch.totalLines()) {
        FacesMessages.info("contribution.import.nothingRecorded", batch.ignoredCount());
      } else if (n == 0) {
        FacesMessages.info("contribution.import.nothingNew", batch.totalLines());
      } else {
        FacesMessages.info("contribution.import.committed", n);
      }
    } catch (SpokesException e) {
      FacesMessages.show("linesForm", e);
    }
    refresh();
    recent = imports.batches(custodianId);
  }

  public void discard() {
    try {
      imports.discard(batchId);
      FacesMessages.info("contribution.import.discarded");
    } catch (SpokesException e) {
      FacesMessages.show("linesForm", e);
    }
    refresh();
  }

  /** Fills the format editor with the chosen format. */
  public void editFormat() {
    formats.stream()
        .filter(f -> f.id() == (formatId == null ? -1 : formatId))
        .findFirst()
        .ifPresent(
            f -> {
              ImportFormat.Layout l = f.layout();
              editingId = f.id();
              formatName = l.name();
              delimiter = String.valueOf(l.delimiter());
              datePattern = l.datePattern();
              decimalComma = l.decimalComma();
              memberBy = l.memberBy();
              method = l.method();
              columnReference = l.columnReference();
              columnDate = l.columnDate();
              columnAmount = l.columnAmount();
              columnCurrency = l.columnCurrency();
              columnMember = l.columnMember();
              columnNote = l.columnNote();
            });
  }

  /** Saves the format editor (as a new format when {@code asNew}). */
  public void saveFormat(boolean asNew) {
    try {
      ImportFormatRow saved =
          imports.saveFormat(
              custodianId,
              asNew ? null : editingId,
              new ImportFormat.Layout(
                  formatName,
                  delimiter == null || delimiter.isEmpty() ? ';' : delimiter.charAt(0),
                  datePattern,
                  decimalComma,
                  memberBy,
                  method,
                  columnReference,
                  columnDate,
                  columnAmount,
                  columnCurrency,
                  columnMember,
                  columnNote));
      formats = imports.formats(custodianId);
      formatId = saved.id();
      editingId = saved.id();
      FacesMessages.info("contribution.import.format.saved", saved.name());
    } catch (SpokesException e) {
      FacesMessages.show("formatForm", e);
    }
  }

  /** A line's problems, translated. */
  public String problems(ImportLineRow l) {
    return l.problems().stream().map(FacesMessages::text).collect(Collectors.joining(" · "));
  }

  public List<ImportOutcome> getOutcomes() {
    return List.of(ImportOutcome.values());
  }

  public List<MemberBy> getMemberBys() {
    return List.of(MemberBy.values());
  }

  public List<PaymentMethod> getMethods() {
    return List.of(PaymentMethod.values());
  }

  public String getCustodianName() {
    return custodianName;
  }

  public List<ImportFormatRow> getFormats() {
    return formats;
  }

  public ImportBatchRow getBatch() {
    return batch;
  }

  public List<ImportBatchRow> getRecent() {
    return recent;
  }

  public PagedModel<ImportLineRow> getModel() {
    return model;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public void setCustodianId(Long custodianId) {
    this.custodianId = custodianId;
  }

  public Long getBatchId() {
    return batchId;
  }

  public void setBatchId(Long batchId) {
    this.batchId = batchId;
  }

  public Long getFormatId() {
    return formatId;
  }

  public void setFormatId(Long formatId) {
    this.formatId = formatId;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public ImportOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(ImportOutcome outcome) {
    this.outcome = outcome;
  }

  public String getAssignNumber() {
    return assignNumber;
  }

  public void setAssignNumber(String assignNumber) {
    this.assignNumber = assignNumber;
  }

  public String getFormatName() {
    return formatName;
  }

  public void setFormatName(String formatName) {
    this.formatName = formatName;
  }

  public String getDelimiter() {
    return delimiter;
  }

  public void setDelimiter(String delimiter) {
    this.delimiter = delimiter;
  }

  public String getDatePattern() {
    return datePattern;
  }

  public void setDatePattern(String datePattern) {
    this.datePattern = datePattern;
  }

  public boolean isDecimalComma() {
    return decimalComma;
  }

  public void setDecimalComma(boolean decimalComma) {
    this.decimalComma = decimalComma;
  }

  public MemberBy getMemberBy() {
    return memberBy;
  }

  public void setMemberBy(MemberBy memberBy) {
    this.memberBy = memberBy;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public void setMethod(PaymentMethod method) {
    this.method = method;
  }

  public String getColumnReference() {
    return columnReference;
  }

  public void setColumnReference(String columnReference) {
    this.columnReference = columnReference;
  }

  public String getColumnDate() {
    return columnDate;
  }

  public void setColumnDate(String columnDate) {
    this.columnDate = columnDate;
  }

  public String getColumnAmount() {
    return columnAmount;
  }

  public void setColumnAmount(String columnAmount) {
    this.columnAmount = columnAmount;
  }

  public String getColumnCurrency() {
    return columnCurrency;
  }

  public void setColumnCurrency(String columnCurrency) {
    this.columnCurrency = columnCurrency;
  }

  public String getColumnMember() {
    return columnMember;
  }

  public void setColumnMember(String columnMember) {
    this.columnMember = columnMember;
  }

  public String getColumnNote() {
    return columnNote;
  }

  public void setColumnNote(String columnNote) {
    this.columnNote = columnNote;
  }
}
