package coop.spokes.platform.i18n;

/** Messages in language "fr". See {@link SpokesBundle}. */
public class Messages_fr extends SpokesBundle {
  public Messages_fr() {
    super("fr");
  }
}
