#!/usr/bin/env python3
"""Payment import benchmark (docs/benchmarks.md): signs in as the Barcelona manager, uploads a
bank CSV of N lines (one payment per benchmark member of custodian 1), times upload + background
check until the preview is ready, then times the commit (all lines recorded, receipts numbered,
the standing of the year recomputed). Loopback only, bounded loops."""
import re, sys, time, urllib.parse, urllib.request, uuid
from faces_client import sign_in, state

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
lines = int(sys.argv[2]) if len(sys.argv) > 2 else 50000
opener = sign_in(base, "manager.es@spokes.example")

# Benchmark members of Barcelona: i % 20 < 11, numbers ES-(100000 + i) (docs/bench/members-100k.sql).
run = uuid.uuid4().hex[:8]
rows, i = ["Date;Concept;Amount;Reference"], 0
while len(rows) <= lines:
    i += 1
    if i % 20 < 11:
        rows.append("%02d/10/2026;Quota ES-%d;60,00;IMP-%s-%d" % (1 + i % 28, 100000 + i, run, i))
csv = ("\n".join(rows) + "\n").encode()

url = base + "/contribution/payment-import.xhtml?custodian=1"
page = opener.open(url, timeout=60).read().decode()
vs, nonce = state(page)
fmt = re.search(r'<select id="uploadForm:format_input"[^>]*>\s*<option value="(\d+)"', page).group(1)
boundary = "----bench" + run
parts = []
for name, value in (("uploadForm", "uploadForm"), ("uploadForm:format_input", fmt),
                    ("uploadForm:upload", ""), ("jakarta.faces.ViewState", vs), ("primefaces.nonce", nonce)):
    parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n" % (boundary, name, value)).encode())
parts.append(("--%s\r\nContent-Disposition: form-data; name=\"uploadForm:file\"; filename=\"bench.csv\"\r\n"
              "Content-Type: text/csv\r\n\r\n" % boundary).encode() + csv + b"\r\n")
parts.append(("--%s--\r\n" % boundary).encode())
body = b"".join(parts)

start = time.perf_counter()
req = urllib.request.Request(url, data=body, headers={"Content-Type": "multipart/form-data; boundary=" + boundary})
page = opener.open(req, timeout=300).read().decode()
batch = re.search(r"batch=(\d+)", page).group(1)
for _ in range(6000):
    page = opener.open(url + "&batch=" + batch, timeout=60).read().decode()
    if 'id="linesForm"' in page:
        break
    time.sleep(0.1)
else:
    raise SystemExit("the check did not finish")
preview = time.perf_counter() - start
summary = re.search(r'<p id="summary">(.*?)</p>', page, re.S).group(1)
vs, nonce = state(page)
f = {"linesForm": "linesForm", "linesForm:commit": "", "jakarta.faces.ViewState": vs, "primefaces.nonce": nonce}
start = time.perf_counter()
done = opener.open(url + "&batch=" + batch, urllib.parse.urlencode(f).encode(), timeout=300).read().decode()
commit = time.perf_counter() - start
if "ui-messages-error" in done or "ui-messages-info-summary" not in done:
    raise SystemExit("the commit did not succeed")
info = re.search(r'ui-messages-info-summary">([^<]*)<', done).group(1)
print("lines: %d (%d bytes)  preview (upload + check): %.2f s  commit: %.2f s  total: %.2f s  (%s)" % (
    lines, len(csv), preview, commit, preview + commit, info))
print("preview summary:", re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", summary)).strip())
