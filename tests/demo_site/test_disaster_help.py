"""The worked service, "Get help after a disaster", walked through the demo app without JavaScript:
every branch, lists of 0, 1 and 3 people, a change from check answers, both exits, another language
mid-journey, and arbitrary posts to every step (never a 5xx)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update
from starlette.testclient import TestClient

from components.form_steps.starlette import CSRF_FIELD
from demo_site import create_app, disaster_help
from feedback_widget.service import FeedbackService
from feedback_widget.store import Store
from feedback_widget.store.schema import form_drafts
from tests.html import attr, one, parse, select, text

PAGE_FORM = "form[method=post]:not(dialog form)"
"""The page's own form, not the timeout warning's."""
RECENT = date.today() - timedelta(days=10)
LONG_AGO = date.today() - timedelta(days=200)

GOOD: dict[str, dict[str, str]] = {
    "disaster-type": {"disaster-type": "flood"},
    "disaster-date": {
        "disaster-date-month": str(RECENT.month),
        "disaster-date-day": str(RECENT.day),
        "disaster-date-year": str(RECENT.year),
    },
    "declared-area": {"declared-area": "yes"},
    "your-name": {"your-name-first": "Ana", "your-name-middle": "", "your-name-last": "Ruiz"},
    "your-birth-date": {
        "your-birth-date-month": "4",
        "your-birth-date-day": "9",
        "your-birth-date-year": "1980",
    },
    "your-ssn": {"your-ssn": "219-09-9999"},
    "home-address": {
        "home-address-line1": "1 Main St",
        "home-address-line2": "",
        "home-address-city": "Baton Rouge",
        "home-address-state": "LA",
        "home-address-zip": "70801",
    },
    "own-or-rent": {"own-or-rent": "rent"},
    "damage": {"damage": "major"},
    "has-insurance": {"has-insurance": "no"},
    "member-name": {"member-name-first": "Luis", "member-name-middle": "", "member-name-last": "Ruiz"},
    "member-birth-date": {
        "member-birth-date-month": "1",
        "member-birth-date-day": "2",
        "member-birth-date-year": "2015",
    },
    "needs": {"needs": "shelter"},
    "needs-more": {"needs-more": ""},
    "payment": {"payment": "bank"},
    "bank": {"bank-routing": "021000021", "bank-account": "12345678"},
    "phone": {"phone": "202-555-0143"},
    "email": {"email": ""},
}


def _demo(url: str, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    """The demo app over the database at ``url``, as a client that does not follow redirects."""
    monkeypatch.setenv("FRONTDOOR_DATABASE_URL", url)
    monkeypatch.setenv("FRONTDOOR_SECRET_KEY", "a-test-secret-key-long-enough")
    return TestClient(create_app(feedback=FeedbackService.from_environment()), follow_redirects=False)


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    with _demo(f"sqlite:///{tmp_path / 'demo.db'}", monkeypatch) as opened:
        yield opened


@pytest.fixture(params=["sqlite", "postgresql"])
def any_client(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    """The demo over its drafts in SQLite, or in a fresh database of the session's PostgreSQL cluster."""
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_server").create_database()
    with _demo(url, monkeypatch) as opened:
        yield opened


def _post(client: TestClient, path: str, data: dict[str, str]) -> Any:
    token = attr(one(parse(client.get(path).text), f"{PAGE_FORM} input[name={CSRF_FIELD}]"), "value")
    return client.post(path, data={CSRF_FIELD: token or "", **data})


def _first(client: TestClient, start: str) -> str:
    """Open the flow at ``start`` (its task list) and go on to the next question: where its form posts."""
    page = parse(client.get(start, follow_redirects=True).text)
    return attr(one(page, PAGE_FORM), "action") or "" if select(page, PAGE_FORM) else _go_on(page)


def _go_on(task_list: Any) -> str:
    """From the task list: check answers when everything is done, else the section to start or finish."""
    links = {text(link): attr(link, "href") for link in select(task_list, "main a")}
    if "Check your answers" in links:
        return links["Check your answers"] or ""
    for item in select(task_list, ".fd-task-list__item"):
        if text(one(item, ".fd-task-list__status")) in ("Not yet started", "In progress"):
            return attr(one(item, "a"), "href") or ""
    raise AssertionError("nowhere to go on from the task list")


def walk(client: TestClient, choices: dict[str, dict[str, str]], people: int, prefix: str = "") -> list[str]:
    """Answer every page from the start until check answers or an exit; the paths visited, in order."""
    path = _first(client, f"{prefix}/disaster-help/apply/")
    visited = []
    added = 0
    while "/check-answers" not in path and "/exit/" not in path:
        if path.endswith("/tasks"):
            path = _go_on(parse(client.get(path).text))
            continue
        visited.append(path)
        page = path.rsplit("/", 1)[-1]
        if page == "add-another":
            data = {"household": "yes" if added < people else "no"}
            added += data["household"] == "yes"
        else:
            data = choices.get(page, GOOD[page])
        response = _post(client, path, data)
        assert response.status_code == 303, (
            path,
            response.status_code,
            text(one(parse(response.text), "h1")),
        )
        path = response.headers["location"]
    visited.append(path)
    return visited


def test_the_start_page_is_linked_from_home_and_starts_the_flow(client: TestClient) -> None:
    home = parse(client.get("/").text)
    assert "/disaster-help" in [attr(link, "href") for link in select(home, "main a")]
    start = parse(client.get("/disaster-help").text)
    assert text(one(start, "h1")) == "Get help after a disaster"
    button = one(start, "a.fd-button--start")
    assert attr(button, "href") == "/disaster-help/apply/"
    tasks = parse(client.get("/disaster-help/apply/").text)
    assert len(select(tasks, ".fd-task-list__item")) == len(disaster_help.FLOW.sections)
    assert _first(client, "/disaster-help/apply/") == "/disaster-help/apply/disaster-type"


@pytest.mark.parametrize("people", [0, 1, 3])
@pytest.mark.parametrize("payment", ["bank", "check"])
def test_every_way_through_reaches_check_answers_and_is_sent(
    any_client: TestClient, people: int, payment: str
) -> None:
    client = any_client  # on SQLite and on PostgreSQL
    visited = walk(client, {"payment": {"payment": payment}}, people)
    assert visited[-1] == "/disaster-help/apply/check-answers"
    assert ("/disaster-help/apply/bank" in visited) == (payment == "bank")
    assert sum(path.endswith("/member-name") for path in visited) == people
    page = parse(client.get(visited[-1]).text)
    keys = [text(key) for key in select(page, ".fd-summary-list__key")]
    assert keys.count("What is their name?") == people
    assert ("What are your bank account details?" in keys) == (payment == "bank")
    response = _post(client, visited[-1], {})
    assert response.status_code == 400  # the declaration is not ticked
    assert (
        text(one(parse(response.text), ".fd-error-summary a"))
        == "Select the box to confirm your answers are true."
    )
    response = _post(client, visited[-1], {"declaration": "yes"})
    assert response.headers["location"] == "/disaster-help/apply/confirmation"
    confirmation = parse(client.get("/disaster-help/apply/confirmation").text)
    panel = one(confirmation, ".fd-panel")
    assert len(text(one(panel, "strong"))) == 14  # a reference such as ABCD-EFGH-JKLM
    record = one(confirmation, ".fd-record")
    assert "Into my bank account" in text(record) or "A paper check in the mail" in text(record)
    assert select(confirmation, "form[action*='/feedback/']")  # the feedback form, at the end


def test_no_damage_skips_the_insurance_question(client: TestClient) -> None:
    visited = walk(client, {"damage": {"damage": "none"}}, 0)
    assert "/disaster-help/apply/has-insurance" not in visited


@pytest.mark.parametrize(
    ("choices", "exit_page"),
    [
        ({"declared-area": {"declared-area": "no"}}, "not-declared"),
        (
            {
                "disaster-date": {
                    "disaster-date-month": str(LONG_AGO.month),
                    "disaster-date-day": str(LONG_AGO.day),
                    "disaster-date-year": str(LONG_AGO.year),
                }
            },
            "too-late",
        ),
    ],
)
def test_the_exits(client: TestClient, choices: dict[str, dict[str, str]], exit_page: str) -> None:
    visited = walk(client, choices, 0)
    assert visited[-1] == f"/disaster-help/apply/exit/{exit_page}"
    page = parse(client.get(visited[-1]).text)
    assert one(page, "h1") and attr(one(page, ".fd-back-link"), "href") == visited[-2]


def test_a_change_from_check_answers_asks_the_new_question_then_returns(client: TestClient) -> None:
    walk(client, {"payment": {"payment": "check"}}, 0)
    response = _post(client, "/disaster-help/apply/payment?change=1", {"payment": "bank"})
    assert response.headers["location"] == "/disaster-help/apply/bank?change=1"
    response = _post(client, "/disaster-help/apply/bank?change=1", GOOD["bank"])
    assert response.headers["location"] == "/disaster-help/apply/check-answers"  # then back to check answers


def test_switching_language_mid_journey_keeps_the_answers(client: TestClient) -> None:
    path = _first(client, "/disaster-help/apply/")
    _post(client, path, GOOD["disaster-type"])
    response = client.get("/es/disaster-help/apply/disaster-type")
    assert response.status_code == 200
    chosen = one(parse(response.text), "input[value=flood]")
    assert attr(chosen, "checked") is not None
    assert attr(one(parse(response.text), "html"), "lang") == "es"
    assert (
        text(one(parse(response.text), "h1")) != "What kind of disaster was it?"
    )  # the flow's text, translated


answers = st.dictionaries(
    st.sampled_from(sorted({name for fields in GOOD.values() for name in fields})),
    st.text(max_size=20) | st.sampled_from(["yes", "no", "flood", "13", "2026", "021000021", "none"]),
    max_size=6,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from([step.id for step in disaster_help.FLOW.steps()]), answers)
def test_no_post_to_a_step_causes_a_5xx(client: TestClient, step_id: str, data: dict[str, str]) -> None:
    path = _first(client, "/disaster-help/apply/")
    target = f"/disaster-help/apply/{step_id}"
    token = attr(one(parse(client.get(path).text), f"{PAGE_FORM} input[name={CSRF_FIELD}]"), "value")
    response = client.post(target, data={CSRF_FIELD: token or "", **data})
    assert response.status_code in (200, 303, 400, 404)


def test_the_mail_server_comes_from_configuration() -> None:
    assert disaster_help.mailer_from_environment({}) is None
    mailer = disaster_help.mailer_from_environment(
        {
            "FRONTDOOR_SMTP_HOST": "smtp.example.gov",
            "FRONTDOOR_SMTP_PORT": "587",
            "FRONTDOOR_SMTP_USERNAME": "u",
        }
    )
    assert mailer is not None and (mailer.host, mailer.port, mailer.username) == (
        "smtp.example.gov",
        587,
        "u",
    )


def test_save_resume_on_another_device_and_expiry(any_client: TestClient) -> None:
    """On SQLite and PostgreSQL: saved half way, the answers come back on another device by the link
    and by the reference and code; once the draft has expired, neither opens it."""
    client = any_client
    path = _first(client, "/disaster-help/apply/")
    _post(client, path, GOOD["disaster-type"])
    response = _post(
        client, "/disaster-help/apply/disaster-date", {**GOOD["disaster-date"], "action": "save"}
    )
    assert response.headers["location"] == "/disaster-help/apply/saved"
    saved = parse(client.get("/disaster-help/apply/saved").text)
    link = (attr(one(saved, ".fd-resume-link a"), "href") or "").removeprefix("http://testserver")
    reference, code = (text(value) for value in select(saved, ".fd-summary-list__value strong"))

    by_link = TestClient(client.app, follow_redirects=False)
    assert by_link.get(link).headers["location"] == "/disaster-help/apply/declared-area"
    by_code = TestClient(client.app, follow_redirects=False)
    form = one(
        parse(by_code.get("/disaster-help/apply/resume").text), "form[action='/disaster-help/apply/resume']"
    )
    token = attr(one(form, f"input[name={CSRF_FIELD}]"), "value")
    response = by_code.post(
        "/disaster-help/apply/resume", data={CSRF_FIELD: token, "reference": reference, "code": code}
    )
    assert response.headers["location"] == "/disaster-help/apply/declared-area"
    assert attr(one(parse(by_code.get(path).text), "input[value=flood]"), "checked") is not None

    with Store(os.environ["FRONTDOOR_DATABASE_URL"]) as store, store.engine.begin() as connection:
        connection.execute(update(form_drafts).values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    late = TestClient(client.app, follow_redirects=False)
    expired = late.get(link)
    assert expired.status_code == 404 and text(one(parse(expired.text), "h1")) == "This link has expired"
    form = one(
        parse(late.get("/disaster-help/apply/resume").text), "form[action='/disaster-help/apply/resume']"
    )
    token = attr(one(form, f"input[name={CSRF_FIELD}]"), "value")
    response = late.post(
        "/disaster-help/apply/resume", data={CSRF_FIELD: token, "reference": reference, "code": code}
    )
    assert response.status_code == 400
    again = parse(client.get(path).text)  # the first device starts again, with nothing chosen
    assert select(again, "input[value=flood]") and select(again, "input[checked]") == []
