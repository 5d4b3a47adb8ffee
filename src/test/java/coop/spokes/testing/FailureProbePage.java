package coop.spokes.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Test-only page bean (deployed with the WAR by {@link SpokesIT}, never shipped): an action that
 * fails unexpectedly, to see what users get on full and ajax requests.
 */
@Named
@RequestScoped
public class FailureProbePage {

  public void fail() {
    throw new IllegalStateException("planted failure with a secret detail: s3cr3t");
  }
}
