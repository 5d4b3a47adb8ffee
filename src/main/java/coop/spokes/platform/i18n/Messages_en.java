package coop.spokes.platform.i18n;

/** Messages in language "en". See {@link SpokesBundle}. */
public class Messages_en extends SpokesBundle {
  public Messages_en() {
    super("en");
  }
}
