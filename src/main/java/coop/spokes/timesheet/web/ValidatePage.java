package coop.spokes.timesheet.web;

import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.timesheet.service.EntryRow;
import coop.spokes.timesheet.service.ValidationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The entries of a circle waiting for approval ({@code ?circle=}): approve another member's entry,
 * or return it with a comment.
 */
@Named
@ViewScoped
public class ValidatePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ValidationService validation;

  private Long circle;
  private List<EntryRow> entries = List.of();
  private String comment;

  public void load() {
    entries = validation.submitted(circle == null ? -1 : circle);
  }

  public void approve(long entryId) {
    try {
      validation.approve(entryId);
      FacesMessages.info("timesheet.validation.approved");
    } catch (SpokesException e) {
      FacesMessages.show("validateForm", e);
    }
    load();
  }

  public void reject(long entryId) {
    try {
      validation.reject(entryId, comment);
      FacesMessages.info("timesheet.validation.rejected");
      comment = null;
    } catch (SpokesException e) {
      FacesMessages.show("validateForm", e);
    }
    load();
  }

  public List<EntryRow> getEntries() {
    return entries;
  }

  public Long getCircle() {
    return circle;
  }

  public void setCircle(Long circle) {
    this.circle = circle;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
