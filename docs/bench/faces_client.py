"""What the benchmark clients share (imported, not run): a signed-in session against a Spokes on
loopback, and the Faces state a form post needs."""
import http.cookiejar, re, urllib.parse, urllib.request

PASSWORD = "demo-cooperative-2026"  # the demo logins' password (README)


def require_loopback(base):
    assert base.startswith("http://127.0.0.1") or base.startswith("http://localhost"), "loopback only"


def state(page):
    """The view state and the CSP nonce of a page, for posting one of its forms."""
    return (re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1),
            re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page).group(1))


def sign_in(base, email, password=PASSWORD):
    """An opener with the cookies of `email` signed in (the sign-in page is stateless: its form
    carries a token of its own)."""
    require_loopback(base)
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/identity/login.xhtml", timeout=30).read().decode()
    vs, nonce = state(page)
    form = {"loginForm": "loginForm", "loginForm:email": email, "loginForm:password": password,
            "loginForm:submit": "", "jakarta.faces.ViewState": vs, "primefaces.nonce": nonce,
            "spokes_form_token": re.search(r'name="spokes_form_token" value="([^"]+)"', page).group(1)}
    opener.open(base + "/identity/login.xhtml", urllib.parse.urlencode(form).encode(), timeout=30).read()
    opener.jar = jar
    return opener
