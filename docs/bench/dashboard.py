#!/usr/bin/env python3
"""Dashboard benchmark (docs/benchmarks.md). `dashboard.py BASE prepare` computes each custodian's
standing list for the current year once (as the treasurer: the list a dashboard counts);
`dashboard.py BASE RUNS` times, for each of four people, GET /index.xhtml -- the dashboard with its
figures and charts, rendered by the server -- 20 times to warm up and RUNS times measured.
Loopback only, bounded loops."""
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
prepare = len(sys.argv) > 2 and sys.argv[2] == "prepare"
runs = 0 if prepare else int(sys.argv[2]) if len(sys.argv) > 2 else 200
assert base.startswith("http://127.0.0.1") or base.startswith("http://localhost"), "loopback only"
PEOPLE = ["admin@spokes.example", "manager.es@spokes.example", "treasurer@spokes.example",
          "aina.roca@members.example"]

def signed_in(login):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/identity/login.xhtml", timeout=30).read().decode()
    form = {"loginForm": "loginForm", "loginForm:email": login,
            "loginForm:password": "demo-cooperative-2026", "loginForm:submit": "",
            "spokes_form_token": re.search(r'name="spokes_form_token" value="([^"]+)"', page).group(1),
            "jakarta.faces.ViewState": re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1),
            "primefaces.nonce": re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page).group(1)}
    opener.open(base + "/identity/login.xhtml", urllib.parse.urlencode(form).encode(), timeout=30).read()
    return opener

if prepare:
    treasurer = signed_in("treasurer@spokes.example")
    for custodian in (1, 2, 3, 4):
        start = time.perf_counter()
        treasurer.open("%s/contribution/standing.xhtml?custodian=%d" % (base, custodian), timeout=600).read()
        print("standing list of custodian %d ready in %.1f s" % (custodian, time.perf_counter() - start))
    sys.exit(0)

for login in PEOPLE:
    opener = signed_in(login)
    def timed():
        start = time.perf_counter()
        body = opener.open(base + "/index.xhtml", timeout=30).read().decode()
        elapsed = (time.perf_counter() - start) * 1000
        if 'id="dashboard"' not in body:
            raise SystemExit("no dashboard for " + login)
        return elapsed, body.count('class="ui-chart')
    for _ in range(20):
        timed()
    measured = [timed() for _ in range(runs)]
    samples = sorted(m[0] for m in measured)
    p95 = samples[int(len(samples) * 0.95) - 1]
    print("%-28s charts=%d n=%d  p50=%.1f ms  p95=%.1f ms  max=%.1f ms" % (
        login, measured[0][1], runs, statistics.median(samples), p95, samples[-1]))
