-- Demo: provisional December 2026 rates, so the year's consolidated report and the public page
-- show the whole year on first start (a treasurer replaces them with the month's average later).
INSERT INTO transparency_rate (currency, month_start, rate, source, entered_by, entered_at, version) VALUES
('GBP', DATE '2026-12-01', 1.1655, 'ECB reference rate, provisional', 2, TIMESTAMP WITH TIME ZONE '2026-12-01 08:00:00+00', 0),
('CAD', DATE '2026-12-01', 0.6710, 'ECB reference rate, provisional', 2, TIMESTAMP WITH TIME ZONE '2026-12-01 08:00:00+00', 0),
('NZD', DATE '2026-12-01', 0.5534, 'ECB reference rate, provisional', 2, TIMESTAMP WITH TIME ZONE '2026-12-01 08:00:00+00', 0);
