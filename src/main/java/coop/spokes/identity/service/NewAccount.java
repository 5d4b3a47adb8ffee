package coop.spokes.identity.service;

/** What an admin (or, later, membership approval) gives to open an account. */
public record NewAccount(
    String email, String displayName, String language, String timeZone, Long homeCustodianId) {}
