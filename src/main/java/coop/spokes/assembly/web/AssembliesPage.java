package coop.spokes.assembly.web;

import coop.spokes.assembly.service.AssemblyRow;
import coop.spokes.assembly.service.AssemblyService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The assemblies an admin sees (all, and a form to create one) or a chair chairs, latest first,
 * each linked to its page.
 */
@Named
@ViewScoped
public class AssembliesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssemblyService assemblies;
  @Inject Access access;

  private PagedModel<AssemblyRow> model;
  private boolean admin;
  private ScheduleForm form = new ScheduleForm();

  public void load() {
    admin = access.hasAny(Grant.admin());
    assemblies.list(coop.spokes.platform.persistence.PageRequest.of(0, 1)); // refuses others
    model = new PagedModel<>(page -> assemblies.list(page), AssemblyRow::id);
  }

  public String create() {
    try {
      AssemblyRow row = assemblies.create(form.getTitle(), form.schedule());
      FacesMessages.info("assembly.created", row.title());
      return "/assembly/assembly.xhtml?faces-redirect=true&id=" + row.id();
    } catch (SpokesException e) {
      FacesMessages.show("createForm", e);
      return null;
    }
  }

  public PagedModel<AssemblyRow> getModel() {
    return model;
  }

  public boolean isAdmin() {
    return admin;
  }

  public ScheduleForm getForm() {
    return form;
  }
}
