package coop.spokes.platform.mail;

import java.util.function.UnaryOperator;

/**
 * How to seal one message: the {@link MailSealProvider} that will open it, the reference it opens
 * it by (e.g. a motion's id), and the sealing itself, applied to each rendered body.
 */
public record MailSeal(String provider, long reference, UnaryOperator<String> seal) {}
