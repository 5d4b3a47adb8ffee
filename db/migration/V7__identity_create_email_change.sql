-- A signed-in user's new e-mail address, used only once its single-use link (hashed) is opened.
CREATE SEQUENCE identity_email_change_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE identity_email_change (
    id          BIGINT PRIMARY KEY,
    user_id     BIGINT       NOT NULL REFERENCES identity_user_account (id),
    new_email   VARCHAR(320) NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT identity_email_change_token UNIQUE (token_hash)
);
