-- Cost transparency (issue #12): expense categories named per language, expenses (claims for
-- reimbursement and invoices) with their receipts and earlier revisions, exchange rates to the
-- reporting currency per currency and month, budgets per custodian, fiscal year and category, and
-- the calendar months treasurers have closed.
CREATE SEQUENCE transparency_expense_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE transparency_receipt_seq START WITH 1000 INCREMENT BY 50;

-- One row: the currency consolidated reports are in, the amount (in that currency) from which an
-- expense needs two approvals rather than one, and the fewest payees or contributors a cell of
-- the public page shows on its own (fewer are folded into "other").
CREATE TABLE transparency_settings (
    id                  SMALLINT      PRIMARY KEY,
    reporting_currency  CHAR(3)       NOT NULL,
    two_approvals_from  NUMERIC(19,4) NOT NULL,
    fold_below          SMALLINT      NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT transparency_settings_one CHECK (id = 1),
    CONSTRAINT transparency_settings_threshold CHECK (two_approvals_from >= 0),
    CONSTRAINT transparency_settings_fold CHECK (fold_below BETWEEN 1 AND 100)
);
INSERT INTO transparency_settings (id, reporting_currency, two_approvals_from, fold_below)
VALUES (1, 'EUR', 250, 3);

-- Paid work is filled only from the contributions context's cost lines: claims cannot use it.
CREATE TABLE transparency_category (
    code       VARCHAR(30)  PRIMARY KEY,
    position   SMALLINT     NOT NULL,
    claimable  BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
);
CREATE TABLE transparency_category_name (
    category_code  VARCHAR(30)  NOT NULL REFERENCES transparency_category (code),
    language       VARCHAR(5)   NOT NULL,
    name           VARCHAR(80)  NOT NULL,
    PRIMARY KEY (category_code, language)
);
INSERT INTO transparency_category (code, position, claimable) VALUES
    ('hosting', 1, TRUE), ('paid-work', 2, FALSE), ('fees', 3, TRUE),
    ('software', 4, TRUE), ('travel', 5, TRUE), ('other', 6, TRUE);
INSERT INTO transparency_category_name (category_code, language, name) VALUES
    ('hosting', 'en', 'Hosting'), ('hosting', 'es', 'Alojamiento'),
    ('hosting', 'ca', 'Allotjament'), ('hosting', 'fr', 'Hébergement'),
    ('paid-work', 'en', 'Paid work'), ('paid-work', 'es', 'Trabajo remunerado'),
    ('paid-work', 'ca', 'Treball remunerat'), ('paid-work', 'fr', 'Travail rémunéré'),
    ('fees', 'en', 'Fees'), ('fees', 'es', 'Comisiones'),
    ('fees', 'ca', 'Comissions'), ('fees', 'fr', 'Frais'),
    ('software', 'en', 'Software'), ('software', 'es', 'Programas'),
    ('software', 'ca', 'Programari'), ('software', 'fr', 'Logiciels'),
    ('travel', 'en', 'Travel'), ('travel', 'es', 'Viajes'),
    ('travel', 'ca', 'Viatges'), ('travel', 'fr', 'Déplacements'),
    ('other', 'en', 'Other'), ('other', 'es', 'Otros'),
    ('other', 'ca', 'Altres'), ('other', 'fr', 'Autres');

-- A receipt file, checked by its content; its bytes are here or, when a directory is configured,
-- in a file of that directory named stored_name.
CREATE TABLE transparency_receipt (
    id            BIGINT        PRIMARY KEY,
    custodian_id  BIGINT        NOT NULL REFERENCES custodian_coop (id),
    file_name     VARCHAR(200)  NOT NULL,
    media_type    VARCHAR(40)   NOT NULL,
    size_bytes    INTEGER       NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       BYTEA,
    stored_name   VARCHAR(100),
    uploaded_by   BIGINT        NOT NULL REFERENCES identity_user_account (id),
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT transparency_receipt_size CHECK (size_bytes BETWEEN 1 AND 5242880),
    CONSTRAINT transparency_receipt_place CHECK ((content IS NULL) <> (stored_name IS NULL))
);

-- An expense of a custodian: a member's claim for reimbursement (the payee is the claimant) or an
-- invoice a treasurer records. Its approvers are the custodian's treasurers, other than the
-- claimant and the payee (approver_pool CUSTODIAN); when those were too few at submission, the
-- treasurers of all custodians too (ALL). decided_at is when it was approved (or rejected): an approved
-- expense counts in the month it is dated, or, when that month was closed before the approval, in
-- the first month still open then.
CREATE TABLE transparency_expense (
    id                  BIGINT         PRIMARY KEY,
    custodian_id        BIGINT         NOT NULL REFERENCES custodian_coop (id),
    category_code       VARCHAR(30)    NOT NULL REFERENCES transparency_category (code),
    claimant_id         BIGINT         NOT NULL REFERENCES identity_user_account (id),
    payee_account_id    BIGINT         REFERENCES identity_user_account (id),
    payee_name          VARCHAR(200)   NOT NULL,
    payee_public_name   VARCHAR(200)   NOT NULL,
    amount              NUMERIC(19,4)  NOT NULL,
    currency            CHAR(3)        NOT NULL,
    spent_on            DATE           NOT NULL,
    description         VARCHAR(2000)  NOT NULL,
    receipt_id          BIGINT         REFERENCES transparency_receipt (id),
    state               VARCHAR(10)    NOT NULL,
    revision            INTEGER        NOT NULL DEFAULT 1,
    approvals_required  SMALLINT       NOT NULL,
    approver_pool       VARCHAR(10)    NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at          TIMESTAMP WITH TIME ZONE,
    decision_comment    VARCHAR(1000),
    paid_at             TIMESTAMP WITH TIME ZONE,
    paid_by             BIGINT         REFERENCES identity_user_account (id),
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT transparency_expense_amount CHECK (amount > 0),
    CONSTRAINT transparency_expense_approvals CHECK (approvals_required BETWEEN 1 AND 2)
);
CREATE INDEX transparency_expense_custodian ON transparency_expense (custodian_id, state, spent_on);
CREATE INDEX transparency_expense_state ON transparency_expense (state, spent_on);
CREATE INDEX transparency_expense_claimant ON transparency_expense (claimant_id, submitted_at);

-- What an expense was before each change: a change after approval (or while it waits) makes a
-- new revision that needs approval again; the approvals the earlier one had are kept here.
CREATE TABLE transparency_expense_revision (
    expense_id         BIGINT         NOT NULL REFERENCES transparency_expense (id),
    revision           INTEGER        NOT NULL,
    category_code      VARCHAR(30)    NOT NULL,
    payee_name         VARCHAR(200)   NOT NULL,
    payee_public_name  VARCHAR(200)   NOT NULL,
    amount             NUMERIC(19,4)  NOT NULL,
    currency           CHAR(3)        NOT NULL,
    spent_on           DATE           NOT NULL,
    description        VARCHAR(2000)  NOT NULL,
    receipt_id         BIGINT         REFERENCES transparency_receipt (id),
    state              VARCHAR(10)    NOT NULL,
    approvers          VARCHAR(400)   NOT NULL,
    replaced_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    replaced_by        BIGINT         NOT NULL REFERENCES identity_user_account (id),
    PRIMARY KEY (expense_id, revision)
);

-- Units of the reporting currency one unit of currency was worth in the month starting on month_start.
CREATE TABLE transparency_rate (
    currency     CHAR(3)        NOT NULL,
    month_start  DATE           NOT NULL,
    rate        NUMERIC(19,8)  NOT NULL,
    source      VARCHAR(200),
    entered_by  BIGINT         NOT NULL REFERENCES identity_user_account (id),
    entered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (currency, month_start),
    CONSTRAINT transparency_rate_positive CHECK (rate > 0)
);

-- A custodian's budget for a category in one of its fiscal years, in its currency.
CREATE TABLE transparency_budget (
    custodian_id   BIGINT         NOT NULL REFERENCES custodian_coop (id),
    fiscal_year    INTEGER        NOT NULL,
    category_code  VARCHAR(30)    NOT NULL REFERENCES transparency_category (code),
    amount         NUMERIC(19,4)  NOT NULL,
    updated_by     BIGINT         NOT NULL REFERENCES identity_user_account (id),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (custodian_id, fiscal_year, category_code),
    CONSTRAINT transparency_budget_amount CHECK (amount >= 0)
);

-- Calendar months closed by treasurers of all custodians, in order: a closed month's expenses,
-- rates and budgets no longer change, and its report counts what was recorded by closed_at.
CREATE TABLE transparency_closed_month (
    month_start  DATE    PRIMARY KEY,
    closed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by  BIGINT  NOT NULL REFERENCES identity_user_account (id)
);
