package coop.spokes.platform.mail;

/** A message ready to send: subject, plain text and HTML alternative. */
public record RenderedMail(String subject, String text, String html) {}
