package coop.spokes.assembly.web;

import coop.spokes.assembly.service.AssemblyRow;
import coop.spokes.assembly.service.AssemblyService;
import coop.spokes.assembly.service.RollService;
import coop.spokes.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * An assembly's roll for its chairs and admins ({@code ?id=}): every member at the record date,
 * paged in the database, with their class, kind, weight, status and standing, and why they are not
 * eligible; searchable by number or name.
 */
@Named
@ViewScoped
public class RollPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RollService roll;
  @Inject AssemblyService assemblies;

  private long id;
  private AssemblyRow assembly;
  private String search;
  private String eligible = "";
  private PagedModel<RollService.RollLine> model;

  public void load() {
    assembly = assemblies.view(id).row(); // refuses all but admins and its chairs
    model =
        new PagedModel<>(
            page -> roll.page(id, eligibleFilter(), search, page), RollService.RollLine::memberId);
  }

  private Boolean eligibleFilter() {
    return eligible == null || eligible.isEmpty() ? null : Boolean.valueOf(eligible);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public AssemblyRow getAssembly() {
    return assembly;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getEligible() {
    return eligible;
  }

  public void setEligible(String eligible) {
    this.eligible = eligible;
  }

  public PagedModel<RollService.RollLine> getModel() {
    return model;
  }
}
