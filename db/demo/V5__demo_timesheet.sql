-- Demo: three circles with their activities and paid-work rates; ops members (the OPS role for
-- a circle): Tech ops — Pau Ferrer, Aina Roca, Javier Molina, Oliver Bennett; Member relations —
-- Priya Patel, Gabrielle Roy, Tama Rangi; Outreach (one approval) — Carmen Ortega, Samir Haddad.
INSERT INTO timesheet_circle (id, name, description, approvals_required, active, version) VALUES
(1, 'Tech ops', 'Running the video servers, Scalelite and monitoring.', 2, TRUE, 0),
(2, 'Member relations', 'Welcoming members, answering questions, support.', 2, TRUE, 0),
(3, 'Outreach', 'Talks, workshops and translations.', 1, TRUE, 0);

INSERT INTO timesheet_activity (id, circle_id, name, active) VALUES
(1, 1, 'Server maintenance', TRUE),
(2, 1, 'Monitoring and incidents', TRUE),
(3, 1, 'Scalelite and room placement', TRUE),
(4, 2, 'Support', TRUE),
(5, 2, 'Onboarding', TRUE),
(6, 3, 'Workshops', TRUE),
(7, 3, 'Translations', TRUE);

INSERT INTO timesheet_rate (id, circle_id, valid_from, hourly_rate, currency) VALUES
(1, 1, DATE '2026-01-01', 22.0000, 'EUR'),
(2, 2, DATE '2026-01-01', 20.0000, 'EUR'),
(3, 3, DATE '2026-01-01', 18.0000, 'EUR');

INSERT INTO identity_role_grant (id, user_id, role, scope_type, scope_id, granted_at, granted_by) VALUES
(201, 11, 'OPS', 'CIRCLE', 1, TIMESTAMP WITH TIME ZONE '2026-02-01 09:00:00+00', 1),
(202, 16, 'OPS', 'CIRCLE', 1, TIMESTAMP WITH TIME ZONE '2026-02-01 09:00:00+00', 1),
(203, 15, 'OPS', 'CIRCLE', 1, TIMESTAMP WITH TIME ZONE '2026-02-01 09:00:00+00', 1),
(204, 18, 'OPS', 'CIRCLE', 1, TIMESTAMP WITH TIME ZONE '2026-02-01 09:00:00+00', 1),
(205, 19, 'OPS', 'CIRCLE', 2, TIMESTAMP WITH TIME ZONE '2026-02-01 09:00:00+00', 1),
(206, 26, 'OPS', 'CIRCLE', 2, TIMESTAMP WITH TIME ZONE '2026-02-01 09:00:00+00', 1),
(207, 33, 'OPS', 'CIRCLE', 2, TIMESTAMP WITH TIME ZONE '2026-02-01 09:00:00+00', 1),
(208, 14, 'OPS', 'CIRCLE', 3, TIMESTAMP WITH TIME ZONE '2026-02-01 09:00:00+00', 1),
(209, 24, 'OPS', 'CIRCLE', 3, TIMESTAMP WITH TIME ZONE '2026-02-01 09:00:00+00', 1);

-- Some approved volunteer hours in October 2026 (Oliver: 12 h; Priya: 6 h), one entry waiting.
INSERT INTO timesheet_entry (id, circle_id, activity_id, user_id, kind, started_at, ended_at, local_date, minutes, description, status, submitted_at, decided_at, rejection_comment, version) VALUES
(1, 1, 1, 18, 'GIFT', TIMESTAMP WITH TIME ZONE '2026-10-05 08:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-05 14:00:00+00', DATE '2026-10-05', 360, 'Upgraded the BBB servers', 'APPROVED', TIMESTAMP WITH TIME ZONE '2026-10-09 17:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-12 10:00:00+00', NULL, 0),
(2, 1, 2, 18, 'GIFT', TIMESTAMP WITH TIME ZONE '2026-10-07 16:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-07 22:00:00+00', DATE '2026-10-07', 360, 'Night incident on node 3', 'APPROVED', TIMESTAMP WITH TIME ZONE '2026-10-09 17:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-12 10:05:00+00', NULL, 0),
(3, 2, 4, 19, 'GIFT', TIMESTAMP WITH TIME ZONE '2026-10-14 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-14 15:00:00+00', DATE '2026-10-14', 360, 'Support mailbox', 'APPROVED', TIMESTAMP WITH TIME ZONE '2026-10-16 17:00:00+00', TIMESTAMP WITH TIME ZONE '2026-10-19 11:00:00+00', NULL, 0),
(4, 1, 3, 16, 'LIVELIHOOD', TIMESTAMP WITH TIME ZONE '2026-11-16 08:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-16 12:00:00+00', DATE '2026-11-16', 240, 'Placement rules for the new Wellington node', 'SUBMITTED', TIMESTAMP WITH TIME ZONE '2026-11-20 17:00:00+00', NULL, NULL, 0);

INSERT INTO platform_approval (subject_type, subject_id, approver_id, approved_at) VALUES
('timesheet-entry', 1, 11, TIMESTAMP WITH TIME ZONE '2026-10-10 09:00:00+00'),
('timesheet-entry', 1, 16, TIMESTAMP WITH TIME ZONE '2026-10-12 10:00:00+00'),
('timesheet-entry', 2, 11, TIMESTAMP WITH TIME ZONE '2026-10-10 09:05:00+00'),
('timesheet-entry', 2, 16, TIMESTAMP WITH TIME ZONE '2026-10-12 10:05:00+00'),
('timesheet-entry', 3, 26, TIMESTAMP WITH TIME ZONE '2026-10-17 09:00:00+00'),
('timesheet-entry', 3, 33, TIMESTAMP WITH TIME ZONE '2026-10-19 11:00:00+00'),
('timesheet-entry', 4, 11, TIMESTAMP WITH TIME ZONE '2026-11-21 09:00:00+00');
