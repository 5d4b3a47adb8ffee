package coop.spokes.membership.web;

import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.membership.service.DirectoryFilter;
import coop.spokes.membership.service.DirectoryService;
import coop.spokes.membership.service.MemberRow;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The member directory for managers (their custodian) and admins (any, or all): filters by name,
 * number, class, kind, status and country; paged and sorted in the database; CSV export of what is
 * shown and the custodian's statutory register.
 */
@Named
@ViewScoped
public class MembersPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DirectoryService directory;
  @Inject CustodianService custodians;
  @Inject Access access;

  private Long custodianId;
  private int first;
  private String name;
  private String number;
  private MemberClass memberClass;
  private MemberKind kind;
  private MemberStatus status;
  private String country;
  private PagedModel<MemberRow> model;
  private List<CustodianSummary> choices = List.of();

  /** Chooses the custodian (the view parameter, else the caller's own), checking access. */
  public void load() {
    boolean admin = access.hasAny(Grant.admin());
    if (custodianId == null && !admin) {
      custodianId = access.firstScopeOf(Role.CUSTODIAN_MANAGER).orElse(null);
    }
    // The service refuses a custodian the caller does not manage before anything shows.
    directory.requireAccess(custodianId);
    model =
        new PagedModel<>(
            () -> directory.count(filter()), page -> directory.list(filter(), page), MemberRow::id);
    choices = admin ? custodians.listPublic() : List.of();
  }

  public DirectoryFilter filter() {
    return new DirectoryFilter(custodianId, name, number, memberClass, kind, status, country);
  }

  /** The CSV export of the current filter (same checks server-side). */
  public String getExportUrl() {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("custodian", custodianId);
    q.put("name", name);
    q.put("number", number);
    q.put("class", memberClass);
    q.put("kind", kind);
    q.put("status", status);
    q.put("country", country);
    return "/api/membership/members.csv?"
        + q.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
            .map(
                e ->
                    e.getKey()
                        + "="
                        + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  public String getRegisterUrl() {
    return custodianId == null ? null : "/api/membership/register/" + custodianId + ".csv";
  }

  public String getCustodianName() {
    return custodianId == null
        ? null
        : custodians.findPublic(custodianId).map(CustodianSummary::name).orElse(null);
  }

  public List<MemberClass> getClasses() {
    return Arrays.asList(MemberClass.values());
  }

  public List<MemberKind> getKinds() {
    return Arrays.asList(MemberKind.values());
  }

  public List<MemberStatus> getStatuses() {
    return Arrays.asList(MemberStatus.values());
  }

  public List<CustodianSummary> getChoices() {
    return choices;
  }

  public PagedModel<MemberRow> getModel() {
    return model;
  }

  /** The first row shown (a view parameter, so a page of the directory can be bookmarked). */
  public int getFirst() {
    return first;
  }

  public void setFirst(int first) {
    this.first = Math.max(0, first);
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public void setCustodianId(Long custodianId) {
    this.custodianId = custodianId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public MemberClass getMemberClass() {
    return memberClass;
  }

  public void setMemberClass(MemberClass memberClass) {
    this.memberClass = memberClass;
  }

  public MemberKind getKind() {
    return kind;
  }

  public void setKind(MemberKind kind) {
    this.kind = kind;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public void setStatus(MemberStatus status) {
    this.status = status;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
