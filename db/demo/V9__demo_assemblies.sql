-- Demo data (fictional), part 9: two general assemblies (issue #11). Loaded once, demo runs only.
--
-- Made by the services themselves, not by hand: a throwaway program drove AssemblyService,
-- RollService, ChairService and VotingService over the demo data V1-V8 (with a fixed clock and
-- the demo secret key), and its rows were dumped here. So each roll is what RollService.build
-- decided from statuses and standings at the record date, each closed motion's document and
-- outcome are exactly what ChairService wrote and counted (the document embeds, as its "outcome"
-- section, the outcome it was counted to, the same as the outcome column, so that
-- `java -jar spokes-cli.jar recount` of a published document says whether the two agree), the
-- ballots are stored as VotingService.cast stores them (random ids, SHA-256 of the receipt code,
-- no member), and the audit chain of the stream 'assembly' is the one the services recorded.
-- DemoAssembliesPersistenceTest recounts every closed motion from these rows on H2 and PostgreSQL,
-- and checks that the outcome its document embeds is the outcome column and the recount.
--
-- 1. "General assembly 2026" (id 1), PUBLISHED. Record date 2026-10-31; notice 2026-11-02 (15
--    days); first call 2026-11-21 10:00 Europe/Madrid, voting in the room and online that morning
--    (its window opens at 10:00, when the chair opened voting, and closes at 14:00).
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
--        motion 1  GNL6-M2WB-A2W3-2DXA-YVHW-D64Q
--        motion 2  FSL9-5CC4-WX7R-6Z7E-BYWR-DF96
--        motion 3  NC4Z-8NL4-LZGQ-BSHB-NSZF-KZWU
--      and those she cast for Irene Navarro by proxy:
--        motion 1  7WWU-7VAU-EQ7W-SS4T-8JZG-CP33
--        motion 2  Q776-7P6J-H3JX-N5WV-HZR9-8SH3
--        motion 3  42EX-FZTZ-7LAY-774L-BHZZ-6KDK
--      Aina Roca (aina.roca@members.example):
--        motion 1  9CMA-PXHC-8MHQ-VC8B-FAQM-XN7A
--        motion 2  LMWJ-SNGM-SKB4-HF9M-QVY4-LGXM
--        motion 3  A4XP-7FUF-6E2H-PS6B-GPAR-2FZQ
--      Pau Ferrer's for the Associació Veïnal del Raval (its split ballot):
--        motion 1  H8WD-W455-57JW-257C-9LJA-KZYS
--      Megan Lloyd on motion 3: her first ballot, replaced and no longer counted,
--                  DGV8-VA4X-T3WY-VZM7-6PKN-CXST
--        and the one that counts
--                  JSY9-YFZG-4GMJ-5RER-EYZP-RLRQ
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
', DATE '2026-10-31', TIMESTAMP WITH TIME ZONE '2026-11-21 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 09:30:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 13:00:00+00', 15, NULL, TRUE, FALSE, 2, TRUE, 1, TIMESTAMP WITH TIME ZONE '2026-11-01 08:30:00+00', TIMESTAMP WITH TIME ZONE '2026-11-02 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-21 11:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-23 10:00:00+00', 24, '96367b3eac9fe5d02821280633ea27b2a6ef950b209f1b072b52dc6d509b0dee', TIMESTAMP WITH TIME ZONE '2026-10-01 09:00:00+00', 9);
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

-- Motions: rules; a closed one's tally document (embedding its outcome) and outcome; the open one's sealed ballot key.
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
    ],
    "outcome": {
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
    ],
    "outcome": {
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
    ],
    "outcome": {
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
INSERT INTO assembly_motion (id, assembly_id, position, title, body, rules, secret, changeable, state, call_number, ballot_key, opened_at, closed_at, result, document, outcome, version) VALUES (4, 2, 1, 'Join the Solar Commons federation', 'Joining costs one share in the federation and lets the custodians'' workshops put solar panels on their roofs through the federation''s loans.', '{
    "kind": "yes-no",
    "threshold": {
        "fraction": "1/2",
        "comparison": ">",
        "base": "cast-excluding-abstentions",
        "measure": "weight"
    }
}
', TRUE, TRUE, 'OPEN', 1, 'sb1.demo.ItX3aitSCkJNfzNzX_PJWrN77APHW9uA0XJ_azTVGuq1Tv-9TauiCwvjPX8unubTEy70XFSAVHgBgXn8', TIMESTAMP WITH TIME ZONE '2026-12-03 09:05:00+00', NULL, NULL, NULL, NULL, 2);
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
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('11f85ea0987c4ed62da02f1e8d06facd', 1, 'PRODUCER', 'ORGANISATION', '1', '{"yes":"1/2","no":"1/2"}', 'bc6c047ecaa3f23b2da93e9882670023ca709366bd387baf23f9b9b233c76807', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('25f4b279d099cb7f720598256752a707', 1, 'CONSUMER', 'PERSON', '1', '{"abstain":"1"}', '4ecf9bd2093493386e50ae49cee02850e440f2118af9d35bbcd29bdf6bb71d90', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('2f813ba1ec021dace690a46b088ff356', 1, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', 'd1be86fee614de131b9bcba378f98f0293ffcc60c62349dff5354c82097543fe', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('32a31083b535283e171b92e84179d063', 1, 'INDIVIDUAL', 'PERSON', '1', '{"yes":"1"}', '0fe996ece0df4826d9397f98d77f92e87f3c9010ffb63c4a27990b3ccaf2ee73', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('37d7db9f54dc0090c208c4d195b3086b', 1, 'PRODUCER', 'PERSON', '1', '{"no":"1"}', '03833d3cfbcb9fe3f267bc93e45117614124ffaf88658e6c56adb5c3690162c0', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('3b6a5b86bde7da369bf7763b6396e299', 1, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '2c0b3acba8e9e7bfbe38b22539e038baa7aa87517a7ee50f2774726e29113420', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('9adf8d5009362d178df8136dfbaf1277', 1, 'CONSUMER', 'PERSON', '1', '{"no":"1"}', '27638c8094114c23893da16f79f009883e46b1178c0050dcf5ff20efc4a7c8d0', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('9fcb57fbc5492659b3e54de2af3f2b93', 1, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', '144bc693f2d4ceac32e212d96ef3d7858d39df3845c12b7f525cf002716343ef', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('a1691c38e4da8a299a23da74dd6e8059', 1, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', 'e1895d929d1d33dda149b8974abfd46b9fda835b1a599bb3e183be551f2984cb', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('a8a150c8eb3e53c56b13c318399814f2', 1, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '647b2ffba9709f186df91c80000d06ddaef31409821f75d4893bdbb6ce99b12e', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('b7aefc18f0f04d70efd41f9643bedbfd', 1, 'CONSUMER', 'ORGANISATION', '1', '{"yes":"1"}', 'b220827f299f5edcb8c2fa55b5e9382e1e80fd832a47fac7ce189d3be22a4da5', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('bd481e1b478aa03c6674ab9c5b7cbcac', 1, 'INDIVIDUAL', 'PERSON', '1', '{"yes":"1"}', '8605c4bb5f1277226365b4967427f2629436df4002a5175efb642f0534a2e6dc', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('c352681aa58c3f40b211c39a12867762', 1, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', 'c8976b3674b1e02a77b0ce6b733e0b0644e994423321de56f877a373ef398b5e', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('ce8e4c6445b1cedb77a267447728a516', 1, 'INDIVIDUAL', 'PERSON', '1', '{"no":"1"}', '5f3b4cec84c480efd98bfe9fae59a757ee3f666fa0e5c7cafa9c1554bde5eb83', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('f5d293786a2c562039f980b8b0573619', 1, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '4384a9cca655a5b948d22d6179f3e922c53bdc0f4aec1c968987f4ccfb79edb1', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('01dad3a35a63e2e73c1cf4d02733d491', 2, 'PRODUCER', 'ORGANISATION', '1', '{"yes":"1/2","no":"1/2"}', 'f3d419775ea764ad282e30c4e0812783dd15f35f69c6f9277a1d5204a2a8a0f7', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('02c8f1c9c918938c42f1fe11c1658246', 2, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '11dfedf61be77ea51cd01167a68c9f0bb5c6303231e6ca3de77a1522bed9bf97', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('27762cbd4df0b063a48457083c589bf9', 2, 'INDIVIDUAL', 'PERSON', '1', '{"abstain":"1"}', '2a37023e117160bfd8f88a27ab9e79f6748dbdad3b47003aa39c2e3007a531ba', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('2ca25d19456c00fe91e220b87426942a', 2, 'PRODUCER', 'PERSON', '1', '{"no":"1"}', 'af4286be83b1e96dee006f3b2c98545b4e0092fdc923d405612c978e7de7a2a9', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('303479144cc9db480f2ac021e40f2dd9', 2, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '59c231812dca56332db5535d5c5f0293f13577104c0f2a80e4e364208a8f079b', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('356a1650b7e2310a483dd40f5273af9d', 2, 'INDIVIDUAL', 'PERSON', '1', '{"yes":"1"}', '282d8016c7e527a95a3b7cbe8d2844fd810548bf5c67f3322956b14876e81539', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('51a0bf45c53c50cbd5a57fe41c5e0a12', 2, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', 'fd31f1b75792a0c27dd1dc9a65c8446fe356ffa586e8b90f494baa10a1d546ec', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('5d608e8d4b2611cd38a3bbbb7363afca', 2, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '469e73024a0d73c74e5be350d9ff12965746e47d72520d0c80d639dba0675525', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('62763c01a2a41c2598bad36ddaf2447a', 2, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', 'f5430375932c871c468fcf3df109956f9791dcdb583eb7758ba87ba5292e0247', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('62c837ef1997a950d3d81938bcaf1721', 2, 'CONSUMER', 'PERSON', '1', '{"no":"1"}', '0fc13f622216de46ce51aa409aaaa69d3a02e6d6a0bfe7639e15cb252784be91', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('6e5de67421cd87830b3a14bb882b077b', 2, 'PRODUCER', 'PERSON', '1', '{"no":"1"}', 'c4b214f59ac7361a4be73cba87ba6c9b16b55a17666d184a4f2f72191c079731', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('80f6129a60bca906704addbb95a9536d', 2, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '634d009d2235eb57d42a1ecbc2e831f788dc232140c59ceebba36de1573047c1', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('b82674c64a8dfd76da37f046817c71e1', 2, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', '668c21b0618a9273ae3c2566bcc50f2e272d5e612798324dc4f7993b4405d9c2', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('ccecb78b92b68eb92a0b6b2c1faf41e7', 2, 'CONSUMER', 'ORGANISATION', '1', '{"yes":"1"}', 'e113f36812e820eeab6a7715fac5e3c935897587401f56b856a46ccef7f1c10a', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('cf1547e993eb03b993581418441e44db', 2, 'INDIVIDUAL', 'PERSON', '1', '{"yes":"1"}', 'a87a25e16758b6a3d8040e254991b0db00571965a72c81bf3da524106bfb9238', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('0d224ab42c3e1b88b1b5e0a22db2b5fd', 3, 'INDIVIDUAL', 'PERSON', '1', '{"Sheffield":"1"}', 'c7f0c98f863ebce16d03873a2672f273080520e60b99bd3b07f6974e1f44aa3f', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('0eec344df03431b12232f6d9324159c1', 3, 'PRODUCER', 'PERSON', '1', '{"Sheffield":"1"}', '8f39c683b4103bc927070e01076dcd90af50f21aaa048a67c3a9de723b6a6a62', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('278268bb06216ec2366ea6e32c8268ad', 3, 'CONSUMER', 'PERSON', '1', '{"Sheffield":"1"}', '90f4d0793d4e0f0fa44842d3217da11aae7ec9000e1c4b6338a32c643c58bce3', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('2cfb04beb97c102edc38a94a91f1f49b', 3, 'INDIVIDUAL', 'PERSON', '1', '{"Montréal":"1"}', '3931776845f225c70e9925ebf2386c36e40bcf8ea896fb7c863517ac70412174', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('63c80b490eea1f22d049c3e872e1b8db', 3, 'PRODUCER', 'PERSON', '1', '{"Sheffield":"1"}', '212e729b267a4c5e1469f5fcc37812d687cf339884b722793ebd38c6b49a097c', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('65dcf47bc4fbf5aabc28772fe5fdb342', 3, 'PRODUCER', 'PERSON', '1', '{"Sheffield":"1"}', '1b9ee0f50b7463e8559e12d5bba60927e47db2b1feac4cfa6664caae75be8d5f', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('69c02e246eda3e42e2d3f2dfac315ac2', 3, 'PRODUCER', 'ORGANISATION', '1', '{"Barcelona":"1/2","Sheffield":"1/2"}', '217d7cc075b1ef55d40abb8c987b1ade100748ba64e2bed6cd9cf02ed69e584c', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('7779a2529be0b97a0c55b3c417fa4d05', 3, 'CONSUMER', 'PERSON', '1', '{"Wellington":"1"}', 'fe2c6e85e772fe01b2cbafe9a5fc55fd4025767f0b7fb03fec1fbf5596ef1eb1', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('786f21a58f3bdf1da55dabcbddbfd1a7', 3, 'PRODUCER', 'PERSON', '1', '{"Montréal":"1"}', '0262060d2f015cadb12a687ee42321bbff358251d2249be8a750468f57b4d1fd', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('7b0f67bdb9bffb8c378f3beaf1543a3a', 3, 'INDIVIDUAL', 'PERSON', '1', '{"Wellington":"1"}', 'bab6c0e234cd2d2d12716b54d859a46b28de2d9b40b43c9943c2ccd50a280a16', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('9930062e77f44587600b255fa625db1d', 3, 'CONSUMER', 'PERSON', '1', '{"Barcelona":"1"}', 'eaaeaccdd194d7c208ccc9bc07e7fd5239a2c65a19045c4caab61486ccca0577', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('cfa6859c306671f8e5f30ee451d71c2e', 3, 'CONSUMER', 'PERSON', '1', '{"Barcelona":"1"}', '208d799f7b0f34a2f603e85bff55a0f4c147068f03b831c049c31daa68f41bdb', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('eff3ef5617f5644c876ced08277b345d', 3, 'CONSUMER', 'PERSON', '1', '{"Sheffield":"1"}', 'b99c6e0e456499d23fc162cf92c342fab75cbbe9915c3839155eee40835e6241', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('fb15be01aa67675beb672eb048371ad6', 3, 'CONSUMER', 'ORGANISATION', '1', '{"Sheffield":"1"}', 'f21e5977948ae3fa0ea71e75cf92db4229e161c67dcfb6d91a7815fa1993bee5', NULL);
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('0453acf042e225aaa2d4069fc4bfcc78', 4, 'PRODUCER', 'PERSON', '1', '{"yes":"1"}', '09e036c2a1c8b1eeab96aff50b018b2e72b75b1f701ecc5c0c969210adacfc84', '45f62e60055ac161569b8964713a7fc66281f0be8c9b9432530ab05fe99c58ee');
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('5fb02ddb180ff28e1a50a4cb64fe24be', 4, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', 'f1e6336d77008d590d2555cdd1829d441f750ff31adb9eeecf5ac52b72bb97aa', 'b33114a7c65a133804b5f7460241d4433736147bbb187101c65a1b7e9e8ee25b');
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('a8b0cd6560468dfe54e18846cf36d1b4', 4, 'CONSUMER', 'PERSON', '1', '{"no":"1"}', 'f8fdedd6884ce0279e014adb38810166a3f7ab3d7f6139c7cc4f4cfa9582dc25', '8512233434576bfe51dc9ddd80e78ae9d69176866a93eb639a12d76b2b5d1cc0');
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('ad90223bab57b4ecbb0e925f85dd3901', 4, 'CONSUMER', 'PERSON', '1', '{"yes":"1"}', '70b3522307790467488f163c1369e61a04fe462d02db10db9ce242220a3a7c61', '1404cb8bc57508f7a2395bfb349e51d7f0c82dd1ceee5a0f0f96267058963791');
INSERT INTO assembly_ballot (id, motion_id, member_class, kind, weight, choices, receipt_hash, replace_key) VALUES ('f1a28610178577a8b23f603f3ac266ed', 4, 'CONSUMER', 'ORGANISATION', '2', '{"yes":"1","no":"1"}', '72eb283b7528aafd50962cc9b0612eab3f52326648e44fe166d2a7d2c687099f', '6f5209c31d50cac05a68ba9f2ffb7f10107bedd0135f71c03d2c1c7bc4be2533');

-- The named motion's ballots with their voters (published with the result).
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('9930062e77f44587600b255fa625db1d', 3, 1);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('65dcf47bc4fbf5aabc28772fe5fdb342', 3, 2);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('0d224ab42c3e1b88b1b5e0a22db2b5fd', 3, 7);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('eff3ef5617f5644c876ced08277b345d', 3, 8);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('278268bb06216ec2366ea6e32c8268ad', 3, 9);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('0eec344df03431b12232f6d9324159c1', 3, 10);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('cfa6859c306671f8e5f30ee451d71c2e', 3, 16);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('2cfb04beb97c102edc38a94a91f1f49b', 3, 19);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('786f21a58f3bdf1da55dabcbddbfd1a7', 3, 22);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('7779a2529be0b97a0c55b3c417fa4d05', 3, 24);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('63c80b490eea1f22d049c3e872e1b8db', 3, 25);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('7b0f67bdb9bffb8c378f3beaf1543a3a', 3, 30);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('69c02e246eda3e42e2d3f2dfac315ac2', 3, 31);
INSERT INTO assembly_named_ballot (ballot_id, motion_id, voter_member_id) VALUES ('fb15be01aa67675beb672eb048371ad6', 3, 33);

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
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (17, 'assembly', 17, TIMESTAMP WITH TIME ZONE '2026-11-21 09:00:00+00', 1, 'assembly.opened', 'assembly', '1', '', NULL, 'f67c8b5920afef277fdc360564059c8beb3ea49de25be825d4f53949c4f8aec9', '9e348c6b10a7ec8024e08a773e2eea73066e76fb2c3ce045996e41a2b6b77907');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (18, 'assembly', 18, TIMESTAMP WITH TIME ZONE '2026-11-21 09:10:00+00', 1, 'motion.opened', 'motion', '1', 'assembly=1
call=1', NULL, '9e348c6b10a7ec8024e08a773e2eea73066e76fb2c3ce045996e41a2b6b77907', 'd854204e9db2afe9e8a89013a286d1e312a5ea155b5f596239a47eb2e0528346');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (19, 'assembly', 19, TIMESTAMP WITH TIME ZONE '2026-11-21 09:35:00+00', 1, 'motion.closed', 'motion', '1', 'assembly=1
ballots=15
document=d9fb2b44f4e4fee05c1caf45cf4192181bf678e39bd372b6b159863945d3a674
receipts=62facfe3050d47889f63b4ed855fe403f9ee0da297a01367a07481f4459bdcf1
result=PASSED', NULL, 'd854204e9db2afe9e8a89013a286d1e312a5ea155b5f596239a47eb2e0528346', '33412774127edfcd99974a0cd5f77ac831122f8b6dec33c50def19e3feca698e');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (20, 'assembly', 20, TIMESTAMP WITH TIME ZONE '2026-11-21 09:40:00+00', 1, 'motion.opened', 'motion', '2', 'assembly=1
call=1', NULL, '33412774127edfcd99974a0cd5f77ac831122f8b6dec33c50def19e3feca698e', '1e8420a973db7776739bf10db7eae5dc71807bb2ac85d964db2e6d96b327efe4');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (21, 'assembly', 21, TIMESTAMP WITH TIME ZONE '2026-11-21 10:05:00+00', 1, 'motion.closed', 'motion', '2', 'assembly=1
ballots=15
document=ffaee812d88cd7ca2a05bd44e8ed8c1c862726b2d3f3bfb814eeb9188e0dda75
receipts=6dcd9b1d8a3c5603b5af7e50119bb45d6a9fdfeb60f03fd9c41ac01d9efe49f9
result=FAILED', NULL, '1e8420a973db7776739bf10db7eae5dc71807bb2ac85d964db2e6d96b327efe4', '56233136232e439a5499d49082c21aad24c6fbe639b8771e247f110c9c2e4267');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (22, 'assembly', 22, TIMESTAMP WITH TIME ZONE '2026-11-21 10:10:00+00', 1, 'motion.opened', 'motion', '3', 'assembly=1
call=1', NULL, '56233136232e439a5499d49082c21aad24c6fbe639b8771e247f110c9c2e4267', '8264a452a463293dc80917aa473da544f7cc8281c8d415844d330612028117ec');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (23, 'assembly', 23, TIMESTAMP WITH TIME ZONE '2026-11-21 10:40:00+00', 1, 'motion.closed', 'motion', '3', 'assembly=1
ballots=14
document=48b18e95b10a5ce2c371db19cb7da17a7af538d53b974bba8e29e6d2affddac0
receipts=969e169959103c6f916fd033a12481acd21eebed2024839fdbe09e1fb104912c
result=ELECTED', NULL, '8264a452a463293dc80917aa473da544f7cc8281c8d415844d330612028117ec', 'd5fa6ce98e02ebdca550a719e60d9d44dcd7306c5dfeffcc85417cefa55188ed');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (24, 'assembly', 24, TIMESTAMP WITH TIME ZONE '2026-11-21 11:00:00+00', 1, 'assembly.closed', 'assembly', '1', '', NULL, 'd5fa6ce98e02ebdca550a719e60d9d44dcd7306c5dfeffcc85417cefa55188ed', '96367b3eac9fe5d02821280633ea27b2a6ef950b209f1b072b52dc6d509b0dee');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (25, 'assembly', 25, TIMESTAMP WITH TIME ZONE '2026-11-23 10:00:00+00', 1, 'assembly.published', 'assembly', '1', '', NULL, '96367b3eac9fe5d02821280633ea27b2a6ef950b209f1b072b52dc6d509b0dee', '890a3277ccd97367d211c7830124150ac9c170c7f2ebf93b9edfe9a6c86cc08f');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (26, 'assembly', 26, TIMESTAMP WITH TIME ZONE '2026-12-03 09:00:00+00', 1, 'assembly.opened', 'assembly', '2', '', NULL, '890a3277ccd97367d211c7830124150ac9c170c7f2ebf93b9edfe9a6c86cc08f', 'dbb0c0eb3e3d270755a14b4cf648fba77d23936448a4bcd9bce2b48c6092e4f9');
INSERT INTO audit_event (id, stream, seq, occurred_at, actor_id, action, subject_type, subject_id, details, note, prev_hash, hash) VALUES (27, 'assembly', 27, TIMESTAMP WITH TIME ZONE '2026-12-03 09:05:00+00', 12, 'motion.opened', 'motion', '4', 'assembly=2
call=1', NULL, 'dbb0c0eb3e3d270755a14b4cf648fba77d23936448a4bcd9bce2b48c6092e4f9', 'de6d7e2245585033baefab9704488e3dc19e1c0485eefd1eb37f5e7385c907dd');

INSERT INTO audit_stream_head (stream, last_seq, last_hash) VALUES ('assembly', 27, 'de6d7e2245585033baefab9704488e3dc19e1c0485eefd1eb37f5e7385c907dd');
