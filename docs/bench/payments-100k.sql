-- Payments for the standing benchmark (docs/benchmarks.md, "Standing"), PostgreSQL. Run after
-- members-100k.sql on a database with the demo data (which holds the 2026 suggestions):
--   psql -h 127.0.0.1 -U test -d bench -f docs/bench/payments-100k.sql
-- Distribution for fiscal year 2026: 45 % of the benchmark members paid in full one payment of
-- 60, 25 % paid 30 (half), 30 % nothing; one member in ten also has a second, small payment.
BEGIN;
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year,
    method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq,
    receipt_number)
SELECT 2000000 + m.id - 1000000, m.custodian_id, m.id,
       CASE WHEN (m.id % 100) < 45 THEN 60 ELSE 30 END,
       (ARRAY['EUR','GBP','CAD','NZD'])[m.custodian_id],
       DATE '2026-06-01' + (m.id % 150)::int, 2026, 'BANK_TRANSFER', 'BENCH-' || m.id, NULL,
       TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', 2, NULL, 2026, 100000 + m.id - 1000000,
       (ARRAY['ES','UK','QC','NZ'])[m.custodian_id] || '-2026-B' || (m.id - 1000000)
FROM membership_member m
WHERE m.id >= 1000000 AND (m.id % 100) < 70;
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year,
    method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq,
    receipt_number)
SELECT 3000000 + m.id - 1000000, m.custodian_id, m.id, 5,
       (ARRAY['EUR','GBP','CAD','NZD'])[m.custodian_id],
       DATE '2026-10-01', 2026, 'CASH', NULL, NULL,
       TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+00', 2, NULL, 2026, 300000 + m.id - 1000000,
       (ARRAY['ES','UK','QC','NZ'])[m.custodian_id] || '-2026-C' || (m.id - 1000000)
FROM membership_member m
WHERE m.id >= 1000000 AND (m.id % 10) = 3;
UPDATE contribution_receipt_counter c SET last_seq = (SELECT max(receipt_seq) FROM contribution_payment p
  WHERE p.custodian_id = c.custodian_id AND p.receipt_year = c.receipt_year) WHERE c.receipt_year = 2026;
COMMIT;
ANALYZE contribution_payment;
ANALYZE membership_member;
