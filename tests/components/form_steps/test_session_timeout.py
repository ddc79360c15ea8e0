"""A flow whose sessions end after some minutes without activity: every page warns of it (a note, and a
dialog for the script), "Continue" keeps the session going, and once it has ended the person gets a
plain page with the ways on, and their answers are kept."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from components.form_steps import starlette as flow_starlette
from components.form_steps.drafts import MemoryDrafts
from components.form_steps.starlette import CSRF_FIELD, FlowRoutes
from tests.components.form_steps.flows import help_flow
from tests.html import attr, one, parse, select, text

START = 1_800_000_000.0


class Clock:
    """The time the router reads, moved by the test."""

    def __init__(self) -> None:
        self.now = START

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(flow_starlette, "time", SimpleNamespace(time=clock.time))
    return clock


@pytest.fixture
def drafts() -> MemoryDrafts:
    return MemoryDrafts()


def _client(drafts: MemoryDrafts, session_minutes: int | None) -> TestClient:
    routes = FlowRoutes(
        help_flow(),
        drafts=drafts,
        secret_key="test-secret-key-of-enough-length",
        session_minutes=session_minutes,
    )
    app = Starlette(routes=[Mount("/help", routes=routes.routes())])
    return TestClient(app, base_url="https://testserver", follow_redirects=False)


@pytest.fixture
def client(drafts: MemoryDrafts, clock: Clock) -> Iterator[TestClient]:
    with _client(drafts, 20) as opened:
        yield opened


def _answer_first(client: TestClient) -> str:
    page = parse(client.get("/help/").text)
    token = attr(one(page, f"form[action='/help/in-us'] input[name={CSRF_FIELD}]"), "value")
    response = client.post("/help/in-us", data={CSRF_FIELD: token, "in-us": "yes"})
    assert response.status_code == 303
    return str(response.headers["location"])


def _stamp(response: Any) -> int:
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("fd-flow-help=")
    return int(cookie.split("=", 1)[1].split(";")[0].split(".")[1])


def test_every_page_warns_and_can_keep_the_session_going(client: TestClient) -> None:
    path = _answer_first(client)
    page = parse(client.get(path).text)
    warning = one(page, "main [data-fd-timeout-warning]")
    assert attr(warning, "data-fd-minutes") == "20" and attr(warning, "data-fd-warning-minutes") == "2"
    assert attr(warning, "data-fd-ended-url") == "/help/session-ended"
    assert text(one(warning, ".fd-timeout-warning__note")) == (
        "We end your session after 20 minutes without activity, to keep your information safe."
    )
    dialog = one(warning, "dialog")
    assert attr(dialog, "open") is None  # shown only by the script
    title = one(dialog, f"#{attr(dialog, 'aria-labelledby')}")
    assert title.name == "h2" and text(title) == "Do you need more time?"
    assert "2 minutes" in text(one(dialog, f"#{attr(dialog, 'aria-describedby')}"))
    assert select(warning, "form") == []  # nothing to send without the script
    assert attr(warning, "data-fd-extend-url") == "/help/session"
    assert attr(one(dialog, "button"), "type") == "button"
    assert attr(one(dialog, "a"), "href") == "/help/saved"
    page_token = attr(one(page, f"form[action='{path}'] input[name={CSRF_FIELD}]"), "value")
    assert attr(one(dialog, f"input[name={CSRF_FIELD}]"), "value") == page_token


def test_each_page_stamps_the_session_afresh(client: TestClient, clock: Clock) -> None:
    path = _answer_first(client)
    clock.now += 600
    assert _stamp(client.get(path)) == START + 600


def test_continue_keeps_the_session_going(client: TestClient, clock: Clock) -> None:
    path = _answer_first(client)
    token = attr(select(parse(client.get(path).text), f"input[name={CSRF_FIELD}]")[0], "value")
    for _ in range(3):  # 3 times 19 minutes: longer than a session, kept going each time
        clock.now += 19 * 60
        response = client.post("/help/session", data={CSRF_FIELD: token})
        assert response.status_code == 204 and _stamp(response) == clock.now
    assert client.get(path).status_code == 200


def test_a_session_without_activity_ends_and_the_answers_are_kept(
    client: TestClient, clock: Clock, drafts: MemoryDrafts
) -> None:
    path = _answer_first(client)
    saved = parse(client.get("/help/saved").text)
    reference, code = (text(value) for value in select(saved, ".fd-summary-list__value strong"))
    clock.now += 21 * 60
    response = client.get(path)
    assert response.status_code == 303 and response.headers["location"] == "/help/session-ended"
    forged = client.post("/help/session", data={CSRF_FIELD: "x"})
    assert forged.headers["location"] == "/help/session-ended"  # an ended session cannot be revived
    ended = client.get("/help/session-ended")
    assert ended.status_code == 200 and 'fd-flow-help=""' in ended.headers["set-cookie"]
    page = parse(ended.text)
    assert text(one(page, "h1")) == "Your session has ended"
    assert {attr(link, "href") for link in select(page, "main a")} == {"/help/resume", "/help/"}
    assert len(drafts._drafts) == 1  # the answers are kept

    other = TestClient(client.app, base_url="https://testserver", follow_redirects=False)
    form = one(parse(other.get("/help/resume").text), "form[action='/help/resume']")
    token = attr(one(form, f"input[name={CSRF_FIELD}]"), "value")
    response = other.post("/help/resume", data={CSRF_FIELD: token, "reference": reference, "code": code})
    assert response.status_code == 303 and response.headers["location"] == path


def test_starting_again_after_the_end_gives_a_new_session(client: TestClient, clock: Clock) -> None:
    _answer_first(client)
    clock.now += 21 * 60
    response = client.get("/help/")
    assert response.status_code == 200 and _stamp(response) == clock.now


def test_without_session_minutes_there_is_no_warning(drafts: MemoryDrafts, clock: Clock) -> None:
    with _client(drafts, None) as client:
        path = _answer_first(client)
        assert select(parse(client.get(path).text), "[data-fd-timeout-warning]") == []
        clock.now += 24 * 3600
        assert client.get(path).status_code == 200
