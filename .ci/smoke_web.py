"""The package smoke test's tools: an HTTP client with cookies and no redirects, reading HTML
forms, finding a mail in the folder the server writes them to, and keeping secrets out of
what is printed (standard library only)."""

from __future__ import annotations

import email
import email.policy
import email.utils
import html
import http.cookiejar
import json
import pathlib
import re
import time
import urllib.error
import urllib.parse
import urllib.request

USER_AGENT = "fairplan-package-smoke/1"
# Tokens this run has seen (API token, personal-link token): printed by 4 characters at most.
SECRETS: list[str] = []
# The password: never printed at all.
HIDDEN: list[str] = []


class StepFailed(Exception):
    """A step went wrong; the message is the one line printed on stderr."""


def redact(text: str) -> str:
    """`text` with the password hidden and every known token cut to its first 4 characters."""
    for secret in HIDDEN:
        if secret:
            text = text.replace(secret, "[password]")
    for secret in sorted(SECRETS, key=len, reverse=True):
        if secret:
            text = text.replace(secret, short(secret))
    # Any personal-link or API token shape that slipped through.
    text = re.sub(r"(/[pev]/)([A-Za-z0-9_-]{4})[A-Za-z0-9_-]{39}", r"\1\2…", text)
    return re.sub(r"\b(fpk_)[A-Za-z0-9_-]{43}", r"\1…", text)


def ok(step: str, detail: str) -> None:
    print(redact(f"ok   {step}: {detail}"), flush=True)


def short(token: str) -> str:
    """A token as it may be printed: its first 4 characters."""
    return token[:4] + "…"


# --- HTTP -----------------------------------------------------------------------------------


class Response:
    def __init__(self, status: int, headers, body: bytes, url: str):
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def json(self, step: str):
        try:
            return json.loads(self.body)
        except ValueError:
            raise StepFailed(f"{step}: HTTP {self.status}, not JSON: {self.excerpt()}") from None

    def excerpt(self, limit: int = 300) -> str:
        """The answer in one short line: an HTML page's text without tags, or the body."""
        text = self.text
        if "<html" in text[:500].lower() or "<!doctype" in text[:100].lower():
            main = re.search(r"<main\b.*?>(.*?)</main>", text, re.S | re.I)
            text = main.group(1) if main else text
            text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
            # The page's own problem messages first, then the rest of its text.
            alerts = [
                m.group(2) for m in re.finditer(
                    r"<(p|div)\b[^>]*(?:role=\"alert\"|class=\"error[^\"]*\")[^>]*>(.*?)</\1>",
                    text, re.S | re.I)
            ]
            if alerts:
                text = " / ".join(alerts) + " | page: " + text
            text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        text = " ".join(text.split())
        return (text[:limit] + "…") if len(text) > limit else (text or "(empty body)")


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are answers to check (where did the sign-in send us?), not to follow."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class SecureCookiesOverPlainHttp(http.cookiejar.DefaultCookiePolicy):
    """A package may be configured with an https FAIRPLAN_BASE_URL (behind a TLS proxy), so its
    cookies are marked Secure, while this test talks plain HTTP to the local listener: send
    them back anyway, as the proxy would."""

    def return_ok_secure(self, cookie, request):
        return True


class Browser:
    """One person's browser: its own cookies, forms sent as a browser sends them."""

    def __init__(self, base_url: str):
        self.base_url = base_url.rstrip("/")
        parsed = urllib.parse.urlsplit(self.base_url)
        self.origin = f"{parsed.scheme}://{parsed.netloc}"
        self.jar = http.cookiejar.CookieJar(SecureCookiesOverPlainHttp())
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirects()
        )

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else self.base_url + path

    def request(
        self,
        step: str,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        all_headers = {"User-Agent": USER_AGENT, "Accept-Language": "en"}
        if method != "GET":
            # What a browser sends with a form; the API ignores it.
            all_headers["Origin"] = self.origin
        all_headers.update(headers or {})
        request = urllib.request.Request(
            self.url(path), data=body, method=method, headers=all_headers
        )
        try:
            with self.opener.open(request, timeout=30) as answer:
                return Response(answer.status, answer.headers, answer.read(), answer.url)
        except urllib.error.HTTPError as error:
            # 3xx (redirects are not followed) and 4xx/5xx: an answer to look at.
            with error:
                body_read = error.read() if error.fp else b""
            return Response(error.code, error.headers, body_read, request.full_url)
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise StepFailed(f"{step}: no answer from {method} {path}: {reason}") from None

    def get(self, step: str, path: str, **kw) -> Response:
        return self.request(step, "GET", path, **kw)

    def post_form(self, step: str, path: str, fields: dict[str, str]) -> Response:
        body = urllib.parse.urlencode(fields).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        return self.request(step, "POST", path, body, headers)


class Api:
    """The JSON API with a coordinator's bearer token."""

    def __init__(self, base_url: str, token: str):
        self.browser = Browser(base_url)
        self.auth = {"Authorization": f"Bearer {token}", "Accept": "application/json"}

    def call(self, step: str, method: str, path: str, payload=None, csv: str | None = None,
             expect: tuple[int, ...] = (200,)):
        headers = dict(self.auth)
        body = None
        if csv is not None:
            body = csv.encode("utf-8")
            headers["Content-Type"] = "text/csv; charset=utf-8"
        elif payload is not None:
            body = json.dumps(payload).encode("utf-8")
            headers["Content-Type"] = "application/json"
        answer = self.browser.request(step, method, "/api/v1" + path, body, headers)
        if answer.status not in expect:
            raise StepFailed(
                f"{step}: {method} /api/v1{path} answered HTTP {answer.status}"
                f" (expected {'/'.join(map(str, expect))}): {answer.excerpt()}"
            )
        return answer.json(step)


def expect_status(step: str, answer: Response, method: str, path: str, *codes: int) -> None:
    if answer.status not in codes:
        where = f" (to {answer.headers.get('Location')})" if 300 <= answer.status < 400 else ""
        raise StepFailed(
            f"{step}: {method} {path} answered HTTP {answer.status}{where}"
            f" (expected {'/'.join(map(str, codes))}): {answer.excerpt()}"
        )


def location_path(answer: Response) -> str:
    """The path (and query) a redirect points to, whether the server wrote it absolute or not."""
    target = answer.headers.get("Location") or ""
    parts = urllib.parse.urlsplit(target)
    return parts.path + (f"?{parts.query}" if parts.query else "")


# --- HTML forms -----------------------------------------------------------------------------

ATTRIBUTE = re.compile(r"""([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def attributes(tag: str) -> dict[str, str]:
    return {
        m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
        for m in ATTRIBUTE.finditer(tag)
    }


def forms(page: str) -> list[tuple[dict[str, str], dict[str, str]]]:
    """Every form of `page`: its attributes, and its hidden inputs by name."""
    found = []
    for match in re.finditer(r"<form\b([^>]*)>(.*?)</form>", page, re.S | re.I):
        hidden = {}
        for tag in re.findall(r"<input\b[^>]*>", match.group(2), re.I):
            attrs = attributes(tag)
            if attrs.get("type", "").lower() == "hidden" and "name" in attrs:
                hidden[attrs["name"]] = attrs.get("value", "")
        found.append((attributes(match.group(1)), hidden))
    return found


def form_with_action(step: str, page: Response, action: str, path: str):
    for attrs, hidden in forms(page.text):
        if attrs.get("action") == action:
            return attrs, hidden
    raise StepFailed(f"{step}: the page {path} (HTTP {page.status}) has no form posting to "
                     f"{action}: {page.excerpt()}")


# --- Mail -----------------------------------------------------------------------------------

LINK = re.compile(r"/p/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])")


def texts_of(message) -> list[str]:
    """The decoded text and HTML bodies of a mail (quoted-printable, base64, multipart)."""
    texts = []
    for part in message.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            try:
                texts.append(part.get_content())
            except (LookupError, ValueError):
                payload = part.get_payload(decode=True) or b""
                texts.append(payload.decode("utf-8", errors="replace"))
    return texts


def find_invitation(step: str, mail_dir: pathlib.Path, address: str, timeout: float) -> str:
    """Waits for the mail to `address` that holds a personal link; returns the link's path."""
    deadline = time.monotonic() + timeout
    seen_for_address = 0
    while True:
        try:
            files = sorted(mail_dir.glob("*.eml"))
        except OSError as error:
            raise StepFailed(f"{step}: cannot read the mail folder {mail_dir}: {error}") from None
        seen_for_address = 0
        for path in files:
            try:
                message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            except PermissionError as error:
                raise StepFailed(f"{step}: cannot read {path}: {error}") from None
            except (OSError, ValueError):
                continue  # being written right now: read again on the next round
            recipients = [a.lower() for _, a in email.utils.getaddresses(message.get_all("To", []))]
            if address.lower() not in recipients:
                continue
            seen_for_address += 1
            for text in texts_of(message):
                found = LINK.search(text)
                if found:
                    SECRETS.append(found.group(1))
                    return f"/p/{found.group(1)}"
        if time.monotonic() >= deadline:
            break
        time.sleep(1)
    if not mail_dir.is_dir():
        raise StepFailed(f"{step}: the mail folder {mail_dir} does not exist after {timeout:.0f} s "
                         "(is FAIRPLAN_MAIL_DIR set there and FAIRPLAN_SMTP_URL unset?)")
    raise StepFailed(
        f"{step}: no mail to {address} with a personal link /p/<token> in {mail_dir} after "
        f"{timeout:.0f} s ({seen_for_address} mail(s) to that address, {len(files)} .eml file(s) "
        "in all; is the mail worker running?)"
    )
