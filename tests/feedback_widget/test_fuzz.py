"""Property-based fuzzing of the feedback widget's public endpoints, against the real demo app.

Hypothesis makes arbitrary JSON bodies (nested values, huge and odd strings, lone surrogates, wrong
types), arbitrary headers (``Idempotency-Key`` of odd lengths and bytes, ``Origin``, ``Content-Type``)
and arbitrary form bodies (random fields, missing or forged tokens, broken encodings). Whatever it
sends, the answer is never a 5xx, and for the JSON API it is one of the statuses the OpenAPI
description documents. The run is bounded and derandomized, so CI sees the same inputs every time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from demo_site import create_app
from feedback_widget.clock import SYSTEM_CLOCK
from feedback_widget.markup import HONEYPOT_FIELD, LOCALE_FIELD, RETURN_FIELD, TOKEN_FIELD
from feedback_widget.protection import FormTokens
from feedback_widget.service import FeedbackService
from feedback_widget.settings import FeedbackSettings
from feedback_widget.store import Store, StoreSettings
from feedback_widget.touchpoints import demo_registry
from tests.feedback_widget.clock import FakeClock

SECRET = "fuzz-test-secret"
MAX_BODY = 16_384
TOUCHPOINTS = [touchpoint.id for touchpoint in demo_registry()]
QUESTION_KEYS = sorted(
    {
        question.key
        for touchpoint in demo_registry()
        for question in demo_registry().question_set(touchpoint).questions
    }
)
OPTION_KEYS = sorted(
    {
        option.key
        for touchpoint in demo_registry()
        for question in demo_registry().question_set(touchpoint).questions
        for option in question.options
    }
)
# Language prefixes we ship, one we do not, and none.
PREFIXES = ["", "/es", "/ar", "/zz"]

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# The form post is not in the OpenAPI description (it is HTML): these are the statuses form_pages.py
# documents for it: the thank-you fragment or page, its redirect, the form again with errors, a
# refused token or origin, an unknown touchpoint, a body too large, too many posts.
FORM_STATUSES = {200, 303, 400, 403, 404, 413, 429}
HOSTED_STATUSES = {200, 404}
SUBMIT = ("/api/feedback/{touchpoint}", "post")
WIDGET = ("/api/feedback/{touchpoint}/widget", "get")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def service(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FeedbackService]:
    """A store per database: a temporary SQLite file, and a fresh database in the test PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'feedback.db'}"
    else:
        url = request.getfixturevalue("postgres_server").create_database()
    store = Store(url)
    store.migrate()
    made = FeedbackService(
        settings=FeedbackSettings(
            secret_key=SECRET,
            store=StoreSettings(database_url=url),
            min_fill_seconds=0,
            rate_limit_per_minute=1_000_000,
            max_body_bytes=MAX_BODY,
        ),
        store=store,
        touchpoints=demo_registry(),
        separate_process=False,  # HTTP behaviour; the store process has its own tests
    )
    yield made
    store.close()


@pytest.fixture(scope="module")
def client(service: FeedbackService) -> Iterator[TestClient]:
    # raise_server_exceptions: an unhandled error fails the example with its traceback.
    with TestClient(create_app(feedback=service), raise_server_exceptions=True) as made:
        yield made


@pytest.fixture(scope="module")
def documented(client: TestClient) -> dict[tuple[str, str], set[int]]:
    """The statuses the app's own OpenAPI document gives for each (path, method)."""
    paths = client.get("/api/openapi.json").json()["paths"]
    return {
        (path, method): {int(status) for status in operation["responses"]}
        for path, operations in paths.items()
        for method, operation in operations.items()
    }


# --- strategies -------------------------------------------------------------------------------------

ODD_CHARS = st.sampled_from(
    [
        "\x00",
        "\ud800",
        "\udfff",
        "\u202e",
        "\u200b",
        "\ufeff",
        "\r\n",
        "\x7f",
        "é",
        "\U0001d49c",
        "<script>",
        "%00",
    ]
)


def _repeat(piece: str, times: int) -> str:
    return piece * times


# Text of every kind: short unicode, odd characters, and huge strings (near and past every limit).
TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec=None), max_size=20),
    ODD_CHARS,
    st.builds(
        lambda before, odd, after: before + odd + after, st.text(max_size=8), ODD_CHARS, st.text(max_size=8)
    ),
    st.builds(_repeat, st.sampled_from(["a", "é", "\ud800", "x@y.z ", "1"]), st.integers(0, 20_000)),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**20, max_value=10**60),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXT,
    st.sampled_from(OPTION_KEYS),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(TEXT, children, max_size=5),
    max_leaves=20,
)
ANSWER_VALUE = st.one_of(
    JSON_VALUES,
    st.sampled_from(OPTION_KEYS),
    st.lists(st.sampled_from(OPTION_KEYS), max_size=8),
    st.lists(JSON_VALUES, max_size=4),
)
ANSWERS = st.one_of(
    st.dictionaries(st.sampled_from(QUESTION_KEYS), ANSWER_VALUE, max_size=8),
    st.dictionaries(st.sampled_from(QUESTION_KEYS) | TEXT, ANSWER_VALUE, max_size=6),
    JSON_VALUES,
)
SUBMISSION = st.fixed_dictionaries(
    {"answers": ANSWERS},
    optional={
        "locale": st.one_of(st.sampled_from(["en", "es", "ar", "zh-Hant", "pt-BR", "xx", ""]), JSON_VALUES),
        "page_url": st.one_of(
            st.sampled_from(
                ["https://example.gov/apply?ssn=123-45-6789", "http://[::1", "//x", "javascript:"]
            ),
            JSON_VALUES,
        ),
        "extra": JSON_VALUES,
    },
)


def _encode_json(value: Any) -> bytes:
    return json.dumps(value).encode()  # ensure_ascii: lone surrogates travel as \\ud800 escapes


JSON_BODIES = st.one_of(
    SUBMISSION.map(_encode_json),
    JSON_VALUES.map(_encode_json),
    st.binary(max_size=200),
    st.sampled_from([b"", b"{", b"null", b"[]", b'{"answers": NaN}', b"1" * 5000, b"\xff\xfe{}"]),
    st.builds(lambda n: b'{"answers": {"comment": "' + b"a" * n + b'"}}', st.integers(10_000, 20_000)),
)

HEADER_TEXT = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=30)
IDEMPOTENCY_KEYS = st.one_of(
    st.none(),
    st.just(""),
    st.builds(
        _repeat, st.sampled_from(["k", "é", "\t", "\x7f", " "]), st.sampled_from([1, 199, 200, 201, 5000])
    ),
    HEADER_TEXT,
    st.uuids().map(str),
    st.sampled_from(["fixed-key-1", "fixed-key-2"]),  # repeats: a retry answered 200
)
ORIGINS = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "http://testserver",
            "http://localhost:8000",
            "http://127.0.0.1:8000",
            "https://evil.example",
            "null",
            "",
            "http://[::1",
            "http://testserver:99999",
            "file://",
        ]
    ),
    HEADER_TEXT,
)
CONTENT_TYPES = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "application/json",
            "application/json; charset=latin-1",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "multipart/form-data; boundary=fuzz",
            "multipart/form-data; boundary=",
            "*/*",
        ]
    ),
    HEADER_TEXT,
)
ACCEPT_LANGUAGES = st.one_of(
    st.none(), st.sampled_from(["es", "ar;q=0.5, fr", "*", "zz-ZZ", ";q=x"]), HEADER_TEXT
)


def _header_bytes(value: str) -> bytes:
    return value.encode("latin-1")


def _headers(**values: str | None) -> dict[str, bytes]:
    return {
        name.replace("_", "-"): _header_bytes(value) for name, value in values.items() if value is not None
    }


# --- the JSON API -------------------------------------------------------------------------------------


@FUZZ
@given(
    prefix=st.sampled_from(PREFIXES),
    touchpoint=st.sampled_from([*TOUCHPOINTS, "no-such-touchpoint"]),
    body=JSON_BODIES,
    idempotency_key=IDEMPOTENCY_KEYS,
    origin=ORIGINS,
    content_type=CONTENT_TYPES,
    accept_language=ACCEPT_LANGUAGES,
    htmx=st.booleans(),
)
def test_json_api_never_fails_and_answers_a_documented_status(
    client: TestClient,
    documented: dict[tuple[str, str], set[int]],
    prefix: str,
    touchpoint: str,
    body: bytes,
    idempotency_key: str | None,
    origin: str | None,
    content_type: str | None,
    accept_language: str | None,
    htmx: bool,
) -> None:
    headers = _headers(
        Idempotency_Key=idempotency_key,
        Origin=origin,
        Content_Type=content_type,
        Accept_Language=accept_language,
        HX_Request="true" if htmx else None,
    )
    response = client.post(f"{prefix}/api/feedback/{touchpoint}", content=body, headers=headers)
    assert response.status_code < 500, response.text[:500]
    if prefix == "/zz":
        assert response.status_code == 404  # not a language we ship: no such page
        return
    assert response.status_code in documented[SUBMIT], (response.status_code, response.text[:500])
    if response.status_code in (200, 201):
        assert "id" in response.json()
    elif response.status_code in (403, 413, 422, 429):
        assert isinstance(response.json().get("errors"), dict)


# Inputs that once broke something, always tried as well as the generated ones.
@example(
    touchpoint="demo-benefits", answers={"trust": "up", "comment": "a\ud800b"}, locale=None, page_url=None
)
@example(touchpoint="demo-benefits", answers={"trust": "up", "\ud800": "x"}, locale=None, page_url=None)
@example(
    touchpoint="demo-page", answers={"helpful": "no", "looking_for": "\udfff"}, locale="es", page_url=None
)
@example(touchpoint="demo-benefits", answers={"trust": "up"}, locale=None, page_url="https://x.gov/a\x00b")
@example(touchpoint="demo-benefits", answers={"trust": "up"}, locale="en\x00", page_url="\x00")
@example(touchpoint="demo-benefits", answers={"trust": "up", "comment": "a\x00b"}, locale=None, page_url=None)
@FUZZ
@given(
    touchpoint=st.sampled_from(TOUCHPOINTS),
    answers=ANSWERS,
    locale=st.one_of(st.none(), JSON_VALUES),
    page_url=st.one_of(st.none(), JSON_VALUES),
)
def test_json_api_with_plain_headers_never_fails(
    client: TestClient,
    documented: dict[tuple[str, str], set[int]],
    touchpoint: str,
    answers: Any,
    locale: Any,
    page_url: Any,
) -> None:
    """Deeper: a well-formed request whose body holds anything at all in the submission's fields."""
    body: dict[str, Any] = {"answers": answers}
    if locale is not None:
        body["locale"] = locale
    if page_url is not None:
        body["page_url"] = page_url
    response = client.post(
        f"/api/feedback/{touchpoint}",
        content=_encode_json(body),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code < 500, response.text[:500]
    assert response.status_code in documented[SUBMIT], (response.status_code, response.text[:500])


@FUZZ
@given(
    prefix=st.sampled_from(PREFIXES[:-1]),
    touchpoint=st.sampled_from([*TOUCHPOINTS, "no-such-touchpoint"]),
    lang=st.one_of(st.none(), TEXT.filter(lambda text: len(text) < 200)),
    origin=ORIGINS,
    accept_language=ACCEPT_LANGUAGES,
)
def test_widget_fragment_never_fails(
    client: TestClient,
    documented: dict[tuple[str, str], set[int]],
    prefix: str,
    touchpoint: str,
    lang: str | None,
    origin: str | None,
    accept_language: str | None,
) -> None:
    params = {"lang": lang.encode("utf-8", "surrogatepass")} if lang is not None else {}
    headers = _headers(Origin=origin, Accept_Language=accept_language)
    response = client.get(f"{prefix}/api/feedback/{touchpoint}/widget", params=params, headers=headers)
    assert response.status_code < 500, response.text[:500]
    assert response.status_code in documented[WIDGET], response.status_code


# --- the form post (no JavaScript and htmx) and the hosted page -----------------------------------------

FORM_NAMES = st.one_of(
    st.sampled_from([*QUESTION_KEYS, TOKEN_FIELD, LOCALE_FIELD, RETURN_FIELD, HONEYPOT_FIELD, "fd_other"]),
    TEXT,
)
FORM_VALUES = st.one_of(st.sampled_from(OPTION_KEYS), TEXT)
RETURN_PATHS = st.one_of(
    st.sampled_from(
        ["/apply/done?case=1", "//evil.example", "/\\evil", "https://evil.example/", "/%0d%0a", ""]
    ),
    TEXT,
)
TOKENS = st.sampled_from(["valid", "missing", "garbage", "other-touchpoint", "expired", "huge", "future"])


def _token(kind: str, touchpoint: str) -> str | None:
    tokens = FormTokens(SECRET)

    def shown(seconds_from_now: float) -> str:
        clock = FakeClock(SYSTEM_CLOCK.now() + timedelta(seconds=seconds_from_now))
        return FormTokens(SECRET, clock=clock).issue(touchpoint)

    return {
        "valid": tokens.issue(touchpoint),
        "missing": None,
        "garbage": "not.a.token",
        "other-touchpoint": tokens.issue("demo-page" if touchpoint != "demo-page" else "demo-benefits"),
        "expired": shown(-(10**7)),
        "huge": "x" * 600,
        "future": shown(10**7),
    }[kind]


def _multipart(fields: list[tuple[str, str]], with_file: bool) -> tuple[bytes, str]:
    boundary = "fuzzboundary7MA4YWxkTrZu0gW"
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode(
                "utf-8", "surrogatepass"
            )
        )
    if with_file:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="comment"; filename="a.txt"\r\n'
            "Content-Type: text/plain\r\n\r\nfile content\r\n".encode()
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


@FUZZ
@given(
    prefix=st.sampled_from(PREFIXES),
    touchpoint=st.sampled_from([*TOUCHPOINTS, "no-such-touchpoint"]),
    token=TOKENS,
    fields=st.lists(st.tuples(FORM_NAMES, FORM_VALUES), max_size=12),
    return_to=st.one_of(st.none(), RETURN_PATHS),
    encoding=st.sampled_from(["urlencoded", "multipart", "multipart+file", "raw"]),
    raw=st.binary(max_size=300),
    content_type=CONTENT_TYPES,
    origin=ORIGINS,
    referer=st.one_of(st.none(), st.sampled_from(["http://testserver/apply", "https://evil.example/"])),
    htmx=st.booleans(),
)
def test_form_post_never_fails(
    client: TestClient,
    prefix: str,
    touchpoint: str,
    token: str,
    fields: list[tuple[str, str]],
    return_to: str | None,
    encoding: str,
    raw: bytes,
    content_type: str | None,
    origin: str | None,
    referer: str | None,
    htmx: bool,
) -> None:
    pairs = list(fields)
    made = _token(token, touchpoint)
    if made is not None:
        pairs.append((TOKEN_FIELD, made))
    if return_to is not None:
        pairs.append((RETURN_FIELD, return_to))
    if encoding == "urlencoded":
        body = urlencode(pairs, encoding="utf-8", errors="surrogatepass").encode()
        sent_type: str | None = "application/x-www-form-urlencoded"
    elif encoding.startswith("multipart"):
        body, sent_type = _multipart(pairs, with_file=encoding.endswith("file"))
    else:
        body, sent_type = raw, content_type
    headers = _headers(
        Content_Type=sent_type, Origin=origin, Referer=referer, HX_Request="true" if htmx else None
    )
    response = client.post(
        f"{prefix}/feedback/{touchpoint}", content=body, headers=headers, follow_redirects=False
    )
    assert response.status_code < 500, response.text[:500]
    assert response.status_code in FORM_STATUSES, (response.status_code, response.text[:500])
    if response.status_code == 303:
        location = response.headers["location"]
        assert location.startswith(f"{prefix}/feedback/{touchpoint}/thanks"), location


@FUZZ
@given(
    prefix=st.sampled_from(PREFIXES[:-1]),
    touchpoint=st.sampled_from([*TOUCHPOINTS, "no-such-touchpoint"]),
    page=st.sampled_from(["", "/thanks"]),
    return_to=st.one_of(st.none(), RETURN_PATHS.filter(lambda text: len(text) < 500)),
)
def test_hosted_and_thank_you_pages_never_fail(
    client: TestClient, prefix: str, touchpoint: str, page: str, return_to: str | None
) -> None:
    params = {"return_to": return_to.encode("utf-8", "surrogatepass")} if return_to is not None else {}
    response = client.get(f"{prefix}/feedback/{touchpoint}{page}", params=params)
    assert response.status_code < 500, response.text[:500]
    assert response.status_code in HOSTED_STATUSES, response.status_code
    if response.status_code == 200:
        assert "evil.example" not in response.text
