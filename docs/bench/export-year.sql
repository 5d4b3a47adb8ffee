-- Data for the report export benchmark (docs/benchmarks.md, "Report exports"), PostgreSQL. Run
-- after members-100k.sql and payments-100k.sql (80,000 payments of 2026) on a database with the
-- demo data:
--   psql -h 127.0.0.1 -U test -d bench -f docs/bench/export-year.sql
-- Adds 20,000 payments of 2026 (a second payment of 10 for one benchmark member in five, spread
-- over January to November) and 20,000 approved or paid expenses of 2026: the four custodians in
-- turn, in their currencies, five categories in turn, 500 payees, 10 to 209 each, spread over
-- January to November.
BEGIN;
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year,
    method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq,
    receipt_number)
SELECT 4000000 + m.id - 1000000, m.custodian_id, m.id, 10,
       (ARRAY['EUR','GBP','CAD','NZD'])[m.custodian_id],
       DATE '2026-01-05' + (m.id % 320)::int, 2026, 'BANK_TRANSFER', 'BENCH-X-' || m.id, NULL,
       TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00', 2, NULL, 2026, 400000 + m.id - 1000000,
       (ARRAY['ES','UK','QC','NZ'])[m.custodian_id] || '-2026-X' || (m.id - 1000000)
FROM membership_member m
WHERE m.id >= 1000000 AND (m.id % 100) BETWEEN 70 AND 89;
UPDATE contribution_receipt_counter c SET last_seq = (SELECT max(receipt_seq) FROM contribution_payment p
  WHERE p.custodian_id = c.custodian_id AND p.receipt_year = c.receipt_year) WHERE c.receipt_year = 2026;
INSERT INTO transparency_expense (id, custodian_id, category_code, claimant_id, payee_account_id,
    payee_name, payee_public_name, amount, currency, spent_on, description, receipt_id, state,
    revision, approvals_required, approver_pool, submitted_at, decided_at, decision_comment,
    paid_at, paid_by, version)
SELECT 5000000 + i, 1 + i % 4,
       (ARRAY['hosting','fees','software','travel','other'])[1 + i % 5],
       2, NULL, 'Bench payee ' || (i % 500), 'Payee ' || (i % 500), 10 + i % 200,
       (ARRAY['EUR','GBP','CAD','NZD'])[1 + i % 4],
       DATE '2026-01-01' + (i % 334), 'Benchmark expense ' || i, NULL,
       CASE WHEN i % 3 = 0 THEN 'PAID' ELSE 'APPROVED' END, 1, 1, 'CUSTODIAN',
       TIMESTAMP WITH TIME ZONE '2026-01-02 09:00:00+00' + (i % 334) * INTERVAL '1 day',
       TIMESTAMP WITH TIME ZONE '2026-01-02 12:00:00+00' + (i % 334) * INTERVAL '1 day', NULL,
       NULL, NULL, 0
FROM generate_series(1, 20000) AS i;
COMMIT;
ANALYZE contribution_payment;
ANALYZE transparency_expense;
