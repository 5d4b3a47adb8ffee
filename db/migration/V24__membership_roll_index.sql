-- The roll of a custodian at a date, read in pages (issue #9, item 3: an assembly reads the
-- statuses and standings of 100,000 members in seconds): the members in id order within a
-- custodian, with their join date, so the page of ids, the OFFSET before it and the count are read
-- from the index alone (index-only scans on PostgreSQL) instead of from every earlier row.
CREATE INDEX membership_member_roll ON membership_member (custodian_id, id, joined_on);
