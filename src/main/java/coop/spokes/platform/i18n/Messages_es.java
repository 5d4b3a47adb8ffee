package coop.spokes.platform.i18n;

/** Messages in language "es". See {@link SpokesBundle}. */
public class Messages_es extends SpokesBundle {
  public Messages_es() {
    super("es");
  }
}
