package coop.spokes.audit.web;

import coop.spokes.audit.service.AuditEventRow;
import coop.spokes.audit.service.AuditFilter;
import coop.spokes.audit.service.AuditQueryService;
import coop.spokes.audit.service.ChainVerification;
import coop.spokes.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The audit log for admins: filter events, and verify every stream's hash chain. */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditQueryService audit;

  private String stream;
  private String action;
  private Long actorId;
  private LocalDate from;
  private LocalDate to;
  private PagedModel<AuditEventRow> model;
  private List<ChainVerification> verifications;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> audit.page(filter(), page), AuditEventRow::id);
  }

  private AuditFilter filter() {
    return new AuditFilter(
        blankToNull(stream),
        blankToNull(action),
        actorId,
        from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
        to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public void verify() {
    verifications = audit.verifyAll();
  }

  public List<String> getStreams() {
    return audit.streams();
  }

  public PagedModel<AuditEventRow> getModel() {
    return model;
  }

  public List<ChainVerification> getVerifications() {
    return verifications;
  }

  public String getStream() {
    return stream;
  }

  public void setStream(String stream) {
    this.stream = stream;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public Long getActorId() {
    return actorId;
  }

  public void setActorId(Long actorId) {
    this.actorId = actorId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
