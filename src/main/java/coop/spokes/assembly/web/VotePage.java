package coop.spokes.assembly.web;

import coop.spokes.assembly.model.AssemblyException;
import coop.spokes.assembly.service.RollService;
import coop.spokes.assembly.service.VotingService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's assemblies: the open motions they may vote on, for each voter they act for (their own
 * membership, organisations they represent, principals whose proxy they hold), with the scheme and
 * the motion's rules in plain words above the choices and the receipt shown after casting; their
 * place on each roll (and an objection while the roll is open to them); proxies given and held;
 * checking in at a call.
 */
@Named
@ViewScoped
public class VotePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject VotingService voting;
  @Inject RollService roll;

  private List<VotingService.OpenMotion> motions = List.of();
  private List<VotingService.MyAssembly> assemblies = List.of();
  private List<RollService.MyPlace> places = List.of();
  // One form is sent at a time, so one field of each kind serves every repeated form.
  private String choice;
  private List<String> choices = new ArrayList<>();
  private final Map<String, String> split = new HashMap<>();
  private final Map<String, VotingService.Receipt> receipts = new LinkedHashMap<>();
  private final Map<String, String> errors = new HashMap<>();
  private String holder;
  private String claim;
  private String askedWeight;

  /**
   * Loads the page when its view is built: its forms are repeated with {@code c:forEach} (one form
   * component per voter, membership and roll line; a form repeated by {@code ui:repeat} is one
   * component whose "submitted" flag the last row overwrites), which needs the data then.
   */
  @jakarta.annotation.PostConstruct
  public void load() {
    choice = null;
    choices = new ArrayList<>();
    split.clear();
    holder = null;
    claim = null;
    askedWeight = null;
    motions = voting.openMotions(); // refuses visitors
    assemblies = voting.myAssemblies();
    places = roll.myPlaces();
  }

  /** The key of one voter's ballot on one motion in the form's maps. */
  public static String key(long motionId, long voterId) {
    return motionId + ":" + voterId;
  }

  /** The same, for the view: {@code first:second}. */
  public String keyOf(long first, long second) {
    return key(first, second);
  }

  /** Options of a motion with abstention last. */
  public List<String> choicesOf(VotingService.OpenMotion m) {
    List<String> all = new ArrayList<>(m.motion().options());
    all.add("abstain");
    return all;
  }

  public void cast(long motionId, long voterId) {
    VotingService.OpenMotion m =
        motions.stream().filter(x -> x.motion().id() == motionId).findFirst().orElse(null);
    VotingService.VoterChoice v =
        m == null
            ? null
            : m.voters().stream().filter(x -> x.voterId() == voterId).findFirst().orElse(null);
    errors.remove(key(motionId, voterId));
    try {
      if (m == null || v == null) {
        throw new AssemblyException(null, "assembly.motion.notOpen");
      }
      boolean multiple = "multiple-choice".equals(m.motion().settings().kind());
      VotingService.Receipt receipt;
      if (v.splits() && !multiple) {
        receipt = voting.castSplit(motionId, voterId, split);
      } else if (multiple) {
        receipt = voting.castWhole(motionId, voterId, choices == null ? List.of() : choices);
      } else {
        receipt = voting.castWhole(motionId, voterId, choice == null ? List.of() : List.of(choice));
      }
      receipts.put(key(motionId, voterId), receipt);
      FacesMessages.info(receipt.replaced() ? "assembly.vote.changed" : "assembly.vote.cast");
    } catch (SpokesException e) {
      failed(key(motionId, voterId), e);
    }
    load();
  }

  public void delegate(long assemblyId, long principalId) {
    errors.remove("proxy:" + principalId);
    try {
      voting.delegate(assemblyId, principalId, holder);
      FacesMessages.info("assembly.proxy.given");
    } catch (SpokesException e) {
      failed("proxy:" + principalId, e);
    }
    load();
  }

  public void revoke(long assemblyId, long principalId) {
    errors.remove("proxy:" + principalId);
    try {
      voting.revoke(assemblyId, principalId);
      FacesMessages.info("assembly.proxy.revoked");
    } catch (SpokesException e) {
      failed("proxy:" + principalId, e);
    }
    load();
  }

  public void checkIn(long assemblyId, int call, long memberId) {
    try {
      voting.checkIn(assemblyId, call, memberId);
      FacesMessages.info("assembly.attendance.checkedIn");
    } catch (SpokesException e) {
      FacesMessages.error(e.key(), e.args());
    }
    load();
  }

  public void object(long assemblyId, long memberId, String about) {
    String k = key(assemblyId, memberId);
    errors.remove("place:" + k);
    try {
      roll.object(assemblyId, memberId, about, claim, askedWeight);
      FacesMessages.info("assembly.objection.raised");
    } catch (SpokesException e) {
      failed("place:" + k, e);
    }
    load();
  }

  /**
   * Keeps the failure's text under {@code where}, shown next to the field at fault: forms repeated
   * per voter, membership and roll have no fixed field id for a Faces message to attach to.
   */
  private void failed(String where, SpokesException e) {
    errors.put(where, FacesMessages.text(e.key(), e.args()));
    jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
  }

  public List<VotingService.OpenMotion> getMotions() {
    return motions;
  }

  public List<VotingService.MyAssembly> getAssemblies() {
    return assemblies;
  }

  public List<RollService.MyPlace> getPlaces() {
    return places;
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public List<String> getChoices() {
    return choices;
  }

  public void setChoices(List<String> choices) {
    this.choices = choices;
  }

  /** The split votes of the ballot sent, option → votes. */
  public Map<String, String> getSplit() {
    return split;
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public Map<String, VotingService.Receipt> getReceipts() {
    return receipts;
  }

  public String getHolder() {
    return holder;
  }

  public void setHolder(String holder) {
    this.holder = holder;
  }

  public String getClaim() {
    return claim;
  }

  public void setClaim(String claim) {
    this.claim = claim;
  }

  public String getAskedWeight() {
    return askedWeight;
  }

  public void setAskedWeight(String askedWeight) {
    this.askedWeight = askedWeight;
  }
}
