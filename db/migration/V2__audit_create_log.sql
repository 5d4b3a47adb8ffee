-- Append-only, hash-chained audit log: one chain per stream.
CREATE SEQUENCE audit_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE audit_stream_head (
    stream     VARCHAR(100) PRIMARY KEY,
    last_seq   BIGINT       NOT NULL,
    last_hash  CHAR(64)     NOT NULL
);

CREATE TABLE audit_event (
    id            BIGINT PRIMARY KEY,
    stream        VARCHAR(100)  NOT NULL,
    seq           BIGINT        NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id      BIGINT,
    action        VARCHAR(100)  NOT NULL,
    subject_type  VARCHAR(60),
    subject_id    VARCHAR(100),
    details       VARCHAR(4000) NOT NULL,
    note          VARCHAR(1000),
    prev_hash     CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    CONSTRAINT audit_event_stream_seq UNIQUE (stream, seq)
);

CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX audit_event_action ON audit_event (action, occurred_at);
CREATE INDEX audit_event_actor ON audit_event (actor_id, occurred_at);
