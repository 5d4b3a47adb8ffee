-- Second factor (TOTP) for administrators and treasurers: the secret sealed with SecretBox
-- (AES-GCM, never in clear), the last step used (no replay), consecutive wrong codes (throttling);
-- one-time recovery codes stored as keyed hashes; the admin setting that requires it.
CREATE TABLE identity_second_factor (
    account_id       BIGINT PRIMARY KEY REFERENCES identity_user_account (id),
    secret_sealed    VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    enabled_at       TIMESTAMP WITH TIME ZONE,
    last_used_step   BIGINT,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    last_failed_at   TIMESTAMP WITH TIME ZONE,
    version          BIGINT NOT NULL DEFAULT 0
);

CREATE SEQUENCE identity_recovery_code_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE identity_recovery_code (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT   NOT NULL REFERENCES identity_user_account (id),
    code_hash   CHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_recovery_code_account ON identity_recovery_code (account_id, code_hash);

-- One row: whether administrators and treasurers must use a second factor.
CREATE TABLE identity_sign_in_policy (
    id                      INTEGER PRIMARY KEY,
    second_factor_required  BOOLEAN NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE,
    changed_by              BIGINT,
    version                 BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT identity_sign_in_policy_one CHECK (id = 1)
);
INSERT INTO identity_sign_in_policy (id, second_factor_required, version) VALUES (1, FALSE, 0);
