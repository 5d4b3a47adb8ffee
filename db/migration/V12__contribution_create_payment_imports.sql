-- Payment imports: the column mapping of a bank or payment platform's CSV, saved per custodian;
-- each uploaded file as a batch whose lines are staged, checked by a background job (progress
-- kept on the batch), corrected (ignored or assigned to a member), then committed all at once.
CREATE SEQUENCE contribution_import_format_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE contribution_import_batch_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE contribution_import_format (
    id                 BIGINT        PRIMARY KEY,
    custodian_id       BIGINT        NOT NULL REFERENCES custodian_coop (id),
    name               VARCHAR(100)  NOT NULL,
    delimiter          CHAR(1)       NOT NULL,
    date_pattern       VARCHAR(20)   NOT NULL,
    decimal_comma      BOOLEAN       NOT NULL,
    member_by          VARCHAR(10)   NOT NULL,
    method             VARCHAR(20)   NOT NULL,
    column_reference   VARCHAR(100)  NOT NULL,
    column_date        VARCHAR(100)  NOT NULL,
    column_amount      VARCHAR(100)  NOT NULL,
    column_currency    VARCHAR(100),
    column_member      VARCHAR(100)  NOT NULL,
    column_note        VARCHAR(100),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT contribution_import_format_name UNIQUE (custodian_id, name)
);

CREATE TABLE contribution_import_batch (
    id               BIGINT        PRIMARY KEY,
    custodian_id     BIGINT        NOT NULL REFERENCES custodian_coop (id),
    format_id        BIGINT        NOT NULL REFERENCES contribution_import_format (id),
    format_name      VARCHAR(100)  NOT NULL,
    file_name        VARCHAR(200)  NOT NULL,
    uploaded_by      BIGINT        NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    total_lines      INTEGER       NOT NULL,
    checked_lines    INTEGER       NOT NULL,
    new_count        INTEGER       NOT NULL DEFAULT 0,
    duplicate_count  INTEGER       NOT NULL DEFAULT 0,
    problem_count    INTEGER       NOT NULL DEFAULT 0,
    ignored_count    INTEGER       NOT NULL DEFAULT 0,
    committed_at     TIMESTAMP WITH TIME ZONE,
    committed_by     BIGINT,
    committed_count  INTEGER,
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX contribution_import_batch_custodian ON contribution_import_batch (custodian_id, uploaded_at);

-- One line of a file: what it said, what was understood, and what the commit will do with it.
CREATE TABLE contribution_import_line (
    batch_id      BIGINT        NOT NULL REFERENCES contribution_import_batch (id),
    line_no       INTEGER       NOT NULL,
    reference     VARCHAR(200),
    date_text     VARCHAR(40),
    amount_text   VARCHAR(40),
    currency      VARCHAR(10),
    member_text   VARCHAR(320),
    note          VARCHAR(500),
    received_on   DATE,
    amount        NUMERIC(19,4),
    member_id     BIGINT,
    member_name   VARCHAR(300),
    outcome       VARCHAR(12)   NOT NULL,
    problems      VARCHAR(500),
    PRIMARY KEY (batch_id, line_no)
);
CREATE INDEX contribution_import_line_outcome ON contribution_import_line (batch_id, outcome, line_no);

-- Ids of imported payments come in blocks of a million from a range far above the one the
-- application's own sequence uses, so a commit takes one value for all its lines.
CREATE SEQUENCE contribution_import_payment_seq START WITH 1000000000000 INCREMENT BY 1000000;

-- Finding a reference earlier in the same file (a duplicate line) without scanning the file.
CREATE INDEX contribution_import_line_reference ON contribution_import_line (batch_id, reference);
