-- The dashboard's membership figures (issue #9, item 10: p95 ≤ 150 ms with 100,000 members): the
-- members of a custodian, or of all, counted by status and class from the index alone (an
-- index-only scan on PostgreSQL) instead of from every row of the table.
CREATE INDEX membership_member_figures ON membership_member (custodian_id, status, member_class);
