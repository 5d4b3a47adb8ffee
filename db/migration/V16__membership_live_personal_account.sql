-- Membership: one person holds at most one personal membership that is not LEFT, across all
-- custodians, enforced by the database. live_account_id is the person's account while their
-- personal membership is not LEFT, and NULL otherwise (organisations, former members, members
-- not yet linked to an account), under a plain UNIQUE constraint (NULLs never clash, in H2 and
-- PostgreSQL alike). The application keeps it in step whenever a status or an account changes;
-- the CHECK refuses a value that does not match the row.
ALTER TABLE membership_member ADD COLUMN live_account_id BIGINT;

-- Existing duplicates (one account on two live personal memberships, as member imports could
-- make) are not failed on silently: the earliest membership keeps the account as its live one,
-- and every later one is listed here for the custodians' managers and an admin to settle (set
-- the extra membership LEFT, or move it through a transfer). docs/operations.md says how to read it.
CREATE TABLE membership_live_account_conflict (
    member_id       BIGINT PRIMARY KEY REFERENCES membership_member (id),
    account_id      BIGINT NOT NULL,
    kept_member_id  BIGINT NOT NULL REFERENCES membership_member (id),
    found_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

UPDATE membership_member SET live_account_id = account_id
 WHERE kind = 'PERSON' AND status <> 'LEFT' AND account_id IS NOT NULL
   AND id = (SELECT MIN(o.id) FROM membership_member o
              WHERE o.account_id = membership_member.account_id
                AND o.kind = 'PERSON' AND o.status <> 'LEFT');

INSERT INTO membership_live_account_conflict (member_id, account_id, kept_member_id, found_at)
SELECT m.id, m.account_id, k.id, CURRENT_TIMESTAMP
  FROM membership_member m
  JOIN membership_member k ON k.live_account_id = m.account_id
 WHERE m.kind = 'PERSON' AND m.status <> 'LEFT' AND m.account_id IS NOT NULL
   AND m.live_account_id IS NULL;

ALTER TABLE membership_member
    ADD CONSTRAINT membership_member_live_account UNIQUE (live_account_id);
ALTER TABLE membership_member
    ADD CONSTRAINT membership_member_live_account_matches CHECK (
        live_account_id IS NULL
        OR (live_account_id = account_id AND kind = 'PERSON' AND status <> 'LEFT'));

-- Member-import invitations: an imported person (or an organisation's representative) is never
-- attached to an account by the import; the address's owner accepts with a single-use link
-- (only its HMAC is kept), signing in or choosing a password.
CREATE SEQUENCE membership_invitation_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE membership_invitation (
    id           BIGINT PRIMARY KEY,
    member_id    BIGINT        NOT NULL REFERENCES membership_member (id),
    email        VARCHAR(320)  NOT NULL,
    token_hash   CHAR(64)      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at  TIMESTAMP WITH TIME ZONE,
    accepted_by  BIGINT,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT membership_invitation_token UNIQUE (token_hash)
);
CREATE INDEX membership_invitation_member ON membership_invitation (member_id);

-- Time entries count for one membership: the author's personal membership when they were
-- logged. Existing entries go to the author's live personal membership, or else to their latest
-- personal one; an author with none (an admin, a representative only) counts for no membership.
ALTER TABLE timesheet_entry ADD COLUMN member_id BIGINT REFERENCES membership_member (id);
UPDATE timesheet_entry SET member_id =
    (SELECT m.id FROM membership_member m WHERE m.live_account_id = timesheet_entry.user_id);
UPDATE timesheet_entry SET member_id =
    (SELECT MAX(m.id) FROM membership_member m
      WHERE m.account_id = timesheet_entry.user_id AND m.kind = 'PERSON')
 WHERE member_id IS NULL;
CREATE INDEX timesheet_entry_member ON timesheet_entry (member_id, kind, status, decided_at);
