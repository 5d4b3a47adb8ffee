package coop.spokes.contribution.web;

import coop.spokes.contribution.service.ResourceRow;
import coop.spokes.contribution.service.ResourceService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** In-kind contributions waiting for ops members' validation: approve, or return with a comment. */
@Named
@ViewScoped
public class ResourcesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ResourceService resources;

  private List<ResourceRow> rows = List.of();
  private String comment;

  public void load() {
    rows = resources.submitted();
  }

  public void approve(long id) {
    try {
      resources.approve(id);
      FacesMessages.info("contribution.resource.approved");
    } catch (SpokesException e) {
      FacesMessages.show("resourcesForm", e);
    }
    load();
  }

  public void reject(long id) {
    try {
      resources.reject(id, comment);
      FacesMessages.info("contribution.resource.rejected");
      comment = null;
    } catch (SpokesException e) {
      FacesMessages.show("resourcesForm", e);
    }
    load();
  }

  public List<ResourceRow> getRows() {
    return rows;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
