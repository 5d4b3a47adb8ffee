package coop.spokes.platform.i18n;

/** English, the base bundle. See {@link SpokesBundle}. */
public class Messages extends SpokesBundle {
  public static final String BASE_NAME = "coop.spokes.platform.i18n.Messages";

  public Messages() {
    super("en");
  }
}
