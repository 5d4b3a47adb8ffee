-- Timesheet: circles of ops members (members hold the OPS role for a circle), their activities
-- and hourly rates for paid (livelihood) work, time entries (manual or from a server-side timer),
-- peer approvals, and periods closed by a treasurer (nothing in them changes afterwards).
CREATE SEQUENCE timesheet_circle_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE timesheet_activity_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE timesheet_rate_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE timesheet_entry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE timesheet_circle (
    id                  BIGINT        PRIMARY KEY,
    name                VARCHAR(100)  NOT NULL,
    description         VARCHAR(1000),
    approvals_required  SMALLINT      NOT NULL DEFAULT 2,
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT timesheet_circle_name UNIQUE (name),
    CONSTRAINT timesheet_circle_approvals CHECK (approvals_required BETWEEN 1 AND 10)
);

CREATE TABLE timesheet_activity (
    id         BIGINT        PRIMARY KEY,
    circle_id  BIGINT        NOT NULL REFERENCES timesheet_circle (id),
    name       VARCHAR(100)  NOT NULL,
    active     BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT timesheet_activity_name UNIQUE (circle_id, name)
);

-- What a livelihood hour of a circle is paid, from a date on (the rate of a day is the latest
-- valid_from on or before it).
CREATE TABLE timesheet_rate (
    id           BIGINT        PRIMARY KEY,
    circle_id    BIGINT        NOT NULL REFERENCES timesheet_circle (id),
    valid_from   DATE          NOT NULL,
    hourly_rate  NUMERIC(19,4) NOT NULL,
    currency     CHAR(3)       NOT NULL,
    CONSTRAINT timesheet_rate_from UNIQUE (circle_id, valid_from)
);

CREATE TABLE timesheet_entry (
    id                 BIGINT        PRIMARY KEY,
    circle_id          BIGINT        NOT NULL REFERENCES timesheet_circle (id),
    activity_id        BIGINT        NOT NULL REFERENCES timesheet_activity (id),
    user_id            BIGINT        NOT NULL REFERENCES identity_user_account (id),
    kind               VARCHAR(12)   NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    local_date         DATE          NOT NULL,
    minutes            INTEGER       NOT NULL,
    description        VARCHAR(500),
    status             VARCHAR(12)   NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    decided_at         TIMESTAMP WITH TIME ZONE,
    rejection_comment  VARCHAR(1000),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT timesheet_entry_order CHECK (ended_at > started_at),
    CONSTRAINT timesheet_entry_minutes CHECK (minutes BETWEEN 1 AND 1440)
);
CREATE INDEX timesheet_entry_user ON timesheet_entry (user_id, started_at);
CREATE INDEX timesheet_entry_circle ON timesheet_entry (circle_id, status, local_date);
CREATE INDEX timesheet_entry_validated ON timesheet_entry (user_id, kind, status, decided_at);

-- A running timer per person, kept on the server (it survives reloads and other browsers).
CREATE TABLE timesheet_timer (
    user_id      BIGINT        PRIMARY KEY REFERENCES identity_user_account (id),
    circle_id    BIGINT        NOT NULL REFERENCES timesheet_circle (id),
    activity_id  BIGINT        NOT NULL REFERENCES timesheet_activity (id),
    kind         VARCHAR(12)   NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    description  VARCHAR(500)
);

CREATE TABLE timesheet_approval (
    entry_id     BIGINT  NOT NULL REFERENCES timesheet_entry (id),
    approver_id  BIGINT  NOT NULL REFERENCES identity_user_account (id),
    approved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entry_id, approver_id)
);

-- Periods closed by a treasurer: no entry dated on or before closed_up_to changes any more.
CREATE TABLE timesheet_closed_period (
    closed_up_to  DATE    PRIMARY KEY,
    closed_by     BIGINT  NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
