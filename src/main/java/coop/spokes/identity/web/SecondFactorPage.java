package coop.spokes.identity.web;

import coop.spokes.identity.service.SecondFactorService;
import coop.spokes.identity.service.SecondFactorSetUp;
import coop.spokes.identity.service.SecondFactorStatus;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import io.nayuki.qrcodegen.QrCode;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The signed-in administrator's or treasurer's second factor: set up an authenticator app from a QR
 * code (or the secret typed by hand), turn it on with a first code, see the recovery codes once,
 * replace them, or turn it off with a current code or the password. When the admins require it and
 * it is not on, this is the only page the person reaches.
 */
@Named
@ViewScoped
public class SecondFactorPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int QR_BORDER = 4;

  @Inject SecondFactorService secondFactors;

  private SecondFactorStatus status;
  private String secretText;
  private String otpauthUri;
  private List<String> recoveryCodes = List.of();
  private String code;

  @PostConstruct
  void init() {
    status = secondFactors.status();
  }

  public void startSetUp() {
    try {
      SecondFactorSetUp setUp = secondFactors.startSetUp();
      secretText = setUp.secretText();
      otpauthUri = setUp.otpauthUri();
    } catch (SpokesException e) {
      FacesMessages.show("setUpForm", e);
    }
  }

  public void enable() {
    try {
      recoveryCodes = List.copyOf(secondFactors.enable(code));
      secretText = null;
      otpauthUri = null;
      status = secondFactors.status();
      FacesMessages.info("identity.secondFactor.enabled");
    } catch (SpokesException e) {
      FacesMessages.show("setUpForm", e);
    }
    code = null;
  }

  public void newRecoveryCodes() {
    try {
      recoveryCodes = List.copyOf(secondFactors.newRecoveryCodes(code));
      status = secondFactors.status();
      FacesMessages.info("identity.secondFactor.recoveryCodesReplaced");
    } catch (SpokesException e) {
      FacesMessages.show("onForm", e);
    }
    code = null;
  }

  public String disable() {
    try {
      secondFactors.disable(code);
    } catch (SpokesException e) {
      FacesMessages.show("onForm", e);
      code = null;
      return null;
    }
    FacesMessages.info("identity.secondFactor.disabled");
    return "/identity/account/second-factor.xhtml?faces-redirect=true";
  }

  /** Whether an authenticator is being set up (QR code shown, first code awaited). */
  public boolean isSettingUp() {
    return otpauthUri != null;
  }

  /** The side of the QR code in modules, border included (the SVG's view box). */
  public int getQrSize() {
    return qr().size + 2 * QR_BORDER;
  }

  /** The QR code of the otpauth:// link as one SVG path, a unit square per dark module. */
  public String getQrPath() {
    QrCode qr = qr();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M')
              .append(x + QR_BORDER)
              .append(',')
              .append(y + QR_BORDER)
              .append("h1v1h-1z");
        }
      }
    }
    return path.toString();
  }

  private QrCode qr() {
    return QrCode.encodeText(otpauthUri, QrCode.Ecc.MEDIUM);
  }

  public SecondFactorStatus getStatus() {
    return status;
  }

  public String getSecretText() {
    return secretText;
  }

  public String getOtpauthUri() {
    return otpauthUri;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
