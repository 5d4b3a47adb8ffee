package coop.spokes.platform.approval;

/**
 * How far a subject got: {@code approvals} of the {@code required} (N of M). Reached when enough
 * people approved it.
 */
public record ApprovalTally(int approvals, int required) {
  public ApprovalTally {
    if (approvals < 0 || required < 1) {
      throw new IllegalArgumentException("approvals >= 0 and required >= 1");
    }
  }

  public boolean reached() {
    return approvals >= required;
  }
}
