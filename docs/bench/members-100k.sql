-- 100,000 fictional members for the directory benchmark (docs/benchmarks.md), PostgreSQL.
-- Run on a database that Spokes has migrated, with the demo data (custodians 1-4) loaded:
--   psql -h 127.0.0.1 -U test -d bench -f docs/bench/members-100k.sql
-- Distribution: 55 % Barcelona (1), 20 % Sheffield (2), 15 % Montréal (3), 10 % Wellington (4);
-- classes and kinds cycle (1 in 10 an organisation); 85 % active, 8 % lapsed, 2 % suspended, 5 % left;
-- names from 40 first and 50 last names in random order, so sorting by name really sorts.
BEGIN;
WITH g AS (
  SELECT i,
         CASE WHEN i % 20 < 11 THEN 1 WHEN i % 20 < 15 THEN 2 WHEN i % 20 < 18 THEN 3 ELSE 4 END AS custodian,
         (ARRAY['Núria','Pau','Laia','Marc','Carmen','Javier','Aina','Irene','Oliver','Priya','George','Amara','Callum',
                'Eleanor','Samir','Megan','Gabrielle','Mathieu','Chloé','Samuel','Noah','Léa','Olivier','Tama','Grace',
                'Liam','Mere','Isla','Finn','Hana','Jordi','Montserrat','Étienne','Aroha','Harriet','Lucía','Sophie',
                'Teo','Ada','Kai'])[1 + (hashtext(i::text) & 2147483647) % 40] AS first_name,
         (ARRAY['Soler','Ferrer','Casals','Riera','Ortega','Molina','Roca','Navarro','Bennett','Patel','Hughes','Okafor',
                'Reid','Price','Haddad','Lloyd','Roy','Bouchard','Lavoie','Côté','Fortin','Pelletier','Morin','Rangi',
                'Wilson','Thompson','Parata','Campbell','Robinson','Kim','Vila','Puig','Gagnon','Ngata','Walsh','Romero',
                'Tremblay','Serra','Benali','Girard','Walker','Taufa','Okonjo','Whitfield','Martí','Garcia','Smith',
                'Dubois','Nguyen','Lopez'])[1 + (hashtext('l' || i::text) & 2147483647) % 50] AS last_name
  FROM generate_series(1, 100000) AS i
)
INSERT INTO membership_member (id, custodian_id, number_seq, member_number, member_class, kind, display_name,
    sort_name, registration_number, country, email, language, status, joined_on, left_on, account_id,
    application_id, public_listing, version)
SELECT 1000000 + i, custodian, 100000 + i,
       (ARRAY['ES','UK','QC','NZ'])[custodian] || '-' || lpad((100000 + i)::text, 6, '0'),
       (ARRAY['PRODUCER','CONSUMER','INDIVIDUAL','CONSUMER'])[1 + i % 4],
       CASE WHEN i % 10 = 0 THEN 'ORGANISATION' ELSE 'PERSON' END,
       first_name || ' ' || last_name || ' ' || i,
       lower(translate(first_name || ' ' || last_name, 'ÀÉÈÍÓÚàáéèíïóòúüçñ', 'AEEIOUaaeeiioouucn')) || ' ' || i,
       NULL,
       (ARRAY['ES','GB','CA','NZ'])[custodian],
       'member' || i || '@bench.example',
       (ARRAY['ca','en','fr','en'])[custodian],
       CASE WHEN i % 100 < 85 THEN 'ACTIVE' WHEN i % 100 < 93 THEN 'LAPSED' WHEN i % 100 < 95 THEN 'SUSPENDED' ELSE 'LEFT' END,
       DATE '2020-01-01' + (i % 2000),
       CASE WHEN i % 100 >= 95 THEN DATE '2026-01-01' ELSE NULL END,
       NULL, NULL, FALSE, 0
FROM g;
UPDATE membership_number_counter c SET last_seq = (SELECT max(number_seq) FROM membership_member m WHERE m.custodian_id = c.custodian_id);
COMMIT;
ANALYZE membership_member;
