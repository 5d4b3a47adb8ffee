package coop.spokes.assembly.tally;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ballots of one class written as totals because one by one they would single out a voter. The
 * recount takes them as written and says which checks it could not make.
 *
 * @param ballots how many ballots the entry stands for
 * @param weight member weight per option (after any per-member cap, before class shares)
 * @param heads voters per option (a voter who split counts in proportion)
 */
public record MergedEntry(
    int index,
    String className,
    long ballots,
    Map<String, Fraction> weight,
    Map<String, Fraction> heads) {

  public MergedEntry {
    weight = Collections.unmodifiableMap(new LinkedHashMap<>(weight));
    heads = Collections.unmodifiableMap(new LinkedHashMap<>(heads));
  }
}
