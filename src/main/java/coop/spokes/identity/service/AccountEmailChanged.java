package coop.spokes.identity.service;

/**
 * Fired inside the transaction that changes an account's sign-in address, so other contexts that
 * keep the address (a member's contact e-mail) follow it in the same transaction.
 */
public record AccountEmailChanged(long accountId, String oldEmail, String newEmail) {}
