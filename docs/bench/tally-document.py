#!/usr/bin/env python3
"""Writes a large tally document for the recount benchmark (docs/benchmarks.md).

usage: tally-document.py BALLOTS > FILE

Four classes with shares (50/30/15/5 points, denominator votes cast), plural votes from a raw
weight (cooperative activity, 1 to 5,000, skewed towards small values) in brackets of 1 to 5
votes, capped at 1/1000 of the weight cast; a class cap keeping supporters at 1/4 at most; a
yes/no motion passing at 2/3 of votes cast with a quorum at the first call. One ballot in fifty
is cast by a proxy holder (two principals each at most), and one principal in ten also votes
in person and overrides the holder. Every ballot has its own receipt hash (SHA-256).
The numbers are fixed by a seed so that every run writes the same document.
"""
import hashlib
import json
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = random.Random(20261206)
classes = [("producer", 0.05), ("consumer", 0.60), ("individual", 0.25), ("supporter", 0.10)]
eligible = {c: int(n * share * 1.25) + 10 for c, share in classes}
out = sys.stdout
w = out.write
w('{\n"format": "spokes-tally/1",\n')
w('"units": {"rawWeight": "euros of cooperative activity in the year", "tally": "points of 100"},\n')
w(json.dumps({"scheme": {
    "memberWeight": {"rule": "plural-votes",
                     "brackets": [{"from": "0", "votes": "1"}, {"from": "100", "votes": "2"},
                                  {"from": "500", "votes": "3"}, {"from": "1000", "votes": "4"},
                                  {"from": "2500", "votes": "5"}],
                     "cap": "1/1000", "capOf": "cast"},
    "classShares": {"unit": "points", "total": "100",
                    "shares": {"producer": "50", "consumer": "30", "individual": "15", "supporter": "5"},
                    "bounds": {c: {"min": "1/20", "max": "1/2"} for c, _ in classes},
                    "denominator": "votes-cast", "belowTurnout": "redistribute"},
    "classCaps": [{"classes": ["supporter"], "fraction": "1/4", "division": "voting"}]}})[1:-1])
w(',\n')
w(json.dumps({"electorate": {"classes": {c: {"eligible": str(eligible[c])} for c, _ in classes}}})[1:-1])
w(',\n')
w(json.dumps({"motion": {"kind": "yes-no",
                         "threshold": {"fraction": "2/3", "comparison": ">=", "base": "cast-excluding-abstentions"},
                         "quorum": {"1": {"measure": "heads", "fraction": "1/4", "comparison": ">="}},
                         "call": "1"}})[1:-1])
w(',\n')
attendance = {c: {"present": str(eligible[c] - 5)} for c, _ in classes}
w(json.dumps({"attendance": {"1": attendance}})[1:-1])
w(',\n"settings": {"maxPrincipals": "2", "principalOverrides": true, "changingVotes": false},\n')
# Proxies: holder h<i> holds principals p<2i> and p<2i+1>.
proxies = n // 50
w('"delegations": [\n')
w(",\n".join('{"principal": "p%d", "holder": "h%d"}' % (i, i // 2) for i in range(proxies)))
w('\n],\n"ballots": [\n')
names = [c for c, _ in classes]
weights = [s for _, s in classes]
first = True
for i in range(n):
    cls = rng.choices(names, weights)[0]
    raw = min(5000, int(rng.paretovariate(1.2) * 20))
    r = rng.random()
    choice = "yes" if r < 0.62 else ("no" if r < 0.95 else "abstain")
    votes = 1 if raw < 100 else 2 if raw < 500 else 3 if raw < 1000 else 4 if raw < 2500 else 5
    receipt = hashlib.sha256(b"spokes-bench-%d" % i).hexdigest()
    extra = ""
    if i < proxies:
        extra = ', "voter": "p%d", "castBy": "h%d"' % (i, i // 2)
    w(('' if first else ',\n') + '{"receipt": "%s", "class": "%s", "rawWeight": "%d", "choices": {"%s": "%d"}%s}'
      % (receipt, cls, raw, choice, votes, extra))
    first = False
    if i < proxies and i % 10 == 0:
        # The principal also votes in person, and overrides the holder's ballot.
        receipt = hashlib.sha256(b"spokes-bench-own-%d" % i).hexdigest()
        w(',\n{"receipt": "%s", "class": "%s", "rawWeight": "%d", "choices": {"no": "%d"}, "voter": "p%d"}'
          % (receipt, cls, raw, votes, i))
w('\n]\n}\n')
