-- Cost transparency (issue #12): circles belong to no custodian, but one may pay a circle's paid
-- work; that work then shows in the custodian's reports (and always in consolidated ones).
ALTER TABLE timesheet_circle ADD COLUMN paying_custodian_id BIGINT REFERENCES custodian_coop (id);
