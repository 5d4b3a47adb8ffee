package coop.spokes.platform.i18n;

/** Messages in language "ca". See {@link SpokesBundle}. */
public class Messages_ca extends SpokesBundle {
  public Messages_ca() {
    super("ca");
  }
}
