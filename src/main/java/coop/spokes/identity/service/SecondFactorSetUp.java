package coop.spokes.identity.service;

/**
 * A second factor being set up: the secret to give the authenticator app, as Base32 text (in groups
 * of four for typing) and as the {@code otpauth://} link its QR code carries.
 */
public record SecondFactorSetUp(String secretText, String otpauthUri) {}
