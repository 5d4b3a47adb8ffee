package coop.spokes.audit.service;

/**
 * The result of verifying one stream: how many events were checked and, when the chain is broken,
 * the first broken link (the seq where it breaks) and why, as a bundle key.
 */
public record ChainVerification(
    String stream, long checked, long headSeq, Long brokenAtSeq, String problemKey) {

  public boolean intact() {
    return brokenAtSeq == null;
  }
}
