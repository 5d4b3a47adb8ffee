package coop.spokes.contribution.web;

import coop.spokes.contribution.service.ResourceRow;
import coop.spokes.contribution.service.ResourceService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** In-kind contributions waiting for ops members' validation: approve, or return with a comment. */
@Named
@ViewScoped
public class ResourcesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ResourceService resources;

  private PagedModel<ResourceRow> model;
  private String comment;

  public void load() {
    resources.submitted(PageRequest.of(0, 1)); // refuses a caller without the OPS role at once
    model = new PagedModel<>(page -> resources.submitted(page), ResourceRow::id);
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

  public PagedModel<ResourceRow> getModel() {
    return model;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
