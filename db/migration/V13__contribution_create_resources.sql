-- In-kind contributions: server capacity lent by a member's node (in participant-hours, valued at
-- the custodian's rate of the fiscal year) or anything else with a declared value; validated by
-- two ops members (never the member's own people) before they count in the standing.
CREATE SEQUENCE contribution_resource_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE contribution_resource (
    id                 BIGINT        PRIMARY KEY,
    custodian_id       BIGINT        NOT NULL REFERENCES custodian_coop (id),
    member_id          BIGINT        NOT NULL REFERENCES membership_member (id),
    kind               VARCHAR(20)   NOT NULL,
    description        VARCHAR(500)  NOT NULL,
    provided_on        DATE          NOT NULL,
    fiscal_year        INTEGER       NOT NULL,
    participant_hours  NUMERIC(14,2),
    declared_value     NUMERIC(19,4),
    status             VARCHAR(12)   NOT NULL,
    submitted_by       BIGINT,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE,
    rejection_comment  VARCHAR(1000),
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX contribution_resource_member ON contribution_resource (member_id, fiscal_year, status);
CREATE INDEX contribution_resource_status ON contribution_resource (status, submitted_at);

CREATE TABLE contribution_resource_approval (
    resource_id  BIGINT NOT NULL REFERENCES contribution_resource (id),
    approver_id  BIGINT NOT NULL,
    approved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (resource_id, approver_id)
);
