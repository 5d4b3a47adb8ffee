package coop.spokes.assembly.web;

import coop.spokes.assembly.service.ResultService;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A published result, for everyone ({@code result.xhtml?id=}): each motion's figures, downloads to
 * recount it, and a check of one's receipt code.
 */
@Named
@ViewScoped
public class ResultPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ResultService results;

  private long id;
  private ResultService.Result result;
  private String receipt;
  private List<String> found;

  public void load() {
    result = results.result(id); // not found until published
  }

  public void check() {
    found = results.checkReceipt(id, receipt);
    if (found.isEmpty()) {
      FacesMessages.errorAt("receiptForm:receipt", "assembly.receipt.notFound");
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ResultService.Result getResult() {
    return result;
  }

  public String getReceipt() {
    return receipt;
  }

  public void setReceipt(String receipt) {
    this.receipt = receipt;
  }

  public List<String> getFound() {
    return found;
  }
}
