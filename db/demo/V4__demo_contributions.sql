-- Demo data (fictional): contributions. Each custodian's fiscal year (Xarxa Comuna from January,
-- the others from April), its rates and suggested contributions for 2025 and 2026 in its currency,
-- and some members' payments with gap-free receipts: some paid in full, some half, most nothing yet,
-- and one mistaken payment reversed. Standings are computed by Spokes, not loaded here.

INSERT INTO contribution_settings (custodian_id, fiscal_year_start_month, version) VALUES
(1, 1, 0),
(2, 4, 0),
(3, 4, 0),
(4, 4, 0);

INSERT INTO contribution_year (custodian_id, fiscal_year, hour_rate, resource_rate, version) VALUES
(1, 2025, 15.00, 0.0200, 0),
(1, 2026, 15.00, 0.0200, 0),
(2, 2025, 14.00, 0.0200, 0),
(2, 2026, 14.00, 0.0200, 0),
(3, 2025, 22.00, 0.0200, 0),
(3, 2026, 22.00, 0.0200, 0),
(4, 2025, 25.00, 0.0200, 0),
(4, 2026, 25.00, 0.0200, 0);

-- ES 2025 (EUR)
INSERT INTO contribution_suggestion (id, custodian_id, fiscal_year, member_class, kind, band, amount, hours_alternative, version) VALUES
(1, 1, 2025, 'PRODUCER', 'PERSON', 'A', 80.00, 40.00, 0),
(2, 1, 2025, 'PRODUCER', 'PERSON', 'B', 55.00, 30.00, 0),
(3, 1, 2025, 'PRODUCER', 'PERSON', 'C', 30.00, 20.00, 0),
(4, 1, 2025, 'PRODUCER', 'PERSON', 'D', 15.00, 10.00, 0),
(5, 1, 2025, 'PRODUCER', 'ORGANISATION', 'A', 300.00, 120.00, 0),
(6, 1, 2025, 'PRODUCER', 'ORGANISATION', 'B', 200.00, 90.00, 0),
(7, 1, 2025, 'PRODUCER', 'ORGANISATION', 'C', 100.00, 60.00, 0),
(8, 1, 2025, 'PRODUCER', 'ORGANISATION', 'D', 50.00, 30.00, 0),
(9, 1, 2025, 'CONSUMER', 'PERSON', 'A', 60.00, NULL, 0),
(10, 1, 2025, 'CONSUMER', 'PERSON', 'B', 40.00, NULL, 0),
(11, 1, 2025, 'CONSUMER', 'PERSON', 'C', 20.00, NULL, 0),
(12, 1, 2025, 'CONSUMER', 'PERSON', 'D', 10.00, NULL, 0),
(13, 1, 2025, 'CONSUMER', 'ORGANISATION', 'A', 250.00, NULL, 0),
(14, 1, 2025, 'CONSUMER', 'ORGANISATION', 'B', 160.00, NULL, 0),
(15, 1, 2025, 'CONSUMER', 'ORGANISATION', 'C', 80.00, NULL, 0),
(16, 1, 2025, 'CONSUMER', 'ORGANISATION', 'D', 40.00, NULL, 0),
(17, 1, 2025, 'INDIVIDUAL', 'PERSON', 'A', 40.00, NULL, 0),
(18, 1, 2025, 'INDIVIDUAL', 'PERSON', 'B', 25.00, NULL, 0),
(19, 1, 2025, 'INDIVIDUAL', 'PERSON', 'C', 15.00, NULL, 0),
(20, 1, 2025, 'INDIVIDUAL', 'PERSON', 'D', 5.00, NULL, 0),
(21, 1, 2025, 'INDIVIDUAL', 'ORGANISATION', 'A', 150.00, NULL, 0),
(22, 1, 2025, 'INDIVIDUAL', 'ORGANISATION', 'B', 100.00, NULL, 0),
(23, 1, 2025, 'INDIVIDUAL', 'ORGANISATION', 'C', 50.00, NULL, 0),
(24, 1, 2025, 'INDIVIDUAL', 'ORGANISATION', 'D', 25.00, NULL, 0),
(25, 1, 2025, 'CUSTODIAN', 'PERSON', 'A', 120.00, NULL, 0),
(26, 1, 2025, 'CUSTODIAN', 'PERSON', 'B', 80.00, NULL, 0),
(27, 1, 2025, 'CUSTODIAN', 'PERSON', 'C', 40.00, NULL, 0),
(28, 1, 2025, 'CUSTODIAN', 'PERSON', 'D', 20.00, NULL, 0),
(29, 1, 2025, 'CUSTODIAN', 'ORGANISATION', 'A', 1500.00, NULL, 0),
(30, 1, 2025, 'CUSTODIAN', 'ORGANISATION', 'B', 1000.00, NULL, 0),
(31, 1, 2025, 'CUSTODIAN', 'ORGANISATION', 'C', 500.00, NULL, 0),
(32, 1, 2025, 'CUSTODIAN', 'ORGANISATION', 'D', 250.00, NULL, 0);

-- ES 2026 (EUR)
INSERT INTO contribution_suggestion (id, custodian_id, fiscal_year, member_class, kind, band, amount, hours_alternative, version) VALUES
(33, 1, 2026, 'PRODUCER', 'PERSON', 'A', 80.00, 40.00, 0),
(34, 1, 2026, 'PRODUCER', 'PERSON', 'B', 55.00, 30.00, 0),
(35, 1, 2026, 'PRODUCER', 'PERSON', 'C', 30.00, 20.00, 0),
(36, 1, 2026, 'PRODUCER', 'PERSON', 'D', 15.00, 10.00, 0),
(37, 1, 2026, 'PRODUCER', 'ORGANISATION', 'A', 300.00, 120.00, 0),
(38, 1, 2026, 'PRODUCER', 'ORGANISATION', 'B', 200.00, 90.00, 0),
(39, 1, 2026, 'PRODUCER', 'ORGANISATION', 'C', 100.00, 60.00, 0),
(40, 1, 2026, 'PRODUCER', 'ORGANISATION', 'D', 50.00, 30.00, 0),
(41, 1, 2026, 'CONSUMER', 'PERSON', 'A', 60.00, NULL, 0),
(42, 1, 2026, 'CONSUMER', 'PERSON', 'B', 40.00, NULL, 0),
(43, 1, 2026, 'CONSUMER', 'PERSON', 'C', 20.00, NULL, 0),
(44, 1, 2026, 'CONSUMER', 'PERSON', 'D', 10.00, NULL, 0),
(45, 1, 2026, 'CONSUMER', 'ORGANISATION', 'A', 250.00, NULL, 0),
(46, 1, 2026, 'CONSUMER', 'ORGANISATION', 'B', 160.00, NULL, 0),
(47, 1, 2026, 'CONSUMER', 'ORGANISATION', 'C', 80.00, NULL, 0),
(48, 1, 2026, 'CONSUMER', 'ORGANISATION', 'D', 40.00, NULL, 0),
(49, 1, 2026, 'INDIVIDUAL', 'PERSON', 'A', 40.00, NULL, 0),
(50, 1, 2026, 'INDIVIDUAL', 'PERSON', 'B', 25.00, NULL, 0),
(51, 1, 2026, 'INDIVIDUAL', 'PERSON', 'C', 15.00, NULL, 0),
(52, 1, 2026, 'INDIVIDUAL', 'PERSON', 'D', 5.00, NULL, 0),
(53, 1, 2026, 'INDIVIDUAL', 'ORGANISATION', 'A', 150.00, NULL, 0),
(54, 1, 2026, 'INDIVIDUAL', 'ORGANISATION', 'B', 100.00, NULL, 0),
(55, 1, 2026, 'INDIVIDUAL', 'ORGANISATION', 'C', 50.00, NULL, 0),
(56, 1, 2026, 'INDIVIDUAL', 'ORGANISATION', 'D', 25.00, NULL, 0),
(57, 1, 2026, 'CUSTODIAN', 'PERSON', 'A', 120.00, NULL, 0),
(58, 1, 2026, 'CUSTODIAN', 'PERSON', 'B', 80.00, NULL, 0),
(59, 1, 2026, 'CUSTODIAN', 'PERSON', 'C', 40.00, NULL, 0),
(60, 1, 2026, 'CUSTODIAN', 'PERSON', 'D', 20.00, NULL, 0),
(61, 1, 2026, 'CUSTODIAN', 'ORGANISATION', 'A', 1500.00, NULL, 0),
(62, 1, 2026, 'CUSTODIAN', 'ORGANISATION', 'B', 1000.00, NULL, 0),
(63, 1, 2026, 'CUSTODIAN', 'ORGANISATION', 'C', 500.00, NULL, 0),
(64, 1, 2026, 'CUSTODIAN', 'ORGANISATION', 'D', 250.00, NULL, 0);

-- UK 2025 (GBP)
INSERT INTO contribution_suggestion (id, custodian_id, fiscal_year, member_class, kind, band, amount, hours_alternative, version) VALUES
(65, 2, 2025, 'PRODUCER', 'PERSON', 'A', 70.00, 40.00, 0),
(66, 2, 2025, 'PRODUCER', 'PERSON', 'B', 45.00, 30.00, 0),
(67, 2, 2025, 'PRODUCER', 'PERSON', 'C', 25.00, 20.00, 0),
(68, 2, 2025, 'PRODUCER', 'PERSON', 'D', 12.00, 10.00, 0),
(69, 2, 2025, 'PRODUCER', 'ORGANISATION', 'A', 260.00, 120.00, 0),
(70, 2, 2025, 'PRODUCER', 'ORGANISATION', 'B', 170.00, 90.00, 0),
(71, 2, 2025, 'PRODUCER', 'ORGANISATION', 'C', 85.00, 60.00, 0),
(72, 2, 2025, 'PRODUCER', 'ORGANISATION', 'D', 42.00, 30.00, 0),
(73, 2, 2025, 'CONSUMER', 'PERSON', 'A', 50.00, NULL, 0),
(74, 2, 2025, 'CONSUMER', 'PERSON', 'B', 35.00, NULL, 0),
(75, 2, 2025, 'CONSUMER', 'PERSON', 'C', 18.00, NULL, 0),
(76, 2, 2025, 'CONSUMER', 'PERSON', 'D', 8.00, NULL, 0),
(77, 2, 2025, 'CONSUMER', 'ORGANISATION', 'A', 210.00, NULL, 0),
(78, 2, 2025, 'CONSUMER', 'ORGANISATION', 'B', 140.00, NULL, 0),
(79, 2, 2025, 'CONSUMER', 'ORGANISATION', 'C', 70.00, NULL, 0),
(80, 2, 2025, 'CONSUMER', 'ORGANISATION', 'D', 35.00, NULL, 0),
(81, 2, 2025, 'INDIVIDUAL', 'PERSON', 'A', 35.00, NULL, 0),
(82, 2, 2025, 'INDIVIDUAL', 'PERSON', 'B', 22.00, NULL, 0),
(83, 2, 2025, 'INDIVIDUAL', 'PERSON', 'C', 12.00, NULL, 0),
(84, 2, 2025, 'INDIVIDUAL', 'PERSON', 'D', 5.00, NULL, 0),
(85, 2, 2025, 'INDIVIDUAL', 'ORGANISATION', 'A', 130.00, NULL, 0),
(86, 2, 2025, 'INDIVIDUAL', 'ORGANISATION', 'B', 85.00, NULL, 0),
(87, 2, 2025, 'INDIVIDUAL', 'ORGANISATION', 'C', 42.00, NULL, 0),
(88, 2, 2025, 'INDIVIDUAL', 'ORGANISATION', 'D', 20.00, NULL, 0),
(89, 2, 2025, 'CUSTODIAN', 'PERSON', 'A', 100.00, NULL, 0),
(90, 2, 2025, 'CUSTODIAN', 'PERSON', 'B', 70.00, NULL, 0),
(91, 2, 2025, 'CUSTODIAN', 'PERSON', 'C', 35.00, NULL, 0),
(92, 2, 2025, 'CUSTODIAN', 'PERSON', 'D', 18.00, NULL, 0),
(93, 2, 2025, 'CUSTODIAN', 'ORGANISATION', 'A', 1300.00, NULL, 0),
(94, 2, 2025, 'CUSTODIAN', 'ORGANISATION', 'B', 850.00, NULL, 0),
(95, 2, 2025, 'CUSTODIAN', 'ORGANISATION', 'C', 425.00, NULL, 0),
(96, 2, 2025, 'CUSTODIAN', 'ORGANISATION', 'D', 210.00, NULL, 0);

-- UK 2026 (GBP)
INSERT INTO contribution_suggestion (id, custodian_id, fiscal_year, member_class, kind, band, amount, hours_alternative, version) VALUES
(97, 2, 2026, 'PRODUCER', 'PERSON', 'A', 70.00, 40.00, 0),
(98, 2, 2026, 'PRODUCER', 'PERSON', 'B', 45.00, 30.00, 0),
(99, 2, 2026, 'PRODUCER', 'PERSON', 'C', 25.00, 20.00, 0),
(100, 2, 2026, 'PRODUCER', 'PERSON', 'D', 12.00, 10.00, 0),
(101, 2, 2026, 'PRODUCER', 'ORGANISATION', 'A', 260.00, 120.00, 0),
(102, 2, 2026, 'PRODUCER', 'ORGANISATION', 'B', 170.00, 90.00, 0),
(103, 2, 2026, 'PRODUCER', 'ORGANISATION', 'C', 85.00, 60.00, 0),
(104, 2, 2026, 'PRODUCER', 'ORGANISATION', 'D', 42.00, 30.00, 0),
(105, 2, 2026, 'CONSUMER', 'PERSON', 'A', 50.00, NULL, 0),
(106, 2, 2026, 'CONSUMER', 'PERSON', 'B', 35.00, NULL, 0),
(107, 2, 2026, 'CONSUMER', 'PERSON', 'C', 18.00, NULL, 0),
(108, 2, 2026, 'CONSUMER', 'PERSON', 'D', 8.00, NULL, 0),
(109, 2, 2026, 'CONSUMER', 'ORGANISATION', 'A', 210.00, NULL, 0),
(110, 2, 2026, 'CONSUMER', 'ORGANISATION', 'B', 140.00, NULL, 0),
(111, 2, 2026, 'CONSUMER', 'ORGANISATION', 'C', 70.00, NULL, 0),
(112, 2, 2026, 'CONSUMER', 'ORGANISATION', 'D', 35.00, NULL, 0),
(113, 2, 2026, 'INDIVIDUAL', 'PERSON', 'A', 35.00, NULL, 0),
(114, 2, 2026, 'INDIVIDUAL', 'PERSON', 'B', 22.00, NULL, 0),
(115, 2, 2026, 'INDIVIDUAL', 'PERSON', 'C', 12.00, NULL, 0),
(116, 2, 2026, 'INDIVIDUAL', 'PERSON', 'D', 5.00, NULL, 0),
(117, 2, 2026, 'INDIVIDUAL', 'ORGANISATION', 'A', 130.00, NULL, 0),
(118, 2, 2026, 'INDIVIDUAL', 'ORGANISATION', 'B', 85.00, NULL, 0),
(119, 2, 2026, 'INDIVIDUAL', 'ORGANISATION', 'C', 42.00, NULL, 0),
(120, 2, 2026, 'INDIVIDUAL', 'ORGANISATION', 'D', 20.00, NULL, 0),
(121, 2, 2026, 'CUSTODIAN', 'PERSON', 'A', 100.00, NULL, 0),
(122, 2, 2026, 'CUSTODIAN', 'PERSON', 'B', 70.00, NULL, 0),
(123, 2, 2026, 'CUSTODIAN', 'PERSON', 'C', 35.00, NULL, 0),
(124, 2, 2026, 'CUSTODIAN', 'PERSON', 'D', 18.00, NULL, 0),
(125, 2, 2026, 'CUSTODIAN', 'ORGANISATION', 'A', 1300.00, NULL, 0),
(126, 2, 2026, 'CUSTODIAN', 'ORGANISATION', 'B', 850.00, NULL, 0),
(127, 2, 2026, 'CUSTODIAN', 'ORGANISATION', 'C', 425.00, NULL, 0),
(128, 2, 2026, 'CUSTODIAN', 'ORGANISATION', 'D', 210.00, NULL, 0);

-- QC 2025 (CAD)
INSERT INTO contribution_suggestion (id, custodian_id, fiscal_year, member_class, kind, band, amount, hours_alternative, version) VALUES
(129, 3, 2025, 'PRODUCER', 'PERSON', 'A', 120.00, 40.00, 0),
(130, 3, 2025, 'PRODUCER', 'PERSON', 'B', 80.00, 30.00, 0),
(131, 3, 2025, 'PRODUCER', 'PERSON', 'C', 45.00, 20.00, 0),
(132, 3, 2025, 'PRODUCER', 'PERSON', 'D', 20.00, 10.00, 0),
(133, 3, 2025, 'PRODUCER', 'ORGANISATION', 'A', 450.00, 120.00, 0),
(134, 3, 2025, 'PRODUCER', 'ORGANISATION', 'B', 300.00, 90.00, 0),
(135, 3, 2025, 'PRODUCER', 'ORGANISATION', 'C', 150.00, 60.00, 0),
(136, 3, 2025, 'PRODUCER', 'ORGANISATION', 'D', 75.00, 30.00, 0),
(137, 3, 2025, 'CONSUMER', 'PERSON', 'A', 90.00, NULL, 0),
(138, 3, 2025, 'CONSUMER', 'PERSON', 'B', 60.00, NULL, 0),
(139, 3, 2025, 'CONSUMER', 'PERSON', 'C', 30.00, NULL, 0),
(140, 3, 2025, 'CONSUMER', 'PERSON', 'D', 15.00, NULL, 0),
(141, 3, 2025, 'CONSUMER', 'ORGANISATION', 'A', 375.00, NULL, 0),
(142, 3, 2025, 'CONSUMER', 'ORGANISATION', 'B', 240.00, NULL, 0),
(143, 3, 2025, 'CONSUMER', 'ORGANISATION', 'C', 120.00, NULL, 0),
(144, 3, 2025, 'CONSUMER', 'ORGANISATION', 'D', 60.00, NULL, 0),
(145, 3, 2025, 'INDIVIDUAL', 'PERSON', 'A', 60.00, NULL, 0),
(146, 3, 2025, 'INDIVIDUAL', 'PERSON', 'B', 40.00, NULL, 0),
(147, 3, 2025, 'INDIVIDUAL', 'PERSON', 'C', 20.00, NULL, 0),
(148, 3, 2025, 'INDIVIDUAL', 'PERSON', 'D', 8.00, NULL, 0),
(149, 3, 2025, 'INDIVIDUAL', 'ORGANISATION', 'A', 225.00, NULL, 0),
(150, 3, 2025, 'INDIVIDUAL', 'ORGANISATION', 'B', 150.00, NULL, 0),
(151, 3, 2025, 'INDIVIDUAL', 'ORGANISATION', 'C', 75.00, NULL, 0),
(152, 3, 2025, 'INDIVIDUAL', 'ORGANISATION', 'D', 35.00, NULL, 0),
(153, 3, 2025, 'CUSTODIAN', 'PERSON', 'A', 180.00, NULL, 0),
(154, 3, 2025, 'CUSTODIAN', 'PERSON', 'B', 120.00, NULL, 0),
(155, 3, 2025, 'CUSTODIAN', 'PERSON', 'C', 60.00, NULL, 0),
(156, 3, 2025, 'CUSTODIAN', 'PERSON', 'D', 30.00, NULL, 0),
(157, 3, 2025, 'CUSTODIAN', 'ORGANISATION', 'A', 2250.00, NULL, 0),
(158, 3, 2025, 'CUSTODIAN', 'ORGANISATION', 'B', 1500.00, NULL, 0),
(159, 3, 2025, 'CUSTODIAN', 'ORGANISATION', 'C', 750.00, NULL, 0),
(160, 3, 2025, 'CUSTODIAN', 'ORGANISATION', 'D', 375.00, NULL, 0);

-- QC 2026 (CAD)
INSERT INTO contribution_suggestion (id, custodian_id, fiscal_year, member_class, kind, band, amount, hours_alternative, version) VALUES
(161, 3, 2026, 'PRODUCER', 'PERSON', 'A', 120.00, 40.00, 0),
(162, 3, 2026, 'PRODUCER', 'PERSON', 'B', 80.00, 30.00, 0),
(163, 3, 2026, 'PRODUCER', 'PERSON', 'C', 45.00, 20.00, 0),
(164, 3, 2026, 'PRODUCER', 'PERSON', 'D', 20.00, 10.00, 0),
(165, 3, 2026, 'PRODUCER', 'ORGANISATION', 'A', 450.00, 120.00, 0),
(166, 3, 2026, 'PRODUCER', 'ORGANISATION', 'B', 300.00, 90.00, 0),
(167, 3, 2026, 'PRODUCER', 'ORGANISATION', 'C', 150.00, 60.00, 0),
(168, 3, 2026, 'PRODUCER', 'ORGANISATION', 'D', 75.00, 30.00, 0),
(169, 3, 2026, 'CONSUMER', 'PERSON', 'A', 90.00, NULL, 0),
(170, 3, 2026, 'CONSUMER', 'PERSON', 'B', 60.00, NULL, 0),
(171, 3, 2026, 'CONSUMER', 'PERSON', 'C', 30.00, NULL, 0),
(172, 3, 2026, 'CONSUMER', 'PERSON', 'D', 15.00, NULL, 0),
(173, 3, 2026, 'CONSUMER', 'ORGANISATION', 'A', 375.00, NULL, 0),
(174, 3, 2026, 'CONSUMER', 'ORGANISATION', 'B', 240.00, NULL, 0),
(175, 3, 2026, 'CONSUMER', 'ORGANISATION', 'C', 120.00, NULL, 0),
(176, 3, 2026, 'CONSUMER', 'ORGANISATION', 'D', 60.00, NULL, 0),
(177, 3, 2026, 'INDIVIDUAL', 'PERSON', 'A', 60.00, NULL, 0),
(178, 3, 2026, 'INDIVIDUAL', 'PERSON', 'B', 40.00, NULL, 0),
(179, 3, 2026, 'INDIVIDUAL', 'PERSON', 'C', 20.00, NULL, 0),
(180, 3, 2026, 'INDIVIDUAL', 'PERSON', 'D', 8.00, NULL, 0),
(181, 3, 2026, 'INDIVIDUAL', 'ORGANISATION', 'A', 225.00, NULL, 0),
(182, 3, 2026, 'INDIVIDUAL', 'ORGANISATION', 'B', 150.00, NULL, 0),
(183, 3, 2026, 'INDIVIDUAL', 'ORGANISATION', 'C', 75.00, NULL, 0),
(184, 3, 2026, 'INDIVIDUAL', 'ORGANISATION', 'D', 35.00, NULL, 0),
(185, 3, 2026, 'CUSTODIAN', 'PERSON', 'A', 180.00, NULL, 0),
(186, 3, 2026, 'CUSTODIAN', 'PERSON', 'B', 120.00, NULL, 0),
(187, 3, 2026, 'CUSTODIAN', 'PERSON', 'C', 60.00, NULL, 0),
(188, 3, 2026, 'CUSTODIAN', 'PERSON', 'D', 30.00, NULL, 0),
(189, 3, 2026, 'CUSTODIAN', 'ORGANISATION', 'A', 2250.00, NULL, 0),
(190, 3, 2026, 'CUSTODIAN', 'ORGANISATION', 'B', 1500.00, NULL, 0),
(191, 3, 2026, 'CUSTODIAN', 'ORGANISATION', 'C', 750.00, NULL, 0),
(192, 3, 2026, 'CUSTODIAN', 'ORGANISATION', 'D', 375.00, NULL, 0);

-- NZ 2025 (NZD)
INSERT INTO contribution_suggestion (id, custodian_id, fiscal_year, member_class, kind, band, amount, hours_alternative, version) VALUES
(193, 4, 2025, 'PRODUCER', 'PERSON', 'A', 130.00, 40.00, 0),
(194, 4, 2025, 'PRODUCER', 'PERSON', 'B', 90.00, 30.00, 0),
(195, 4, 2025, 'PRODUCER', 'PERSON', 'C', 50.00, 20.00, 0),
(196, 4, 2025, 'PRODUCER', 'PERSON', 'D', 25.00, 10.00, 0),
(197, 4, 2025, 'PRODUCER', 'ORGANISATION', 'A', 500.00, 120.00, 0),
(198, 4, 2025, 'PRODUCER', 'ORGANISATION', 'B', 330.00, 90.00, 0),
(199, 4, 2025, 'PRODUCER', 'ORGANISATION', 'C', 165.00, 60.00, 0),
(200, 4, 2025, 'PRODUCER', 'ORGANISATION', 'D', 80.00, 30.00, 0),
(201, 4, 2025, 'CONSUMER', 'PERSON', 'A', 100.00, NULL, 0),
(202, 4, 2025, 'CONSUMER', 'PERSON', 'B', 65.00, NULL, 0),
(203, 4, 2025, 'CONSUMER', 'PERSON', 'C', 35.00, NULL, 0),
(204, 4, 2025, 'CONSUMER', 'PERSON', 'D', 15.00, NULL, 0),
(205, 4, 2025, 'CONSUMER', 'ORGANISATION', 'A', 400.00, NULL, 0),
(206, 4, 2025, 'CONSUMER', 'ORGANISATION', 'B', 260.00, NULL, 0),
(207, 4, 2025, 'CONSUMER', 'ORGANISATION', 'C', 130.00, NULL, 0),
(208, 4, 2025, 'CONSUMER', 'ORGANISATION', 'D', 65.00, NULL, 0),
(209, 4, 2025, 'INDIVIDUAL', 'PERSON', 'A', 65.00, NULL, 0),
(210, 4, 2025, 'INDIVIDUAL', 'PERSON', 'B', 45.00, NULL, 0),
(211, 4, 2025, 'INDIVIDUAL', 'PERSON', 'C', 25.00, NULL, 0),
(212, 4, 2025, 'INDIVIDUAL', 'PERSON', 'D', 10.00, NULL, 0),
(213, 4, 2025, 'INDIVIDUAL', 'ORGANISATION', 'A', 250.00, NULL, 0),
(214, 4, 2025, 'INDIVIDUAL', 'ORGANISATION', 'B', 165.00, NULL, 0),
(215, 4, 2025, 'INDIVIDUAL', 'ORGANISATION', 'C', 80.00, NULL, 0),
(216, 4, 2025, 'INDIVIDUAL', 'ORGANISATION', 'D', 40.00, NULL, 0),
(217, 4, 2025, 'CUSTODIAN', 'PERSON', 'A', 200.00, NULL, 0),
(218, 4, 2025, 'CUSTODIAN', 'PERSON', 'B', 130.00, NULL, 0),
(219, 4, 2025, 'CUSTODIAN', 'PERSON', 'C', 65.00, NULL, 0),
(220, 4, 2025, 'CUSTODIAN', 'PERSON', 'D', 35.00, NULL, 0),
(221, 4, 2025, 'CUSTODIAN', 'ORGANISATION', 'A', 2500.00, NULL, 0),
(222, 4, 2025, 'CUSTODIAN', 'ORGANISATION', 'B', 1650.00, NULL, 0),
(223, 4, 2025, 'CUSTODIAN', 'ORGANISATION', 'C', 825.00, NULL, 0),
(224, 4, 2025, 'CUSTODIAN', 'ORGANISATION', 'D', 400.00, NULL, 0);

-- NZ 2026 (NZD)
INSERT INTO contribution_suggestion (id, custodian_id, fiscal_year, member_class, kind, band, amount, hours_alternative, version) VALUES
(225, 4, 2026, 'PRODUCER', 'PERSON', 'A', 130.00, 40.00, 0),
(226, 4, 2026, 'PRODUCER', 'PERSON', 'B', 90.00, 30.00, 0),
(227, 4, 2026, 'PRODUCER', 'PERSON', 'C', 50.00, 20.00, 0),
(228, 4, 2026, 'PRODUCER', 'PERSON', 'D', 25.00, 10.00, 0),
(229, 4, 2026, 'PRODUCER', 'ORGANISATION', 'A', 500.00, 120.00, 0),
(230, 4, 2026, 'PRODUCER', 'ORGANISATION', 'B', 330.00, 90.00, 0),
(231, 4, 2026, 'PRODUCER', 'ORGANISATION', 'C', 165.00, 60.00, 0),
(232, 4, 2026, 'PRODUCER', 'ORGANISATION', 'D', 80.00, 30.00, 0),
(233, 4, 2026, 'CONSUMER', 'PERSON', 'A', 100.00, NULL, 0),
(234, 4, 2026, 'CONSUMER', 'PERSON', 'B', 65.00, NULL, 0),
(235, 4, 2026, 'CONSUMER', 'PERSON', 'C', 35.00, NULL, 0),
(236, 4, 2026, 'CONSUMER', 'PERSON', 'D', 15.00, NULL, 0),
(237, 4, 2026, 'CONSUMER', 'ORGANISATION', 'A', 400.00, NULL, 0),
(238, 4, 2026, 'CONSUMER', 'ORGANISATION', 'B', 260.00, NULL, 0),
(239, 4, 2026, 'CONSUMER', 'ORGANISATION', 'C', 130.00, NULL, 0),
(240, 4, 2026, 'CONSUMER', 'ORGANISATION', 'D', 65.00, NULL, 0),
(241, 4, 2026, 'INDIVIDUAL', 'PERSON', 'A', 65.00, NULL, 0),
(242, 4, 2026, 'INDIVIDUAL', 'PERSON', 'B', 45.00, NULL, 0),
(243, 4, 2026, 'INDIVIDUAL', 'PERSON', 'C', 25.00, NULL, 0),
(244, 4, 2026, 'INDIVIDUAL', 'PERSON', 'D', 10.00, NULL, 0),
(245, 4, 2026, 'INDIVIDUAL', 'ORGANISATION', 'A', 250.00, NULL, 0),
(246, 4, 2026, 'INDIVIDUAL', 'ORGANISATION', 'B', 165.00, NULL, 0),
(247, 4, 2026, 'INDIVIDUAL', 'ORGANISATION', 'C', 80.00, NULL, 0),
(248, 4, 2026, 'INDIVIDUAL', 'ORGANISATION', 'D', 40.00, NULL, 0),
(249, 4, 2026, 'CUSTODIAN', 'PERSON', 'A', 200.00, NULL, 0),
(250, 4, 2026, 'CUSTODIAN', 'PERSON', 'B', 130.00, NULL, 0),
(251, 4, 2026, 'CUSTODIAN', 'PERSON', 'C', 65.00, NULL, 0),
(252, 4, 2026, 'CUSTODIAN', 'PERSON', 'D', 35.00, NULL, 0),
(253, 4, 2026, 'CUSTODIAN', 'ORGANISATION', 'A', 2500.00, NULL, 0),
(254, 4, 2026, 'CUSTODIAN', 'ORGANISATION', 'B', 1650.00, NULL, 0),
(255, 4, 2026, 'CUSTODIAN', 'ORGANISATION', 'C', 825.00, NULL, 0),
(256, 4, 2026, 'CUSTODIAN', 'ORGANISATION', 'D', 400.00, NULL, 0);

-- Payments through ES (EUR)
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (1, 1, 1, 60.00, 'EUR', DATE '2025-03-14', 2025, 'BANK_TRANSFER', 'BANK-2025-0314', NULL, TIMESTAMP WITH TIME ZONE '2025-03-17 09:40:00+00', 7, NULL, 2025, 1, 'ES-2025-000001');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (5, 1, 1, 60.00, 'EUR', DATE '2026-01-20', 2026, 'DIRECT_DEBIT', 'DD-2026-0120', NULL, TIMESTAMP WITH TIME ZONE '2026-01-21 08:15:00+00', 7, NULL, 2026, 1, 'ES-2026-000001');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (7, 1, 2, 40.00, 'EUR', DATE '2026-02-12', 2026, 'BANK_TRANSFER', 'BANK-2026-0212', 'Half now, the rest after the harvest', TIMESTAMP WITH TIME ZONE '2026-02-13 10:05:00+00', 3, NULL, 2026, 2, 'ES-2026-000002');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (8, 1, 32, 250.00, 'EUR', DATE '2026-03-05', 2026, 'BANK_TRANSFER', 'BANK-2026-0305', NULL, TIMESTAMP WITH TIME ZONE '2026-03-06 09:30:00+00', 7, NULL, 2026, 3, 'ES-2026-000003');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (12, 1, 31, 150.00, 'EUR', DATE '2026-05-18', 2026, 'PAYMENT_PLATFORM', 'PAY-2026-0518', NULL, TIMESTAMP WITH TIME ZONE '2026-05-19 11:20:00+00', 9, NULL, 2026, 4, 'ES-2026-000004');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (15, 1, 7, 40.00, 'EUR', DATE '2026-06-02', 2026, 'CASH', NULL, 'Paid at the spring assembly', TIMESTAMP WITH TIME ZONE '2026-06-02 18:45:00+00', 3, NULL, 2026, 5, 'ES-2026-000005');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (22, 1, 8, 30.00, 'EUR', DATE '2026-09-15', 2026, 'BANK_TRANSFER', 'BANK-2026-0915', NULL, TIMESTAMP WITH TIME ZONE '2026-09-16 09:10:00+00', 7, NULL, 2026, 6, 'ES-2026-000006');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (23, 1, 8, 300.00, 'EUR', DATE '2026-09-15', 2026, 'BANK_TRANSFER', 'BANK-2026-0916', NULL, TIMESTAMP WITH TIME ZONE '2026-09-16 09:25:00+00', 7, NULL, 2026, 7, 'ES-2026-000007');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (24, 1, 8, -300.00, 'EUR', DATE '2026-09-18', 2026, 'BANK_TRANSFER', NULL, 'Recorded twice by mistake', TIMESTAMP WITH TIME ZONE '2026-09-18 10:00:00+00', 3, 23, 2026, 8, 'ES-2026-000008');

-- Payments through UK (GBP)
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (3, 2, 10, 70.00, 'GBP', DATE '2025-05-12', 2025, 'DIRECT_DEBIT', 'DD-2025-0512', NULL, TIMESTAMP WITH TIME ZONE '2025-05-13 09:00:00+00', 4, NULL, 2025, 1, 'UK-2025-000001');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (6, 2, 12, 50.00, 'GBP', DATE '2026-02-10', 2025, 'BANK_TRANSFER', 'BANK-2026-0210', NULL, TIMESTAMP WITH TIME ZONE '2026-02-11 10:30:00+00', 4, NULL, 2026, 1, 'UK-2026-000001');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (11, 2, 10, 70.00, 'GBP', DATE '2026-05-11', 2026, 'DIRECT_DEBIT', 'DD-2026-0511', NULL, TIMESTAMP WITH TIME ZONE '2026-05-12 09:00:00+00', 2, NULL, 2026, 2, 'UK-2026-000002');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (16, 2, 33, 210.00, 'GBP', DATE '2026-06-03', 2026, 'BANK_TRANSFER', 'BANK-2026-0603', NULL, TIMESTAMP WITH TIME ZONE '2026-06-04 14:10:00+00', 4, NULL, 2026, 3, 'UK-2026-000003');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (19, 2, 11, 17.50, 'GBP', DATE '2026-07-14', 2026, 'CASH', NULL, 'Paid at the July members meeting', TIMESTAMP WITH TIME ZONE '2026-07-14 19:30:00+00', 4, NULL, 2026, 4, 'UK-2026-000004');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (21, 2, 13, 25.00, 'GBP', DATE '2026-08-21', 2026, 'CARD', 'CARD-2026-0821', NULL, TIMESTAMP WITH TIME ZONE '2026-08-21 15:45:00+00', 2, NULL, 2026, 5, 'UK-2026-000005');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (26, 2, 16, 50.00, 'GBP', DATE '2026-10-06', 2026, 'PAYMENT_PLATFORM', 'PAY-2026-1006', NULL, TIMESTAMP WITH TIME ZONE '2026-10-07 08:50:00+00', 4, NULL, 2026, 6, 'UK-2026-000006');

-- Payments through QC (CAD)
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (2, 3, 17, 90.00, 'CAD', DATE '2025-04-22', 2025, 'BANK_TRANSFER', 'BANK-2025-0422', NULL, TIMESTAMP WITH TIME ZONE '2025-04-23 14:00:00+00', 8, NULL, 2025, 1, 'QC-2025-000001');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (10, 3, 17, 90.00, 'CAD', DATE '2026-04-15', 2026, 'DIRECT_DEBIT', 'DD-2026-0415', NULL, TIMESTAMP WITH TIME ZONE '2026-04-16 13:30:00+00', 8, NULL, 2026, 1, 'QC-2026-000001');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (14, 3, 18, 60.00, 'CAD', DATE '2026-05-27', 2026, 'PAYMENT_PLATFORM', 'PAY-2026-0527', NULL, TIMESTAMP WITH TIME ZONE '2026-05-28 15:00:00+00', 5, NULL, 2026, 2, 'QC-2026-000002');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (18, 3, 34, 225.00, 'CAD', DATE '2026-06-30', 2026, 'BANK_TRANSFER', 'BANK-2026-0630', 'First instalment of two', TIMESTAMP WITH TIME ZONE '2026-07-02 13:15:00+00', 8, NULL, 2026, 3, 'QC-2026-000003');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (20, 3, 19, 60.00, 'CAD', DATE '2026-08-12', 2026, 'CARD', 'CARD-2026-0812', NULL, TIMESTAMP WITH TIME ZONE '2026-08-12 16:20:00+00', 8, NULL, 2026, 4, 'QC-2026-000004');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (27, 3, 22, 120.00, 'CAD', DATE '2026-10-21', 2026, 'CASH', NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-10-21 22:10:00+00', 5, NULL, 2026, 5, 'QC-2026-000005');

-- Payments through NZ (NZD)
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (4, 4, 24, 100.00, 'NZD', DATE '2025-07-08', 2025, 'BANK_TRANSFER', 'BANK-2025-0708', NULL, TIMESTAMP WITH TIME ZONE '2025-07-08 23:30:00+00', 6, NULL, 2025, 1, 'NZ-2025-000001');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (9, 4, 24, 100.00, 'NZD', DATE '2026-04-09', 2026, 'BANK_TRANSFER', 'BANK-2026-0409', NULL, TIMESTAMP WITH TIME ZONE '2026-04-09 22:00:00+00', 6, NULL, 2026, 1, 'NZ-2026-000001');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (13, 4, 25, 65.00, 'NZD', DATE '2026-05-19', 2026, 'DIRECT_DEBIT', 'DD-2026-0519', NULL, TIMESTAMP WITH TIME ZONE '2026-05-19 23:15:00+00', 2, NULL, 2026, 2, 'NZ-2026-000002');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (17, 4, 35, 400.00, 'NZD', DATE '2026-07-01', 2026, 'BANK_TRANSFER', 'BANK-2026-0701', NULL, TIMESTAMP WITH TIME ZONE '2026-07-01 21:40:00+00', 6, NULL, 2026, 3, 'NZ-2026-000003');
INSERT INTO contribution_payment (id, custodian_id, member_id, amount, currency, received_on, fiscal_year, method, external_reference, note, recorded_at, recorded_by, reverses_id, receipt_year, receipt_seq, receipt_number) VALUES (25, 4, 30, 32.50, 'NZD', DATE '2026-09-24', 2026, 'CARD', 'CARD-2026-0924', NULL, TIMESTAMP WITH TIME ZONE '2026-09-24 20:05:00+00', 6, NULL, 2026, 4, 'NZ-2026-000004');

INSERT INTO contribution_receipt_counter (custodian_id, receipt_year, last_seq) VALUES
(1, 2025, 1),
(1, 2026, 8),
(2, 2025, 1),
(2, 2026, 6),
(3, 2025, 1),
(3, 2026, 5),
(4, 2025, 1),
(4, 2026, 4);
