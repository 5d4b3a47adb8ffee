package coop.spokes.platform.mail;

/**
 * A mail argument of several lines written by staff (a manager's question or reason, payment
 * instructions): its line breaks are kept. Any other text argument is put on one line. Either way
 * it is shown as plain text, never as a link.
 */
public record MultilineText(String text) {}
