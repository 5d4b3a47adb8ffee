-- Cost transparency (issue #12): the contributions context owns whether a paid-work cost line
-- (an approved livelihood time entry) was paid, and to which member it is owed; treasurers mark
-- a member's lines of a period paid at once.
CREATE TABLE contribution_paid_work (
    entry_id   BIGINT   PRIMARY KEY REFERENCES timesheet_entry (id),
    member_id  BIGINT   REFERENCES membership_member (id),
    paid_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_by    BIGINT   NOT NULL REFERENCES identity_user_account (id)
);
CREATE INDEX contribution_paid_work_member ON contribution_paid_work (member_id, paid_at);
