package coop.spokes.platform.mail;

/** Fired when a message enters the outbox; observed after commit to send it at once. */
public record MailQueued(long outboxId) {}
