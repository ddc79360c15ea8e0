"""No request to any route of the demo site causes a 5xx, and every answer is a proper one.

Hypothesis picks a route from the app's own route table (so a route added later is fuzzed too),
fills its path parameters, and varies the method, a language prefix, the query string, the headers
(``Cookie``, ``Accept-Language``, ``Content-Type``, ``Origin``, ``Referer``, ``X-Forwarded-*``)
and the body, signed in to the admin area or not. Whatever it sends:

- the status is one the site documents: for the JSON API operations, one their OpenAPI document
  lists; for everything else, one of :data:`STATUSES`; never a 5xx;
- the security headers are there, on errors too;
- an error from a JSON API (under ``/api/``) is a problem document.

The findings of the outside probe (issue 12) are pinned as explicit examples. The run is bounded
and derandomized, so CI sees the same inputs every time.
"""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from starlette.datastructures import Headers
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from components.registry import registry
from demo_site import create_app, disaster_help
from demo_site.security import SECURITY_HEADERS
from demo_site.server import server_options
from feedback_widget.admin.auth import hash_password
from feedback_widget.problems import PROBLEM_JSON
from feedback_widget.service import FeedbackService
from feedback_widget.settings import FeedbackSettings
from feedback_widget.store import Store, StoreSettings
from feedback_widget.touchpoints import demo_registry
from i18n.locales import LOCALES
from tests.html import attr, one, parse
from tests.servers import serve

PASSWORD = "correct horse battery staple"
STATUSES = {200, 201, 204, 303, 304, 307, 400, 401, 403, 404, 405, 413, 415, 422, 429}
"""Every status a page of the site may answer with (the JSON API's are in its OpenAPI document)."""
PREFIXES = ["", *(info.url_prefix for info in LOCALES.values() if info.url_prefix), "/zz"]
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
TOUCHPOINTS = [touchpoint.id for touchpoint in demo_registry()]
COMPONENTS = sorted(registry())
SLUGS = sorted({example.slug for info in registry().values() for example in info.examples})

FUZZ = settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FeedbackService]:
    """The widget with its admin area open, on a SQLite file; limits high so that fuzzing is not
    just answered 429."""
    url = f"sqlite:///{tmp_path_factory.mktemp('every-route') / 'feedback.db'}"
    store = Store(url)
    store.migrate()
    made = FeedbackService(
        settings=FeedbackSettings(
            secret_key="every-route-secret",
            store=StoreSettings(database_url=url),
            admin_username="admin",
            admin_password_hash=hash_password(PASSWORD, n=2**4),
            min_fill_seconds=0,
            rate_limit_per_minute=1_000_000,
        ),
        store=store,
        touchpoints=demo_registry(),
        separate_process=False,
    )
    yield made
    store.close()


@pytest.fixture(scope="module")
def app(service: FeedbackService) -> Any:
    made = create_app(feedback=service)

    async def fail(request: Any) -> Any:
        raise RuntimeError("a bug in a page")

    # Two routes that fail, to see what a 500 looks like on a page and in the JSON API.
    made.router.routes += [Route("/broken", fail), Route("/api/broken", fail)]
    return made


@pytest.fixture(scope="module")
def client(app: Any) -> Iterator[TestClient]:
    # raise_server_exceptions: an unhandled error fails the example with its traceback.
    with TestClient(app, raise_server_exceptions=True) as made:
        yield made


@pytest.fixture(scope="module")
def session_cookie(client: TestClient) -> str:
    """A signed-in admin's cookies, as a Cookie header value."""
    with TestClient(client.app) as fresh:
        form = parse(fresh.get("/admin/sign-in").text)
        token = attr(one(form, "input[name=csrf_token]"), "value")
        signed_in = fresh.post(
            "/admin/sign-in",
            data={"username": "admin", "password": PASSWORD, "csrf_token": token or "", "next": "/admin/"},
            follow_redirects=False,
        )
        assert signed_in.status_code == 303
        return "; ".join(f"{name}={value}" for name, value in fresh.cookies.items())


@pytest.fixture(scope="module")
def documented(client: TestClient) -> dict[tuple[str, str], set[int]]:
    """The statuses the app's OpenAPI document gives for each (path template, method)."""
    paths = client.get("/api/openapi.json").json()["paths"]
    return {
        (path, method.upper()): {int(status) for status in operation["responses"]}
        for path, operations in paths.items()
        for method, operation in operations.items()
    }


# --- the routes -------------------------------------------------------------------------------------


def route_table(app: Any, prefix: str = "") -> list[tuple[str, set[str]]]:
    """Every route of the app: its path template and the methods it takes (the routes inside a mount of
    routes, such as a form-steps flow, too; static mounts: GET)."""
    found = []
    for route in app.routes:
        if isinstance(route, Route):
            found.append((prefix + route.path, set(route.methods or METHODS)))
        elif isinstance(route, Mount) and route.routes:
            found += route_table(route, prefix + route.path)
        elif isinstance(route, Mount):
            found.append((prefix + route.path + "/{path}", {"GET", "HEAD"}))
    return found


ODD_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=0, max_size=40
) | st.sampled_from(["", "..", "%2e%2e", "a" * 300, "%00", "<script>", "99999999999999999999", "-1", "0"])

PARAMETER_VALUES: dict[str, st.SearchStrategy[str]] = {
    "touchpoint": st.sampled_from(TOUCHPOINTS) | ODD_TEXT,
    "name": st.sampled_from(COMPONENTS) | ODD_TEXT,
    "slug": st.sampled_from(SLUGS) | ODD_TEXT,
    "submission_id": st.uuids().map(str) | ODD_TEXT,
    "path": st.sampled_from(["frontdoor.css", "htmx.min.js", "demo.css", "nope.js", "../app.py"]) | ODD_TEXT,
    "step_id": st.sampled_from([step.id for step in disaster_help.FLOW.steps()]) | ODD_TEXT,
    "list_id": st.sampled_from(["household", "nope"]) | ODD_TEXT,
    "item": st.sampled_from(["0", "1", "99999999999999999999"]),
    "exit_id": st.sampled_from([exit_page.id for exit_page in disaster_help.FLOW.exits]) | ODD_TEXT,
}

QUERY_KEYS = (
    st.sampled_from(
        [
            "page",
            "per_page",
            "period",
            "from",
            "to",
            "since",
            "until",
            "q",
            "touchpoint",
            "lang",
            "next",
            "return_to",
            "page_url",
            "hx",
        ]
    )
    | ODD_TEXT
)
QUERY_VALUES = (
    st.sampled_from(
        [
            "99999999999999999999",
            "0",
            "-5",
            "custom",
            "all",
            "0001-01-01",
            "9999-12-31",
            "2026-02-30",
            "9999-12-31T23:59:59-12:00",
            "0001-01-01T00:00:00+14:00",
            "es",
            "ar",
            "//evil.example",
            "javascript:x",
        ]
    )
    | ODD_TEXT
)

HEADER_TEXT = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=80)
COOKIES = (
    st.sampled_from(
        [
            "a<b=1",
            "a,b=1",
            "AMCV_ABC@AdobeOrg=1",
            "frontdoor_lang=ar",
            "frontdoor_lang=zz",
            '"=";',
            "=;=",
            "fd_admin_session=forged",
            "fd_admin_sign_in=x",
        ]
    )
    | HEADER_TEXT
)
HEADERS = st.dictionaries(
    st.sampled_from(
        [
            "Accept-Language",
            "Content-Type",
            "Origin",
            "Referer",
            "X-Forwarded-For",
            "X-Forwarded-Host",
            "X-Forwarded-Proto",
            "HX-Request",
            "Idempotency-Key",
            "If-None-Match",
            "Accept",
            "Range",
        ]
    ),
    st.sampled_from(
        [
            "application/json",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "multipart/form-data; boundary=x",
            "application/problem+json",
            "es-MX,es;q=0.9",
            "*;q=abc",
            "null",
            "http://testserver",
            "https://evil.example",
            "198.51.100.7, 10.0.0.1",
            "true",
            "bytes=0-1,5-",
            "bytes=99999999999999999999-",
        ]
    )
    | HEADER_TEXT,
    max_size=5,
)


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


BODIES = st.one_of(
    st.just(b""),
    st.binary(max_size=300),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
        max_leaves=20,
    ).map(lambda value: json.dumps(value).encode()),
    st.integers(min_value=100, max_value=5000).map(nested),
    st.dictionaries(QUERY_KEYS, QUERY_VALUES, max_size=5).map(
        lambda fields: "&".join(f"{k}={v}" for k, v in fields.items()).encode("utf-8", "surrogatepass")
    ),
)


@st.composite
def requests(draw: st.DrawFn, table: list[tuple[str, set[str]]]) -> dict[str, Any]:
    """One request to one route: method, URL, query, headers and body."""
    template, methods = draw(st.sampled_from(table))
    path = re.sub(
        r"\{(\w+)(?::\w+)?\}",
        lambda match: quote(draw(PARAMETER_VALUES.get(match.group(1), ODD_TEXT)), safe="%") or "x",
        template,
    )
    return {
        "method": draw(st.sampled_from(sorted(methods)) | st.sampled_from(METHODS)),
        "url": draw(st.just("") | st.sampled_from(PREFIXES)) + path,  # half without a prefix
        "params": draw(st.lists(st.tuples(QUERY_KEYS, QUERY_VALUES), max_size=4)),
        "headers": draw(HEADERS),
        "cookies": draw(st.lists(COOKIES, max_size=3)),
        "signed_in": draw(st.booleans()),
        "content": draw(BODIES),
    }


def send(client: TestClient, session: str, request: dict[str, Any]) -> Any:
    cookies = [session] if request["signed_in"] else []
    headers = dict(request["headers"])
    if cookies or request["cookies"]:
        headers["Cookie"] = "; ".join(cookies + request["cookies"])
    content = None if request["method"] in ("GET", "HEAD") and not request["content"] else request["content"]
    client.cookies.clear()
    return client.request(
        request["method"],
        request["url"],
        params=request["params"],
        headers=headers,
        content=content,
        follow_redirects=False,
    )


def api_operation(url: str, documented: dict[tuple[str, str], set[int]], method: str) -> set[int] | None:
    """The statuses documented for the API operation `url` is, or None when it is not one."""
    for (template, documented_method), statuses in documented.items():
        pattern = "^(/[a-z]{2}(-[A-Za-z]+)?)?" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(template)) + "$"
        if documented_method == method and re.match(pattern, url):
            return statuses
    return None


def check(response: Any, request: dict[str, Any], documented: dict[tuple[str, str], set[int]]) -> None:
    """What every answer must be: documented, never 5xx, with the security headers."""
    status = response.status_code
    where = f"{request['method']} {response.request.url}"
    assert status < 500, f"{where}: {status}"
    allowed = api_operation(response.request.url.path, documented, request["method"]) or STATUSES
    if request["method"] == "HEAD" or status in (304,):
        allowed = allowed | STATUSES
    assert status in allowed, f"{where}: {status} is not documented ({sorted(allowed)})"
    assert_secure(response.headers, where)
    path = response.request.url.path
    is_api = re.match(r"^(/[a-z]{2}(-[A-Za-z]+)?)?/api(/|$)", path) and not path.startswith("/zz")
    if is_api and status >= 400 and request["method"] != "HEAD":
        assert response.headers["content-type"] == PROBLEM_JSON, (
            f"{where}: {response.headers['content-type']}"
        )
        problem = response.json()
        assert problem["status"] == status and problem["title"]


def assert_secure(headers: Any, where: str) -> None:
    """The security headers are all there (some pages, such as the admin area's, are stricter)."""
    for name in SECURITY_HEADERS:
        assert headers.get(name), f"{where}: no {name}"
    policy = {part.split()[0]: part.split()[1:] for part in headers["content-security-policy"].split("; ")}
    assert policy["frame-ancestors"] in (["'self'"], ["'none'"]), where
    assert "'unsafe-inline'" not in policy.get("script-src", policy["default-src"]), where
    assert headers["x-content-type-options"] == "nosniff", where


# --- the probe's findings, then everything ---------------------------------------------------------


def finding(method: str, url: str, **extra: Any) -> dict[str, Any]:
    request = {"method": method, "url": url, "params": [], "headers": {}, "cookies": [], "signed_in": False}
    request["content"] = b""
    return {**request, **extra}


FINDINGS = {
    "cookie outside the token set, home": finding("GET", "/", cookies=["a<b=1"]),
    "cookie with a comma, hosted form": finding("GET", "/feedback/demo-benefits", cookies=["a,b=1"]),
    "analytics cookie, JSON API": finding(
        "POST",
        "/api/feedback/demo-benefits",
        cookies=["AMCV_ABC@AdobeOrg=1"],
        headers={"Content-Type": "application/json"},
        content=b'{"answers": {"trust": "up"}}',
    ),
    "analytics cookie, admin sign-in": finding("GET", "/admin/sign-in", cookies=["AMCV_ABC@AdobeOrg=1"]),
    "JSON nested 1,000 deep": finding(
        "POST",
        "/api/feedback/demo-benefits",
        headers={"Content-Type": "application/json"},
        content=nested(1000),
    ),
    "page number past any integer": finding(
        "GET", "/admin/comments", params=[("page", "99999999999999999999")], signed_in=True
    ),
    "admin API page past any integer": finding(
        "GET", "/api/admin/responses", params=[("page", "99999999999999999999")], signed_in=True
    ),
    "custom period to the ends of the calendar": finding(
        "GET",
        "/admin/",
        params=[("period", "custom"), ("from", "0001-01-01"), ("to", "9999-12-31")],
        signed_in=True,
    ),
    "export of the ends of the calendar": finding(
        "GET",
        "/admin/export/quarterly.csv",
        params=[("period", "custom"), ("from", "0001-01-01"), ("to", "9999-12-31")],
        signed_in=True,
    ),
    "API time past the calendar": finding(
        "GET", "/api/admin/responses", params=[("until", "9999-12-31T23:59:59-12:00")], signed_in=True
    ),
    "JSON API 405": finding("DELETE", "/api/feedback/demo-benefits"),
    "JSON API 404": finding("GET", "/es/api/nothing-here"),
}


@pytest.mark.parametrize("request_", list(FINDINGS.values()), ids=list(FINDINGS))
def test_what_the_probe_found(
    client: TestClient,
    session_cookie: str,
    documented: dict[tuple[str, str], set[int]],
    request_: dict[str, Any],
) -> None:
    check(send(client, session_cookie, request_), request_, documented)


def test_every_route_is_fuzzed(app: Any) -> None:
    table = route_table(app)
    assert len(table) >= 28  # the demo's pages, the widget's routes, the admin area, static files
    assert {"/api/feedback/{touchpoint}", "/admin/comments", "/static/frontdoor/{path}"} <= {
        t for t, _ in table
    }


def test_no_request_to_any_route_causes_a_5xx(
    app: Any, client: TestClient, session_cookie: str, documented: dict[tuple[str, str], set[int]]
) -> None:
    table = [entry for entry in route_table(app) if entry[0] not in ("/broken", "/api/broken")]

    @FUZZ
    @given(request_=requests(table))
    @example(request_=FINDINGS["cookie outside the token set, home"])
    def fuzz(request_: dict[str, Any]) -> None:
        check(send(client, session_cookie, request_), request_, documented)

    fuzz()


# --- errors the app does not expect -------------------------------------------------------------------


@pytest.mark.parametrize(("path", "kind"), [("/broken", "text/html"), ("/api/broken", PROBLEM_JSON)])
def test_a_500_is_a_proper_response(app: Any, path: str, kind: str) -> None:
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get(path, headers={"Accept-Language": "es"})
    assert response.status_code == 500
    assert response.headers["content-type"].split(";")[0] == kind
    assert_secure(response.headers, path)
    if kind == PROBLEM_JSON:
        assert response.json()["status"] == 500
    else:
        assert attr(one(parse(response.text), "html"), "lang") == "es"


def test_a_405_page_says_which_methods_it_takes(client: TestClient) -> None:
    response = client.post("/components")
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD"}


def raw_exchange(base_url: str, request: bytes) -> tuple[str, Headers]:
    """Send `request` bytes as they are; the status line and headers of the answer."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(request)
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = connection.recv(4096)
            if not chunk:
                break
            received += chunk
    head = received.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    headers = {}
    for line in head[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return head[0], Headers(headers)


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
        b"GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n",
        b"NOT HTTP AT ALL\r\n\r\n",
    ],
)
def test_the_servers_own_400_has_the_security_headers(app: Any, request_bytes: bytes, tmp_path: Path) -> None:
    with serve(app, **server_options()) as base_url:
        status_line, headers = raw_exchange(base_url, request_bytes)
    assert status_line.startswith("HTTP/1.1 400")
    assert_secure(headers, repr(request_bytes))
