package coop.spokes.assembly.tally;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who was at one call of the assembly, per class: present in person and represented by proxy, by
 * heads and by member weight. Quorum is judged on it, and the "present and represented" base.
 */
public record Attendance(Map<String, ClassAttendance> classes) {

  public Attendance {
    classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
  }

  /**
   * One class at the call; the weights are in member-weight units, like the roll's, and may be null
   * when the document leaves them out (they are then the heads under one member one vote, and
   * needed otherwise).
   */
  public record ClassAttendance(
      long presentHeads,
      long representedHeads,
      Fraction presentWeight,
      Fraction representedWeight) {

    public long heads() {
      return presentHeads + representedHeads;
    }

    /** Present and represented weight, or null when the document does not give both. */
    public Fraction weight() {
      return presentWeight == null || representedWeight == null
          ? null
          : presentWeight.plus(representedWeight);
    }
  }
}
