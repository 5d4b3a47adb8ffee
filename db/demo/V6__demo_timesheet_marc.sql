-- Demo: Marc Riera joins the Tech ops circle (the ops role for circle 1).
INSERT INTO identity_role_grant (id, user_id, role, scope_type, scope_id, granted_at, granted_by) VALUES
(210, 13, 'OPS', 'CIRCLE', 1, TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00+00', 1);
