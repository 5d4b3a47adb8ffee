package coop.spokes.timesheet.web;

import java.io.Serializable;

/** The fields of a circle as its forms edit them: name, description, approvals needed. */
public class CircleForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String name;
  private String description;
  private int approvalsRequired;

  public CircleForm(String name, String description, int approvalsRequired) {
    this.name = name;
    this.description = description;
    this.approvalsRequired = approvalsRequired;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public int getApprovalsRequired() {
    return approvalsRequired;
  }

  public void setApprovalsRequired(int approvalsRequired) {
    this.approvalsRequired = approvalsRequired;
  }
}
