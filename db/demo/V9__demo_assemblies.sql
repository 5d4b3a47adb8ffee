-- Demo data (fictional), part 9: two general assemblies (issue #11). Loaded once, demo runs only.
--
-- Made by the services themselves, not by hand: a throwaway program drove AssemblyService,
-- RollService, ChairService and VotingService over the demo data V1-V8 (with a fixed clock and
-- the demo secret key), and its rows were dumped here. So each roll is what RollService.build
-- decided from statuses and standings at the record date, each closed motion's document and
-- outcome are exactly what ChairService wrote and counted, the ballots are stored as
-- VotingService.cast stores them (random ids, SHA-256 of the receipt code, no member), and the
-- audit chain of the stream 'assembly' is the one the services recorded.
-- DemoAssembliesPersistenceTest recounts every closed motion from these rows on H2 and PostgreSQL.
--
-- 1. "General assembly 2026" (id 1), PUBLISHED. Record date 2026-10-31; notice 2026-11-02 (15
--    days); first call 2026-11-21 10:00 Europe/Madrid, voting in the room and online that morning.
--    Scheme: one member one vote, class shares producer 50 / consumer 30 / individual 20 points of
--    100 divided among the votes cast; organisations may split their vote. PARTIAL standing is
--    enough. Roll: 35 members, 21 eligible; the others have no standing ("standing"), and Liam
--    Thompson (NZ-000003) was suspended at the record date ("notActive": see his history below).
--    Irene Navarro (ES-000008) gave her proxy to Núria Soler (ES-000001), who cast for her.
--    The Associació Veïnal del Raval (ES-000009), cast by Pau Ferrer, split its vote.
--    Motion 1 "Approve the accounts of the year 2025/26": secret, more than 1/2 of the points
--      cast: PASSED (yes 220/3 points).
--    Motion 2 "Amend rule 12": secret, not changeable, at least 2/3 and a double majority among
--      producers, quorum 1/3 at the first call: FAILED (2/3 reached overall, producers split 1/2).
--    Motion 3 "Where the general assembly 2027 meets": named (a roll-call vote: names are published
--      with the choices), single choice, more than 1/2: Sheffield (ELECTED). Megan Lloyd changed
--      her vote from Sheffield to Barcelona, so her first receipt no longer finds a ballot.
--    audit_head_seq/audit_head_hash are the head of the 'assembly' audit chain right after the
--    closing was recorded (event 24 below), as ChairService.close keeps it.
--    Receipt codes to try on the result page (typed with or without dashes, in any case):
--      Núria Soler (nuria.soler@members.example), her own ballots:
--        motion 1  FGKE-MMT6-J9QA-AAKW-9UNP-Q5PG
--        motion 2  LEF2-B58R-WL7T-NRQY-Z947-FRY8
--        motion 3  9MH3-XJL6-NPYH-2QFN-G98Y-GDFD
--      and those she cast for Irene Navarro by proxy:
--        motion 1  5XFH-QX9J-4UYG-TVY6-CW7B-BKT4
--        motion 2  HMMY-LU5V-HF2X-MSVS-W3GK-EFFJ
--        motion 3  WAQC-H4Q7-9U5Q-7883-5GFN-47VK
--      Aina Roca (aina.roca@members.example):
--        motion 1  45KL-LYG8-YTRH-QPB5-X6SR-D4B8
--        motion 2  J7A4-FMTN-P5TH-HANR-ZQ9P-MFPZ
--        motion 3  BYBL-HHL3-SMQ5-BQL9-26DF-UMF3
--      Pau Ferrer's for the Associació Veïnal del Raval (its split ballot):
--        motion 1  ZZW9-856M-5NUU-UH4U-BXSR-B46C
--      Megan Lloyd on motion 3: her first ballot, replaced and no longer counted,
--                  J8ZY-AQUG-FRWW-UYFN-KV4U-MU7P
--        and the one that counts
--                  49RZ-PL84-NGQT-GDS8-2B8V-5NMH
-- 2. "Extraordinary general assembly: the solar roofs" (id 2), OPEN. Record date 2026-11-15;
--    notice 2026-11-18 (15 days); voting opened 2026-12-03 and the window closes 2030-06-28.
--    Scheme: kind multipliers (a person 1, an organisation 2), organisations may split; GOOD
--    standing only: 12 of 35 eligible, among them Aina Roca and Núria Soler, who have not voted
--    yet. Motion 4 "Join the Solar Commons federation" is OPEN (secret, changeable, its ballot key
--    sealed with the demo key for "assembly.ballot-key:4"); five ballots so far (Oliver Bennett,
--    Priya Patel, the Forge Lane Community Trust split by Priya Patel, Tama Rangi, Gabrielle Roy),
--    whose replace keys are HMACs under that key. Motion 5, an election of two members of the
--    ethics committee, is PENDING.
--    No receipt mails are queued: the program left the outbox out.
-- Chairs: Ada Admin (admin@spokes.example) chairs both; Laia Casals (laia.casals@members.example)
-- chairs the open one too and opened its motion (she is not eligible herself; the Escola Lliure
-- Gràcia, which she represents, is).
-- Ids are below 1000, where the sequences start.

-- Liam Thompson (NZ-000003) was suspended from mid-October to late November 2026; he is active
-- again now, but was not at either record date.
INSERT INTO membership_status_change (id, member_id, from_status, to_status, changed_at, changed_by, reason) VALUES (36, 26, 'ACTIVE', 'SUSPENDED', TIMESTAMP WITH TIME ZONE '2026-10-12 21:00:00+00', 6, 'Mail to his address bounced for three months; suspended until he confirms his contact details');
INSERT INTO membership_status_change (id, member_id, from_status, to_status, changed_at, changed_by, reason) VALUES (37, 26, 'SUSPENDED', 'ACTIVE', TIMESTAMP WITH TIME ZONE '2026-11-24 20:30:00+00', 6, 'Contact details confirmed');

-- Chairs (the CHAIR role is scoped to one assembly).
INSERT INTO identity_role_grant (id, user_id, role, scope_type, scope_id, granted_at, granted_by) VALUES (300, 1, 'CHAIR', 'ASSEMBLY', 1, TIMESTAMP WITH TIME ZONE '2026-10-01 09:00:00+00', 1);
INSERT INTO identity_role_grant (id, user_id, role, scope_type, scope_id, granted_at, granted_by) VALUES (301, 1, 'CHAIR', 'ASSEMBLY', 2, TIMESTAMP WITH TIME ZONE '2026-11-10 10:00:00+00', 1);
INSERT INTO identity_role_grant (id, user_id, role, scope_type, scope_id, granted_at, granted_by) VALUES (302, 12, 'CHAIR', 'ASSEMBLY', 2, TIMESTAMP WITH TIME ZONE '2026-11-10 10:05:00+00', 1);

-- Assemblies: settings, scheme (a tally document's "scheme" section) and dates.
INSERT INTO assembly_assembly (id, title, description, place, time_zone, state, scheme, record_date, first_call_at, second_call_at, opens_at, closes_at, notice_days, objections_until, partial_standing, year_before_counts, proxy_limit, principal_overrides, approvals_required, roll_built_at, convened_at, opened_at, closed_at, published_at, audit_head_seq, audit_head_hash, created_at, version) VALUES (1, 'General assembly 2026', 'The yearly general assembly of the four custodians: the accounts of the year, the reserve fund, and where we meet next year. Members vote online or in the room; producers hold half of the vote, consumers three tenths and individual supporters one fifth, whatever their numbers.', 'Online, and at Carrer de la Cooperació 12, 08001 Barcelona', 'Europe/Madrid', 'PUBLISHED', '{
    "memberWeight": {
        "rule": "one-member-one-vote"
    },
    "splitVotes": [
        "organisation"
    ],
    "classShares": {
        "unit": "points",
        "total": "100",
        "shares": {
            "producer": "50",
            "consumer": "30",
            "individual": "20"
        },
        "denominator": "votes-cast",
        "belowTurnout": "redistribute"
    }
}
', DATE '2026-10-31', TIMESTAMP WITH TIME ZONE '2026-11-21 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 09:30:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 13:00:00+00', 15, NULL, TRUE, FALSE, 2, TRUE, 1, TIMESTAMP WITH TIME ZONE '2026-11-01 08:30:00+00', TIMESTAMP WITH TIME ZONE '2026-11-02 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 08:50:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 11:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-23 10:00:00+00', 24, 'b4806fed50984d51feac8aba0cb445413974ad53175e7545f6748399aa59865e', TIMESTAMP WITH TIME ZONE '2026-10-01 09:00:00+00', 9);
INSERT INTO assembly_assembly (id, title, description, place, time_zone, state, scheme, record_date, first_call_at, second_call_at, opens_at, closes_at, notice_days, objections_until, partial_standing, year_before_counts, proxy_limit, principal_overrides, approvals_required, roll_built_at, convened_at, opened_at, closed_at, published_at, audit_head_seq, audit_head_hash, created_at, version) VALUES (2, 'Extraordinary general assembly: the solar roofs', 'Whether the cooperative joins the Solar Commons federation, and who sits on its ethics committee. Voting stays open online while the federation''s founding members decide; organisations weigh twice a person.', 'Online', 'Europe/Madrid', 'OPEN', '{
    "memberWeight": {
        "rule": "kind-multipliers",
        "multipliers": {
            "person": "1",
            "organisation": "2"
        }
    },
    "splitVotes": [
        "organisation"
    ]
}
', DATE '2026-11-15', TIMESTAMP WITH TIME ZONE '2026-12-03 17:00:00+00', NULL, TIMESTAMP WITH TIME ZONE '2026-12-03 09:00:00+00', TIMESTAMP WITH TIME ZONE '2030-06-28 16:00:00+00', 15, NULL, FALSE, FALSE, 2, TRUE, 1, TIMESTAMP WITH TIME ZONE '2026-11-16 08:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-18 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-12-03 09:00:00+00', NULL, NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-11-10 10:00:00+00', 6);

-- Motions: rules; a closed one's tally document and outcome; the open one's sealed ballot key.
INSERT INTO assembly_motion (id, assembly_id, position, title, body, rules, secret, changeable, state, call_number, ballot_key, opened_at, closed_at, result, document, outcome, version) VALUES (1, 1, 1, 'Approve the accounts of the year 2025/26', 'The accounts of the four custodians for the fiscal year 2025/26, as the treasurers presented them and the audit committee reviewed them.', '{
    "kind": "yes-no",
    "threshold": {
        "fraction": "1/2",
        "comparison": ">",
        "base": "cast-excluding-abstentions",
        "measure": "weight"
    }
}
', TRUE, TRUE, 'CLOSED', 1, NULL, TIMESTAMP WITH TIME ZONE '2026-11-21 09:10:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 09:35:00+00', 'PASSED', '{
    "format": "spokes-tally/1",
    "units": {
        "memberWeight": "votes of one member before class shares: 1 (one member, one vote)",
        "tally": "points of 100",
        "heads": "members",
        "turnout": "fraction of the eligible members"
    },
    "scheme": {
        "memberWeight": {
            "rule": "one-member-one-vote"
        },
        "splitVotes": [
            "organisation"
        ],
        "classShares": {
            "unit": "points",
            "total": "100",
            "shares": {
                "producer": "50",
                "consumer": "30",
                "individual": "20"
            },
            "denominator": "votes-cast",
            "belowTurnout": "redistribute"
        }
    },
    "electorate": {
        "classes": {
            "consumer": {
                "eligible": "10",
                "byKind": {
                    "person": "7",
                    "organisation": "3"
                }
            },
            "producer": {
                "eligible": "7",
                "byKind": {
                    "person": "5",
                    "organisation": "2"
                }
            },
            "individual": {
                "eligible": "4",
                "byKind": {
                    "person": "4"
                }
            }
        }
    },
    "attendance": {
        "1": {
            "consumer": {
                "present": "6",
                "represented": "1",
                "presentWeight": "6",
                "representedWeight": "1"
            },
            "producer": {
                "present": "5",
                "represented": "0",
                "presentWeight": "5",
                "representedWeight": "0"
            },
            "individual": {
                "present": "3",
                "represented": "0",
                "presentWeight": "3",
                "representedWeight": "0"
            }
        }
    },
    "motion": {
        "kind": "yes-no",
        "threshold": {
            "fraction": "1/2",
            "comparison": ">",
            "base": "cast-excluding-abstentions",
            "measure": "weight"
        },
        "id": "assembly-1-motion-1",
        "title": "Approve the accounts of the year 2025/26",
        "call": "1"
    },
    "ballots": [
        {
            "class": "consumer",
            "kind": "organisation",
            "weight": "1",
            "choices": {
                "yes": "1"
            }
        },
        {
            "class": "consumer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "abstain": "1"
            }
        },
        {
            "class": "consumer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "no": "1"
            }
        },
        {
            "class": "consumer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "yes": "1"
            },
            "count": "4"
        },
        {
            "class": "individual",
            "kind": "person",
            "weight": "1",
            "choices": {
                "no": "1"
            }
        },
        {
            "class": "individual",
            "kind": "person",
            "weight": "1",
            "choices": {
                "yes": "1"
            },
            "count": "2"
        },
        {
            "class": "producer",
            "kind": "organisation",
            "weight": "1",
            "choices": {
                "yes": "1/2",
                "no": "1/2"
            }
        },
        {
            "class": "producer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "no": "1"
            }
        },
        {
            "class": "producer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "yes": "1"
            },
            "count": "3"
        }
    ]
}
', '{
    "format": "spokes-recount/1",
    "result": "PASSED",
    "elected": [
    ],
    "tied": [
    ],
    "units": {
        "tally": "points of 100",
        "memberWeight": "votes of one member before class shares",
        "heads": "members (a voter who split counts in proportion)",
        "share": "fraction of the base",
        "turnout": "fraction of the eligible"
    },
    "pointsTotal": "100",
    "options": {
        "yes": {
            "weight": "220/3",
            "heads": "21/2"
        },
        "no": {
            "weight": "80/3",
            "heads": "7/2"
        },
        "abstain": {
            "weight": "0",
            "heads": "1"
        }
    },
    "overall": {
        "eligible": {
            "heads": "21",
            "weight": "21"
        },
        "cast": {
            "heads": "15",
            "weight": "15"
        },
        "turnout": {
            "heads": "5/7",
            "weight": "5/7"
        }
    },
    "classes": {
        "consumer": {
            "eligible": {
                "heads": "10",
                "weight": "10"
            },
            "cast": {
                "heads": "7",
                "weight": "7"
            },
            "turnout": {
                "heads": "7/10",
                "weight": "7/10"
            },
            "share": "30",
            "shareCounted": "COUNTED",
            "perUnit": "5",
            "subtotals": {
                "yes": "25",
                "no": "5",
                "abstain": "0"
            },
            "voterWeight": {
                "organisation": "5",
                "person": "5"
            }
        },
        "producer": {
            "eligible": {
                "heads": "7",
                "weight": "7"
            },
            "cast": {
                "heads": "5",
                "weight": "5"
            },
            "turnout": {
                "heads": "5/7",
                "weight": "5/7"
            },
            "share": "50",
            "shareCounted": "COUNTED",
            "perUnit": "10",
            "subtotals": {
                "yes": "35",
                "no": "15",
                "abstain": "0"
            },
            "voterWeight": {
                "organisation": "10",
                "person": "10"
            }
        },
        "individual": {
            "eligible": {
                "heads": "4",
                "weight": "4"
            },
            "cast": {
                "heads": "3",
                "weight": "3"
            },
            "turnout": {
                "heads": "3/4",
                "weight": "3/4"
            },
            "share": "20",
            "shareCounted": "COUNTED",
            "perUnit": "20/3",
            "subtotals": {
                "yes": "40/3",
                "no": "20/3",
                "abstain": "0"
            },
            "voterWeight": {
                "person": "20/3"
            }
        }
    },
    "classCaps": [
    ],
    "quorum": {
        "call": "1",
        "met": true,
        "checks": [
        ]
    },
    "thresholds": [
        {
            "option": "yes",
            "measure": "weight",
            "base": "cast-excluding-abstentions",
            "figure": "220/3",
            "baseFigure": "100",
            "share": "11/15",
            "fraction": "1/2",
            "comparison": ">",
            "met": true,
            "doubleMajority": [
            ]
        }
    ],
    "setAside": [
    ],
    "checksNotMade": [
    ]
}
', 4);
INSERT INTO assembly_motion (id, assembly_id, position, title, body, rules, secret, changeable, state, call_number, ballot_key, opened_at, closed_at, result, document, outcome, version) VALUES (2, 1, 2, 'Amend rule 12: use of the reserve fund', 'Rule 12 would let the custodians lend up to a tenth of the reserve fund to member projects. A change of the rules needs two thirds of the points cast, and two thirds of the producers'' votes too.', '{
    "kind": "yes-no",
    "threshold": {
        "fraction": "2/3",
        "comparison": ">=",
        "base": "cast-excluding-abstentions",
        "measure": "weight"
    },
    "doubleMajority": [
        "producer"
    ],
    "quorum": {
        "1": {
            "measure": "heads",
            "fraction": "1/3",
            "comparison": ">="
        }
    }
}
', TRUE, FALSE, 'CLOSED', 1, NULL, TIMESTAMP WITH TIME ZONE '2026-11-21 09:40:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 10:05:00+00', 'FAILED', '{
    "format": "spokes-tally/1",
    "units": {
        "memberWeight": "votes of one member before class shares: 1 (one member, one vote)",
        "tally": "points of 100",
        "heads": "members",
        "turnout": "fraction of the eligible members"
    },
    "scheme": {
        "memberWeight": {
            "rule": "one-member-one-vote"
        },
        "splitVotes": [
            "organisation"
        ],
        "classShares": {
            "unit": "points",
            "total": "100",
            "shares": {
                "producer": "50",
                "consumer": "30",
                "individual": "20"
            },
            "denominator": "votes-cast",
            "belowTurnout": "redistribute"
        }
    },
    "electorate": {
        "classes": {
            "consumer": {
                "eligible": "10",
                "byKind": {
                    "person": "7",
                    "organisation": "3"
                }
            },
            "producer": {
                "eligible": "7",
                "byKind": {
                    "person": "5",
                    "organisation": "2"
                }
            },
            "individual": {
                "eligible": "4",
                "byKind": {
                    "person": "4"
                }
            }
        }
    },
    "attendance": {
        "1": {
            "consumer": {
                "present": "6",
                "represented": "1",
                "presentWeight": "6",
                "representedWeight": "1"
            },
            "producer": {
                "present": "5",
                "represented": "0",
                "presentWeight": "5",
                "representedWeight": "0"
            },
            "individual": {
                "present": "3",
                "represented": "0",
                "presentWeight": "3",
                "representedWeight": "0"
            }
        }
    },
    "motion": {
        "kind": "yes-no",
        "threshold": {
            "fraction": "2/3",
            "comparison": ">=",
            "base": "cast-excluding-abstentions",
            "measure": "weight"
        },
        "doubleMajority": [
            "producer"
        ],
        "quorum": {
            "1": {
                "measure": "heads",
                "fraction": "1/3",
                "comparison": ">="
            }
        },
        "id": "assembly-1-motion-2",
        "title": "Amend rule 12: use of the reserve fund",
        "call": "1"
    },
    "ballots": [
        {
            "class": "consumer",
            "kind": "organisation",
            "weight": "1",
            "choices": {
                "yes": "1"
            }
        },
        {
            "class": "consumer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "no": "1"
            }
        },
        {
            "class": "consumer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "yes": "1"
            },
            "count": "5"
        },
        {
            "class": "individual",
            "kind": "person",
            "weight": "1",
            "choices": {
                "abstain": "1"
            }
        },
        {
            "class": "individual",
            "kind": "person",
            "weight": "1",
            "choices": {
                "yes": "1"
            },
            "count": "2"
        },
        {
            "class": "producer",
            "kind": "organisation",
            "weight": "1",
            "choices": {
                "yes": "1/2",
                "no": "1/2"
            }
        },
        {
            "class": "producer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "no": "1"
            },
            "count": "2"
        },
        {
            "class": "producer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "yes": "1"
            },
            "count": "2"
        }
    ]
}
', '{
    "format": "spokes-recount/1",
    "result": "FAILED",
    "elected": [
    ],
    "tied": [
    ],
    "units": {
        "tally": "points of 100",
        "memberWeight": "votes of one member before class shares",
        "heads": "members (a voter who split counts in proportion)",
        "share": "fraction of the base",
        "turnout": "fraction of the eligible"
    },
    "pointsTotal": "100",
    "options": {
        "yes": {
            "weight": "495/7",
            "heads": "21/2"
        },
        "no": {
            "weight": "205/7",
            "heads": "7/2"
        },
        "abstain": {
            "weight": "0",
            "heads": "1"
        }
    },
    "overall": {
        "eligible": {
            "heads": "21",
            "weight": "21"
        },
        "cast": {
            "heads": "15",
            "weight": "15"
        },
        "turnout": {
            "heads": "5/7",
            "weight": "5/7"
        }
    },
    "classes": {
        "consumer": {
            "eligible": {
                "heads": "10",
                "weight": "10"
            },
            "cast": {
                "heads": "7",
                "weight": "7"
            },
            "turnout": {
                "heads": "7/10",
                "weight": "7/10"
            },
            "share": "30",
            "shareCounted": "COUNTED",
            "perUnit": "30/7",
            "subtotals": {
                "yes": "180/7",
                "no": "30/7",
                "abstain": "0"
            },
            "voterWeight": {
                "organisation": "30/7",
                "person": "30/7"
            }
        },
        "producer": {
            "eligible": {
                "heads": "7",
                "weight": "7"
            },
            "cast": {
                "heads": "5",
                "weight": "5"
            },
            "turnout": {
                "heads": "5/7",
                "weight": "5/7"
            },
            "share": "50",
            "shareCounted": "COUNTED",
            "perUnit": "10",
            "subtotals": {
                "yes": "25",
                "no": "25",
                "abstain": "0"
            },
            "voterWeight": {
                "organisation": "10",
                "person": "10"
            }
        },
        "individual": {
            "eligible": {
                "heads": "4",
                "weight": "4"
            },
            "cast": {
                "heads": "3",
                "weight": "3"
            },
            "turnout": {
                "heads": "3/4",
                "weight": "3/4"
            },
            "share": "20",
            "shareCounted": "COUNTED",
            "perUnit": "10",
            "subtotals": {
                "yes": "20",
                "no": "0",
                "abstain": "0"
            },
            "voterWeight": {
                "person": "10"
            }
        }
    },
    "classCaps": [
    ],
    "quorum": {
        "call": "1",
        "met": true,
        "checks": [
            {
                "scope": "overall",
                "measure": "heads",
                "attending": "15",
                "eligible": "21",
                "required": "7",
                "comparison": ">=",
                "met": true
            }
        ]
    },
    "thresholds": [
        {
            "option": "yes",
            "measure": "weight",
            "base": "cast-excluding-abstentions",
            "figure": "495/7",
            "baseFigure": "100",
            "share": "99/140",
            "fraction": "2/3",
            "comparison": ">=",
            "met": false,
            "doubleMajority": [
                {
                    "class": "producer",
                    "figure": "5/2",
                    "baseFigure": "5",
                    "share": "1/2",
                    "met": false
                }
            ]
        }
    ],
    "setAside": [
    ],
    "checksNotMade": [
    ]
}
', 4);
INSERT INTO assembly_motion (id, assembly_id, position, title, body, rules, secret, changeable, state, call_number, ballot_key, opened_at, closed_at, result, document, outcome, version) VALUES (3, 1, 3, 'Where the general assembly 2027 meets', 'A roll-call vote: every member''s choice is published with the result.', '{
    "kind": "single-choice",
    "options": [
        "Barcelona",
        "Sheffield",
        "Montréal",
        "Wellington"
    ],
    "threshold": {
        "fraction": "1/2",
        "comparison": ">",
        "base": "cast-excluding-abstentions",
        "measure": "weight"
    }
}
', FALSE, TRUE, 'CLOSED', 1, NULL, TIMESTAMP WITH TIME ZONE '2026-11-21 10:10:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 10:40:00+00', 'ELECTED', '{
    "format": "spokes-tally/1",
    "units": {
        "memberWeight": "votes of one member before class shares: 1 (one member, one vote)",
        "tally": "points of 100",
        "heads": "members",
        "turnout": "fraction of the eligible members"
    },
    "scheme": {
        "memberWeight": {
            "rule": "one-member-one-vote"
        },
        "splitVotes": [
            "organisation"
        ],
        "classShares": {
            "unit": "points",
            "total": "100",
            "shares": {
                "producer": "50",
                "consumer": "30",
                "individual": "20"
            },
            "denominator": "votes-cast",
            "belowTurnout": "redistribute"
        }
    },
    "electorate": {
        "classes": {
            "consumer": {
                "eligible": "10",
                "byKind": {
                    "person": "7",
                    "organisation": "3"
                }
            },
            "producer": {
                "eligible": "7",
                "byKind": {
                    "person": "5",
                    "organisation": "2"
                }
            },
            "individual": {
                "eligible": "4",
                "byKind": {
                    "person": "4"
                }
            }
        }
    },
    "attendance": {
        "1": {
            "consumer": {
                "present": "7",
                "represented": "1",
                "presentWeight": "7",
                "representedWeight": "1"
            },
            "producer": {
                "present": "5",
                "represented": "0",
                "presentWeight": "5",
                "representedWeight": "0"
            },
            "individual": {
                "present": "3",
                "represented": "0",
                "presentWeight": "3",
                "representedWeight": "0"
            }
        }
    },
    "motion": {
        "kind": "single-choice",
        "options": [
            "Barcelona",
            "Sheffield",
            "Montréal",
            "Wellington"
        ],
        "threshold": {
            "fraction": "1/2",
            "comparison": ">",
            "base": "cast-excluding-abstentions",
            "measure": "weight"
        },
        "id": "assembly-1-motion-3",
        "title": "Where the general assembly 2027 meets",
        "call": "1"
    },
    "ballots": [
        {
            "class": "consumer",
            "kind": "organisation",
            "weight": "1",
            "choices": {
                "Sheffield": "1"
            }
        },
        {
            "class": "consumer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "Barcelona": "1"
            },
            "count": "2"
        },
        {
            "class": "consumer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "Sheffield": "1"
            },
            "count": "2"
        },
        {
            "class": "consumer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "Wellington": "1"
            }
        },
        {
            "class": "individual",
            "kind": "person",
            "weight": "1",
            "choices": {
                "Montréal": "1"
            }
        },
        {
            "class": "individual",
            "kind": "person",
            "weight": "1",
            "choices": {
                "Sheffield": "1"
            }
        },
        {
            "class": "individual",
            "kind": "person",
            "weight": "1",
            "choices": {
                "Wellington": "1"
            }
        },
        {
            "class": "producer",
            "kind": "organisation",
            "weight": "1",
            "choices": {
                "Barcelona": "1/2",
                "Sheffield": "1/2"
            }
        },
        {
            "class": "producer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "Montréal": "1"
            }
        },
        {
            "class": "producer",
            "kind": "person",
            "weight": "1",
            "choices": {
                "Sheffield": "1"
            },
            "count": "3"
        }
    ]
}
', '{
    "format": "spokes-recount/1",
    "result": "ELECTED",
    "elected": [
        "Sheffield"
    ],
    "tied": [
    ],
    "units": {
        "tally": "points of 100",
        "memberWeight": "votes of one member before class shares",
        "heads": "members (a voter who split counts in proportion)",
        "share": "fraction of the base",
        "turnout": "fraction of the eligible"
    },
    "pointsTotal": "100",
    "options": {
        "Barcelona": {
            "weight": "15",
            "heads": "5/2"
        },
        "Sheffield": {
            "weight": "170/3",
            "heads": "15/2"
        },
        "Montréal": {
            "weight": "50/3",
            "heads": "2"
        },
        "Wellington": {
            "weight": "35/3",
            "heads": "2"
        },
        "abstain": {
            "weight": "0",
            "heads": "0"
        }
    },
    "overall": {
        "eligible": {
            "heads": "21",
            "weight": "21"
        },
        "cast": {
            "heads": "14",
            "weight": "14"
        },
        "turnout": {
            "heads": "2/3",
            "weight": "2/3"
        }
    },
    "classes": {
        "consumer": {
            "eligible": {
                "heads": "10",
                "weight": "10"
            },
            "cast": {
                "heads": "6",
                "weight": "6"
            },
            "turnout": {
                "heads": "3/5",
                "weight": "3/5"
            },
            "share": "30",
            "shareCounted": "COUNTED",
            "perUnit": "5",
            "subtotals": {
                "Barcelona": "10",
                "Sheffield": "15",
                "Montréal": "0",
                "Wellington": "5",
                "abstain": "0"
            },
            "voterWeight": {
                "organisation": "5",
                "person": "5"
            }
        },
        "producer": {
            "eligible": {
                "heads": "7",
                "weight": "7"
            },
            "cast": {
                "heads": "5",
                "weight": "5"
            },
            "turnout": {
                "heads": "5/7",
                "weight": "5/7"
            },
            "share": "50",
            "shareCounted": "COUNTED",
            "perUnit": "10",
            "subtotals": {
                "Barcelona": "5",
                "Sheffield": "35",
                "Montréal": "10",
                "Wellington": "0",
                "abstain": "0"
            },
            "voterWeight": {
                "organisation": "10",
                "person": "10"
            }
        },
        "individual": {
            "eligible": {
                "heads": "4",
                "weight": "4"
            },
            "cast": {
                "heads": "3",
                "weight": "3"
            },
            "turnout": {
                "heads": "3/4",
                "weight": "3/4"
            },
            "share": "20",
            "shareCounted": "COUNTED",
            "perUnit": "20/3",
            "subtotals": {
                "Barcelona": "0",
                "Sheffield": "20/3",
                "Montréal": "20/3",
                "Wellington": "20/3",
                "abstain": "0"
            },
            "voterWeight": {
                "person": "20/3"
            }
        }
    },
    "classCaps": [
    ],
    "quorum": {
        "call": "1",
        "met": true,
        "checks": [
        ]
    },
    "thresholds": [
        {
            "option": "Barcelona",
            "measure": "weight",
            "base": "cast-excluding-abstentions",
            "figure": "15",
            "baseFigure": "100",
            "share": "3/20",
            "fraction": "1/2",
            "comparison": ">",
            "met": false,
            "doubleMajority": [
            ]
        },
        {
            "option": "Sheffield",
            "measure": "weight",
            "base": "cast-excluding-abstentions",
            "figure": "170/3",
            "baseFigure": "100",
            "share": "17/30",
            "fraction": "1/2",
            "comparison": ">",
            "met": true,
            "doubleMajority": [
            ]
        },
        {
            "option": "Montréal",
            "measure": "weight",
            "base": "cast-excluding-abstentions",
            "figure": "50/3",
            "baseFigure": "100",
            "share": "1/6",
            "fraction": "1/2",
            "comparison": ">",
            "met": false,
            "doubleMajority": [
            ]
        },
        {
            "option": "Wellington",
            "measure": "weight",
            "base": "cast-excluding-abstentions",
            "figure": "35/3",
            "baseFigure": "100",
            "share": "7/60",
            "fraction": "1/2",
            "comparison": ">",
            "met": false,
            "doubleMajority": [
            ]
        }
    ],
    "setAside": [
    ],
    "checksNotMade": [
    ]
}
', 4);
INSERT INTO assembly_motion (id, assembly_id, position, title, body, rules, secret, changeable, state, call_number, ballot_key, opened_at, closed_at, result, document, outcome, version) VALUES (4, 2, 1, 'Join the Solar Commons federation', 'Joining costs one share of EUR 500 and lets the custodians'' workshops put solar panels on their roofs through the federation''s loans.', '{
    "kind": "yes-no",
    "threshold": {
        "fraction": "1/2",
        "comparison": ">",
        "base": "cast-excluding-abstentions",
        "measure": "weight"
    }
}
', TRUE, TRUE, 'OPEN', 1, 'sb1.demo.sysTPIgQzKqnoyhLUcHuyFm2F6TR0ET9aUl4SXmDj7TKBGpUpIgeMvEP_FmGO6tN5WjPKM1ITNJtHBq6', TIMESTAMP WITH TIME ZONE '2026-12-03 09:05:00+00', NULL, NULL, NULL, NULL, 2);
INSERT INTO assembly_motion (id, assembly_id, position, title, body, rules, secret, changeable, state, call_number, ballot_key, opened_at, closed_at, result, document, outcome, version) VALUES (5, 2, 2, 'Elect two members of the ethics committee', 'The two candidates with the most votes are elected.', '{
    "kind": "multiple-choice",
    "options": [
        "Chloé Lavoie",
        "Oliver Bennett",
        "Tama Rangi"
    ],
    "seats": "2",
    "threshold": {
        "fraction": "0",
        "comparison": ">",
        "base": "cast-including-abstentions",
        "measure": "weight"
    }
}
', TRUE, TRUE, 'PENDING', 1, NULL, NULL, NULL, NULL, NULL, NULL, 1);

-- The rolls at the record dates.
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 1, 1, 'ES-CT', 'ES-000001', 'Núria Soler', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 2, 1, 'ES-CT', 'ES-000002', 'Pau Ferrer', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'PARTIAL', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 3, 1, 'ES-CT', 'ES-000003', 'Laia Casals', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 4, 1, 'ES-CT', 'ES-000004', 'Marc Riera', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 5, 1, 'ES-CT', 'ES-000005', 'Carmen Ortega', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 6, 1, 'ES-CT', 'ES-000006', 'Javier Molina', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 7, 1, 'ES-CT', 'ES-000007', 'Aina Roca', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 8, 1, 'ES-CT', 'ES-000008', 'Irene Navarro', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'PARTIAL', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 9, 2, 'GB', 'UK-000001', 'Oliver Bennett', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 10, 2, 'GB', 'UK-000002', 'Priya Patel', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 11, 2, 'GB', 'UK-000003', 'George Hughes', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'PARTIAL', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 12, 2, 'GB', 'UK-000004', 'Amara Okafor', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 13, 2, 'GB', 'UK-000005', 'Callum Reid', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'PARTIAL', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 14, 2, 'GB', 'UK-000006', 'Eleanor Price', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 15, 2, 'GB', 'UK-000007', 'Samir Haddad', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 16, 2, 'GB', 'UK-000008', 'Megan Lloyd', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 17, 3, 'CA-QC', 'QC-000001', 'Gabrielle Roy', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 18, 3, 'CA-QC', 'QC-000002', 'Mathieu Bouchard', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'PARTIAL', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 19, 3, 'CA-QC', 'QC-000003', 'Chloé Lavoie', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 20, 3, 'CA-QC', 'QC-000004', 'Samuel Côté', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 21, 3, 'CA-QC', 'QC-000005', 'Noah Fortin', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 22, 3, 'CA-QC', 'QC-000006', 'Léa Pelletier', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 23, 3, 'CA-QC', 'QC-000007', 'Olivier Morin', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 24, 4, 'NZ', 'NZ-000001', 'Tama Rangi', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 25, 4, 'NZ', 'NZ-000002', 'Grace Wilson', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'PARTIAL', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 26, 4, 'NZ', 'NZ-000003', 'Liam Thompson', 'INDIVIDUAL', 'PERSON', '1', 'SUSPENDED', 'NONE', FALSE, 'notActive', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 27, 4, 'NZ', 'NZ-000004', 'Mere Parata', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 28, 4, 'NZ', 'NZ-000005', 'Isla Campbell', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 29, 4, 'NZ', 'NZ-000006', 'Finn Robinson', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 30, 4, 'NZ', 'NZ-000007', 'Hana Kim', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'PARTIAL', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 31, 1, 'ES-CT', 'ES-000009', 'Associació Veïnal del Raval', 'PRODUCER', 'ORGANISATION', '1', 'ACTIVE', 'PARTIAL', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 32, 1, 'ES-CT', 'ES-000010', 'Escola Lliure Gràcia', 'CONSUMER', 'ORGANISATION', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 33, 2, 'GB', 'UK-000009', 'Forge Lane Community Trust', 'CONSUMER', 'ORGANISATION', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 34, 3, 'CA-QC', 'QC-000008', 'Radio Communautaire du Plateau', 'PRODUCER', 'ORGANISATION', '1', 'ACTIVE', 'PARTIAL', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (1, 35, 4, 'NZ', 'NZ-000008', 'Harbour Youth Media Trust', 'CONSUMER', 'ORGANISATION', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 1, 1, 'ES-CT', 'ES-000001', 'Núria Soler', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 2, 1, 'ES-CT', 'ES-000002', 'Pau Ferrer', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'PARTIAL', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 3, 1, 'ES-CT', 'ES-000003', 'Laia Casals', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 4, 1, 'ES-CT', 'ES-000004', 'Marc Riera', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 5, 1, 'ES-CT', 'ES-000005', 'Carmen Ortega', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 6, 1, 'ES-CT', 'ES-000006', 'Javier Molina', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 7, 1, 'ES-CT', 'ES-000007', 'Aina Roca', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 8, 1, 'ES-CT', 'ES-000008', 'Irene Navarro', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'PARTIAL', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 9, 2, 'GB', 'UK-000001', 'Oliver Bennett', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 10, 2, 'GB', 'UK-000002', 'Priya Patel', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 11, 2, 'GB', 'UK-000003', 'George Hughes', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'PARTIAL', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 12, 2, 'GB', 'UK-000004', 'Amara Okafor', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 13, 2, 'GB', 'UK-000005', 'Callum Reid', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'PARTIAL', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 14, 2, 'GB', 'UK-000006', 'Eleanor Price', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 15, 2, 'GB', 'UK-000007', 'Samir Haddad', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 16, 2, 'GB', 'UK-000008', 'Megan Lloyd', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 17, 3, 'CA-QC', 'QC-000001', 'Gabrielle Roy', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 18, 3, 'CA-QC', 'QC-000002', 'Mathieu Bouchard', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'PARTIAL', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 19, 3, 'CA-QC', 'QC-000003', 'Chloé Lavoie', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 20, 3, 'CA-QC', 'QC-000004', 'Samuel Côté', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 21, 3, 'CA-QC', 'QC-000005', 'Noah Fortin', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 22, 3, 'CA-QC', 'QC-000006', 'Léa Pelletier', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 23, 3, 'CA-QC', 'QC-000007', 'Olivier Morin', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 24, 4, 'NZ', 'NZ-000001', 'Tama Rangi', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 25, 4, 'NZ', 'NZ-000002', 'Grace Wilson', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'PARTIAL', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 26, 4, 'NZ', 'NZ-000003', 'Liam Thompson', 'INDIVIDUAL', 'PERSON', '1', 'SUSPENDED', 'NONE', FALSE, 'notActive', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 27, 4, 'NZ', 'NZ-000004', 'Mere Parata', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 28, 4, 'NZ', 'NZ-000005', 'Isla Campbell', 'CONSUMER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 29, 4, 'NZ', 'NZ-000006', 'Finn Robinson', 'PRODUCER', 'PERSON', '1', 'ACTIVE', 'NONE', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 30, 4, 'NZ', 'NZ-000007', 'Hana Kim', 'INDIVIDUAL', 'PERSON', '1', 'ACTIVE', 'PARTIAL', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 31, 1, 'ES-CT', 'ES-000009', 'Associació Veïnal del Raval', 'PRODUCER', 'ORGANISATION', '1', 'ACTIVE', 'PARTIAL', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 32, 1, 'ES-CT', 'ES-000010', 'Escola Lliure Gràcia', 'CONSUMER', 'ORGANISATION', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 33, 2, 'GB', 'UK-000009', 'Forge Lane Community Trust', 'CONSUMER', 'ORGANISATION', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 34, 3, 'CA-QC', 'QC-000008', 'Radio Communautaire du Plateau', 'PRODUCER', 'ORGANISATION', '1', 'ACTIVE', 'PARTIAL', FALSE, 'standing', FALSE);
INSERT INTO assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction, member_number, display_name, member_class, kind, raw_weight, status_at, standing, eligible, reason, overridden) VALUES (2, 35, 4, 'NZ', 'NZ-000008', 'Harbour Youth Media Trust', 'CONSUMER', 'ORGANISATION', '1', 'ACTIVE', 'GOOD', TRUE, NULL, FALSE);

-- Proxies.
INSERT INTO assembly_delegation (id, assembly_id, principal_member_id, holder_member_id, created_at, used) VALUES (1, 1, 8, 1, TIMESTAMP WITH TIME ZONE '2026-11-19 18:12:00+00', TRUE);

-- Attendance: casting a ballot marks its caster present at the motion's call.
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 1, 10, TIMESTAMP WITH TIME ZONE '2026-11-21 09:10:00+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 2, 11, TIMESTAMP WITH TIME ZONE '2026-11-21 09:12:21+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 7, 16, TIMESTAMP WITH TIME ZONE '2026-11-21 09:11:34+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 9, 18, TIMESTAMP WITH TIME ZONE '2026-11-21 09:18:37+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 10, 19, TIMESTAMP WITH TIME ZONE '2026-11-21 09:15:29+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 16, 25, TIMESTAMP WITH TIME ZONE '2026-11-21 09:19:24+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 17, 26, TIMESTAMP WITH TIME ZONE '2026-11-21 09:17:50+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 19, 28, TIMESTAMP WITH TIME ZONE '2026-11-21 09:20:58+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 22, 31, TIMESTAMP WITH TIME ZONE '2026-11-21 09:14:42+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 24, 33, TIMESTAMP WITH TIME ZONE '2026-11-21 09:17:03+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 25, 34, TIMESTAMP WITH TIME ZONE '2026-11-21 09:13:55+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 30, 39, TIMESTAMP WITH TIME ZONE '2026-11-21 09:20:11+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 31, 11, TIMESTAMP WITH TIME ZONE '2026-11-21 09:13:08+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 32, 12, TIMESTAMP WITH TIME ZONE '2026-11-21 09:16:16+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (1, 1, 33, 18, TIMESTAMP WITH TIME ZONE '2026-11-21 10:18:37+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (2, 1, 9, 18, TIMESTAMP WITH TIME ZONE '2026-12-03 17:20:00+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (2, 1, 10, 19, TIMESTAMP WITH TIME ZONE '2026-12-03 17:21:34+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (2, 1, 17, 26, TIMESTAMP WITH TIME ZONE '2026-12-05 15:03:00+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (2, 1, 24, 33, TIMESTAMP WITH TIME ZONE '2026-12-04 07:42:00+00');
INSERT INTO assembly_attendance (assembly_id, call_number, member_id, marked_by, marked_at) VALUES (2, 1, 33, 19, TIMESTAMP WITH TIME ZONE '2026-12-03 17:20:47+00');

-- Who took part and who cast for them.
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 1, 'CONSUMER', 1);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 2, 'PRODUCER', 2);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 7, 'INDIVIDUAL', 7);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 8, 'CONSUMER', 1);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 9, 'CONSUMER', 9);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 10, 'PRODUCER', 10);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 16, 'CONSUMER', 16);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 17, 'CONSUMER', 17);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 19, 'INDIVIDUAL', 19);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 22, 'PRODUCER', 22);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 24, 'CONSUMER', 24);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 25, 'PRODUCER', 25);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 30, 'INDIVIDUAL', 30);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 31, 'PRODUCER', 31);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (1, 32, 'CONSUMER', 32);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 1, 'CONSUMER', 1);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 2, 'PRODUCER', 2);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 7, 'INDIVIDUAL', 7);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 8, 'CONSUMER', 1);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 9, 'CONSUMER', 9);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 10, 'PRODUCER', 10);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 16, 'CONSUMER', 16);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 17, 'CONSUMER', 17);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 19, 'INDIVIDUAL', 19);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 22, 'PRODUCER', 22);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 24, 'CONSUMER', 24);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 25, 'PRODUCER', 25);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 30, 'INDIVIDUAL', 30);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 31, 'PRODUCER', 31);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (2, 32, 'CONSUMER', 32);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 1, 'CONSUMER', 1);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 2, 'PRODUCER', 2);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 7, 'INDIVIDUAL', 7);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 8, 'CONSUMER', 1);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 9, 'CONSUMER', 9);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 10, 'PRODUCER', 10);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 16, 'CONSUMER', 16);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 19, 'INDIVIDUAL', 19);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 22, 'PRODUCER', 22);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 24, 'CONSUMER', 24);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 25, 'PRODUCER', 25);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 30, 'INDIVIDUAL', 30);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 31, 'PRODUCER', 31);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (3, 33, 'CONSUMER', 33);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (4, 9, 'CONSUMER', 9);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (4, 10, 'PRODUCER', 10);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (4, 17, 'CONSUMER', 17);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (4, 24, 'CONSUMER', 24);
INSERT INTO assembly_participation (motion_id, voter_member_id, member_class, cast_by_member_id) VALUES (4, 33, 'CONSUMER', 33);

-- What was chosen: no member, no time; replace keys cleared once a motion closed.
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('0442607cb0029f4aa99def269273baea', 1, 'CONSUMER', 'PERSON', '1', '{"no":"1"}', 'c912d5ca98e57f6557c263e86b3f84e6561c972781e2c76b9443b574eb195a97', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('04cc87de82244e780b38cf53afa7ccd4', 1, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '9cf1372b89d1632a6194fdbaf55a4299eef6ff78329d3cd9c79e401aa620c16d', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('1539276f06b452e4ffe55199d56fb3a4', 1, 'INDIVIDUAL', 'PERSON', '1', '{"yes":"1"}', 'd767c3d26044a050a969563dae2fb1edf8e3acaea39c5755dc354d8d96277291', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('2e4582e06d6c0df7966057f67c096498', 1, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', '9cfbab99257cfce148b54b17fe077806c55c65a28e8cec2b424551727f8178b9', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('4b252b7dd2a750e7cbd23d8d07ccba29', 1, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '99812c56181075e43742037914e28b28540a3c8160647fd80979d3dd3f825444', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('4ffe9ab52ac354ef648343a683b68206', 1, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '9941e102de44efabb146c5dc9275eb7f0ddbcb6c12607ba57c675ec5c087cb02', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('5cc0887d03072b182a2eeea0db0ca0fd', 1, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '7c97fbaf00dfddceb5bdf1ba3e5bd7f98215e2c7b6b6fd1099ac8e0c59054d32', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('6877c4a6e62b04afea11ae05b2f49057', 1, 'PRODUCER', 'PERSON', '1', '{"no":"1"}', 'ada7e58f4ad421add92256ad471a59b31c76eb9f2d08e4dde459bdb66d27f823', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('7c36247470b672f4fe9b79c8e8bc26ec', 1, 'PRODUCER', 'ORGANISATION', '1', '{"yes":"1/2","no":"1/2"}', '5db49b9778d5c36b64a0f742e56922a75eaf8acc87ab7e3475d19316b8f26255', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('7cec5facd6c9706ee3daae7302b400ac', 1, 'INDIVIDUAL', 'PERSON', '1', '{"no":"1"}', 'f7975c739150b2f2e354c2763e390cc4e32cae0aa4e78f4942ffdb2540b4babc', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('9bd6dca889b7673fb903843f48b90cb0', 1, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', '9a762ad1aaa00e6d30f229ff876e11d08b9d4f750e4cb6d2109c9b29544a0994', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('df6864b09cf38ca40fea9e796675ca0e', 1, 'CONSUMER', 'PERSON', '1', '{"abstain":"1"}', '32e80e0be6df805d3e54663a8acb8df4272a049b56ba038438142263faa698b5', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('eb30f0c5aea28f509f14fd4313dce83f', 1, 'CONSUMER', 'ORGANISATION', '1', '{"yes":"1"}', 'cfaa72111e37dc04e7f4c541114839f72a3da4a393ab60a76dfa6cd6de7833eb', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('ef4d1c29629c6b3801fb7d528dc0608f', 1, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', '62b34b5d98e84ab21f999eeb3d8d40c8178d157599d8b0adf51d6030bbca9877', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('f5919944c438a1997ff3bc04e65530a8', 1, 'INDIVIDUAL', 'PERSON', '1', '{"yes":"1"}', '520035cfa6fae64c23ddbbc83e097f2fd618652c2b17ce36f14dbe6da6496b2c', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('110463bb0dd34408f28b43e8448ad390', 2, 'CONSUMER', 'PERSON', '1', '{"no":"1"}', '997e73fe3842882404e454afb29f13fd0dc75bdf7acd31962217863e4f28ce79', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('147de6066ca7dd9dafe52737b5da4ae7', 2, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '334313b5467404cc8dbae7246c538ab10123e07253f6b11cd01425a6f4ec6e9a', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('162ecee0c6cf0f68ea9766340cbeda5a', 2, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', 'fe6b9287512664240caac7bdcfcc86bfda4b1444f93d37a0f3c7e0b4491a67db', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('292d18a2dec65f3e70662238de6aa250', 2, 'INDIVIDUAL', 'PERSON', '1', '{"yes":"1"}', 'dc4d68f6787924d02f9e5a891ea24d5b01cc27b50d27ff461570c266cd9e8838', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('4e19eaa888ca13364c857834a1dd8fc4', 2, 'PRODUCER', 'ORGANISATION', '1', '{"yes":"1/2","no":"1/2"}', '9a59d25907b2a1e0ebddf86c51c0d281d9c11f634c31e514882168414c011a95', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('526fc8b4fd0ddbbe37a4c1b23bff245a', 2, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '60529d76d9a2d5e6ace890b312e43820724233aeddb98df2d0ef6b4f6f3376c1', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('6ed09cbce4fe3c3c18afafc5285dcb65', 2, 'INDIVIDUAL', 'PERSON', '1', '{"yes":"1"}', 'ad027987ab96999a839b909eccee96b7be7bc3a69023680827335cd96d680647', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('7c4bc15583319c04aac6c02f6ca1f242', 2, 'INDIVIDUAL', 'PERSON', '1', '{"abstain":"1"}', 'ba81d7df8244b141d5a95d06e7544db8bd5831dc1be925b7e1a3a19e4ffb3340', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('80559f13f81f582675f26a98a36def7c', 2, 'PRODUCER', 'PERSON', '1', '{"no":"1"}', 'cf89827dfe9420f6471e779d8f83de57923bf02e826728095550cebba8d648fb', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('8b6e93df275dcee34d2eacf90fa7ff5f', 2, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '1690eea174157a019b8c126b7c6f3f5e4e52e0f5820fd8e12474b55adb89826f', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('8c0d2196003190c3b6e6398ce807353c', 2, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '680b9ad5fd8e3fe9e29940f7068ed6f467a88b8058346f850f0615bef0c11653', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('adcfd92915b3e293b5ab77d0f396e2e1', 2, 'PRODUCER', 'PERSON', '1', '{"no":"1"}', '057a94f0dc3936a8f332434c953754b8936eb2161c06e483288a1229597b3440', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('d8c1e51d8a718f78c94eca8247ef2374', 2, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', 'b1e916f365821f4a6ff0e7f3240a52585d0173120152cdc1a0849604234776fd', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('f51fe7cebbef95c18739bba40e6c7147', 2, 'CONSUMER', 'ORGANISATION', '1', '{"yes":"1"}', '2b9aec0715ccda2e8cfd0051e0d7c9ec46d11c104e1b0ae7f25cb2179521dc7c', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('f836710653af636aeca2d503694fc381', 2, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', '6311c349a1c0b9e9a90039fb5f685f557a73242aca954da88409fe7bfcbda477', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('0d64556310a2d229a5e0be813a8be3fe', 3, 'INDIVIDUAL', 'PERSON', '1', '{"Montréal":"1"}', '108d286e20c288348a4a4473382ad954e4cbf1c85c848bcb21572c0510b6eb1a', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('1137ea74684ea8607629b7a398e35040', 3, 'PRODUCER', 'PERSON', '1', '{"Sheffield":"1"}', '9d49d1e5143b84df0805117e1b44323a9ad8bacf6cfe13ae45152840937b266b', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('175e7874b0220ef04771e75c4ee49d0d', 3, 'CONSUMER', 'PERSON', '1', '{"Barcelona":"1"}', 'f616c7ab32a5a9a69a2bfb62817fe0c64a350079c8e97a3e0ca389bd0d268a55', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('3564802cd79a9a25cb4b4c075f93577d', 3, 'CONSUMER', 'PERSON', '1', '{"Sheffield":"1"}', '875d26a3c952b2eaa2d5d2b0a3c04dd46ba560ed589e1cb325b07af1c24e94b6', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('3776eaa6283a12b70b901abb40980053', 3, 'CONSUMER', 'ORGANISATION', '1', '{"Sheffield":"1"}', 'eb4ec3255f8d44d90e406e3d224784189664d40a836787c4b7fd84202e2f6bf3', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('41ae9998de8c00a6bfc52edb725d8f3d', 3, 'CONSUMER', 'PERSON', '1', '{"Wellington":"1"}', '52801ace57a01614ea80266732fa4b044acd05711101c08233756084b4bed66d', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('4588390c67775d73e872a2535a8130fb', 3, 'PRODUCER', 'PERSON', '1', '{"Sheffield":"1"}', 'c738d1691242e1a2f71bd290cea5b461a50ec97d2ca048fc603428cac9c3e303', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('6c74679d8082be6fced5b5ce0bb09de1', 3, 'INDIVIDUAL', 'PERSON', '1', '{"Sheffield":"1"}', '94c8bd19f4ec295ac573f5074545489494385636dba06a281d8efd27502d0cfd', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('9713fcf65573336d7c09aaeaaed195b8', 3, 'PRODUCER', 'PERSON', '1', '{"Montréal":"1"}', '15237c549daa94963b8902d7931edab4bec30d4865014ccbe9983813219a6c4c', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('a2e58f1a38af7a1277ceca7fa852af41', 3, 'INDIVIDUAL', 'PERSON', '1', '{"Wellington":"1"}', '1bce81c0b32eab6877cf6fa1d46e90a0efbc0d839c5ab7fcfa939179789d2977', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('b2ed368b4a1ddfcf1bcf1afaf3397f7e', 3, 'CONSUMER', 'PERSON', '1', '{"Barcelona":"1"}', '31fa8777f8ab384dbc9e491a6da7f1e8e63cbc51d40677331c645ed3f702db51', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('b535d4a84bb73d9695ff92b6c9cd551d', 3, 'PRODUCER', 'PERSON', '1', '{"Sheffield":"1"}', 'e04950d704362d4eb7268f0d5febdbe3f7f51fd7a599b4a31083b0d9cf5a5322', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('b80fcdb97daf37b5c06912bf6c63d252', 3, 'CONSUMER', 'PERSON', '1', '{"Sheffield":"1"}', 'fd330600a8badae074eecba09d1c7b6d4a7e938be194f581cfffb3e0fcb485de', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('c0356ee1f1e38fe45d602a1c8c0ae493', 3, 'PRODUCER', 'ORGANISATION', '1', '{"Barcelona":"1/2","Sheffield":"1/2"}', '53ba5314b590aea192a974013336549a111be2749e2dea8906d5313ed5c42239', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('180b509a4e1c0f77d9f021bd458a4912', 4, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '7b8c5471ca960da45d1f846f0ed72b1941a79c6e96ff6bc5461b4c51353270b5', 'e4bf877d1993e3e60c14449ec1a03d88687a7bbf523b208c00490bee193a38d5');
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('496e20fb4658d376fbdc72314517fd16', 4, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', 'f20e07941ee74f4c5aaf7ffd386e5b89725660619b3cf3af2bfefdd6c98e86ff', 'e81d2d485c7dae24c501b35a3b59f46006f5cdc0e3fe5520f052df53a2d6e68b');
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('86edca956b82a0b468ab6b788b981c68', 4, 'CONSUMER', 'ORGANISATION', '2', '{"yes":"1","no":"1"}', '2cfb50b2da0569d729fa3bfaf6eae4c9ac7bc9d7550c1d29cb3ce2b165084420', '8400bce3bf4f66957f3eb10ea49a9740bb7fee813ac8bed8bb9f6c72c67d39c2');
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('ace85a1b2beba93ff82a3a64804a7141', 4, 'CONSUMER', 'PERSON', '1', '{"no":"1"}', '75bb7e66a83fa84f5977976ad1681cd2fd3584b4b8939c9a5e48708be084da78', 'ce2f35b7d818956e9a3f254fe0e431681e98a4e3d737fdbaa5e68e8e49e13ecc');
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('b96511b37338fc7576298cb5abd01c83', 4, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', 'ca1db9780f537be4c0dffa644b0b6d794c55ca48ecaba202b940392483db1ce3', '9f151a65309e531b8d24299ce7cca13a849a09a3a0fa5c1567d2f06d41314a6f');

-- The named motion's ballots with their voters (published with the result).
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('b2ed368b4a1ddfcf1bcf1afaf3397f7e', 3, 1);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('4588390c67775d73e872a2535a8130fb', 3, 2);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('6c74679d8082be6fced5b5ce0bb09de1', 3, 7);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('b80fcdb97daf37b5c06912bf6c63d252', 3, 8);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('3564802cd79a9a25cb4b4c075f93577d', 3, 9);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('b535d4a84bb73d9695ff92b6c9cd551d', 3, 10);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('175e7874b0220ef04771e75c4ee49d0d', 3, 16);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('0d64556310a2d229a5e0be813a8be3fe', 3, 19);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('9713fcf65573336d7c09aaeaaed195b8', 3, 22);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('41ae9998de8c00a6bfc52edb725d8f3d', 3, 24);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('1137ea74684ea8607629b7a398e35040', 3, 25);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('a2e58f1a38af7a1277ceca7fa852af41', 3, 30);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('c0356ee1f1e38fe45d602a1c8c0ae493', 3, 31);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('3776eaa6283a12b70b901abb40980053', 3, 33);

-- The audit chain of the stream 'assembly'.
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (1, 'assembly', 1, TIMESTAMP WITH TIME ZONE '2026-10-01 09:00:00+00', 1, 'assembly.created', 'assembly', '1', 'title=General assembly 2026', NULL, '0000000000000000000000000000000000000000000000000000000000000000', '0010b24b32cf7fa82b491d6e468513f813444bd44ec7534edcecd1c4d712055a');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (2, 'assembly', 2, TIMESTAMP WITH TIME ZONE '2026-10-01 09:20:00+00', 1, 'assembly.changed', 'assembly', '1', 'firstCall=2026-11-21T09:00Z
notice=15
recordDate=2026-10-31
title=General assembly 2026', NULL, '0010b24b32cf7fa82b491d6e468513f813444bd44ec7534edcecd1c4d712055a', '6e5b805992fc813d5b8c0f2f21a67b7489f8dae01aa34bd7e7544c11a47e98c4');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (3, 'assembly', 3, TIMESTAMP WITH TIME ZONE '2026-10-01 09:25:00+00', 1, 'assembly.scheme', 'assembly', '1', 'scheme={\n    "memberWeight": {\n        "rule": "one-member-one-vote"\n    },\n    "splitVotes": [\n        "organisation"\n    ],\n    "classShares": {\n        "unit": "points",\n        "total": "100",\n        "shares": {\n            "producer": "50",\n            "consumer": "30",\n            "individual": "20"\n        },\n        "denominator": "votes-cast",\n        "belowTurnout": "redistribute"\n    }\n}\n', NULL, '6e5b805992fc813d5b8c0f2f21a67b7489f8dae01aa34bd7e7544c11a47e98c4', 'f0b571ed1d446ee0d76d478125e1d317f8ccb6327fcdd7916c541cdebdd01d0f');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (4, 'assembly', 4, TIMESTAMP WITH TIME ZONE '2026-10-01 09:40:00+00', 1, 'motion.added', 'motion', '1', 'assembly=1
rules={\n    "kind": "yes-no",\n    "threshold": {\n        "fraction": "1/2",\n        "comparison": ">",\n        "base": "cast-excluding-abstentions",\n        "measure": "weight"\n    }\n}\n
title=Approve the accounts of the year 2025/26', NULL, 'f0b571ed1d446ee0d76d478125e1d317f8ccb6327fcdd7916c541cdebdd01d0f', '0c6e21a78ad5c98390d324b2978f3e52a4846a372fd54212199b79cad5c791d4');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (5, 'assembly', 5, TIMESTAMP WITH TIME ZONE '2026-10-01 09:45:00+00', 1, 'motion.added', 'motion', '2', 'assembly=1
rules={\n    "kind": "yes-no",\n    "threshold": {\n        "fraction": "2/3",\n        "comparison": ">=",\n        "base": "cast-excluding-abstentions",\n        "measure": "weight"\n    },\n    "doubleMajority": [\n        "producer"\n    ],\n    "quorum": {\n        "1": {\n            "measure": "heads",\n            "fraction": "1/3",\n            "comparison": ">="\n        }\n    }\n}\n
title=Amend rule 12: use of the reserve fund', NULL, '0c6e21a78ad5c98390d324b2978f3e52a4846a372fd54212199b79cad5c791d4', '600b59dcad7ae89533edab8a5e9ab2a838d0c42ae86dc464ccc5b04cabf4cede');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (6, 'assembly', 6, TIMESTAMP WITH TIME ZONE '2026-10-01 09:50:00+00', 1, 'motion.added', 'motion', '3', 'assembly=1
rules={\n    "kind": "single-choice",\n    "options": [\n        "Barcelona",\n        "Sheffield",\n        "Montréal",\n        "Wellington"\n    ],\n    "threshold": {\n        "fraction": "1/2",\n        "comparison": ">",\n        "base": "cast-excluding-abstentions",\n        "measure": "weight"\n    }\n}\n
title=Where the general assembly 2027 meets', NULL, '600b59dcad7ae89533edab8a5e9ab2a838d0c42ae86dc464ccc5b04cabf4cede', 'f68d418fe35b3de7281bae08c12fc37cfb25506b31780b15a1aa7ef633cf8409');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (7, 'assembly', 7, TIMESTAMP WITH TIME ZONE '2026-11-01 08:30:00+00', 1, 'roll.built', 'assembly', '1', 'eligible=21
members=35', NULL, 'f68d418fe35b3de7281bae08c12fc37cfb25506b31780b15a1aa7ef633cf8409', '13c5a9d640721b51b4a6515a5304e08871fbbe4e37bc9e95bfd2b27207ba33a1');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (8, 'assembly', 8, TIMESTAMP WITH TIME ZONE '2026-11-02 09:00:00+00', 1, 'assembly.convened', 'assembly', '1', 'notices=21', NULL, '13c5a9d640721b51b4a6515a5304e08871fbbe4e37bc9e95bfd2b27207ba33a1', '1c39116f191a0028883ad8a915495bbf9163ee2d5b6ac52fcf49a164e9ecac60');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (9, 'assembly', 9, TIMESTAMP WITH TIME ZONE '2026-11-10 10:00:00+00', 1, 'assembly.created', 'assembly', '2', 'title=Extraordinary general assembly: the solar roofs', NULL, '1c39116f191a0028883ad8a915495bbf9163ee2d5b6ac52fcf49a164e9ecac60', '49e4b1c3ee88e7c5535f43bd81a8a2b3c2a15cf748e8bf70c1c3477118f5e0c7');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (10, 'assembly', 10, TIMESTAMP WITH TIME ZONE '2026-11-10 10:15:00+00', 1, 'assembly.changed', 'assembly', '2', 'firstCall=2026-12-03T17:00Z
notice=15
recordDate=2026-11-15
title=Extraordinary general assembly: the solar roofs', NULL, '49e4b1c3ee88e7c5535f43bd81a8a2b3c2a15cf748e8bf70c1c3477118f5e0c7', 'f7d8e3cc1c6ed7177038e5e96d7ce24628a5e9608ba761c336a9d4ab91776e62');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (11, 'assembly', 11, TIMESTAMP WITH TIME ZONE '2026-11-10 10:20:00+00', 1, 'assembly.scheme', 'assembly', '2', 'scheme={\n    "memberWeight": {\n        "rule": "kind-multipliers",\n        "multipliers": {\n            "person": "1",\n            "organisation": "2"\n        }\n    },\n    "splitVotes": [\n        "organisation"\n    ]\n}\n', NULL, 'f7d8e3cc1c6ed7177038e5e96d7ce24628a5e9608ba761c336a9d4ab91776e62', '1d91f440575d4439d4649f8c9769c8ca7b054886a846c96586a81a1f52c04c53');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (12, 'assembly', 12, TIMESTAMP WITH TIME ZONE '2026-11-10 10:30:00+00', 1, 'motion.added', 'motion', '4', 'assembly=2
rules={\n    "kind": "yes-no",\n    "threshold": {\n        "fraction": "1/2",\n        "comparison": ">",\n        "base": "cast-excluding-abstentions",\n        "measure": "weight"\n    }\n}\n
title=Join the Solar Commons federation', NULL, '1d91f440575d4439d4649f8c9769c8ca7b054886a846c96586a81a1f52c04c53', '3bba5ef26d6acabbc771ea9581c08ab4b105fb9dcb1c63abdf3666deaf02f31a');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (13, 'assembly', 13, TIMESTAMP WITH TIME ZONE '2026-11-10 10:35:00+00', 1, 'motion.added', 'motion', '5', 'assembly=2
rules={\n    "kind": "multiple-choice",\n    "options": [\n        "Chloé Lavoie",\n        "Oliver Bennett",\n        "Tama Rangi"\n    ],\n    "seats": "2",\n    "threshold": {\n        "fraction": "0",\n        "comparison": ">",\n        "base": "cast-including-abstentions",\n        "measure": "weight"\n    }\n}\n
title=Elect two members of the ethics committee', NULL, '3bba5ef26d6acabbc771ea9581c08ab4b105fb9dcb1c63abdf3666deaf02f31a', '0ec604bb5f0d5304c9bf26ff4d2032ad9073c619b72d6b0db05080bd27f7e173');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (14, 'assembly', 14, TIMESTAMP WITH TIME ZONE '2026-11-16 08:00:00+00', 1, 'roll.built', 'assembly', '2', 'eligible=12
members=35', NULL, '0ec604bb5f0d5304c9bf26ff4d2032ad9073c619b72d6b0db05080bd27f7e173', '124bab357d077dec3cf5dd589a25dd28bfec8aa90bb10853a49143e679ad2bce');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (15, 'assembly', 15, TIMESTAMP WITH TIME ZONE '2026-11-18 09:00:00+00', 1, 'assembly.convened', 'assembly', '2', 'notices=12', NULL, '124bab357d077dec3cf5dd589a25dd28bfec8aa90bb10853a49143e679ad2bce', 'e75f073514fc3e55fd156d2d14091a1cbc699fd4e06a625e9a39080f8f0e7f59');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (16, 'assembly', 16, TIMESTAMP WITH TIME ZONE '2026-11-19 18:12:00+00', 17, 'proxy.given', 'assembly', '1', 'holder=1
principal=8', NULL, 'e75f073514fc3e55fd156d2d14091a1cbc699fd4e06a625e9a39080f8f0e7f59', 'f67c8b5920afef277fdc360564059c8beb3ea49de25be825d4f53949c4f8aec9');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (17, 'assembly', 17, TIMESTAMP WITH TIME ZONE '2026-11-21 08:50:00+00', 1, 'assembly.opened', 'assembly', '1', '', NULL, 'f67c8b5920afef277fdc360564059c8beb3ea49de25be825d4f53949c4f8aec9', '708b177938fc351b02dc0508b9852d7ebce1a38df77caa014b0fe512a1942d08');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (18, 'assembly', 18, TIMESTAMP WITH TIME ZONE '2026-11-21 09:10:00+00', 1, 'motion.opened', 'motion', '1', 'assembly=1
call=1', NULL, '708b177938fc351b02dc0508b9852d7ebce1a38df77caa014b0fe512a1942d08', '8e5a5de454131cb48db0183b94a1b70ed84862ea0e3f62dd8a16fc0197ec7929');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (19, 'assembly', 19, TIMESTAMP WITH TIME ZONE '2026-11-21 09:35:00+00', 1, 'motion.closed', 'motion', '1', 'assembly=1
ballots=15
document=30836cc139561ddff891ef18f3d5efa77ef738014dea7b7a96ddcd6139f467ab
receipts=b53deca1babd5ecd6876a499b5094277b9d41a7d5acd5dd9cb4d4d11fc390a8e
result=PASSED', NULL, '8e5a5de454131cb48db0183b94a1b70ed84862ea0e3f62dd8a16fc0197ec7929', 'a3fe9e06ad0d17214b2f22093b2e7cfe052eae81cf4bc666e86fb33fe1d68403');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (20, 'assembly', 20, TIMESTAMP WITH TIME ZONE '2026-11-21 09:40:00+00', 1, 'motion.opened', 'motion', '2', 'assembly=1
call=1', NULL, 'a3fe9e06ad0d17214b2f22093b2e7cfe052eae81cf4bc666e86fb33fe1d68403', '3890b1bf74ccae2a55ab2255540390abd249029a737e5b02aff5561213b5ff59');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (21, 'assembly', 21, TIMESTAMP WITH TIME ZONE '2026-11-21 10:05:00+00', 1, 'motion.closed', 'motion', '2', 'assembly=1
ballots=15
document=83a53a5ebed98c2249fb926c828bfd00ec36a039d9652d9b8bb9abcc2c7a418a
receipts=152118821f4240738c6b4f2312cafb7ae74bcc43a196b474d101dd775c67c577
result=FAILED', NULL, '3890b1bf74ccae2a55ab2255540390abd249029a737e5b02aff5561213b5ff59', '276d8724bdda379cc51e672c459734e66376af862abe3df93c00eddf34b271ef');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (22, 'assembly', 22, TIMESTAMP WITH TIME ZONE '2026-11-21 10:10:00+00', 1, 'motion.opened', 'motion', '3', 'assembly=1
call=1', NULL, '276d8724bdda379cc51e672c459734e66376af862abe3df93c00eddf34b271ef', 'aa345b4784689c2167bcc68b2b22a2d172ddd278208b94451c839786833dd0c1');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (23, 'assembly', 23, TIMESTAMP WITH TIME ZONE '2026-11-21 10:40:00+00', 1, 'motion.closed', 'motion', '3', 'assembly=1
ballots=14
document=be2d361ef6a12679fef73e24d8e28ba720cbcd84953a7a3ad31c6367653e43c7
receipts=58ebe0bf9dbd9f4272ca89b9e7b62fa06b996eb4da1d50d5bc9c7aa6e4bd5bd2
result=ELECTED', NULL, 'aa345b4784689c2167bcc68b2b22a2d172ddd278208b94451c839786833dd0c1', '48aad259da8f6b7417d973171e1b8d25d9987041b658d2fca14ddbfce0da0a95');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (24, 'assembly', 24, TIMESTAMP WITH TIME ZONE '2026-11-21 11:00:00+00', 1, 'assembly.closed', 'assembly', '1', '', NULL, '48aad259da8f6b7417d973171e1b8d25d9987041b658d2fca14ddbfce0da0a95', 'b4806fed50984d51feac8aba0cb445413974ad53175e7545f6748399aa59865e');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (25, 'assembly', 25, TIMESTAMP WITH TIME ZONE '2026-11-23 10:00:00+00', 1, 'assembly.published', 'assembly', '1', '', NULL, 'b4806fed50984d51feac8aba0cb445413974ad53175e7545f6748399aa59865e', '947da954c0e2bc99e5c9ecc26ec10cbea48ae358c9f72acd934108c73934536a');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (26, 'assembly', 26, TIMESTAMP WITH TIME ZONE '2026-12-03 09:00:00+00', 1, 'assembly.opened', 'assembly', '2', '', NULL, '947da954c0e2bc99e5c9ecc26ec10cbea48ae358c9f72acd934108c73934536a', '9c46bf10ef805cedeae502687c3d5f037f0ada257a3af25df026678533e4b46a');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (27, 'assembly', 27, TIMESTAMP WITH TIME ZONE '2026-12-03 09:05:00+00', 12, 'motion.opened', 'motion', '4', 'assembly=2
call=1', NULL, '9c46bf10ef805cedeae502687c3d5f037f0ada257a3af25df026678533e4b46a', 'a60eda790ca160d49eed26b45406df9fc52e87f278e35578d7e3fa823fd3101b');

INSERT INTO audit_stream_head (stream, last_seq, last_hash) VALUES ('assembly', 27, 'a60eda790ca160d49eed26b45406df9fc52e87f278e35578d7e3fa823fd3101b');
