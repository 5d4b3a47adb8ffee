-- What applicants accept and what new members are told about paying. The terms version is a plain
-- string per custodian until the privacy context versions documents per jurisdiction and language.
ALTER TABLE custodian_coop ADD COLUMN terms_version VARCHAR(40) DEFAULT '1' NOT NULL;
ALTER TABLE custodian_coop ADD COLUMN payment_instructions VARCHAR(2000) DEFAULT '' NOT NULL;
