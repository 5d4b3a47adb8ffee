-- Membership: a member's move to another custodian. Both custodians' managers approve; the member
-- accepts the new custodian's terms (the version is recorded); on completion the member gets a
-- number at the new custodian and the request stays as history (and in both registers).
CREATE SEQUENCE membership_transfer_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE membership_transfer (
    id                 BIGINT PRIMARY KEY,
    member_id          BIGINT        NOT NULL REFERENCES membership_member (id),
    from_custodian_id  BIGINT        NOT NULL REFERENCES custodian_coop (id),
    to_custodian_id    BIGINT        NOT NULL REFERENCES custodian_coop (id),
    from_number        VARCHAR(20)   NOT NULL,
    from_since         DATE          NOT NULL,
    to_number          VARCHAR(20),
    reason             VARCHAR(1000) NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by       BIGINT        NOT NULL,
    terms_version      VARCHAR(40)   NOT NULL,
    terms_accepted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    from_approved_at   TIMESTAMP WITH TIME ZONE,
    from_approved_by   BIGINT,
    to_approved_at     TIMESTAMP WITH TIME ZONE,
    to_approved_by     BIGINT,
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         BIGINT,
    rejection_reason   VARCHAR(2000),
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX membership_transfer_member ON membership_transfer (member_id, requested_at);
CREATE INDEX membership_transfer_from ON membership_transfer (from_custodian_id, status);
CREATE INDEX membership_transfer_to ON membership_transfer (to_custodian_id, status);

-- Since when a member belongs to their current custodian (null: since they joined).
ALTER TABLE membership_member ADD COLUMN custodian_since DATE;
