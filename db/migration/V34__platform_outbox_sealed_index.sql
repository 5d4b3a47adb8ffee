-- Closing a motion counts, sends and gives up the receipt mails sealed for it, several times a
-- second while it waits: found through this index instead of reading the whole outbox, which keeps
-- every message ever sent.
CREATE INDEX platform_mail_outbox_sealed ON platform_mail_outbox (sealed_reference, sealed_by);
