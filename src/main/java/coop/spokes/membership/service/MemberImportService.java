package coop.spokes.membership.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.model.ImportField;
import coop.spokes.membership.model.ImportedMember;
import coop.spokes.membership.model.Member;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.membership.model.MembershipException;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Taking over a custodian's existing register from a spreadsheet (CSV): read the file and guess
 * which column holds what; preview every line with all its problems; then import all of it in one
 * transaction, or nothing. Lines whose member number or e-mail a member of the custodian already
 * has are skipped, so running the same file twice adds nothing. An import never attaches an account
 * and looks only at the custodian's own register, so what the manager sees (preview, result,
 * counts) tells nothing about other custodians' members or about which addresses have accounts.
 * Requires CUSTODIAN_MANAGER of the custodian or ADMIN throughout.
 */
@ApplicationScoped
@Transactional
public class MemberImportService {
  /** The largest file read, and the most rows and columns taken from it. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  public static final int MAX_ROWS = 20_000;
  public static final int MAX_COLUMNS = 60;

  @Inject Access access;
  @Inject MemberRepository members;
  @Inject CustodianService custodians;
  @Inject InvitationService invitations;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject RegisterCheck checks;
  @Inject jakarta.enterprise.event.Event<MembersJoined> joined;

  /**
   * Reads a CSV file (UTF-8, or Windows-1252 as older spreadsheets save it; comma, semicolon or tab
   * separated; the first row names the columns).
   *
   * @throws MembershipException at field {@code file}: {@code membership.import.file.empty}, {@code
   *     membership.import.file.tooBig}, {@code membership.import.file.tooManyRows}, {@code
   *     membership.import.file.unreadable}
   */
  public ImportFile read(long custodianId, String fileName, byte[] content) {
    access.requireAny(alternatives(custodianId));
    if (content == null || content.length == 0) {
      throw new MembershipException("file", "membership.import.file.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new MembershipException(
          "file", "membership.import.file.tooBig", MAX_BYTES / 1024 / 1024);
    }
    RegisterFileReader.Table table = RegisterFileReader.read(content);
    return new ImportFile(
        fileName == null ? "" : fileName.strip(),
        table.headers(),
        table.rows(),
        guess(table.headers()));
  }

  /**
   * What importing {@code file} with {@code mapping} (field to column index) would do, line by
   * line. Same access as {@link #read}.
   *
   * @throws MembershipException {@code membership.import.mapping.incomplete}
   */
  public ImportPreview preview(
      long custodianId, ImportFile file, Map<ImportField, Integer> mapping) {
    access.requireAny(alternatives(custodianId));
    return checks.check(custodian(custodianId), file, mapping).preview();
  }

  /**
   * Imports every NEW line of {@code file} in one transaction (nothing when any line is INVALID):
   * members with their numbers (given or the next free ones). No account is opened, found or
   * attached: every current member's address (a person's own, an organisation's representative's)
   * gets an invitation, valid 14 days, that its owner accepts by signing in or choosing a password
   * ({@link InvitationService}). So the outcome, the counts and the mails are the same whether an
   * address has an account or not, and no link of another kind is revoked. Same access as {@link
   * #read}.
   *
   * @throws MembershipException {@code membership.import.hasProblems}, {@code
   *     membership.import.nothingNew}, {@code membership.import.mapping.incomplete}
   */
  public ImportResult commit(long custodianId, ImportFile file, Map<ImportField, Integer> mapping) {
    long by = access.requireUserId();
    access.requireAny(alternatives(custodianId));
    CustodianSummary custodian = custodian(custodianId);
    members.reserveUpTo(custodianId, 0); // one import (or approval) at a time per custodian
    RegisterCheck.Checked checked = checks.check(custodian, file, mapping);
    ImportPreview preview = checked.preview();
    if (preview.invalidCount() > 0) {
      throw new MembershipException(null, "membership.import.hasProblems", preview.invalidCount());
    }
    if (preview.newCount() == 0) {
      throw new MembershipException(null, "membership.import.nothingNew", preview.existingCount());
    }
    long highest =
        checked.fresh().stream()
            .map(ImportedMember::seq)
            .filter(s -> s != null)
            .mapToLong(s -> s)
            .max()
            .orElse(0);
    members.reserveUpTo(custodianId, highest);
    OffsetDateTime now = OffsetDateTime.now(clock);
    String source =
        "import " + (file.name().isEmpty() ? "CSV" : RegisterCheck.abbreviate(file.name()));
    Map<Member, String> toInvite = new LinkedHashMap<>();
    for (ImportedMember line : checked.fresh()) {
      long seq = line.seq() != null ? line.seq() : members.nextNumber(custodianId);
      Member m = new Member(custodianId, custodian.shortCode(), seq, line);
      members.add(m);
      members.saveChange(m.imported(by, source, now));
      // Former members are kept in the register only: nobody is invited.
      if (line.status() != MemberStatus.LEFT) {
        toInvite.put(
            m, line.kind() == MemberKind.PERSON ? line.email() : line.representativeEmail());
      }
    }
    members.flush(); // the members exist before their invitations refer to them
    toInvite.forEach((m, address) -> invitations.invite(m, address, custodian, now));
    int invited = toInvite.size();
    if (!checked.fresh().isEmpty()) {
      joined.fire(new MembersJoined(custodianId, List.of(), true));
    }
    audit.record(
        JoinService.STREAM,
        "members.imported",
        "custodian",
        custodianId,
        Map.of(
            "created",
            Integer.toString(preview.newCount()),
            "existing",
            Integer.toString(preview.existingCount()),
            "invited",
            Integer.toString(invited),
            "file",
            RegisterCheck.abbreviate(file.name())),
        null);
    return new ImportResult(preview.newCount(), preview.existingCount(), invited);
  }

  private CustodianSummary custodian(long custodianId) {
    return custodians
        .findPublic(custodianId)
        .orElseThrow(() -> new NotFoundException("custodian", custodianId));
  }

  private static Map<ImportField, Integer> guess(List<String> headers) {
    Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
    for (ImportField f : ImportField.values()) {
      for (int i = 0; i < headers.size(); i++) {
        if (f.matches(headers.get(i)) && !mapping.containsValue(i)) {
          mapping.put(f, i);
          break;
        }
      }
    }
    return mapping;
  }

  private static Grant[] alternatives(long custodianId) {
    return new Grant[] {
      Grant.admin(), Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(custodianId))
    };
  }
}
