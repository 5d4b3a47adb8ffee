-- A password change or reset ends the account's other sessions: every session remembers the
-- stamp its sign-in saw, each new password moves it on, and a session whose stamp is behind ends.
ALTER TABLE identity_user_account ADD COLUMN credentials_stamp BIGINT NOT NULL DEFAULT 0;

-- Accounts of the demo data (db/demo), which share one published password: starting Spokes with
-- demo data off disables every account marked here.
ALTER TABLE identity_user_account ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;

-- Demo accounts loaded before this column existed. The demo data inserts its accounts with fixed
-- ids below 1000, where identity_user_account_seq starts (Spokes itself never hands out such an
-- id), all at addresses under the reserved .example domain, which no real account can use: both
-- must hold, so an account an operator inserted by hand with a low id is never marked.
-- (db/demo/V8 marks them on databases where the demo data comes after this migration.)
UPDATE identity_user_account SET demo = TRUE WHERE id < 1000 AND email LIKE '%.example';
