-- Demo data is loaded after the schema: give its people their live personal membership and
-- their time entries the membership they count for, as schema migration V16 does for real data.
-- (On a demo database loaded before V16, V16 has done this already, and duplicates it listed in
-- membership_live_account_conflict stay without a live account.)
UPDATE membership_member SET live_account_id = account_id
 WHERE kind = 'PERSON' AND status <> 'LEFT' AND account_id IS NOT NULL
   AND live_account_id IS NULL
   AND NOT EXISTS (SELECT 1 FROM membership_member o WHERE o.live_account_id = membership_member.account_id)
   AND NOT EXISTS (SELECT 1 FROM membership_live_account_conflict c WHERE c.member_id = membership_member.id);
UPDATE timesheet_entry SET member_id =
    (SELECT m.id FROM membership_member m WHERE m.live_account_id = timesheet_entry.user_id)
 WHERE member_id IS NULL;
