/**
 * The identity context: user accounts, sign-in, scoped role grants, password reset, language
 * preference and login throttling (counted by the platform's rate limiter).
 *
 * <p>Owns the tables {@code identity_user_account}, {@code identity_role_grant}, {@code
 * identity_password_reset}, and for the second factor {@code identity_second_factor}, {@code
 * identity_recovery_code} and {@code identity_sign_in_policy}. Public surface: the services in
 * {@code identity.service} ({@link coop.spokes.identity.service.AccountService}, {@link
 * coop.spokes.identity.service.RoleGrantService}, {@link
 * coop.spokes.identity.service.PasswordResetService}, {@link
 * coop.spokes.identity.service.SecondFactorService}); it implements the platform's {@link
 * coop.spokes.platform.security.Caller} and {@link coop.spokes.platform.i18n.UserLanguageStore} and
 * {@link coop.spokes.platform.security.ResealsSecrets} (authenticator secrets). Depends on {@code
 * platform} and {@code audit}.
 */
package coop.spokes.identity;
