package coop.spokes.assembly.web;

import coop.spokes.assembly.model.AssemblyException;
import coop.spokes.assembly.service.RollService;
import coop.spokes.assembly.service.VotingService;
import coop.spokes.assembly.tally.Fraction;
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
  private final Map<String, String> single = new HashMap<>();
  private final Map<String, List<String>> several = new HashMap<>();
  private final Map<String, Map<String, String>> split = new HashMap<>();
  private final Map<String, VotingService.Receipt> receipts = new LinkedHashMap<>();
  private final Map<String, String> errors = new HashMap<>();
  private final Map<Long, String> holders = new HashMap<>();
  private final Map<String, String> claims = new HashMap<>();
  private final Map<String, String> weights = new HashMap<>();

  public void load() {
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

  /** The votes the form holds for one voter, in member weight. */
  private Map<String, Fraction> chosen(VotingService.OpenMotion m, VotingService.VoterChoice v) {
    String k = key(m.motion().id(), v.voterId());
    Map<String, Fraction> choices = new LinkedHashMap<>();
    if (v.splits() && !"multiple-choice".equals(m.motion().settings().kind())) {
      for (Map.Entry<String, String> e : split.getOrDefault(k, Map.of()).entrySet()) {
        if (e.getValue() != null && !e.getValue().isBlank()) {
          try {
            choices.put(e.getKey(), Fraction.parse(e.getValue().strip().replace(',', '.')));
          } catch (NumberFormatException ex) {
            throw new AssemblyException("choices", "assembly.vote.choice.invalid");
          }
        }
      }
    } else if ("multiple-choice".equals(m.motion().settings().kind())) {
      for (String option : several.getOrDefault(k, List.of())) {
        choices.put(option, v.weight());
      }
    } else if (single.get(k) != null) {
      choices.put(single.get(k), v.weight());
    }
    return choices;
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
      VotingService.Receipt receipt = voting.cast(motionId, voterId, chosen(m, v));
      receipts.put(key(motionId, voterId), receipt);
      FacesMessages.info(receipt.replaced() ? "assembly.vote.changed" : "assembly.vote.cast");
    } catch (SpokesException e) {
      // Shown next to this voter's choices (the ballots are repeated, so no fixed field id).
      errors.put(key(motionId, voterId), FacesMessages.text(e.key(), e.args()));
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    }
    load();
  }

  public void delegate(long assemblyId, long principalId) {
    try {
      voting.delegate(assemblyId, principalId, holders.get(principalId));
      FacesMessages.info("assembly.proxy.given");
      holders.remove(principalId);
    } catch (SpokesException e) {
      FacesMessages.show("assemblies", e);
    }
    load();
  }

  public void revoke(long assemblyId, long principalId) {
    try {
      voting.revoke(assemblyId, principalId);
      FacesMessages.info("assembly.proxy.revoked");
    } catch (SpokesException e) {
      FacesMessages.show("assemblies", e);
    }
    load();
  }

  public void checkIn(long assemblyId, int call, long memberId) {
    try {
      voting.checkIn(assemblyId, call, memberId);
      FacesMessages.info("assembly.attendance.checkedIn");
    } catch (SpokesException e) {
      FacesMessages.show("assemblies", e);
    }
    load();
  }

  public void object(long assemblyId, long memberId, String about) {
    String k = key(assemblyId, memberId);
    try {
      roll.object(assemblyId, memberId, about, claims.get(k), weights.get(k));
      FacesMessages.info("assembly.objection.raised");
      claims.remove(k);
      weights.remove(k);
    } catch (SpokesException e) {
      FacesMessages.show("places", e);
    }
    load();
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

  public Map<String, String> getSingle() {
    return single;
  }

  public Map<String, List<String>> getSeveral() {
    return several;
  }

  /** The split votes of one voter on one motion, option → votes (created on first use). */
  public Map<String, String> splitOf(long motionId, long voterId) {
    return split.computeIfAbsent(key(motionId, voterId), k -> new HashMap<>());
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public Map<String, VotingService.Receipt> getReceipts() {
    return receipts;
  }

  public Map<Long, String> getHolders() {
    return holders;
  }

  public Map<String, String> getClaims() {
    return claims;
  }

  public Map<String, String> getWeights() {
    return weights;
  }
}
