package coop.spokes.transparency.service;

import coop.spokes.transparency.model.ReportExport;
import java.io.Serializable;

/** Where a report export is: its lines written so far out of how many, and its file's name. */
public record ExportStatus(
    String token,
    ReportExport.Format format,
    ReportExport.State state,
    long done,
    long total,
    String fileName)
    implements Serializable {

  /** How far it is, 0 to 100 (100 only once its file is ready). */
  public int percent() {
    if (state == ReportExport.State.DONE) {
      return 100;
    }
    return total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
  }

  public boolean running() {
    return state == ReportExport.State.RUNNING;
  }

  public boolean ready() {
    return state == ReportExport.State.DONE;
  }

  public boolean failed() {
    return state == ReportExport.State.FAILED;
  }
}
