package coop.spokes.assembly.tally;

/**
 * The tally document cannot be counted: it breaks the format or the scheme's own rules. Names the
 * JSON path at fault (e.g. {@code $.scheme.classShares.shares.producer}).
 */
public class InvalidTallyException extends RuntimeException {

  private final String path;

  public InvalidTallyException(String path, String message) {
    super(path + ": " + message);
    this.path = path;
  }

  public String path() {
    return path;
  }

  /** The message without the path. */
  public String reason() {
    return getMessage().substring(path.length() + 2);
  }
}
