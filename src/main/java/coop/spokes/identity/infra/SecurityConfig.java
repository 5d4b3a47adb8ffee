package coop.spokes.identity.infra;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles pages may be constrained to (web.xml): every signed-in user is in the group USER; the
 * other groups are the roles of their grants. Signing in is {@link SpokesAuthenticationMechanism}.
 */
@DeclareRoles({
  "USER",
  "ADMIN",
  "CUSTODIAN_MANAGER",
  "TREASURER",
  "OPS",
  "CHAIR",
  "MEMBER",
  "NODE_OPERATOR"
})
@ApplicationScoped
public class SecurityConfig {}
