package coop.spokes.identity.service;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a sign-in: an authenticator code or a recovery code typed for the account
 * whose password this session just gave ({@code PendingSignIn}). It names no account itself.
 */
public record SignInCodeCredential(String code) implements Credential {}
