#!/usr/bin/env python3
"""Convening benchmark (docs/benchmarks.md, "Convening"): signs in as the demo admin, who chairs
assembly 900 (docs/bench/convene.sql), presses Convene on its page and times the answer, which
comes once every notice is queued. Prints the page's message. Loopback only."""
import re, sys, time, urllib.parse
from faces_client import sign_in, state

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
opener = sign_in(base, "admin@spokes.example")

page = opener.open(base + "/assembly/assembly.xhtml?id=900", timeout=60).read().decode()
vs, nonce = state(page)
action = re.search(r'<form id="stateForm"[^>]*action="([^"]+)"', page).group(1).replace("&amp;", "&")
form = {"stateForm": "stateForm", "stateForm:convene": "", "jakarta.faces.ViewState": vs,
        "primefaces.nonce": nonce}
start = time.perf_counter()
answer = opener.open(base + action, urllib.parse.urlencode(form).encode(), timeout=1800).read().decode()
elapsed = time.perf_counter() - start
messages = re.findall(r'class="ui-messages-(?:info|error)-summary"[^>]*>([^<]*)<', answer)
print("convene: %.1f s; %s" % (elapsed, messages))
