-- Contributions: each custodian's fiscal year, its suggested contributions per class, kind and
-- solidarity band, its yearly rates for valuing hours and resources, solidarity bands per
-- country and members' declared lower bands, and the money members paid (never edited: a
-- mistake is corrected by a reversal), with gap-free receipt numbers per custodian and year.
CREATE SEQUENCE contribution_suggestion_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE contribution_payment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE contribution_settings (
    custodian_id             BIGINT   PRIMARY KEY REFERENCES custodian_coop (id),
    fiscal_year_start_month  SMALLINT NOT NULL DEFAULT 1,
    version                  BIGINT   NOT NULL DEFAULT 0,
    CONSTRAINT contribution_settings_month CHECK (fiscal_year_start_month BETWEEN 1 AND 12)
);

CREATE TABLE contribution_country_band (
    country     CHAR(2)  PRIMARY KEY,
    band        CHAR(1)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE,
    updated_by  BIGINT
);

CREATE TABLE contribution_declared_band (
    member_id    BIGINT        PRIMARY KEY REFERENCES membership_member (id),
    band         CHAR(1)       NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    declared_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    declared_by  BIGINT        NOT NULL
);

CREATE TABLE contribution_year (
    custodian_id   BIGINT        NOT NULL REFERENCES custodian_coop (id),
    fiscal_year    INTEGER       NOT NULL,
    hour_rate      NUMERIC(19,4) NOT NULL,
    resource_rate  NUMERIC(19,4) NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (custodian_id, fiscal_year)
);

CREATE TABLE contribution_suggestion (
    id                 BIGINT        PRIMARY KEY,
    custodian_id       BIGINT        NOT NULL REFERENCES custodian_coop (id),
    fiscal_year        INTEGER       NOT NULL,
    member_class       VARCHAR(20)   NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    band               CHAR(1)       NOT NULL,
    amount             NUMERIC(19,4) NOT NULL,
    hours_alternative  NUMERIC(10,2),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT contribution_suggestion_key UNIQUE (custodian_id, fiscal_year, member_class, kind, band)
);

CREATE TABLE contribution_payment (
    id                  BIGINT        PRIMARY KEY,
    custodian_id        BIGINT        NOT NULL REFERENCES custodian_coop (id),
    member_id           BIGINT        NOT NULL REFERENCES membership_member (id),
    amount              NUMERIC(19,4) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    received_on         DATE          NOT NULL,
    fiscal_year         INTEGER       NOT NULL,
    method              VARCHAR(20)   NOT NULL,
    external_reference  VARCHAR(100),
    note                VARCHAR(1000),
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by         BIGINT        NOT NULL,
    reverses_id         BIGINT        REFERENCES contribution_payment (id),
    receipt_year        INTEGER       NOT NULL,
    receipt_seq         BIGINT        NOT NULL,
    receipt_number      VARCHAR(40)   NOT NULL,
    CONSTRAINT contribution_payment_reference UNIQUE (custodian_id, external_reference),
    CONSTRAINT contribution_payment_receipt UNIQUE (custodian_id, receipt_year, receipt_seq),
    CONSTRAINT contribution_payment_reversal UNIQUE (reverses_id)
);
CREATE INDEX contribution_payment_member ON contribution_payment (member_id, fiscal_year);
CREATE INDEX contribution_payment_year ON contribution_payment (custodian_id, fiscal_year, member_id);

-- The last receipt number given per custodian and calendar year; locked while one is given.
CREATE TABLE contribution_receipt_counter (
    custodian_id  BIGINT  NOT NULL REFERENCES custodian_coop (id),
    receipt_year  INTEGER NOT NULL,
    last_seq      BIGINT  NOT NULL,
    PRIMARY KEY (custodian_id, receipt_year)
);

-- Each member's standing per custodian and fiscal year as last computed (after every change to
-- their money, and for a whole custodian on demand), so lists page, filter and sort in the
-- database. The member's number and name are copied for sorting and searching.
CREATE TABLE contribution_standing (
    custodian_id   BIGINT        NOT NULL REFERENCES custodian_coop (id),
    fiscal_year    INTEGER       NOT NULL,
    member_id      BIGINT        NOT NULL REFERENCES membership_member (id),
    member_number  VARCHAR(20)   NOT NULL,
    display_name   VARCHAR(300)  NOT NULL,
    sort_name      VARCHAR(300)  NOT NULL,
    level          VARCHAR(10)   NOT NULL,
    percent        NUMERIC(12,2) NOT NULL,
    total          NUMERIC(19,4) NOT NULL,
    suggested      NUMERIC(19,4) NOT NULL,
    computed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (custodian_id, fiscal_year, member_id)
);
CREATE INDEX contribution_standing_list ON contribution_standing (custodian_id, fiscal_year, level, sort_name, member_id);
CREATE INDEX contribution_standing_name ON contribution_standing (custodian_id, fiscal_year, sort_name, member_id);

-- Reminders sent (once per member, custodian and fiscal year) and members set LAPSED by the
-- yearly check (once per year: a manager who makes them active again is not overruled).
CREATE TABLE contribution_reminder (
    member_id     BIGINT  NOT NULL REFERENCES membership_member (id),
    custodian_id  BIGINT  NOT NULL REFERENCES custodian_coop (id),
    fiscal_year   INTEGER NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, custodian_id, fiscal_year)
);

CREATE TABLE contribution_lapse (
    member_id     BIGINT  NOT NULL REFERENCES membership_member (id),
    custodian_id  BIGINT  NOT NULL REFERENCES custodian_coop (id),
    fiscal_year   INTEGER NOT NULL,
    lapsed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, custodian_id, fiscal_year)
);
