-- Cost transparency (issue #12): report exports made in the background, and the members who
-- chose to have their paid work shown by name on the public transparency page.

-- An export of a period's report (PDF or CSV) for the account that asked for it: made in the
-- background with its progress counted in lines, then kept here (so any instance of a cluster can
-- hand it over) until it is cleared a day later.
CREATE SEQUENCE transparency_export_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE transparency_export (
    id            BIGINT        PRIMARY KEY,
    token         VARCHAR(43)   NOT NULL UNIQUE,
    account_id    BIGINT        NOT NULL,
    custodian_id  BIGINT,
    period        VARCHAR(30)   NOT NULL,
    format        VARCHAR(3)    NOT NULL,
    language      VARCHAR(5)    NOT NULL,
    state         VARCHAR(10)   NOT NULL,
    done_lines    BIGINT        NOT NULL DEFAULT 0,
    total_lines   BIGINT        NOT NULL DEFAULT 0,
    content       BYTEA,
    size_bytes    BIGINT,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT transparency_export_format CHECK (format IN ('PDF', 'CSV')),
    CONSTRAINT transparency_export_state CHECK (state IN ('RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX transparency_export_account ON transparency_export (account_id, started_at);

-- A member (a payee of paid work) who chose to be named on the public page; otherwise paid work
-- shows there only as totals.
CREATE TABLE transparency_public_payee (
    member_id     BIGINT        PRIMARY KEY,
    opted_in_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
