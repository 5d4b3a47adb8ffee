package coop.spokes.identity.web;

import coop.spokes.identity.service.SecondFactorService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.security.SecretRotation;
import coop.spokes.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Admins' sign-in settings: whether administrators and treasurers must use a second factor, and the
 * re-encryption of stored secrets after a new key is configured (docs/operations.md).
 */
@Named
@ViewScoped
public class SignInPolicyPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SecondFactorService secondFactors;
  @Inject SecretRotation rotation;

  private boolean required;

  @PostConstruct
  void init() {
    required = secondFactors.isRequired();
  }

  public void save() {
    try {
      secondFactors.requireForPrivilegedRoles(required);
      FacesMessages.info("identity.signInPolicy.saved");
    } catch (SpokesException e) {
      FacesMessages.show("policyForm", e);
      required = secondFactors.isRequired();
    }
  }

  public void reseal() {
    try {
      FacesMessages.info("identity.signInPolicy.resealed", rotation.resealAll());
    } catch (coop.spokes.platform.security.SecretBoxException e) {
      // A value sealed with a key no longer configured: nothing was re-sealed (one transaction).
      FacesMessages.error("identity.signInPolicy.resealFailed");
    }
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }
}
