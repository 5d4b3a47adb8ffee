/**
 * The identity context: user accounts, sign-in, scoped role grants, password reset, language
 * preference and login throttling.
 *
 * <p>Owns the tables {@code identity_user_account}, {@code identity_role_grant}, {@code
 * identity_password_reset} and {@code identity_login_failure}. Public surface: the services in
 * {@code identity.service} ({@link coop.spokes.identity.service.AccountService}, {@link
 * coop.spokes.identity.service.RoleGrantService}, {@link
 * coop.spokes.identity.service.PasswordResetService}); it implements the platform's {@link
 * coop.spokes.platform.security.Caller} and {@link coop.spokes.platform.i18n.UserLanguageStore}.
 * Depends on {@code platform} and {@code audit}.
 */
package coop.spokes.identity;
