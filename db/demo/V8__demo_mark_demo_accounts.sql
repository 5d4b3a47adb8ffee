-- Demo: every account of the demo data is a demo account, disabled if Spokes ever starts on this
-- database with demo data off (their password is published). The demo inserts them with fixed ids
-- below 1000, where identity_user_account_seq starts.
UPDATE identity_user_account SET demo = TRUE WHERE id < 1000 AND email LIKE '%.example';
