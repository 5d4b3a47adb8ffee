package coop.spokes.membership.web;

import coop.spokes.membership.service.ApplicationReviewService;
import coop.spokes.membership.service.ApplicationRow;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One application for its custodian's managers: details, question, approve, reject. */
@Named
@ViewScoped
public class ApplicationReviewPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ApplicationReviewService review;

  private Long id;
  private ApplicationRow application;
  private String reason;
  private String question;

  public void load() {
    application = review.get(id == null ? -1 : id);
  }

  public String approve() {
    try {
      review.approve(application.id());
      FacesMessages.info("membership.review.approved", application.personName());
      return "/membership/review/applications.xhtml?faces-redirect=true&custodian="
          + application.custodianId();
    } catch (SpokesException e) {
      FacesMessages.show("decisionForm", e);
      return null;
    }
  }

  public String reject() {
    try {
      review.reject(application.id(), reason);
      FacesMessages.info("membership.review.rejected", application.personName());
      return "/membership/review/applications.xhtml?faces-redirect=true&custodian="
          + application.custodianId();
    } catch (SpokesException e) {
      FacesMessages.show("decisionForm", e);
      return null;
    }
  }

  public void ask() {
    try {
      review.askQuestion(application.id(), question);
      FacesMessages.info("membership.review.questionSent");
      question = null;
    } catch (SpokesException e) {
      FacesMessages.show("questionForm", e);
    }
  }

  public ApplicationRow getApplication() {
    return application;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }
}
