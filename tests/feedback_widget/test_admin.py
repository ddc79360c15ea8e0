"""The feedback admin area against real SQLite and PostgreSQL stores: sign-in, dashboard, comments,
exports, the JSON API and the OpenAPI document."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func
from sqlalchemy import select as sql_select
from starlette.applications import Starlette
from starlette.testclient import TestClient

from feedback_widget import cli
from feedback_widget.admin import hash_password, routes, verify_password
from feedback_widget.admin.auth import SESSION_COOKIE
from feedback_widget.admin.exports import safe_cell
from feedback_widget.admin.periods import fiscal_quarter, resolve_period
from feedback_widget.admin.sign_in import SIGN_IN_LIMIT
from feedback_widget.service import FeedbackService
from feedback_widget.settings import FeedbackSettings
from feedback_widget.store import Store, StoreSettings, Submission, migrate
from feedback_widget.store.admin_sessions import AdminSessions, session_id
from feedback_widget.store.schema import admin_sessions
from feedback_widget.touchpoints import demo_registry
from tests.feedback_widget.clock import FakeClock
from tests.html import attr, classes, one, parse, select, text

SECRET = "test-secret-key-for-the-admin-area"
PASSWORD = "correct horse battery staple"
HASH = hash_password(PASSWORD)
JAN = dt.datetime(2026, 1, 5, 12, 0, tzinfo=dt.UTC)
PERIOD = "period=custom&from=2026-01-01&to=2026-01-31"
POST = "demo-benefits"
SEVEN = "demo-service-center"


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    migrate(database_url)
    with Store(database_url) as opened:
        yield opened


@pytest.fixture
def make_client(store: Store, database_url: str) -> Callable[..., TestClient]:
    def make(
        password_hash: str | None = HASH,
        session_seconds: int = 1800,
        clock: FakeClock | None = None,
        address: str = "198.51.100.7",
    ) -> TestClient:
        settings = FeedbackSettings(
            secret_key=SECRET,
            admin_username="admin",
            admin_password_hash=password_hash,
            admin_session_seconds=session_seconds,
            store=StoreSettings(database_url=database_url),
        )
        service = FeedbackService(
            settings=settings,
            store=store,
            touchpoints=demo_registry(),
            clock=clock or FakeClock(),
            separate_process=False,  # HTTP behaviour; the store process has its own tests
        )
        app = Starlette(routes=routes(service))
        return TestClient(app, follow_redirects=False, client=(address, 50000))

    return make


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


def csrf(html: str) -> str:
    """The CSRF token of the page's first form that has one."""
    token = attr(select(parse(html), "form input[type=hidden][name=csrf_token]")[0], "value")
    assert token, "no CSRF token in the page"
    return token


def heading(html: str) -> str:
    """The page's main heading."""
    return text(one(parse(html), "main h1"))


def sign_in(client: TestClient, password: str = PASSWORD, username: str = "admin") -> object:
    form = client.get("/admin/sign-in")
    assert form.status_code == 200
    data = {"csrf_token": csrf(form.text), "username": username, "password": password, "next": "/admin/"}
    return client.post("/admin/sign-in", data=data)


@pytest.fixture
def admin(client: TestClient) -> TestClient:
    response = sign_in(client)
    assert response.status_code == 303
    return client


def add(store: Store, touchpoint: str, question_set: str, answers: dict, days: int = 0, **extra: str) -> str:
    submission = Submission(
        touchpoint=touchpoint,
        question_set=question_set,
        locale=extra.get("locale", "en"),
        page_url=extra.get("page_url", "https://example.gov/apply/done"),
        answers=answers,
    )
    submission_id, _created = store.add_submission(submission, now=JAN + dt.timedelta(days=days))
    return submission_id


@pytest.fixture
def seeded(store: Store) -> dict[str, str]:
    ids = {
        "a": add(
            store, POST, "post_transaction", {"trust": "up", "positive_drivers": ["ease", "efficiency"]}
        ),
        "b": add(
            store,
            POST,
            "post_transaction",
            {"trust": "up", "positive_drivers": ["ease"], "comment": "Quick and clear, thanks"},
            days=1,
            locale="es",
        ),
        "c": add(
            store,
            POST,
            "post_transaction",
            {"trust": "up", "positive_drivers": ["effectiveness"], "comment": "<script>alert(1)</script>"},
            days=8,
        ),
        "d": add(
            store,
            POST,
            "post_transaction",
            {"trust": "down", "negative_drivers": ["efficiency"], "comment": '=HYPERLINK("http://x")'},
            days=9,
        ),
        "spam": add(store, POST, "post_transaction", {"trust": "down", "comment": "buy cheap pills"}, days=2),
        "s1": add(store, SEVEN, "seven_statements", {"satisfaction": "5", "trust": "4", "ease": "2"}),
        "s2": add(store, SEVEN, "seven_statements", {"satisfaction": "3", "trust": "4", "ease": "5"}, days=3),
    }
    store.mark_spam(ids["spam"])
    return ids


# Passwords and periods


def test_password_hash_round_trip() -> None:
    assert HASH.startswith("scrypt$16384$8$1$")
    assert verify_password(PASSWORD, HASH)
    assert not verify_password("wrong", HASH)
    assert not verify_password(PASSWORD, "scrypt$garbage")
    assert hash_password(PASSWORD) != HASH  # salted


def test_fiscal_quarters_start_in_october() -> None:
    assert fiscal_quarter(dt.date(2025, 10, 1)) == (2026, 1, dt.date(2025, 10, 1))
    assert fiscal_quarter(dt.date(2026, 2, 14)) == (2026, 2, dt.date(2026, 1, 1))
    last = resolve_period("last_quarter", today=dt.date(2026, 1, 10))
    assert (last.since, last.until) == (
        dt.datetime(2025, 10, 1, tzinfo=dt.UTC),
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    assert last.label == "FY 2026 Q1"


def test_hash_password_command(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt="": PASSWORD)
    assert cli.hash_password_command() == 0
    assert verify_password(PASSWORD, capsys.readouterr().out.strip())
    answers = iter([PASSWORD, "something else entirely"])
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt="": next(answers))
    assert cli.hash_password_command() == 1


# Sign-in and session


def test_closed_without_a_password_hash(make_client: Callable[..., TestClient]) -> None:
    client = make_client(password_hash=None)
    for path in ("/admin/", "/admin/sign-in", "/admin/comments", "/admin/export/responses.csv"):
        response = client.get(path)
        assert response.status_code == 503
        assert heading(response.text) == "The admin area is closed"
        variables = [text(code) for code in select(parse(response.text), "main ol li code")]
        assert "FRONTDOOR_ADMIN_PASSWORD_HASH" in variables
    assert client.get("/api/admin/responses").status_code == 401


def test_sign_in(client: TestClient) -> None:
    assert client.get("/admin/").headers["location"].startswith("/admin/sign-in?next=")
    wrong = sign_in(client, password="not the password")
    assert wrong.status_code == 401
    error = one(parse(wrong.text), ".fd-error-summary a[href='#username']")
    assert text(error) == "The user name or password is not right. Check them and try again."
    assert SESSION_COOKIE not in client.cookies
    right = sign_in(client)
    assert right.status_code == 303 and right.headers["location"] == "/admin/"
    cookie = right.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Secure" not in cookie
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    page = parse(dashboard.text)
    assert heading(dashboard.text) == "Dashboard" and classes(one(page, "main h1")) == ["fd-heading-xl"]
    assert not select(page, "[style], style, script:not([src])")  # nothing inline for the CSP to refuse


def test_sign_in_and_out_answer_405_with_allow_to_other_methods(client: TestClient) -> None:
    wrong = client.put("/admin/sign-in")
    assert wrong.status_code == 405 and set(wrong.headers["allow"].split(", ")) == {"GET", "HEAD", "POST"}
    sign_out = client.get("/admin/sign-out")
    assert sign_out.status_code == 405 and sign_out.headers["allow"] == "POST"


def test_sign_in_needs_the_form_token(client: TestClient) -> None:
    client.get("/admin/sign-in")
    response = client.post("/admin/sign-in", data={"username": "admin", "password": PASSWORD})
    assert response.status_code == 400
    assert SESSION_COOKIE not in client.cookies


def test_sign_out_ends_the_session_on_the_server(admin: TestClient) -> None:
    old = admin.cookies[SESSION_COOKIE]
    token = csrf(admin.get("/admin/").text)
    assert admin.post("/admin/sign-out").status_code == 403  # needs the form token
    assert admin.get("/admin/").status_code == 200
    signed_out = admin.post("/admin/sign-out", data={"csrf_token": token})
    assert signed_out.status_code == 303 and signed_out.headers["location"] == "/admin/sign-in"
    assert SESSION_COOKIE not in admin.cookies
    admin.cookies.set(SESSION_COOKIE, old)  # replayed, as by someone who had copied it
    assert admin.get("/admin/").headers["location"] == "/admin/sign-in?next=%2Fadmin%2F"
    assert admin.get("/admin/export/responses.csv").status_code == 303
    refused = admin.get("/api/admin/responses")
    assert refused.status_code == 401 and "json" in refused.headers["content-type"] and refused.json()


def test_a_new_password_ends_every_session(make_client: Callable[..., TestClient]) -> None:
    new_password = "a new password for the admin"
    before = make_client()
    assert sign_in(before).status_code == 303
    after = make_client(password_hash=hash_password(new_password))
    after.cookies.set(SESSION_COOKIE, before.cookies[SESSION_COOKIE])
    assert after.get("/admin/").status_code == 303
    assert after.get("/api/admin/responses").status_code == 401
    assert before.get("/admin/").status_code == 200  # a worker still on the old password
    assert sign_in(after, password=new_password).status_code == 303
    assert before.get("/admin/").status_code == 303  # signing in with the new one deleted the old sessions


def session_rows(store: Store) -> int:
    with store.engine.connect() as connection:
        return connection.execute(sql_select(func.count()).select_from(admin_sessions)).scalar_one()


def test_session_expires_by_the_clock(make_client: Callable[..., TestClient], store: Store) -> None:
    clock = FakeClock()
    client = make_client(clock=clock)
    assert sign_in(client).status_code == 303
    clock.advance(1799)
    assert client.get("/admin/").status_code == 200
    clock.advance(2)
    assert client.get("/admin/").headers["location"].startswith("/admin/sign-in")
    assert client.get("/api/admin/responses").status_code == 401
    assert session_rows(store) == 1
    assert sign_in(client).status_code == 303
    assert session_rows(store) == 1  # signing in deleted the ended session


def test_the_server_ends_a_session_whatever_the_cookie_says(make_client: Callable[..., TestClient]) -> None:
    clock = FakeClock()
    short = make_client(session_seconds=1800, clock=clock)
    assert sign_in(short).status_code == 303
    longer = make_client(session_seconds=7200, clock=clock)  # here the cookie's signature lasts 2 hours
    longer.cookies.set(SESSION_COOKIE, short.cookies[SESSION_COOKIE])
    clock.advance(1799)
    assert longer.get("/admin/").status_code == 200
    clock.advance(2)
    assert longer.get("/admin/").status_code == 303


def test_a_session_left_unused_for_30_minutes_ends(make_client: Callable[..., TestClient]) -> None:
    clock = FakeClock()
    client = make_client(session_seconds=8 * 3600, clock=clock)
    assert sign_in(client).status_code == 303
    for _ in range(4):
        clock.advance(29 * 60)
        assert client.get("/admin/").status_code == 200
    clock.advance(30 * 60)
    assert client.get("/admin/").status_code == 303


# Sign-in throttle


def test_right_passwords_are_never_throttled(make_client: Callable[..., TestClient]) -> None:
    client = make_client()
    for _ in range(SIGN_IN_LIMIT + 2):
        assert sign_in(client).status_code == 303
        client.cookies.clear()


def test_sign_in_is_throttled_per_user_name_and_address(make_client: Callable[..., TestClient]) -> None:
    clock = FakeClock()
    client = make_client(clock=clock)
    statuses = [sign_in(client, password="guess").status_code for _ in range(SIGN_IN_LIMIT + 1)]
    assert statuses == [401] * SIGN_IN_LIMIT + [429]
    paused = sign_in(client)  # the right password, from the same address
    assert paused.status_code == 429 and paused.headers["retry-after"] == "900"
    assert SESSION_COOKIE not in client.cookies
    assert heading(paused.text) == "Signing in is paused"
    paragraphs = [text(paragraph) for paragraph in select(parse(paused.text), "main p")]
    assert "Wait 15 minutes, then sign in again." in paragraphs
    assert not select(parse(paused.text), "main form")  # nothing to try until the pause ends
    client.headers["X-Forwarded-For"] = "203.0.113.50"  # believed from trusted proxies only
    assert sign_in(client).status_code == 429
    del client.headers["X-Forwarded-For"]
    elsewhere = make_client(clock=clock, address="203.0.113.9")
    assert sign_in(elsewhere).status_code == 303
    assert sign_in(client, username="someone else", password="guess").status_code == 401
    clock.advance(899)
    assert sign_in(client).status_code == 429
    clock.advance(1)
    assert sign_in(client).status_code == 303


def test_a_right_password_clears_the_failures_before_it(make_client: Callable[..., TestClient]) -> None:
    client = make_client()
    assert [sign_in(client, password="typo").status_code for _ in range(SIGN_IN_LIMIT - 1)] == [401] * 9
    assert sign_in(client).status_code == 303
    client.cookies.clear()
    statuses = [sign_in(client, password="typo").status_code for _ in range(SIGN_IN_LIMIT + 1)]
    assert statuses == [401] * SIGN_IN_LIMIT + [429]


# Dashboard


def test_dashboard_numbers(admin: TestClient, seeded: dict[str, str]) -> None:
    html = admin.get(f"/admin/?touchpoint={POST}&{PERIOD}").text
    assert summary(html) == {"Responses": "4", "Trust share (thumbs up)": "75% (3 of 4)"}
    table = table_rows(html, "table-positive_drivers")
    assert table["It was easy to do"] == ("2", "67%")
    assert table["It did not take long"] == ("1", "33%")
    assert table["I got what I needed"] == ("1", "33%")
    assert table["The staff were helpful"] == ("0", "0%")
    assert table_rows(html, "table-negative_drivers")["It took too long"] == ("1", "100%")
    assert table_rows(html, "table-trust") == {"Thumbs up": ("3", "75%"), "Thumbs down": ("1", "25%")}
    trend = table_rows(html, "table-trend")  # week, responses, thumbs up, trust share
    assert trend["Week of Jan 5, 2026"] == ("2", "2", "100%")
    assert trend["Week of Jan 12, 2026"] == ("2", "1", "50%")


@pytest.mark.parametrize(("today", "responses"), [(JAN, "4"), (dt.datetime(2026, 7, 1, tzinfo=dt.UTC), "0")])
def test_the_dashboard_shows_this_quarter_by_the_clock(
    make_client: Callable[..., TestClient], seeded: dict[str, str], today: dt.datetime, responses: str
) -> None:
    client = make_client(clock=FakeClock(today))
    assert sign_in(client).status_code == 303
    html = client.get(f"/admin/?touchpoint={POST}").text
    assert summary(html)["Responses"] == responses


def test_seven_statements_counts(admin: TestClient, seeded: dict[str, str]) -> None:
    html = admin.get(f"/admin/?touchpoint={SEVEN}&{PERIOD}").text
    assert summary(html) == {"Responses": "2"}
    satisfaction = table_rows(html, "table-satisfaction")
    assert satisfaction["Strongly agree"] == ("1", "50%")
    assert satisfaction["Neither agree nor disagree"] == ("1", "50%")
    headlines = {
        attr(table, "id"): text(headline)
        for table in select(parse(html), "table[id^=table-]")
        for headline in select(table, "caption .fd-admin-table__headline")
    }
    assert headlines["table-trust"] == "100% agree (4 or 5)"  # 4 and 4
    assert headlines["table-satisfaction"] == "50% agree (4 or 5)"  # 5 and 3


def test_charts_show_the_table_numbers(admin: TestClient, seeded: dict[str, str]) -> None:
    html = admin.get(f"/admin/?touchpoint={POST}&{PERIOD}").text
    page = parse(html)
    for key in ("trust", "positive_drivers", "negative_drivers"):
        svg = one(page, f"svg#chart-{key}")
        assert attr(svg, "role") == "img"
        assert attr(svg, "aria-labelledby") == f"chart-{key}-title" and one(svg, f"title#chart-{key}-title")
        assert attr(svg, "aria-describedby") == f"table-{key}" and one(page, f"table#table-{key}")
        values = [text(value) for value in select(svg, ".fd-chart__value")]
        rows = table_rows(html, f"table-{key}")
        assert values == [f"{count} ({share})" for count, share in rows.values()]
        table = one(page, f"table#table-{key}")
        assert one(table, "caption") and len(select(table, "thead th[scope=col]")) == 3


def table_rows(html: str, table_id: str) -> dict[str, tuple[str, ...]]:
    """A table's body rows: each row's header to its cells' text."""
    rows = select(one(parse(html), f"table#{table_id}"), "tbody tr")
    return {text(one(row, "th[scope=row]")): tuple(text(cell) for cell in select(row, "td")) for row in rows}


def summary(html: str) -> dict[str, str]:
    """The dashboard's headline figures: each term to its value."""
    items = select(parse(html), ".fd-admin-summary .fd-admin-summary__item")
    return {text(one(item, "dt")): text(one(item, "dd")) for item in items}


def comments(html: str) -> list[str]:
    """The comments listed on the page, as a person reads them."""
    return [text(comment) for comment in select(parse(html), ".fd-admin-comment .fd-admin-comment__text")]


# Comments


def test_comments_search_and_escaping(admin: TestClient, seeded: dict[str, str]) -> None:
    html = admin.get("/admin/comments").text
    assert not select(parse(html), "main script")  # the comment's markup is text, not an element
    assert sorted(comments(html)) == sorted(
        ["Quick and clear, thanks", "<script>alert(1)</script>", '=HYPERLINK("http://x")', "buy cheap pills"]
    )
    assert text(one(parse(html), "#comment-count")) == "4 comments"
    found = admin.get("/admin/comments", params={"q": "QUICK"}).text
    assert comments(found) == ["Quick and clear, thanks"]
    assert text(one(parse(found), "#comment-count")) == "1 comment"
    nothing = admin.get("/admin/comments", params={"q": "%"}).text  # not a wildcard
    assert comments(nothing) == [] and text(one(parse(nothing), "#comment-count")) == "0 comments"


def test_comments_pagination(admin: TestClient, store: Store) -> None:
    for number in range(25):
        add(store, POST, "post_transaction", {"trust": "up", "comment": f"Comment number {number}"})
    first = parse(admin.get("/admin/comments").text)
    assert text(one(first, "nav.fd-admin-pagination span")) == "Page 1 of 2"
    assert [attr(link, "rel") for link in select(first, "nav.fd-admin-pagination a")] == ["next"]
    assert len(select(first, ".fd-admin-comment")) == 20
    second = parse(admin.get(attr(one(first, "a[rel=next]"), "href") or "").text)
    assert text(one(second, "nav.fd-admin-pagination span")) == "Page 2 of 2"
    assert [attr(link, "rel") for link in select(second, "nav.fd-admin-pagination a")] == ["prev"]
    assert len(select(second, ".fd-admin-comment")) == 5


def test_marking_spam_needs_the_csrf_token(admin: TestClient, store: Store, seeded: dict[str, str]) -> None:
    target = seeded["b"]
    refused = admin.post(f"/admin/comments/{target}/spam", data={"spam": "1"})
    assert refused.status_code == 403
    assert not store.get(target).is_spam
    forged = admin.post(f"/admin/comments/{target}/spam", data={"spam": "1", "csrf_token": "forged"})
    assert forged.status_code == 403
    token = csrf(admin.get("/admin/comments").text)
    done = admin.post(
        f"/admin/comments/{target}/spam",
        data={"spam": "1", "csrf_token": token, "next": "/admin/comments?q=x"},
    )
    assert done.status_code == 303 and done.headers["location"] == "/admin/comments?q=x"
    assert store.get(target).is_spam
    admin.post(f"/admin/comments/{target}/spam", data={"spam": "0", "csrf_token": token, "next": "//evil"})
    assert not store.get(target).is_spam
    assert admin.post("/admin/comments/nope/spam", data={"spam": "1", "csrf_token": token}).status_code == 404


# Exports


def read_csv(response: object) -> list[list[str]]:
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_responses_csv(admin: TestClient, seeded: dict[str, str]) -> None:
    rows = read_csv(admin.get(f"/admin/export/responses.csv?touchpoint={POST}"))
    header, body = rows[0], rows[1:]
    assert header == [
        "id",
        "created_at",
        "touchpoint",
        "question_set",
        "locale",
        "page_url",
        "trust",
        "positive_drivers",
        "negative_drivers",
        "comment",
    ]
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    assert set(by_id) == {seeded[k] for k in "abcd"}  # spam left out
    assert by_id[seeded["a"]]["positive_drivers"] == "ease;efficiency"
    assert by_id[seeded["a"]]["created_at"] == "2026-01-05T12:00:00+00:00"
    assert by_id[seeded["b"]]["locale"] == "es"
    assert by_id[seeded["d"]]["comment"] == '\'=HYPERLINK("http://x")'
    everything = read_csv(admin.get("/admin/export/responses.csv"))
    assert len(everything) == 1 + 6 and "satisfaction" in everything[0]


def test_quarterly_csv(admin: TestClient, seeded: dict[str, str]) -> None:
    rows = read_csv(admin.get(f"/admin/export/quarterly.csv?touchpoint={POST}&{PERIOD}"))
    drivers = ["effectiveness", "ease", "efficiency", "transparency", "humanity", "employee", "other"]
    assert rows[0] == [
        "id",
        "created_at",
        "trust",
        *(f"positive_drivers_{d}" for d in drivers),
        *(f"negative_drivers_{d}" for d in drivers),
        "comment",
    ]
    by_id = {row[0]: row for row in rows[1:]}
    assert len(by_id) == 4
    assert by_id[seeded["a"]][2:17] == ["1", "0", "1", "1", "0", "0", "0", "0"] + ["0"] * 7
    assert by_id[seeded["d"]][2] == "0" and by_id[seeded["d"]][3 + 7 + 2] == "1"
    assert by_id[seeded["c"]][-1] == "<script>alert(1)</script>"
    seven = read_csv(admin.get(f"/admin/export/quarterly.csv?touchpoint={SEVEN}&{PERIOD}"))
    assert seven[0] == ["question", "1", "2", "3", "4", "5", "total"]
    counts = {row[0]: row[1:] for row in seven[1:]}
    assert counts["satisfaction"] == ["0", "0", "1", "0", "1", "2"]
    assert counts["trust"] == ["0", "0", "0", "2", "0", "2"]
    assert counts["ease"] == ["0", "1", "0", "0", "1", "2"]


def test_formula_cells_are_guarded() -> None:
    for risky in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1"):
        assert safe_cell(risky) == "'" + risky
    assert safe_cell("fine") == "fine" and safe_cell(None) == ""


def test_exports_need_a_session(client: TestClient) -> None:
    assert client.get("/admin/export/responses.csv").status_code == 303
    assert client.get("/admin/export/quarterly.csv").status_code == 303


# JSON API


def test_json_api_pagination(admin: TestClient, client: TestClient, seeded: dict[str, str]) -> None:
    first = admin.get("/api/admin/responses", params={"touchpoint": POST, "per_page": 3}).json()
    assert first["total"] == 4 and first["page"] == 1 and len(first["items"]) == 3
    assert first["links"]["prev"] is None and "page=2" in first["links"]["next"]
    second = admin.get(first["links"]["next"]).json()
    assert (
        len(second["items"]) == 1 and second["links"]["next"] is None and "page=1" in second["links"]["prev"]
    )
    ids = {item["id"] for item in first["items"] + second["items"]}
    assert ids == {seeded[k] for k in "abcd"}
    newest = first["items"][0]
    assert newest["id"] == seeded["d"] and newest["answers"]["negative_drivers"] == ["efficiency"]
    since = admin.get("/api/admin/responses", params={"touchpoint": POST, "since": "2026-01-10"}).json()
    assert since["total"] == 2
    assert admin.get("/api/admin/responses", params={"page": "0"}).status_code == 422
    assert admin.get("/api/admin/responses", params={"since": "yesterday"}).json()["errors"]["since"]
    client.cookies.clear()
    assert client.get("/api/admin/responses").status_code == 401


def test_purge_and_migrate_commands(
    store: Store, database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FRONTDOOR_DATABASE_URL", database_url)
    monkeypatch.setenv("FRONTDOOR_SECRET_KEY", SECRET)
    assert cli.migrate_command() == 0
    sessions = AdminSessions(store.engine)
    now = dt.datetime.now(dt.UTC)
    ended = sessions.start("admin", "f", now=now - dt.timedelta(hours=3), lifetime_seconds=3600)
    current = sessions.start("admin", "f", now=now, lifetime_seconds=3600)
    old = add(store, POST, "post_transaction", {"trust": "up"}, days=-800)
    recent = add(store, POST, "post_transaction", {"trust": "up"}, days=0)
    assert cli.purge_command(365 * 100) == 0
    assert "Deleted 0 responses" in capsys.readouterr().out
    cutoff_days = (dt.datetime.now(dt.UTC) - (JAN - dt.timedelta(days=400))).days
    assert cli.purge_command(cutoff_days) == 0
    assert "Deleted 1 response older" in capsys.readouterr().out
    assert store.get(old) is None and store.get(recent) is not None
    with store.engine.connect() as connection:
        left = connection.execute(sql_select(admin_sessions.c.id)).scalars().all()
    assert left == [session_id(current)] and session_id(ended) not in left
