package coop.spokes.assembly.web;

import coop.spokes.assembly.service.AssemblyService;
import coop.spokes.assembly.service.AssemblyView;
import coop.spokes.assembly.service.ChairService;
import coop.spokes.assembly.service.MotionRow;
import coop.spokes.assembly.service.RollService;
import coop.spokes.assembly.tally.WhatIf;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One assembly for its chairs ({@code ?id=}): its details and schedule, weighting scheme with the
 * what-if, agenda, roll and objections while in DRAFT; then convening, opening, each motion opened
 * and closed with live turnout per class, attendance, closing and publishing. Admins see it and
 * appoint chairs.
 */
@Named
@ViewScoped
public class AssemblyPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Classes a scheme names, in order. */
  public static final List<String> CLASSES =
      List.of("PRODUCER", "CONSUMER", "INDIVIDUAL", "CUSTODIAN");

  @Inject AssemblyService assemblies;
  @Inject ChairService chair;
  @Inject RollService roll;
  @Inject Access access;

  private long id;
  private AssemblyView view;
  private boolean chairing;
  private boolean admin;
  private ScheduleForm form;
  private SchemeForm scheme;
  private MotionForm motion = new MotionForm();
  private String chairEmail;
  private final Map<String, String> turnouts = new LinkedHashMap<>();
  private Map<String, WhatIf.ClassWeight> whatIf;
  private List<RollService.ObjectionRow> objections = List.of();
  private final Map<Long, String> reasons = new HashMap<>();
  private RollService.RollSummary rollSummary;
  private LocalDateTime objectionsUntil;

  /** The call each pending motion is to be opened at, as the form sends it ("1" or "2"). */
  private final Map<Long, String> calls = new HashMap<>();

  private String attendee;
  private transient jakarta.servlet.http.Part weightsUpload;
  private String weightsPasted;

  /** The raw-weights file being previewed (text), imported as previewed. */
  private String weightsText;

  private RollService.WeightsPreview weightsPreview;
  private int attendanceCall = 1;

  public void load() {
    view = assemblies.view(id); // refuses all but admins and this assembly's chairs
    admin = access.hasAny(Grant.admin());
    chairing = access.hasAny(Grant.of(Role.CHAIR, Scope.assembly(id)));
    form = ScheduleForm.of(view.row().title(), view.description(), view.place(), view.schedule());
    scheme = SchemeForm.of(view.scheme());
    if (chairing) {
      objections = roll.objections(id);
      if (view.rollBuiltAt() != null) {
        rollSummary =
            new RollService.RollSummary(
                roll.page(id, null, null, coop.spokes.platform.persistence.PageRequest.of(0, 1))
                    .total(),
                roll.page(id, true, null, coop.spokes.platform.persistence.PageRequest.of(0, 1))
                    .total());
      }
    }
  }

  private void reload() {
    load();
  }

  public void save() {
    run(
        "detailsForm",
        () ->
            assemblies.change(
                id, form.getTitle(), form.getDescription(), form.getPlace(), form.schedule()),
        "assembly.saved");
  }

  public void saveScheme() {
    run("schemeForm", () -> assemblies.setScheme(id, scheme.settings()), "assembly.scheme.saved");
  }

  public void addMotion() {
    if (run(
        "motionForm", () -> assemblies.addMotion(id, motion.settings()), "assembly.motion.added")) {
      motion = new MotionForm();
    }
  }

  public void removeMotion(long motionId) {
    run("agendaForm", () -> assemblies.removeMotion(motionId), "assembly.motion.removed");
  }

  public void appointChair() {
    if (run(
        "chairsForm", () -> assemblies.appointChair(id, chairEmail), "assembly.chair.appointed")) {
      chairEmail = null;
    }
  }

  public void removeChair(long accountId) {
    run("chairsForm", () -> assemblies.removeChair(id, accountId), "assembly.chair.removed");
  }

  public void computeWhatIf() {
    try {
      whatIf = assemblies.whatIf(id, turnouts);
    } catch (SpokesException e) {
      FacesMessages.show("whatIfForm", e);
    }
  }

  public void buildRoll() {
    try {
      rollSummary = roll.build(id);
      FacesMessages.info("assembly.roll.built", rollSummary.members(), rollSummary.eligible());
    } catch (SpokesException e) {
      FacesMessages.show("rollForm", e);
    }
    reload();
  }

  public void openObjections() {
    run(
        "rollForm",
        () ->
            roll.openObjections(
                id,
                objectionsUntil == null
                    ? null
                    : objectionsUntil.atZone(ZoneId.of(form.getTimeZone())).toOffsetDateTime()),
        "assembly.objections.opened");
  }

  public void approve(long objectionId) {
    try {
      boolean upheld = roll.approve(objectionId);
      FacesMessages.info(upheld ? "assembly.objection.upheld" : "assembly.objection.approved");
    } catch (SpokesException e) {
      FacesMessages.show("objectionsForm", e);
    }
    reload();
  }

  public void dismiss(long objectionId) {
    try {
      roll.dismiss(objectionId, reasons.get(objectionId));
      FacesMessages.info("assembly.objection.dismissed");
    } catch (SpokesException e) {
      // The reason field is repeated per objection: the message is shown at the top.
      FacesMessages.error(e.key(), e.args());
    }
    reload();
  }

  public void convene() {
    try {
      int sent = chair.convene(id);
      FacesMessages.info("assembly.convened", sent);
    } catch (SpokesException e) {
      FacesMessages.show("stateForm", e);
    }
    reload();
  }

  public void open() {
    run("stateForm", () -> chair.open(id), "assembly.opened");
  }

  public void close() {
    int[] unsent = {0};
    if (run("stateForm", () -> unsent[0] = chair.close(id), "assembly.closed")) {
      warnUnsent(unsent[0]);
    }
  }

  /** Tells the chair how many receipt mails closing had to give up, if any. */
  private static void warnUnsent(int unsent) {
    if (unsent > 0) {
      FacesMessages.warn("assembly.receipts.unsent", unsent);
    }
  }

  public void publish() {
    run("stateForm", () -> chair.publish(id), "assembly.published");
  }

  public void openMotion(long motionId) {
    run(
        "agendaForm",
        () -> chair.openMotion(motionId, "2".equals(calls.get(motionId)) ? 2 : 1),
        "assembly.motion.opened");
  }

  public void closeMotion(long motionId) {
    int[] unsent = {0};
    if (run(
        "agendaForm", () -> unsent[0] = chair.closeMotion(motionId), "assembly.motion.closed")) {
      warnUnsent(unsent[0]);
    }
  }

  public void markPresent() {
    run(
        "attendanceForm",
        () -> chair.markPresenceByNumber(id, attendanceCall, attendee, true),
        "assembly.attendance.marked");
  }

  /** The most a raw-weights file may weigh (a roll of 200,000 lines fits). */
  static final long MAX_WEIGHTS_BYTES = 8L * 1024 * 1024;

  /** Reads the uploaded (or pasted) raw weights and shows what importing them would change. */
  public void previewWeights() {
    try {
      String text = weightsPasted;
      if (weightsUpload != null && weightsUpload.getSize() > 0) {
        if (weightsUpload.getSize() > MAX_WEIGHTS_BYTES) {
          FacesMessages.errorAt(
              "weightsForm:file", "assembly.weights.tooBig", MAX_WEIGHTS_BYTES / 1024 / 1024);
          return;
        }
        try (java.io.InputStream in = weightsUpload.getInputStream()) {
          text = coop.spokes.platform.csv.CsvText.decode(in.readAllBytes());
        }
      }
      weightsPreview = roll.previewWeights(id, text);
      weightsText = text;
    } catch (SpokesException e) {
      FacesMessages.show("weightsForm", e);
    } catch (java.io.IOException e) {
      FacesMessages.errorAt("weightsForm:file", "assembly.weights.columns");
    }
  }

  /** Imports the previewed raw weights, all or nothing. */
  public void importWeights() {
    try {
      int changed = roll.importWeights(id, weightsText);
      FacesMessages.info("assembly.weights.imported", changed);
      weightsPreview = null;
      weightsText = null;
      weightsPasted = null;
    } catch (SpokesException e) {
      FacesMessages.show("weightsForm", e);
    }
    reload();
  }

  /** Drops the preview, to choose another file. */
  public void discardWeights() {
    weightsPreview = null;
    weightsText = null;
  }

  public jakarta.servlet.http.Part getWeightsUpload() {
    return weightsUpload;
  }

  public void setWeightsUpload(jakarta.servlet.http.Part weightsUpload) {
    this.weightsUpload = weightsUpload;
  }

  public String getWeightsPasted() {
    return weightsPasted;
  }

  public void setWeightsPasted(String weightsPasted) {
    this.weightsPasted = weightsPasted;
  }

  public RollService.WeightsPreview getWeightsPreview() {
    return weightsPreview;
  }

  /** Turnout per class of an open motion (polled while it is open). */
  public List<ChairService.ClassTurnout> turnout(long motionId) {
    return chair.turnout(motionId);
  }

  /** Whether any motion is open (the turnout then refreshes itself). */
  public boolean isAnyOpen() {
    return view.motions().stream().anyMatch(m -> "OPEN".equals(m.state()));
  }

  /** Reloads the motions' states (the poll's action). */
  public void refresh() {
    view = assemblies.view(id);
  }

  private boolean run(String formId, Runnable action, String doneKey) {
    try {
      action.run();
      FacesMessages.info(doneKey);
      reload();
      return true;
    } catch (SpokesException e) {
      FacesMessages.show(formId, e);
      reload();
      return false;
    }
  }

  public List<String> getClasses() {
    return CLASSES;
  }

  public List<MotionRow> getMotions() {
    return view.motions();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public AssemblyView getView() {
    return view;
  }

  public boolean isChairing() {
    return chairing;
  }

  public boolean isAdmin() {
    return admin;
  }

  public boolean isDraft() {
    return "DRAFT".equals(view.row().state());
  }

  public boolean isOpenState() {
    return "OPEN".equals(view.row().state());
  }

  public ScheduleForm getForm() {
    return form;
  }

  public SchemeForm getScheme() {
    return scheme;
  }

  public MotionForm getMotion() {
    return motion;
  }

  public String getChairEmail() {
    return chairEmail;
  }

  public void setChairEmail(String chairEmail) {
    this.chairEmail = chairEmail;
  }

  public Map<String, String> getTurnouts() {
    return turnouts;
  }

  /** One class of the what-if, as decimals to the hundredth. */
  public record WhatIfRow(
      String memberClass,
      java.math.BigDecimal voters,
      java.math.BigDecimal share,
      List<Map.Entry<String, java.math.BigDecimal>> weights)
      implements Serializable {}

  public List<WhatIfRow> getWhatIf() {
    if (whatIf == null) {
      return List.of();
    }
    List<WhatIfRow> rows = new ArrayList<>();
    whatIf.forEach(
        (c, w) ->
            rows.add(
                new WhatIfRow(
                    c.toUpperCase(java.util.Locale.ROOT),
                    Decimals.of(w.voters()),
                    w.share() == null ? null : Decimals.of(w.share()),
                    w.voterWeight().entrySet().stream()
                        .map(
                            e ->
                                Map.entry(
                                    e.getKey().toUpperCase(java.util.Locale.ROOT),
                                    Decimals.of(e.getValue())))
                        .toList())));
    return rows;
  }

  public List<RollService.ObjectionRow> getObjections() {
    return objections;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public RollService.RollSummary getRollSummary() {
    return rollSummary;
  }

  public LocalDateTime getObjectionsUntil() {
    return objectionsUntil;
  }

  public void setObjectionsUntil(LocalDateTime objectionsUntil) {
    this.objectionsUntil = objectionsUntil;
  }

  public Map<Long, String> getCalls() {
    return calls;
  }

  public String getAttendee() {
    return attendee;
  }

  public void setAttendee(String attendee) {
    this.attendee = attendee;
  }

  public int getAttendanceCall() {
    return attendanceCall;
  }

  public void setAttendanceCall(int attendanceCall) {
    this.attendanceCall = attendanceCall;
  }
}
