-- Outbox of mail: written in the transaction of the change, sent after commit with retries.
CREATE SEQUENCE platform_mail_outbox_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE platform_mail_outbox (
    id               BIGINT PRIMARY KEY,
    recipient        VARCHAR(320)   NOT NULL,
    language         VARCHAR(8)     NOT NULL,
    template         VARCHAR(100)   NOT NULL,
    subject          VARCHAR(400)   NOT NULL,
    body_text        VARCHAR(20000) NOT NULL,
    body_html        VARCHAR(40000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    attempts         INTEGER        NOT NULL DEFAULT 0,
    sent_at          TIMESTAMP WITH TIME ZONE,
    failed_at        TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000)
);

CREATE INDEX platform_mail_outbox_due ON platform_mail_outbox (next_attempt_at) ;
