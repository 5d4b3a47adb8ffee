package coop.spokes.timesheet.model;

import coop.spokes.platform.SpokesException;
import java.io.Serial;

/** A timesheet rule was broken; carries the bundle key and the field at fault. */
public class TimesheetException extends SpokesException {
  @Serial private static final long serialVersionUID = 1L;

  public TimesheetException(String field, String key, Object... args) {
    super(field, key, args);
  }
}
