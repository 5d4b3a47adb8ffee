package coop.spokes.assembly.service;

import java.io.Serializable;
import java.util.List;

/**
 * A motion as chairs write it; {@link SchemeJson#motion} turns its rules into a tally document's
 * {@code motion} section.
 *
 * @param kind {@code yes-no}, {@code single-choice} or {@code multiple-choice}
 * @param options the options of a choice (one per line on the form); ignored for yes/no
 * @param seats how many an election elects
 * @param threshold the fraction to reach, e.g. {@code 1/2} or {@code 2/3}
 * @param atLeast whether reaching it is enough ({@code >=}); else more is needed ({@code >})
 * @param base {@code cast-excluding-abstentions}, {@code cast-including-abstentions}, {@code
 *     present} or {@code eligible}
 * @param byHeads whether the threshold counts members rather than weight
 * @param doubleMajority class codes in which the threshold must be met too
 * @param quorumFirst the quorum at the first call as a fraction of the eligible (null: none)
 * @param quorumSecond the quorum at the second call (null: none)
 * @param secret whether ballots are secret (else named, and names are published)
 * @param changeable whether a voter may change their vote until the motion closes
 */
public record MotionSettings(
    String title,
    String body,
    String kind,
    List<String> options,
    int seats,
    String threshold,
    boolean atLeast,
    String base,
    boolean byHeads,
    List<String> doubleMajority,
    String quorumFirst,
    String quorumSecond,
    boolean secret,
    boolean changeable)
    implements Serializable {

  public MotionSettings {
    options = options == null ? List.of() : List.copyOf(options);
    doubleMajority = doubleMajority == null ? List.of() : List.copyOf(doubleMajority);
  }

  /** A yes/no motion passing by a simple majority of the votes cast, secret and changeable. */
  public static MotionSettings simpleMajority(String title, String body) {
    return new MotionSettings(
        title,
        body,
        "yes-no",
        List.of(),
        1,
        "1/2",
        false,
        "cast-excluding-abstentions",
        false,
        List.of(),
        null,
        null,
        true,
        true);
  }
}
