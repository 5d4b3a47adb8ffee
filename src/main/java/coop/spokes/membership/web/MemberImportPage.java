package coop.spokes.membership.web;

import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.model.ImportField;
import coop.spokes.membership.model.ImportProblem;
import coop.spokes.membership.service.DirectoryService;
import coop.spokes.membership.service.ImportFile;
import coop.spokes.membership.service.ImportLine;
import coop.spokes.membership.service.ImportPreview;
import coop.spokes.membership.service.ImportResult;
import coop.spokes.membership.service.MemberImportService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Importing a custodian's existing members from a spreadsheet ({@code ?custodian=}): upload or
 * paste a CSV, check which column holds what, preview every line with its problems, then import all
 * of it or nothing.
 */
@Named
@ViewScoped
public class MemberImportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberImportService imports;
  @Inject DirectoryService directory;
  @Inject CustodianService custodians;
  @Inject Access access;

  private Long custodianId;
  private String custodianName = "";
  private transient Part upload;
  private String pasted;
  private ImportFile file;
  private final Map<String, String> columns = new HashMap<>();
  private ImportPreview preview;
  private boolean onlyProblems;
  private ImportResult result;

  /** Checks that the caller manages the custodian (or is an admin) before anything shows. */
  public void load() {
    if (custodianId == null) {
      custodianId = access.firstScopeOf(Role.CUSTODIAN_MANAGER).orElse(null);
    }
    if (custodianId == null) {
      custodianId = custodians.listPublic().stream().findFirst().map(c -> c.id()).orElse(-1L);
    }
    directory.requireAccess(custodianId);
    custodianName = custodians.findPublic(custodianId).map(CustodianSummary::name).orElse("");
  }

  /** Reads the uploaded file, or the pasted rows, and guesses the columns. */
  public void read() {
    try {
      byte[] content;
      String name;
      if (upload != null && upload.getSize() > 0) {
        if (upload.getSize() > MemberImportService.MAX_BYTES) {
          FacesMessages.errorAt(
              "importForm:file",
              "membership.import.file.tooBig",
              MemberImportService.MAX_BYTES / 1024 / 1024);
          return;
        }
        try (InputStream in = upload.getInputStream()) {
          content = in.readAllBytes();
        }
        name = upload.getSubmittedFileName();
      } else {
        content = pasted == null ? new byte[0] : pasted.getBytes(StandardCharsets.UTF_8);
        name = "";
      }
      file = imports.read(custodianId, name, content);
      columns.clear();
      file.guessedMapping().forEach((f, c) -> columns.put(f.name(), Integer.toString(c)));
      preview = null;
      result = null;
    } catch (SpokesException e) {
      FacesMessages.show("importForm", e);
    } catch (IOException e) {
      FacesMessages.errorAt("importForm:file", "membership.import.file.unreadable");
    }
  }

  /** Checks every line with the chosen columns. */
  public void check() {
    Map<ImportField, Integer> mapping = mapping();
    boolean complete = true;
    for (ImportField f : ImportField.values()) {
      if (f.isRequired() && !mapping.containsKey(f)) {
        FacesMessages.error(
            "membership.import.mapping.missing", FacesMessages.text("membership.ImportField." + f));
        complete = false;
      }
    }
    if (!complete) {
      preview = null;
      return;
    }
    try {
      preview = imports.preview(custodianId, file, mapping);
    } catch (SpokesException e) {
      FacesMessages.show("importForm", e);
    }
  }

  /** Imports every new line, or nothing. */
  public void commit() {
    try {
      result = imports.commit(custodianId, file, mapping());
      FacesMessages.info(
          "membership.import.done", result.created(), result.existing(), result.invited());
      file = null;
      preview = null;
      pasted = null;
    } catch (SpokesException e) {
      FacesMessages.show("importForm", e);
      check();
    }
  }

  /** Starts again with another file. */
  public void reset() {
    file = null;
    preview = null;
    result = null;
    pasted = null;
  }

  private Map<ImportField, Integer> mapping() {
    Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
    for (ImportField f : ImportField.values()) {
      String c = columns.get(f.name());
      if (c != null && !c.isBlank()) {
        try {
          mapping.put(f, Integer.parseInt(c));
        } catch (NumberFormatException e) {
          // not a column: left unmapped
        }
      }
    }
    return mapping;
  }

  /** The columns of the file, by letter and header, to map fields to. */
  public List<SelectItem> getColumnChoices() {
    List<SelectItem> items = new ArrayList<>();
    if (file != null) {
      for (int i = 0; i < file.headers().size(); i++) {
        items.add(new SelectItem(Integer.toString(i), letter(i) + " · " + file.headers().get(i)));
      }
    }
    return items;
  }

  private static String letter(int index) {
    String s = "";
    int i = index;
    do {
      s = (char) ('A' + i % 26) + s;
      i = i / 26 - 1;
    } while (i >= 0);
    return s;
  }

  /** The preview's lines, or only those with problems. */
  public List<ImportLine> getLines() {
    if (preview == null) {
      return List.of();
    }
    return onlyProblems
        ? preview.lines().stream().filter(l -> l.outcome() == ImportLine.Outcome.INVALID).toList()
        : preview.lines();
  }

  /** A line's problems, translated, each naming the field at fault. */
  public String problems(ImportLine line) {
    return line.problems().stream()
        .map(MemberImportPage::problem)
        .collect(Collectors.joining(" · "));
  }

  private static String problem(ImportProblem p) {
    String text = FacesMessages.text(p.key(), (Object[]) p.args());
    return p.field() == null
        ? text
        : FacesMessages.text("membership.ImportField." + p.field().name()) + ": " + text;
  }

  public List<ImportField> getFields() {
    return List.of(ImportField.values());
  }

  public Map<String, String> getColumns() {
    return columns;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public void setCustodianId(Long custodianId) {
    this.custodianId = custodianId;
  }

  public String getCustodianName() {
    return custodianName;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public String getPasted() {
    return pasted;
  }

  public void setPasted(String pasted) {
    this.pasted = pasted;
  }

  public ImportFile getFile() {
    return file;
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public ImportResult getResult() {
    return result;
  }

  public boolean isOnlyProblems() {
    return onlyProblems;
  }

  public void setOnlyProblems(boolean onlyProblems) {
    this.onlyProblems = onlyProblems;
  }
}
