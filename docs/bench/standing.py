#!/usr/bin/env python3
"""Standing benchmark (docs/benchmarks.md): signs in as the treasurer of all custodians and, for
fiscal year 2026, presses "Compute now" on Contributions > Standing for each custodian in turn --
every member of the custodian computed and the list rewritten -- timing each request end to end.
Loopback only, bounded loops."""
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
login = "treasurer@spokes.example"
assert base.startswith("http://127.0.0.1") or base.startswith("http://localhost"), "loopback only"

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

def fields(page, form):
    return {form: form,
            "jakarta.faces.ViewState": re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1),
            "primefaces.nonce": re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page).group(1)}

page = opener.open(base + "/identity/login.xhtml", timeout=30).read().decode()
f = fields(page, "loginForm")
f["spokes_form_token"] = re.search(r'name="spokes_form_token" value="([^"]+)"', page).group(1)  # the sign-in page is stateless
f.update({"loginForm:email": login, "loginForm:password": "demo-cooperative-2026", "loginForm:submit": ""})
opener.open(base + "/identity/login.xhtml", urllib.parse.urlencode(f).encode(), timeout=30).read()

def compute(custodian):
    url = "%s/contribution/standing.xhtml?custodian=%d&year=2026" % (base, custodian)
    page = opener.open(url, timeout=120).read().decode()
    f = fields(page, "standingForm")
    f["standingForm:recompute"] = ""
    start = time.perf_counter()
    body = opener.open(url, urllib.parse.urlencode(f).encode(), timeout=300).read().decode()
    elapsed = time.perf_counter() - start
    m = re.search(r"standing of ([\d,.]+) members", body)
    if not m:
        raise SystemExit("no result message for custodian %d" % custodian)
    return elapsed, int(re.sub(r"[,.]", "", m.group(1)))

compute(1)  # warm-up
totals = []
for run in range(runs):
    total, members = 0.0, 0
    for c in (1, 2, 3, 4):
        seconds, n = compute(c)
        total += seconds
        members += n
    totals.append(total)
    print("run %d: %d members in %.2f s" % (run + 1, members, total))
print("all custodians, %d members: median %.2f s, max %.2f s" % (members, statistics.median(totals), max(totals)))
