-- A message may be sealed: its subject and bodies are stored encrypted under a key its context
-- holds (an assembly motion's ballot key, for a receipt mail), opened only when the message is
-- sent, and cleared once it is. When the context has destroyed the key (the motion closed), a
-- message still waiting is given up unread: nothing pairs its recipient with its content any more.
ALTER TABLE platform_mail_outbox ADD COLUMN sealed_by VARCHAR(100);
ALTER TABLE platform_mail_outbox ADD COLUMN sealed_reference BIGINT;
