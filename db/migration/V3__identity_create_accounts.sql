-- User accounts, scoped role grants, password reset tokens and login failures (throttling).
CREATE SEQUENCE identity_user_account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE identity_role_grant_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE identity_password_reset_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE identity_login_failure_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE identity_user_account (
    id                   BIGINT PRIMARY KEY,
    email                VARCHAR(320) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    password_hash        VARCHAR(300),
    language             VARCHAR(8)   NOT NULL,
    time_zone            VARCHAR(60)  NOT NULL,
    home_custodian_id    BIGINT,
    enabled              BOOLEAN      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT identity_user_account_email UNIQUE (email)
);

CREATE TABLE identity_role_grant (
    id          BIGINT PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES identity_user_account (id),
    role        VARCHAR(40) NOT NULL,
    scope_type  VARCHAR(20) NOT NULL,
    scope_id    BIGINT,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_by  BIGINT
);
CREATE INDEX identity_role_grant_user ON identity_role_grant (user_id);
CREATE INDEX identity_role_grant_scope ON identity_role_grant (role, scope_type, scope_id);

CREATE TABLE identity_password_reset (
    id          BIGINT PRIMARY KEY,
    user_id     BIGINT   NOT NULL REFERENCES identity_user_account (id),
    token_hash  CHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT identity_password_reset_token UNIQUE (token_hash)
);

-- Keys are HMACs of the login name or client address, so the table holds no personal data.
CREATE TABLE identity_login_failure (
    id           BIGINT PRIMARY KEY,
    kind         VARCHAR(10) NOT NULL,
    key_hash     CHAR(64)    NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_login_failure_key ON identity_login_failure (kind, key_hash, occurred_at);
