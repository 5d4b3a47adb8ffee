package coop.spokes.assembly.web;

import coop.spokes.assembly.service.AssemblyRow;
import coop.spokes.assembly.service.ResultService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The assemblies whose result is published, for everyone, latest first. */
@Named
@ViewScoped
public class ResultsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ResultService results;

  private List<AssemblyRow> published = List.of();

  public void load() {
    published = results.published();
  }

  public List<AssemblyRow> getPublished() {
    return published;
  }
}
