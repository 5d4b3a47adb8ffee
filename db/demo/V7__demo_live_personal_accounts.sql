-- Demo data is loaded after the schema: give its people their live personal membership and
-- their time entries the membership they count for, as schema migration V16 does for real data.
UPDATE membership_member SET live_account_id = account_id
 WHERE kind = 'PERSON' AND status <> 'LEFT' AND account_id IS NOT NULL;
UPDATE timesheet_entry SET member_id =
    (SELECT m.id FROM membership_member m WHERE m.live_account_id = timesheet_entry.user_id)
 WHERE member_id IS NULL;
