package coop.spokes.contribution.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A member's paid work of a period: how many lines and minutes, and the amounts per currency
 * already paid and still owed ({@code memberId} null: work logged for no membership).
 */
public record MemberPaidWork(
    Long memberId,
    String person,
    int lines,
    long minutes,
    Map<String, BigDecimal> paid,
    Map<String, BigDecimal> owed)
    implements Serializable {
  public MemberPaidWork {
    paid = Map.copyOf(paid);
    owed = Map.copyOf(owed);
  }

  /** The members owed for a period's paid work, and whether the reader may mark them paid. */
  public record Owed(java.util.List<MemberPaidWork> members, boolean mayMarkPaid)
      implements Serializable {
    public Owed {
      members = java.util.List.copyOf(members);
    }
  }

  /** Whether something is still owed. */
  public boolean isOwing() {
    return owed.values().stream().anyMatch(a -> a.signum() > 0);
  }

  /** Sums lines as they come. */
  static final class Builder {
    private final Long memberId;
    private final String person;
    private int lines;
    private long minutes;
    private final Map<String, BigDecimal> paid = new TreeMap<>();
    private final Map<String, BigDecimal> owed = new TreeMap<>();

    Builder(Long memberId, String person) {
      this.memberId = memberId;
      this.person = person;
    }

    void add(CostLine l) {
      lines++;
      minutes += l.minutes();
      if (l.amount() != null) {
        (l.paidAt() == null ? owed : paid).merge(l.currency(), l.amount(), BigDecimal::add);
      }
    }

    MemberPaidWork build() {
      return new MemberPaidWork(memberId, person, lines, minutes, paid, owed);
    }
  }
}
