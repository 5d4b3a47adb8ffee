-- Demo: Eleanor Price (UK-000006) has asked to move from Steel City (UK) to Harbour Tech (NZ);
-- the UK managers approved, so the NZ managers find one move waiting for them.
INSERT INTO membership_transfer (id, member_id, from_custodian_id, to_custodian_id, from_number, from_since, to_number, reason, status, requested_at, requested_by, terms_version, terms_accepted_at, from_approved_at, from_approved_by, to_approved_at, to_approved_by, decided_at, decided_by, rejection_reason, version)
SELECT 1, m.id, 2, 4, m.member_number, m.joined_on, NULL, 'I am moving to Wellington for work next spring.', 'PENDING', TIMESTAMP WITH TIME ZONE '2026-11-19 09:30:00+00', 23, '2026-01', TIMESTAMP WITH TIME ZONE '2026-11-19 09:30:00+00', TIMESTAMP WITH TIME ZONE '2026-11-20 14:00:00+00', 4, NULL, NULL, NULL, NULL, NULL, 0
FROM membership_member m WHERE m.id = 14;
