-- The outbox's due index held every message ever sent or given up, first in its order: each pass
-- walked past all of them to reach the waiting ones, a little slower with every mail sent. A
-- message that is sent or given up now has no next attempt, so the index's waiting messages come
-- first and a pass reads only those.
ALTER TABLE platform_mail_outbox ALTER COLUMN next_attempt_at DROP NOT NULL;
UPDATE platform_mail_outbox SET next_attempt_at = NULL WHERE sent_at IS NOT NULL OR failed_at IS NOT NULL;
DROP INDEX platform_mail_outbox_due;
CREATE INDEX platform_mail_outbox_due ON platform_mail_outbox (next_attempt_at, id);
