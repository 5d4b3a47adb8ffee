-- The roll benchmark's data (docs/benchmarks.md, "Roll at a date"), PostgreSQL. Run on an empty
-- database that Flyway has migrated (no demo data): docs/bench/roll.sh does both.
-- One custodian (1, EUR, calendar-year fiscal years) with 100,000 members; the roll date is
-- 2026-12-06 and fiscal year 2026 is measured. Distribution:
--   members: classes cycle, 1 in 10 an organisation; countries cycle over 8 of the 4 bands;
--     99 % joined 2020-2025, 1 % on 2026-12-10 (after the date, off the roll);
--   status history: every member an admission line; 8 % lapsed on 2026-03-01; 5 % left on
--     2026-01-01; 2 % suspended on the date itself (15:00 UTC); 1 % suspended after it (2026-12-20);
--   payments (fiscal 2026): 45 % the full suggestion, 25 % half, 30 % nothing; 1 in 10 a second
--     payment of 5 recorded after the date (2026-12-10), which must not count;
--   volunteer hours: 20 % one validated gift entry of 60-300 minutes (decided by 2026-11-30),
--     5 % another decided after the date; 100 accounts log them;
--   resources: 1 % 40 participant-hours of server capacity approved on 2026-10-01;
--   declared bands: 2 % declare band D.
BEGIN;
INSERT INTO custodian_coop (id, name, short_code, jurisdiction, currency, default_language, languages,
    theme, contact_email, contact_address, created_at, updated_at)
VALUES (1, 'Roll bench', 'RB', 'ES', 'EUR', 'ca', 'ca', 'default', 'bench@example.org', 'Carrer 1', now(), now());
INSERT INTO contribution_year (custodian_id, fiscal_year, hour_rate, resource_rate) VALUES (1, 2026, 12, 0.5);
INSERT INTO contribution_suggestion (id, custodian_id, fiscal_year, member_class, kind, band, amount, hours_alternative)
SELECT row_number() OVER (), 1, 2026, c, k, b,
       (CASE b WHEN 'A' THEN 60 WHEN 'B' THEN 40 WHEN 'C' THEN 20 ELSE 10 END) * (CASE k WHEN 'ORGANISATION' THEN 5 ELSE 1 END),
       CASE WHEN k = 'PERSON' THEN 10 END
FROM unnest(ARRAY['PRODUCER','CONSUMER','INDIVIDUAL','CUSTODIAN']) c,
     unnest(ARRAY['PERSON','ORGANISATION']) k, unnest(ARRAY['A','B','C','D']) b;

INSERT INTO membership_member (id, custodian_id, number_seq, member_number, member_class, kind, display_name,
    sort_name, country, email, language, status, joined_on, left_on, version)
SELECT i, 1, i, 'RB-' || lpad(i::text, 6, '0'),
       (ARRAY['PRODUCER','CONSUMER','INDIVIDUAL','CONSUMER'])[1 + i % 4],
       CASE WHEN i % 10 = 0 THEN 'ORGANISATION' ELSE 'PERSON' END,
       'Member ' || i, 'member ' || i,
       (ARRAY['ES','FR','GB','AO','BD','AR','BR','IN'])[1 + i % 8],
       'member' || i || '@bench.example', 'ca',
       CASE WHEN i % 100 < 84 THEN 'ACTIVE' WHEN i % 100 < 92 THEN 'LAPSED' WHEN i % 100 < 97 THEN 'LEFT'
            ELSE 'SUSPENDED' END,
       CASE WHEN i % 100 = 99 THEN DATE '2026-12-10' ELSE DATE '2020-01-01' + i % 2000 END,
       CASE WHEN i % 100 BETWEEN 92 AND 96 THEN DATE '2026-01-01' END, 0
FROM generate_series(1, 100000) AS i;

INSERT INTO membership_status_change (id, member_id, from_status, to_status, changed_at, reason)
SELECT m.id, m.id, NULL, 'ACTIVE', m.joined_on + TIME '09:00', 'admitted' FROM membership_member m;
INSERT INTO membership_status_change (id, member_id, from_status, to_status, changed_at, reason)
SELECT 1000000 + m.id, m.id, 'ACTIVE',
       CASE WHEN m.id % 100 < 92 THEN 'LAPSED' WHEN m.id % 100 < 97 THEN 'LEFT' ELSE 'SUSPENDED' END,
       CASE WHEN m.id % 100 < 92 THEN TIMESTAMPTZ '2026-03-01 09:00+00'
            WHEN m.id % 100 < 97 THEN TIMESTAMPTZ '2026-01-01 09:00+00'
            WHEN m.id % 100 < 98 THEN TIMESTAMPTZ '2026-12-06 15:00+00'
            ELSE TIMESTAMPTZ '2026-12-20 09:00+00' END, 'bench'
FROM membership_member m WHERE m.id % 100 BETWEEN 84 AND 98;

INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year,
    method, external_reference, recorded_at, recorded_by, receipt_year, receipt_seq, receipt_number)
SELECT m.id, 1, m.id,
       (SELECT s.amount FROM contribution_suggestion s WHERE s.member_class = m.member_class AND s.kind = m.kind
          AND s.band = 'A') / CASE WHEN m.id % 100 < 45 THEN 1 ELSE 2 END,
       'EUR', DATE '2026-01-01' + (m.id % 330)::int, 2026, 'BANK_TRANSFER', 'RB-' || m.id,
       TIMESTAMPTZ '2026-01-01 10:00+00' + (m.id % 330) * INTERVAL '1 day', 1, 2026, m.id, 'RB-2026-' || m.id
FROM membership_member m WHERE m.id % 100 < 70;
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year,
    method, recorded_at, recorded_by, receipt_year, receipt_seq, receipt_number)
SELECT 1000000 + m.id, 1, m.id, 5, 'EUR', DATE '2026-12-10', 2026, 'CASH',
       TIMESTAMPTZ '2026-12-10 10:00+00', 1, 2026, 1000000 + m.id, 'RB-2026-C' || m.id
FROM membership_member m WHERE m.id % 10 = 3;

INSERT INTO identity_user_account (id, email, display_name, language, time_zone, enabled, created_at)
SELECT i, 'ops' || i || '@bench.example', 'Ops ' || i, 'en', 'UTC', true, now() FROM generate_series(1, 100) i;
INSERT INTO timesheet_circle (id, name) VALUES (1, 'Bench ops');
INSERT INTO timesheet_activity (id, circle_id, name) VALUES (1, 1, 'On call');
INSERT INTO timesheet_entry (id, circle_id, activity_id, user_id, member_id, kind, started_at, ended_at,
    local_date, minutes, status, decided_at)
SELECT m.id, 1, 1, 1 + m.id % 100, m.id, 'GIFT', d + TIME '08:00', d + TIME '08:00' + mins * INTERVAL '1 minute',
       d, mins, 'APPROVED', TIMESTAMPTZ '2026-11-30 12:00+00'
FROM (SELECT id, DATE '2026-02-01' + (id % 250)::int AS d, 60 + (id % 5) * 60 AS mins
      FROM membership_member WHERE id % 5 = 1) m;
INSERT INTO timesheet_entry (id, circle_id, activity_id, user_id, member_id, kind, started_at, ended_at,
    local_date, minutes, status, decided_at)
SELECT 1000000 + m.id, 1, 1, 1 + m.id % 100, m.id, 'GIFT', TIMESTAMPTZ '2026-12-01 08:00+00',
       TIMESTAMPTZ '2026-12-01 10:00+00', DATE '2026-12-01', 120, 'APPROVED', TIMESTAMPTZ '2026-12-08 12:00+00'
FROM membership_member m WHERE m.id % 20 = 7;

INSERT INTO contribution_resource (id, custodian_id, member_id, kind, description, provided_on, fiscal_year,
    participant_hours, status, submitted_at, decided_at)
SELECT m.id, 1, m.id, 'SERVER_CAPACITY', 'Bench server', DATE '2026-09-01', 2026, 40, 'APPROVED',
       TIMESTAMPTZ '2026-09-02 10:00+00', TIMESTAMPTZ '2026-10-01 10:00+00'
FROM membership_member m WHERE m.id % 100 = 11;
INSERT INTO contribution_declared_band (member_id, band, reason, declared_at, declared_by)
SELECT m.id, 'D', 'bench', TIMESTAMPTZ '2026-02-01 10:00+00', 1 FROM membership_member m WHERE m.id % 50 = 17;
COMMIT;
VACUUM ANALYZE membership_member;
VACUUM ANALYZE membership_status_change;
VACUUM ANALYZE contribution_payment;
VACUUM ANALYZE contribution_resource;
VACUUM ANALYZE contribution_declared_band;
VACUUM ANALYZE timesheet_entry;
