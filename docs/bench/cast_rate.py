#!/usr/bin/env python3
"""Cast-rate benchmark (docs/benchmarks.md, "Ballots through the vote page", where a cast's time
goes). Against a running demo (the README's run command), CLIENTS processes each sign in as Aina
Roca, then open /assembly/vote.xhtml and cast her ballot on the demo's open motion (yes and no in
turn: the motion lets a voter change her vote) as fast as the server answers, for WARMUP seconds
unmeasured and SECONDS measured. Prints the ballots cast per second over the measured part.
Loopback only, bounded loops. Usage: cast_rate.py [BASE] [CLIENTS] [SECONDS] [WARMUP]"""
import html, http.cookiejar, multiprocessing, re, sys, time, urllib.parse, urllib.request

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
clients = int(sys.argv[2]) if len(sys.argv) > 2 else 2
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 60
warmup = float(sys.argv[4]) if len(sys.argv) > 4 else 60
assert base.startswith("http://127.0.0.1") or base.startswith("http://localhost"), "loopback only"
VOTER = "aina.roca@members.example"


class Browser:
    def __init__(self):
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        self.page = ""

    def get(self, path):
        self.page = self.opener.open(base + path, timeout=60).read().decode()

    def submit(self, form_id, button, values):
        """Posts the form as the page holds it, with `values` and the button pressed."""
        form = re.search(r'<form id="' + re.escape(form_id) + r'".*?</form>', self.page, re.S).group(0)
        action = html.unescape(re.search(r'action="([^"]*)"', form).group(1))
        data = {}
        for attrs in re.findall(r"<input([^>]*)>", form):
            name = re.search(r'name="([^"]*)"', attrs)
            kind = re.search(r'type="([^"]*)"', attrs)
            kind = kind.group(1) if kind else "text"
            if not name or kind in ("submit", "button") or (
                    kind in ("checkbox", "radio") and "checked" not in attrs):
                continue
            value = re.search(r'value="([^"]*)"', attrs)
            data[name.group(1)] = html.unescape(value.group(1)) if value else ""
        data.update({form_id + ":" + k: v for k, v in values.items()})
        data[form_id + ":" + button] = ""
        nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", self.page)
        if nonce:
            data["primefaces.nonce"] = nonce.group(1)
        url = action if action.startswith("http") else base + action
        self.page = self.opener.open(url, urllib.parse.urlencode(data).encode(), timeout=60).read().decode()


def client(results):
    b = Browser()
    b.get("/identity/login.xhtml")
    b.submit("loginForm", "submit", {"email": VOTER, "password": "demo-cooperative-2026"})
    b.get("/assembly/vote.xhtml")
    ballot = re.search(r'<form id="(ballot_\d+_\d+)"', b.page).group(1)
    start = time.time()
    measured_from = start + warmup
    end = measured_from + seconds
    sent = cast = 0
    while time.time() < end:
        b.get("/assembly/vote.xhtml")
        b.submit(ballot, "cast", {"choice": "yes" if sent % 2 else "no"})
        sent += 1
        assert "spokes-receipt" in b.page, "no receipt shown"
        if time.time() >= measured_from:
            cast += 1
    results.put(cast)


if __name__ == "__main__":
    results = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=client, args=(results,)) for _ in range(clients)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    total = sum(results.get() for _ in procs)
    print(f"{clients} clients cast {total} ballots in {seconds:.0f} s after a {warmup:.0f} s warm-up:"
          f" {total / seconds:.1f} ballots/s")
