#!/usr/bin/env python3
"""Cast-rate benchmark (docs/benchmarks.md, "Ballots through the vote page"). Against a running
demo (the README's run command), CLIENTS processes cast ballots on the demo's open motion (yes and
no in turn: the motion lets a voter change their vote) as fast as the server answers, for WARMUP
seconds unmeasured and SECONDS measured, and the ballots cast per second over the measured part are
printed. Each client signs in as a demo voter of the open motion (the nine in turn). MODE `form`
(as a browser without script): per ballot, the client opens /assembly/vote.xhtml and sends its
ballot form. MODE `script` (as the vote page's script): the client opens the vote page once, then
posts each ballot to the address its ballot form names (data-cast) with the pages' header, on one
kept-alive connection. Loopback only, bounded loops.
Usage: cast_rate.py [BASE] [CLIENTS] [SECONDS] [WARMUP] [MODE]"""
import html, http.client, http.cookiejar, multiprocessing, re, sys, time, urllib.parse, urllib.request

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
clients = int(sys.argv[2]) if len(sys.argv) > 2 else 2
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 60
warmup = float(sys.argv[4]) if len(sys.argv) > 4 else 60
mode = sys.argv[5] if len(sys.argv) > 5 else "form"
assert base.startswith("http://127.0.0.1") or base.startswith("http://localhost"), "loopback only"
PASSWORD = "demo-cooperative-2026"
# The demo's eligible persons on the open assembly's roll (one voter per client).
VOTERS = ["aina.roca@members.example", "nuria.soler@members.example",
          "oliver.bennett@members.example", "priya.patel@members.example",
          "megan.lloyd@members.example", "gabrielle.roy@members.example",
          "chloe.lavoie@members.example", "lea.pelletier@members.example",
          "tama.rangi@members.example"]


class Browser:
    def __init__(self):
        jar = http.cookiejar.CookieJar()
        self.jar = jar
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


def signed_in(index, start):
    """Signs in as the index-th voter, one client after another (sign-ins at once are refused
    while passwords are being checked), opens the vote page and waits until start; answers the
    browser and the opening tag of the voter's ballot form."""
    time.sleep(index * 0.5)
    b = Browser()
    b.get("/identity/login.xhtml")
    b.submit("loginForm", "submit", {"email": VOTERS[index % len(VOTERS)], "password": PASSWORD})
    b.get("/assembly/vote.xhtml")
    form = re.search(r'<form id="ballot_\d+_\d+"[^>]*>', b.page)
    assert form, "no ballot for " + VOTERS[index % len(VOTERS)]
    time.sleep(max(0.0, start - time.time()))
    return b, form.group(0)


def client(index, start, results):
    b, form = signed_in(index, start)
    ballot = re.search(r'id="([^"]+)"', form).group(1)
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


def script_client(index, start, results):
    b, form = signed_in(index, start)
    attrs = dict(re.findall(r'(data-[a-z-]+)="([^"]*)"', form))
    cookie = "; ".join(c.name + "=" + c.value for c in b.jar)
    host = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(host.hostname, host.port or 80, timeout=60)
    headers = {"Cookie": cookie, "X-Spokes-Page": "1", "Accept": "application/json",
               "Content-Type": "application/x-www-form-urlencoded"}
    measured_from = start + warmup
    end = measured_from + seconds
    sent = cast = 0
    while time.time() < end:
        body = urllib.parse.urlencode({"motion": attrs["data-motion"], "voter": attrs["data-voter"],
                                       "choice": "yes" if sent % 2 else "no"})
        conn.request("POST", html.unescape(attrs["data-cast"]), body, headers)
        answer = conn.getresponse()
        text = answer.read().decode()
        sent += 1
        assert answer.status == 200 and '"receipt"' in text, f"answered {answer.status}: {text}"
        if time.time() >= measured_from:
            cast += 1
    results.put(cast)


if __name__ == "__main__":
    results = multiprocessing.Queue()
    start = time.time() + clients * 0.5 + 5
    target = script_client if mode == "script" else client
    procs = [multiprocessing.Process(target=target, args=(i, start, results))
             for i in range(clients)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    failed = [p.exitcode for p in procs if p.exitcode != 0]
    if failed:
        sys.exit(f"{len(failed)} of {clients} clients failed (their errors are above)")
    total = sum(results.get(timeout=10) for _ in procs)
    print(f"{clients} {mode} clients cast {total} ballots in {seconds:.0f} s after a {warmup:.0f} s warm-up:"
          f" {total / seconds:.1f} ballots/s")
