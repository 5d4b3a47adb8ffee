-- One table for N-of-M approvals (issue #9): time entries (timesheet) and resources
-- (contribution) record who approved them here, as will expense claims and roll objections.
-- Each context names its subjects ('timesheet-entry', 'contribution-resource'); the rows of the
-- two former tables move over unchanged.
CREATE TABLE platform_approval (
    subject_type  VARCHAR(40) NOT NULL,
    subject_id    BIGINT      NOT NULL,
    approver_id   BIGINT      NOT NULL,
    approved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subject_type, subject_id, approver_id)
);

INSERT INTO platform_approval (subject_type, subject_id, approver_id, approved_at)
SELECT 'timesheet-entry', entry_id, approver_id, approved_at FROM timesheet_approval;

INSERT INTO platform_approval (subject_type, subject_id, approver_id, approved_at)
SELECT 'contribution-resource', resource_id, approver_id, approved_at
FROM contribution_resource_approval;

DROP TABLE timesheet_approval;
DROP TABLE contribution_resource_approval;
