package coop.spokes.platform.web;

import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.security.AccessDeniedException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns failures inside Faces into the translated error pages, for full and ajax requests alike: a
 * refused access check becomes the 403 page, a missing record the 404 page, an expired view the
 * "page expired" page, and anything else the 500 page with an error id that the log line carries
 * too. Without this an ajax failure would end in a partial-response error the user never sees, and
 * an access refusal deep in a bean would show as a 500.
 */
public class SpokesExceptionHandler extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(SpokesExceptionHandler.class.getName());

  public SpokesExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    if (events.hasNext() && context != null) {
      Throwable failure = events.next().getContext().getException();
      events.remove();
      while (events.hasNext()) {
        events.next();
        events.remove();
      }
      try {
        show(context, failure);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.SEVERE, "SPOKES-ERROR while showing an error page", e);
      }
    }
    getWrapped().handle();
  }

  private void show(FacesContext context, Throwable failure) throws IOException {
    ExternalContext ec = context.getExternalContext();
    if (ec.isResponseCommitted()) {
      ErrorIds.log(failure, "(response already committed)");
      context.responseComplete();
      return;
    }
    String path = ((HttpServletRequest) ec.getRequest()).getRequestURI();
    boolean ajax = context.getPartialViewContext().isAjaxRequest();
    if (find(failure, AccessDeniedException.class) != null) {
      status(context, 403, "forbidden", null, ajax);
    } else if (find(failure, NotFoundException.class) != null) {
      status(context, 404, "notFound", null, ajax);
    } else if (find(failure, ViewExpiredException.class) != null) {
      ec.redirect(ec.getRequestContextPath() + "/error.xhtml?kind=expired");
      context.responseComplete();
    } else {
      String id = ErrorIds.log(failure, path);
      status(context, 500, "error", id, ajax);
    }
  }

  private void status(FacesContext context, int status, String kind, String errorId, boolean ajax)
      throws IOException {
    ExternalContext ec = context.getExternalContext();
    if (ajax) {
      // A partial response cannot carry an error page: send the browser to one.
      String ref = errorId == null ? "" : "&ref=" + errorId;
      ec.redirect(ec.getRequestContextPath() + "/error.xhtml?kind=" + kind + ref);
    } else {
      if (errorId != null) {
        ec.getRequestMap().put(ErrorIds.REQUEST_ATTRIBUTE, errorId);
      }
      ec.responseReset();
      ec.responseSendError(status, null);
    }
    context.responseComplete();
  }

  static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t instanceof FacesException && t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
