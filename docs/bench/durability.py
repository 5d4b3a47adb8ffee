#!/usr/bin/env python3
"""Writes through Spokes until it stops answering (docs/benchmarks.md, "Durability"): signs in as
the Barcelona manager and records payments of 1.00 EUR for member 5 (Carmen Ortega), one after the
other, each with its own reference "dur-<run>-<n>". A write counts as acknowledged when the answer
is the member's page listing that reference; each acknowledged reference is appended (and flushed)
to the file given, before the next write starts. Stops after three failed requests in a row (the
JVM was killed). Loopback only."""
import http.cookiejar, re, sys, time, urllib.parse, urllib.request

base, run, acked_file = sys.argv[1], sys.argv[2], sys.argv[3]
assert base.startswith("http://127.0.0.1") or base.startswith("http://localhost"), "loopback only"
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

def state(page):
    return {"jakarta.faces.ViewState": re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1),
            "primefaces.nonce": re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page).group(1)}

page = opener.open(base + "/identity/login.xhtml", timeout=30).read().decode()
f = state(page)
f.update({"loginForm": "loginForm", "loginForm:email": "manager.es@spokes.example",
          "loginForm:password": "demo-cooperative-2026", "loginForm:submit": "",
          "spokes_form_token": re.search(r'name="spokes_form_token" value="([^"]+)"', page).group(1)})
opener.open(base + "/identity/login.xhtml", urllib.parse.urlencode(f).encode(), timeout=30).read()

url = base + "/contribution/member-contributions.xhtml?id=5"
failures, n = 0, 0
with open(acked_file, "a") as acked:
    while failures < 3:
        n += 1
        ref = "dur-%s-%d" % (run, n)
        try:
            page = opener.open(url, timeout=10).read().decode()
            f = state(page)
            f.update({"paymentForm": "paymentForm", "paymentForm:record": "",
                      "paymentForm:amount_input": "1.00", "paymentForm:amount_hinput": "1.00",
                      "paymentForm:receivedOn_input": time.strftime("%Y-%m-%d"),
                      "paymentForm:fiscalYear_input": time.strftime("%Y"), "paymentForm:fiscalYear_hinput": time.strftime("%Y"),
                      "paymentForm:method_input": "BANK_TRANSFER",
                      "paymentForm:externalReference": ref, "paymentForm:note": "durability benchmark"})
            answer = opener.open(url, urllib.parse.urlencode(f).encode(), timeout=10).read().decode()
            if ref in answer:
                acked.write(ref + "\n")
                acked.flush()
                failures = 0
            else:
                failures += 1
        except Exception:
            failures += 1
            time.sleep(0.2)
print("writes attempted: %d" % n)
