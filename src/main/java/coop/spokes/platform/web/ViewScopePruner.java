package coop.spokes.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a signed-in session from growing with every page it opens.
 *
 * <p>Faces (Mojarra 4.0, as Payara ships it) keeps the view maps of the last few pages of a session
 * ({@code com.sun.faces.numberOfActiveViewMaps}, web.xml) and evicts the eldest, destroying its
 * {@code @ViewScoped} beans. But it keeps, in another session attribute, one small map per page
 * ever opened naming those beans, and never removes the entry of an evicted page: a session grew by
 * about 400 bytes per page view, without end (SessionSizeIT). After each page is rendered this
 * listener drops the entries whose view map is no longer active; their beans are already destroyed,
 * so nothing else changes.
 *
 * <p>An entry is dropped only when it was there before the active view maps were read and its map
 * was not among them: Faces registers a view map before it names its first bean, and never reuses
 * an id, so a page being built by a concurrent request of the same session is left alone.
 */
public class ViewScopePruner implements PhaseListener {
  private static final long serialVersionUID = 1L;
  static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
  static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    ExternalContext ec = event.getFacesContext().getExternalContext();
    if (ec.getSession(false) == null) {
      return;
    }
    Map<String, Object> session = ec.getSessionMap();
    if (session.get(ACTIVE_VIEW_CONTEXTS) instanceof Map<?, ?> contexts
        && session.get(ACTIVE_VIEW_MAPS) instanceof Map<?, ?> viewMaps
        && prune(contexts, viewMaps)) {
      // Put back so that a replicated session (distributable) sends the smaller map.
      session.put(ACTIVE_VIEW_CONTEXTS, contexts);
    }
  }

  /**
   * Removes from {@code contexts} the keys that are not keys of {@code viewMaps}, locking each as
   * Faces does; true when one was removed.
   */
  static boolean prune(Map<?, ?> contexts, Map<?, ?> viewMaps) {
    Set<Object> named;
    synchronized (contexts) {
      named = new HashSet<>(contexts.keySet());
    }
    synchronized (viewMaps) {
      named.removeAll(viewMaps.keySet());
    }
    if (named.isEmpty()) {
      return false;
    }
    synchronized (contexts) {
      contexts.keySet().removeAll(named);
    }
    return true;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Nothing before rendering.
  }
}
