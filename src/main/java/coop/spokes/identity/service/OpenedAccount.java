package coop.spokes.identity.service;

/** An account found or opened for another context, and whether it was opened just now. */
public record OpenedAccount(AccountSummary account, boolean opened) {}
