-- Convening benchmark (docs/benchmarks.md, "Convening"): a DRAFT assembly (id 900) cloned from the
-- demo's open assembly, its objection window over, first call 60 days ahead, one motion, and the
-- roll of every member with an e-mail address (100,000 after members-100k.sql) marked eligible.
-- The demo admin chairs it. Run after bench-db.sh has loaded the members.
BEGIN;
INSERT INTO assembly_assembly (id, title, description, place, time_zone, state, scheme, record_date,
    first_call_at, second_call_at, opens_at, closes_at, notice_days, objections_until,
    partial_standing, year_before_counts, proxy_limit, principal_overrides, approvals_required,
    roll_built_at, created_at, version)
SELECT 900, 'Convening benchmark', description, place, time_zone, 'DRAFT', scheme, current_date - 1,
       now() + interval '60 days', now() + interval '60 days 30 minutes', now() + interval '60 days',
       now() + interval '61 days', notice_days, now() - interval '1 day', partial_standing,
       year_before_counts, proxy_limit, principal_overrides, approvals_required, now(), now(), 0
FROM assembly_assembly WHERE id = 2;
INSERT INTO assembly_motion (id, assembly_id, position, title, body, rules, secret, changeable, state, version)
SELECT 900, 900, 1, title, body, rules, secret, changeable, 'PENDING', 0 FROM assembly_motion WHERE id = 5;
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number,
    display_name, member_class, kind, status_at, standing, eligible)
SELECT 900, m.id, m.custodian_id, c.jurisdiction, m.member_number, m.display_name, m.member_class,
       m.kind, 'ACTIVE', 'GOOD', TRUE
FROM membership_member m JOIN custodian_coop c ON c.id = m.custodian_id
WHERE m.email IS NOT NULL;
INSERT INTO identity_role_grant (id, user_id, role, scope_type, scope_id, granted_at, granted_by)
VALUES (900, 1, 'CHAIR', 'ASSEMBLY', 900, now(), 1);
COMMIT;
