-- The dashboard's standing figures (issue #9, item 10): a custodian's members of a fiscal year
-- counted by level from this narrow index alone (an index-only scan, a tenth of reading the list's
-- rows; the list's own index also holds names and is too wide for the planner to prefer it).
CREATE INDEX contribution_standing_levels ON contribution_standing (custodian_id, fiscal_year, level);
