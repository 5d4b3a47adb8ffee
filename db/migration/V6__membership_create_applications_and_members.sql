-- Membership: applications (public join form, e-mail verification, review by the custodian's
-- managers), members with a number per custodian, their status history and representatives.
CREATE SEQUENCE membership_application_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE membership_member_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE membership_status_change_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE membership_join_attempt_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE membership_application (
    id                        BIGINT PRIMARY KEY,
    custodian_id              BIGINT        NOT NULL REFERENCES custodian_coop (id),
    member_class              VARCHAR(20)   NOT NULL,
    kind                      VARCHAR(20)   NOT NULL,
    person_name               VARCHAR(200)  NOT NULL,
    email                     VARCHAR(320)  NOT NULL,
    residence_country         CHAR(2)       NOT NULL,
    language                  VARCHAR(8)    NOT NULL,
    org_legal_name            VARCHAR(300),
    org_registration_number   VARCHAR(100),
    org_country               CHAR(2),
    terms_version             VARCHAR(40)   NOT NULL,
    terms_accepted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status                    VARCHAR(20)   NOT NULL,
    verification_hash         CHAR(64),
    verification_expires_at   TIMESTAMP WITH TIME ZONE,
    verification_sent_at      TIMESTAMP WITH TIME ZONE,
    submitted_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at               TIMESTAMP WITH TIME ZONE,
    decided_at                TIMESTAMP WITH TIME ZONE,
    decided_by                BIGINT,
    rejection_reason          VARCHAR(2000),
    member_id                 BIGINT,
    version                   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT membership_application_verification UNIQUE (verification_hash)
);
CREATE INDEX membership_application_queue ON membership_application (custodian_id, status, submitted_at);

CREATE TABLE membership_member (
    id                   BIGINT PRIMARY KEY,
    custodian_id         BIGINT        NOT NULL REFERENCES custodian_coop (id),
    number_seq           BIGINT        NOT NULL,
    member_number        VARCHAR(20)   NOT NULL,
    member_class         VARCHAR(20)   NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    display_name         VARCHAR(300)  NOT NULL,
    sort_name            VARCHAR(300)  NOT NULL,
    registration_number  VARCHAR(100),
    country              CHAR(2)       NOT NULL,
    email                VARCHAR(320)  NOT NULL,
    language             VARCHAR(8)    NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    joined_on            DATE          NOT NULL,
    left_on              DATE,
    account_id           BIGINT REFERENCES identity_user_account (id),
    application_id       BIGINT,
    public_listing       BOOLEAN       NOT NULL DEFAULT FALSE,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT membership_member_number UNIQUE (member_number),
    CONSTRAINT membership_member_custodian_seq UNIQUE (custodian_id, number_seq),
    CONSTRAINT membership_member_application UNIQUE (application_id)
);
CREATE INDEX membership_member_directory ON membership_member (custodian_id, sort_name, id);
CREATE INDEX membership_member_sort_name ON membership_member (sort_name, id);
CREATE INDEX membership_member_account ON membership_member (account_id);

CREATE TABLE membership_status_change (
    id           BIGINT PRIMARY KEY,
    member_id    BIGINT       NOT NULL REFERENCES membership_member (id),
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)  NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   BIGINT,
    reason       VARCHAR(1000) NOT NULL
);
CREATE INDEX membership_status_change_member ON membership_status_change (member_id, changed_at);

CREATE TABLE membership_representative (
    member_id   BIGINT NOT NULL REFERENCES membership_member (id),
    account_id  BIGINT NOT NULL REFERENCES identity_user_account (id),
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, account_id)
);

-- Join-form submissions and verification re-sends per client address (HMAC), for rate limits.
CREATE TABLE membership_join_attempt (
    id           BIGINT PRIMARY KEY,
    kind         VARCHAR(10) NOT NULL,
    key_hash     CHAR(64)    NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX membership_join_attempt_key ON membership_join_attempt (kind, key_hash, occurred_at);

-- The last member number given out per custodian; locked while a number is allocated, so
-- numbers are unique and without gaps even when managers approve at the same moment.
CREATE TABLE membership_number_counter (
    custodian_id  BIGINT PRIMARY KEY REFERENCES custodian_coop (id),
    last_seq      BIGINT NOT NULL
);
