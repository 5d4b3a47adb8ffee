package coop.spokes.membership.service;

import coop.spokes.membership.infra.DirectoryQueries;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.infra.TransferRepository;
import coop.spokes.membership.model.Member;
import coop.spokes.platform.csv.CsvDownload;
import coop.spokes.platform.csv.CsvWriter;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;

/**
 * The member directory: managers see their custodian's members, admins everyone's; paged, sorted
 * and filtered in the database; exported as CSV with the same filters and the same access; and the
 * statutory register of a custodian (every member ever, with join and leave dates).
 */
@ApplicationScoped
@Transactional
public class DirectoryService {
  @Inject Access access;
  @Inject DirectoryQueries queries;
  @Inject TransferRepository transfers;
  @Inject MemberRepository members;

  /**
   * One page of the directory without its total (the table counts once, with {@link #count}).
   * Requires CUSTODIAN_MANAGER of the filter's custodian, or ADMIN (the only ones who may leave the
   * custodian open).
   */
  public java.util.List<MemberRow> list(DirectoryFilter filter, PageRequest page) {
    access.requireAny(alternatives(filter.custodianId()));
    return queries.list(filter, page).stream().map(DirectoryService::row).toList();
  }

  /**
   * Checks that the caller may see the directory of {@code custodianId} (null: all custodians),
   * before a page shows anything. Same access as {@link #list}.
   */
  public void requireAccess(Long custodianId) {
    access.requireAny(alternatives(custodianId));
  }

  /** How many members match the filter. Same access as {@link #list}. */
  public long count(DirectoryFilter filter) {
    access.requireAny(alternatives(filter.custodianId()));
    return queries.count(filter);
  }

  /**
   * The filtered directory as CSV, in id order, streamed in batches (reads outside the caller's
   * transaction). Same access as {@link #list}, checked now.
   */
  public CsvDownload exportCsv(DirectoryFilter filter) {
    access.requireAny(alternatives(filter.custodianId()));
    return out -> writeDirectory(filter, out);
  }

  private void writeDirectory(DirectoryFilter filter, OutputStream out) {
    try (CsvWriter csv =
        new CsvWriter(
            out,
            "number",
            "name",
            "class",
            "kind",
            "status",
            "country",
            "email",
            "language",
            "joined_on",
            "left_on")) {
      queries.forEach(
          filter,
          m ->
              csv.row(
                  m.getMemberNumber(),
                  m.getDisplayName(),
                  m.getMemberClass(),
                  m.getKind(),
                  m.getStatus(),
                  m.getCountry(),
                  m.getEmail(),
                  m.getLanguage(),
                  m.getJoinedOn(),
                  m.getLeftOn()));
    }
  }

  /**
   * The statutory register of a custodian as CSV: every member ever admitted through it or moved to
   * it, whatever their status, with join and leave dates; members who moved away keep their line
   * under their old number, left on the day of the move. Requires CUSTODIAN_MANAGER of that
   * custodian or ADMIN.
   */
  public CsvDownload exportRegister(long custodianId) {
    access.requireAny(alternatives(custodianId));
    return out -> writeRegister(custodianId, out);
  }

  private void writeRegister(long custodianId, OutputStream out) {
    java.util.Map<Long, String> movedIn = new java.util.HashMap<>();
    transfers.forEachCompleted(
        custodianId, false, t -> movedIn.put(t.getMemberId(), t.getFromNumber()));
    try (CsvWriter csv =
        new CsvWriter(
            out,
            "number",
            "name",
            "kind",
            "registration_number",
            "country",
            "joined_on",
            "left_on",
            "status",
            "moved_from",
            "moved_to")) {
      queries.forEach(
          DirectoryFilter.ofCustodian(custodianId),
          m ->
              csv.row(
                  m.getMemberNumber(),
                  m.getDisplayName(),
                  m.getKind(),
                  m.getRegistrationNumber(),
                  m.getCountry(),
                  m.getCustodianSince(),
                  m.getLeftOn(),
                  m.getStatus(),
                  movedIn.get(m.getId()),
                  null));
      transfers.forEachCompleted(
          custodianId,
          true,
          t ->
              members
                  .find(t.getMemberId())
                  .ifPresent(
                      m ->
                          csv.row(
                              t.getFromNumber(),
                              m.getDisplayName(),
                              m.getKind(),
                              m.getRegistrationNumber(),
                              m.getCountry(),
                              t.getFromSince(),
                              t.getDecidedAt().toLocalDate(),
                              "MOVED",
                              null,
                              t.getToNumber())));
    }
  }

  private static Grant[] alternatives(Long custodianId) {
    return custodianId == null
        ? new Grant[] {Grant.admin()}
        : new Grant[] {
          Grant.admin(), Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(custodianId))
        };
  }

  static MemberRow row(Member m) {
    return new MemberRow(
        m.getId(),
        m.getCustodianId(),
        m.getMemberNumber(),
        m.getDisplayName(),
        m.getMemberClass(),
        m.getKind(),
        m.getStatus(),
        m.getCountry(),
        m.getEmail(),
        m.getLanguage(),
        m.getJoinedOn(),
        m.getLeftOn(),
        m.isPublicListing());
  }
}
