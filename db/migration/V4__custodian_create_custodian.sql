-- Custodian co-ops: the member co-ops that hold members' money and answer for them in their
-- jurisdiction. Managers are role grants (identity_role_grant, scope CUSTODIAN).
CREATE SEQUENCE custodian_coop_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE custodian_coop (
    id                BIGINT PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    short_code        VARCHAR(8)   NOT NULL,
    jurisdiction      VARCHAR(6)   NOT NULL,
    currency          CHAR(3)      NOT NULL,
    default_language  VARCHAR(8)   NOT NULL,
    languages         VARCHAR(40)  NOT NULL,
    theme             VARCHAR(40)  NOT NULL,
    contact_email     VARCHAR(320) NOT NULL,
    contact_address   VARCHAR(1000) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT custodian_coop_short_code UNIQUE (short_code),
    CONSTRAINT custodian_coop_name UNIQUE (name)
);

ALTER TABLE identity_user_account
    ADD CONSTRAINT identity_user_account_home_custodian FOREIGN KEY (home_custodian_id) REFERENCES custodian_coop (id);
