package coop.spokes.identity.infra;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in on Spokes' own page, checked by {@link SpokesIdentityStore}. After signing in the
 * user returns to the page they asked for. Every signed-in user is in the group USER; the other
 * groups are the roles of their grants.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(
            loginPage = "/identity/login.xhtml",
            errorPage = "",
            useForwardToLogin = false))
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
