-- One table for every rate limit (issue #9): the sign-in throttle, password-reset and
-- address-change requests (identity) and join submissions and re-sends (membership) now count
-- their events here, under a keyed hash per limit. The old per-context tables held only events of
-- the last day; they are dropped, so counts start afresh when this version is deployed.
CREATE SEQUENCE platform_rate_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE platform_rate_event (
    id           BIGINT PRIMARY KEY,
    limit_name   VARCHAR(40) NOT NULL,
    key_hash     CHAR(64)    NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX platform_rate_event_key ON platform_rate_event (limit_name, key_hash, occurred_at);
CREATE INDEX platform_rate_event_age ON platform_rate_event (occurred_at);

DROP TABLE identity_login_failure;
DROP SEQUENCE identity_login_failure_seq;
DROP TABLE membership_join_attempt;
DROP SEQUENCE membership_join_attempt_seq;
