#!/usr/bin/env python3
"""Report export benchmark (docs/benchmarks.md): signs in as the treasurer of all custodians, asks
for the consolidated 2026 report as PDF or CSV (the export button's POST), follows its progress at
/api/exports/{token}/status every 100 ms until the file is ready (that is the time), then downloads
it and prints its size. Loopback
only, bounded loops."""
import re, sys, time, urllib.error, urllib.parse, urllib.request
from faces_client import sign_in, state

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
kind = sys.argv[2] if len(sys.argv) > 2 else "PDF"
opener = sign_in(base, "treasurer@spokes.example")
jar = opener.jar

url = base + "/transparency/report.xhtml?period=2026"
shown = time.perf_counter()
page = opener.open(url, timeout=120).read().decode()
print("report page (the year's consolidated report worked out): %.2f s" % (time.perf_counter() - shown))
vs, nonce = state(page)
button = "exportForm:exportPdf" if kind == "PDF" else "exportForm:exportCsv"
form = {"exportForm": "exportForm", button: "", "jakarta.faces.ViewState": vs, "primefaces.nonce": nonce}
action = re.search(r'<form id="exportForm"[^>]*action="([^"]+)"', page).group(1).replace("&amp;", "&")
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

plain = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
start = time.perf_counter()
try:
    plain.open(base + action, urllib.parse.urlencode(form).encode(), timeout=120)
    raise SystemExit("the export was not started")
except urllib.error.HTTPError as e:
    token = re.search(r"export=([^&]+)", e.headers["Location"]).group(1)
for _ in range(3000):
    status = opener.open(base + "/api/exports/" + token + "/status", timeout=60).read().decode()
    if '"DONE"' in status:
        break
    if '"FAILED"' in status:
        raise SystemExit("the export failed")
    time.sleep(0.1)
else:
    raise SystemExit("the export did not finish")
elapsed = time.perf_counter() - start
size = len(opener.open(base + "/api/exports/" + token, timeout=120).read())
print("%s export: %.2f s, %d bytes" % (kind, elapsed, size))
