package coop.spokes.platform.approval;

import java.util.regex.Pattern;

/**
 * What is approved: a kind of record, named by its context ({@code "timesheet-entry"}), and its id.
 */
public record ApprovalSubject(String type, long id) {
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public ApprovalSubject {
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("A subject type is lower-case, up to 40 characters");
    }
  }
}
