package coop.spokes.platform.security;

import coop.spokes.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one access check every public service method starts with: role <em>and</em> scope.
 *
 * <p>{@code @RolesAllowed} is not enforced on CDI beans by Payara, and URL constraints alone cannot
 * see scopes (a manager of custodian A asking for a member of custodian B by id), so services call
 * this helper first, with the scope of the record they are about to touch. A refusal throws {@link
 * AccessDeniedException}, which the Faces exception handler and the REST mapper turn into a 403.
 * {@code ArchitectureTest} fails when a public service method does not start with a call here.
 */
@ApplicationScoped
public class Access {
  private static final Logger LOG = Logger.getLogger(Access.class.getName());

  @Inject Caller caller;

  protected Access() {}

  /** For tests and tools outside CDI. */
  public Access(Caller caller) {
    this.caller = caller;
  }

  /**
   * Requires that the caller holds {@code role} over {@code scope} (or over all records of that
   * scope's type).
   */
  public void require(Role role, Scope scope) {
    requireAny(Grant.of(role, scope));
  }

  /** Requires that the caller holds at least one of the given grants. */
  public void requireAny(Grant... alternatives) {
    if (!hasAny(alternatives)) {
      LOG.warning(
          () ->
              "Access refused to user "
                  + caller.userId().map(String::valueOf).orElse("(visitor)")
                  + " needing one of "
                  + Arrays.toString(alternatives));
      throw new AccessDeniedException();
    }
  }

  /**
   * Requires that the caller holds {@code role} over {@code scope}, the scope of a record they
   * named by id; refuses exactly as if there were no such record (see {@link #requireAnyToSee}).
   */
  public void requireToSee(String what, Object id, Role role, Scope scope) {
    requireAnyToSee(what, id, Grant.of(role, scope));
  }

  /**
   * Requires that the caller holds at least one of the given grants over a record they named by id
   * (in a link, a form or an API path), and refuses with {@link NotFoundException}, the answer for
   * an id that exists nowhere: so trying ids tells nobody which records exist outside their scope
   * (issue #8). Use it after loading the record, in place of {@link #requireAny}; a check made
   * before any lookup (on the id's own scope) already answers the same for both.
   */
  public void requireAnyToSee(String what, Object id, Grant... alternatives) {
    if (!hasAny(alternatives)) {
      throw hidden(what, id, "");
    }
  }

  /**
   * Requires that the caller is {@code ownerId}, the person a record they named by id belongs to
   * (their own time entry, their own account); refuses exactly as if there were no such record,
   * like {@link #requireAnyToSee}.
   */
  public void requireOwn(String what, Object id, long ownerId) {
    if (caller.userId().filter(me -> me == ownerId).isEmpty()) {
      throw hidden(what, id, " of another person");
    }
  }

  /**
   * Requires the caller to hold {@code role} over anything at all (e.g. any circle's ops members
   * validate resources).
   */
  public void requireRole(Role role) {
    requireRoleOver("anything", "", role);
  }

  /**
   * Requires the caller to hold {@code role} over anything, for a record they named by id that
   * every holder of that role may act on whatever the scope of their grant (any circle's ops
   * members validate every custodian's resources): the decision that the record's scope is the
   * whole role, made visible where it is taken.
   */
  public void requireRoleOver(String what, Object id, Role role) {
    if (!holdsRole(role)) {
      LOG.warning(
          () ->
              ("Access to " + what + " " + id).strip()
                  + " refused to user "
                  + who()
                  + " needing the role "
                  + role);
      throw new AccessDeniedException();
    }
  }

  /** Logs a refusal answered as "not found" and returns that answer, to throw. */
  private NotFoundException hidden(String what, Object id, String whose) {
    LOG.warning(
        () ->
            "Access to "
                + what
                + " "
                + id
                + whose
                + " refused (answered as not found) to user "
                + who());
    return new NotFoundException(what, id);
  }

  private String who() {
    return caller.userId().map(String::valueOf).orElse("(visitor)");
  }

  /** Requires a signed-in user, whatever their grants (e.g. for their own profile). */
  public void requireSignedIn() {
    if (caller.userId().isEmpty()) {
      LOG.warning("Access refused to a visitor: signing in is needed");
      throw new AccessDeniedException();
    }
  }

  /**
   * Declares that a service method is open to visitors (a public form, password reset). It checks
   * nothing; it makes the decision visible and satisfies the rule that every public service method
   * starts with an access decision.
   */
  public void permitPublic() {
    // Deliberately empty: see javadoc.
  }

  /**
   * Declares that a service method serves other services, which have made the access decision for
   * the change it belongs to (e.g. appending an audit event, queueing a mail). It checks nothing.
   */
  public void permitInternal() {
    // Deliberately empty: see javadoc.
  }

  /** Whether the caller holds at least one of the given grants. */
  public boolean hasAny(Grant... alternatives) {
    for (Grant held : caller.grants()) {
      for (Grant wanted : alternatives) {
        if (held.satisfies(wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the caller holds {@code role} over anything at all (for menus). */
  public boolean holdsRole(Role role) {
    return caller.grants().stream().anyMatch(g -> g.role() == role);
  }

  /** The caller's grants of {@code role} (for menus and defaults, never as the only check). */
  public java.util.List<Grant> grantsOf(Role role) {
    return caller.grants().stream().filter(g -> g.role() == role).toList();
  }

  /**
   * The id of the first single scope the caller holds {@code role} for (a manager's own custodian,
   * as a page's default), if any. Not a check.
   */
  public Optional<Long> firstScopeOf(Role role) {
    return grantsOf(role).stream()
        .filter(g -> !g.scope().isAll())
        .map(g -> g.scope().id())
        .findFirst();
  }

  public boolean isSignedIn() {
    return caller.userId().isPresent();
  }

  public Optional<Long> userId() {
    return caller.userId();
  }

  /** The signed-in user's id; refuses visitors. */
  public long requireUserId() {
    return caller.userId().orElseThrow(AccessDeniedException::new);
  }
}
