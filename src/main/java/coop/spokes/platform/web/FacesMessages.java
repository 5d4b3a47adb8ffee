package coop.spokes.platform.web;

import coop.spokes.platform.SpokesException;
import coop.spokes.platform.i18n.Formatting;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Adds translated messages to the current page from bundle keys: the platform "messages helper"
 * every backing bean uses, so no bean ever builds a message from literal text.
 */
public final class FacesMessages {

  private FacesMessages() {}

  /** A global information message, kept across a redirect (flash). */
  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, key, args);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /** A global warning: done, with something the user should know; kept across a redirect. */
  public static void warn(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_WARN, key, args);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /** A global error message. */
  public static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, key, args);
  }

  /** An error message at the component with client id {@code clientId}. */
  public static void errorAt(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
  }

  /**
   * Shows a keyed failure: at the field it names, resolved against the form {@code formId}, or
   * globally when it names none. Marks the request as failed validation so dialogs stay open.
   */
  public static void show(String formId, SpokesException failure) {
    String clientId = failure.field() == null ? null : formId + ":" + failure.field();
    add(clientId, FacesMessage.SEVERITY_ERROR, failure.key(), failure.args());
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** The translated text of {@code key} in the current view's language. */
  public static String text(String key, Object... args) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, context.getViewRoot().getLocale())
            .format(Formatting.readable(args, context.getViewRoot().getLocale()));
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
