-- General assemblies (issue #11): assemblies and their chairs' settings, motions, the roll frozen
-- at the record date, objections to it, proxies, attendance per call, and ballots.
--
-- Secret ballots: who took part (assembly_participation) is stored apart from what was chosen
-- (assembly_ballot). A ballot row has no member id, no foreign key, no timestamp and a random id;
-- until the motion closes, a voter's replaceable ballot is found through replace_key, an HMAC of
-- (member, motion) under the motion's ballot key, and both are cleared when it closes.
CREATE SEQUENCE assembly_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE assembly_motion_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE assembly_objection_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE assembly_delegation_seq START WITH 1000 INCREMENT BY 50;

-- What a jurisdiction's law says about assemblies (seeded: Quebec forbids voting by proxy).
CREATE TABLE assembly_jurisdiction_rule (
    jurisdiction     VARCHAR(6)  PRIMARY KEY,
    proxies_allowed  BOOLEAN     NOT NULL
);
INSERT INTO assembly_jurisdiction_rule (jurisdiction, proxies_allowed) VALUES ('CA-QC', FALSE);

CREATE TABLE assembly_assembly (
    id                    BIGINT        PRIMARY KEY,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(4000),
    place                 VARCHAR(300),
    time_zone             VARCHAR(60)   NOT NULL,
    state                 VARCHAR(12)   NOT NULL,
    -- The weighting scheme as the "scheme" section of a tally document (docs/tally-format.md).
    scheme                VARCHAR(8000) NOT NULL,
    record_date           DATE          NOT NULL,
    first_call_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    second_call_at        TIMESTAMP WITH TIME ZONE,
    opens_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    notice_days           SMALLINT      NOT NULL,
    objections_until      TIMESTAMP WITH TIME ZONE,
    partial_standing      BOOLEAN       NOT NULL DEFAULT FALSE,
    year_before_counts    BOOLEAN       NOT NULL DEFAULT FALSE,
    proxy_limit           SMALLINT      NOT NULL DEFAULT 2,
    principal_overrides   BOOLEAN       NOT NULL DEFAULT TRUE,
    approvals_required    SMALLINT      NOT NULL DEFAULT 1,
    roll_built_at         TIMESTAMP WITH TIME ZONE,
    convened_at           TIMESTAMP WITH TIME ZONE,
    opened_at             TIMESTAMP WITH TIME ZONE,
    closed_at             TIMESTAMP WITH TIME ZONE,
    published_at          TIMESTAMP WITH TIME ZONE,
    audit_head_seq        BIGINT,
    audit_head_hash       CHAR(64),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT assembly_window CHECK (closes_at > opens_at),
    CONSTRAINT assembly_notice CHECK (notice_days BETWEEN 0 AND 365),
    CONSTRAINT assembly_proxy_limit CHECK (proxy_limit BETWEEN 0 AND 10),
    CONSTRAINT assembly_approvals CHECK (approvals_required BETWEEN 1 AND 10)
);
CREATE INDEX assembly_state ON assembly_assembly (state, opens_at);

-- A motion's rules are the "motion" section of a tally document (kind, options, seats, threshold,
-- double majority, quorum per call); the ballot key exists only while the motion is open.
CREATE TABLE assembly_motion (
    id            BIGINT         PRIMARY KEY,
    assembly_id   BIGINT         NOT NULL REFERENCES assembly_assembly (id),
    position      SMALLINT       NOT NULL,
    title         VARCHAR(300)   NOT NULL,
    body          VARCHAR(10000),
    rules         VARCHAR(8000)  NOT NULL,
    secret        BOOLEAN        NOT NULL,
    changeable    BOOLEAN        NOT NULL,
    state         VARCHAR(10)    NOT NULL,
    call_number   SMALLINT       NOT NULL DEFAULT 1,
    ballot_key    VARCHAR(400),
    opened_at     TIMESTAMP WITH TIME ZONE,
    closed_at     TIMESTAMP WITH TIME ZONE,
    result        VARCHAR(12),
    document      TEXT,
    outcome       TEXT,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT assembly_motion_position UNIQUE (assembly_id, position),
    CONSTRAINT assembly_motion_call CHECK (call_number BETWEEN 1 AND 2)
);

-- The roll: every member of every custodian at the record date, eligible or not and why, with the
-- class, kind and weight they vote with. Frozen when the assembly convenes.
CREATE TABLE assembly_roll_entry (
    assembly_id     BIGINT        NOT NULL REFERENCES assembly_assembly (id),
    member_id       BIGINT        NOT NULL,
    custodian_id    BIGINT        NOT NULL,
    jurisdiction    VARCHAR(6)    NOT NULL,
    member_number   VARCHAR(40)   NOT NULL,
    display_name    VARCHAR(200)  NOT NULL,
    member_class    VARCHAR(12)   NOT NULL,
    kind            VARCHAR(12)   NOT NULL,
    raw_weight      VARCHAR(40)   NOT NULL DEFAULT '1',
    status_at       VARCHAR(12)   NOT NULL,
    standing        VARCHAR(8)    NOT NULL,
    eligible        BOOLEAN       NOT NULL,
    reason          VARCHAR(40),
    overridden      BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (assembly_id, member_id)
);
CREATE INDEX assembly_roll_class ON assembly_roll_entry (assembly_id, eligible, member_class);

-- A member contests their place on the roll or their raw weight; chairs uphold it (N of M
-- approvals, platform_approval subject 'assembly-objection') or dismiss it with a reason.
CREATE TABLE assembly_objection (
    id              BIGINT         PRIMARY KEY,
    assembly_id     BIGINT         NOT NULL REFERENCES assembly_assembly (id),
    member_id       BIGINT         NOT NULL,
    raised_by       BIGINT         NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    about           VARCHAR(12)    NOT NULL,
    claim           VARCHAR(2000)  NOT NULL,
    asked_weight    VARCHAR(40),
    state           VARCHAR(10)    NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decision_note   VARCHAR(2000),
    version         BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX assembly_objection_open ON assembly_objection (assembly_id, state);

CREATE TABLE assembly_delegation (
    id                   BIGINT  PRIMARY KEY,
    assembly_id          BIGINT  NOT NULL REFERENCES assembly_assembly (id),
    principal_member_id  BIGINT  NOT NULL,
    holder_member_id     BIGINT  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    used                 BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT assembly_delegation_once UNIQUE (assembly_id, principal_member_id),
    CONSTRAINT assembly_delegation_other CHECK (principal_member_id <> holder_member_id)
);
CREATE INDEX assembly_delegation_holder ON assembly_delegation (assembly_id, holder_member_id);

-- Who was present at each call (they checked in, or a chair marked them).
CREATE TABLE assembly_attendance (
    assembly_id   BIGINT       NOT NULL REFERENCES assembly_assembly (id),
    call_number   SMALLINT     NOT NULL,
    member_id     BIGINT       NOT NULL,
    marked_by     BIGINT       NOT NULL,
    marked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assembly_id, call_number, member_id)
);

-- Who took part in a motion, and who cast for them: one counted ballot per voter per motion.
CREATE TABLE assembly_participation (
    motion_id         BIGINT   NOT NULL REFERENCES assembly_motion (id),
    voter_member_id   BIGINT   NOT NULL,
    member_class      VARCHAR(12) NOT NULL,
    cast_by_member_id BIGINT   NOT NULL,
    PRIMARY KEY (motion_id, voter_member_id)
);

-- What was chosen. See the note at the top: nothing here names or points to a voter.
CREATE TABLE assembly_ballot (
    id            CHAR(32)      PRIMARY KEY,
    motion_id     BIGINT        NOT NULL,
    member_class  VARCHAR(12)   NOT NULL,
    kind          VARCHAR(12)   NOT NULL,
    weight        VARCHAR(40)   NOT NULL,
    choices       VARCHAR(4000) NOT NULL,
    receipt_hash  CHAR(64)      NOT NULL,
    replace_key   CHAR(64),
    CONSTRAINT assembly_ballot_receipt UNIQUE (motion_id, receipt_hash),
    CONSTRAINT assembly_ballot_replace UNIQUE (motion_id, replace_key)
);

-- For a named (not secret) ballot only: whose it is, published with the result.
CREATE TABLE assembly_named_ballot (
    ballot_id        CHAR(32)  PRIMARY KEY,
    motion_id        BIGINT    NOT NULL,
    voter_member_id  BIGINT    NOT NULL,
    CONSTRAINT assembly_named_ballot_once UNIQUE (motion_id, voter_member_id)
);
