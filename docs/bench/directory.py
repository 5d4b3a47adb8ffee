#!/usr/bin/env python3
"""Directory benchmark (docs/benchmarks.md): signs in as a custodian manager and times
GET /membership/review/members.xhtml?custodian=C&first=F -- a directory page of 25 members sorted
by name, rendered by the server -- for page 1 and page 2,000. Loopback only, bounded loops."""
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
login = sys.argv[2] if len(sys.argv) > 2 else "manager.es@spokes.example"
custodian = sys.argv[3] if len(sys.argv) > 3 else "1"
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 200
assert base.startswith("http://127.0.0.1") or base.startswith("http://localhost"), "loopback only"

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = opener.open(base + "/identity/login.xhtml", timeout=30).read().decode()
form = {"loginForm": "loginForm", "loginForm:email": login, "loginForm:password": "demo-cooperative-2026",
        "loginForm:submit": "",
        "spokes_form_token": re.search(r'name="spokes_form_token" value="([^"]+)"', page).group(1),  # the sign-in page is stateless
        "jakarta.faces.ViewState": re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1),
        "primefaces.nonce": re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page).group(1)}
opener.open(base + "/identity/login.xhtml", urllib.parse.urlencode(form).encode(), timeout=30).read()

def timed(first):
    url = "%s/membership/review/members.xhtml?custodian=%s&first=%d" % (base, custodian, first)
    start = time.perf_counter()
    body = opener.open(url, timeout=30).read().decode()
    elapsed = (time.perf_counter() - start) * 1000
    rows = len(re.findall(r'<tr data-ri="', body))
    if rows != 25:
        raise SystemExit("expected 25 rows at first=%d, got %d" % (first, rows))
    return elapsed

for label, first in (("page 1", 0), ("page 2000", 25 * 1999)):
    for _ in range(20):
        timed(first)
    samples = sorted(timed(first) for _ in range(runs))
    p95 = samples[int(len(samples) * 0.95) - 1]
    print("%-9s first=%-6d n=%d  p50=%.1f ms  p95=%.1f ms  max=%.1f ms" % (
        label, first, runs, statistics.median(samples), p95, samples[-1]))
