"""A flow served by Starlette, walked as a person without JavaScript would: post, redirect, get."""

from __future__ import annotations

import ast
import re
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from components.form_steps.drafts import MemoryDrafts
from components.form_steps.starlette import CSRF_FIELD, FlowRoutes
from tests.components.form_steps.flows import help_flow
from tests.html import attr, one, parse, select, text

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 12, 3)


@pytest.fixture
def drafts() -> MemoryDrafts:
    return MemoryDrafts()


@pytest.fixture
def client(drafts: MemoryDrafts) -> TestClient:
    routes = FlowRoutes(
        help_flow(),
        drafts=drafts,
        secret_key="test-secret-key-of-enough-length",
        page={"service_name": "Get help after a disaster", "government_banner": False},
        today=lambda: TODAY,
        submit=lambda flow, answers: "ABCD-EFGH-JKLM",
    )
    app = Starlette(routes=[Mount("/help", routes=routes.routes())])
    return TestClient(app, base_url="https://testserver", follow_redirects=False)


def _start(client: TestClient) -> str:
    """Open the flow: its first question, shown at the start (nothing stored yet); the form's target."""
    response = client.get("/help/")
    assert response.status_code == 200
    action = attr(one(parse(response.text), "form[method=post]"), "action")
    assert action
    return action


def _token(client: TestClient, path: str) -> str:
    page = parse(client.get(path).text)
    value = attr(one(page, f"input[name={CSRF_FIELD}]"), "value")
    assert value
    return value


def _post(client: TestClient, path: str, data: dict[str, Any]) -> Any:
    return client.post(path, data={CSRF_FIELD: _token(client, path), **data})


def _answer(client: TestClient, path: str, data: dict[str, Any]) -> str:
    response = _post(client, path, data)
    assert response.status_code == 303, response.text
    return response.headers["location"]


ADDRESS = {
    "address-line1": "1 Main St",
    "address-line2": "",
    "address-city": "Springfield",
    "address-state": "IL",
    "address-zip": "62701",
}


def _to_household(client: TestClient) -> str:
    path = _answer(client, _start(client), {"in-us": "yes"})
    path = _answer(client, path, {"when-month": "11", "when-day": "20", "when-year": "2026"})
    path = _answer(client, path, ADDRESS)
    path = _answer(client, path, {"damage": "some"})
    return _answer(client, path, {"damage-cost": ""})


def test_start_gives_a_signed_cookie_and_the_first_question(client: TestClient, drafts: MemoryDrafts) -> None:
    assert _start(client) == "/help/in-us"
    assert drafts._drafts == {}  # a visit alone stores nothing
    assert client.get("/help/").headers["location"] == "/help/in-us"  # coming back: on to the next page
    cookie = client.cookies.get("fd-flow-help")
    assert cookie and "." in cookie
    response = client.get("/help/in-us")
    page = parse(response.text)
    assert response.status_code == 200
    assert text(one(page, "h1")) == "Do you live in the United States?"
    assert text(one(page, "title")) == "Do you live in the United States? - Get help after a disaster"
    form = one(page, "form[method=post]")
    assert attr(form, "novalidate") is not None
    assert [attr(radio, "value") for radio in select(form, "input[type=radio]")] == ["yes", "no"]


def test_a_post_without_the_token_is_refused(client: TestClient) -> None:
    _start(client)
    response = client.post("/help/in-us", data={"in-us": "yes"})
    assert response.status_code == 403
    assert text(one(parse(response.text), "h1")) == "This form has expired"


def test_a_bad_answer_shows_the_error_summary_linked_to_the_field(client: TestClient) -> None:
    _start(client)
    response = _post(client, "/help/in-us", {})
    page = parse(response.text)
    assert response.status_code == 400
    assert text(one(page, "title")).startswith("Error: ")
    link = one(page, ".fd-error-summary a")
    assert attr(link, "href") == "#in-us"
    assert text(link) == "Select an answer."
    assert one(page, "#in-us")  # the link's target exists


def test_entered_values_are_kept_with_errors(client: TestClient) -> None:
    path = _answer(client, _start(client), {"in-us": "yes"})
    response = _post(client, path, {"when-month": "2", "when-day": "30", "when-year": "2026"})
    page = parse(response.text)
    assert response.status_code == 400
    assert attr(one(page, "#when-month"), "value") == "2"
    assert attr(one(page, "#when-day"), "value") == "30"
    assert attr(one(page, ".fd-error-summary a"), "href") == "#when-day"


def test_an_exit_page_for_someone_the_service_is_not_for(client: TestClient) -> None:
    path = _answer(client, _start(client), {"in-us": "no"})
    assert path == "/help/exit/not-eligible"
    page = parse(client.get(path).text)
    assert text(one(page, "h1")) == "You cannot use this service"
    assert attr(one(page, ".fd-back-link"), "href") == "/help/in-us"


def test_a_deep_link_past_the_next_step_goes_to_the_next_step(client: TestClient) -> None:
    _start(client)
    response = client.get("/help/pay-by")
    assert response.status_code == 303
    assert response.headers["location"] == "/help/in-us"


def test_an_unknown_page_is_a_plain_404(client: TestClient) -> None:
    _start(client)
    response = client.get("/help/no-such-step")
    assert response.status_code == 404
    assert text(one(parse(response.text), "h1")) == "Page not found"


def test_without_a_cookie_every_page_starts_again(client: TestClient) -> None:
    response = client.get("/help/damage")
    assert response.status_code == 303 and response.headers["location"] == "/help/"
    client.cookies.set("fd-flow-help", "forged.0000", domain="testserver.local")
    assert client.get("/help/damage").status_code == 303


def test_back_links_follow_the_way_taken(client: TestClient) -> None:
    path = _answer(client, _start(client), {"in-us": "yes"})
    path = _answer(client, path, {"when-month": "11", "when-day": "20", "when-year": "2026"})
    page = parse(client.get(path).text)
    assert attr(one(page, ".fd-back-link"), "href") == "/help/when"
    again = parse(client.get("/help/when").text)
    assert attr(one(again, "#when-month"), "value") == "11"  # the answer is shown again


def test_the_whole_journey_with_a_list_and_a_branch(client: TestClient, drafts: MemoryDrafts) -> None:
    path = _to_household(client)
    assert path == "/help/household/add-another"
    path = _answer(client, path, {"household": "yes"})
    assert path == "/help/household/0/person-name"
    path = _answer(
        client, path, {"person-name-first": "Ana", "person-name-middle": "", "person-name-last": "Ruiz"}
    )
    path = _answer(client, path, {"person-age": "34"})
    assert path == "/help/household/add-another"
    page = parse(client.get(path).text)
    assert [text(key) for key in select(page, ".fd-summary-list__key")] == ["Ana Ruiz"]
    path = _answer(client, path, {"household": "no"})
    assert path == "/help/pay-by"
    path = _answer(client, path, {"pay-by": "bank"})
    path = _answer(client, path, {"bank-routing": "021000021", "bank-account": "12345678"})
    assert path == "/help/check-answers"
    page = parse(client.get(path).text)
    keys = [text(key) for key in select(page, ".fd-summary-list__key")]
    assert "How should we pay you?" in keys and "What is their name?" in keys
    assert "About how much will repairs cost?" in keys
    values = {
        text(key): text(value)
        for key, value in zip(
            select(page, ".fd-summary-list__key"), select(page, ".fd-summary-list__value"), strict=True
        )
    }
    assert values["About how much will repairs cost?"] == "Not provided"
    change = select(page, ".fd-summary-list__actions a")[0]
    assert text(one(change, ".fd-visually-hidden")) == "Do you live in the United States?"

    # Change to a paper check: the new follow-up question is asked, then check answers again.
    path = _answer(client, "/help/pay-by?change=1", {"pay-by": "check"})
    assert path == "/help/mail-to?change=1"
    path = _answer(client, path, {"mail-to": "Ana Ruiz"})
    assert path == "/help/check-answers"
    page = parse(client.get(path).text)
    assert "What are your bank details?" not in [text(key) for key in select(page, ".fd-summary-list__key")]

    response = _post(client, path, {})
    assert response.status_code == 303 and response.headers["location"] == "/help/confirmation"
    page = parse(client.get("/help/confirmation").text)
    assert "ABCD-EFGH-JKLM" in text(one(page, ".fd-panel"))
    sent = [draft for draft in drafts._drafts.values() if draft.reference]
    assert len(sent) == 1 and "bank" not in sent[0].answers  # purged at submission
    assert client.get("/help/pay-by").headers["location"] == "/help/confirmation"


def test_removing_an_item_asks_first(client: TestClient) -> None:
    path = _to_household(client)
    path = _answer(client, path, {"household": "yes"})
    path = _answer(
        client, path, {"person-name-first": "Ana", "person-name-middle": "", "person-name-last": "Ruiz"}
    )
    path = _answer(client, path, {"person-age": "34"})
    page = parse(client.get("/help/household/0/remove").text)
    assert text(one(page, "h1")) == "Are you sure you want to remove Ana Ruiz?"
    assert _answer(client, "/help/household/0/remove", {}) == "/help/household/add-another"
    page = parse(client.get("/help/household/add-another").text)
    assert select(page, ".fd-summary-list__key") == []


def test_the_core_imports_no_web_framework() -> None:
    """Only the glue modules named after their framework import one (``starlette.py``)."""
    frameworks = {"starlette", "flask", "django", "fastapi"}
    for path in (ROOT / "components").rglob("*.py"):
        if path.name == "starlette.py":
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(name.split(".")[0] in frameworks for name in names), path


def test_save_and_come_back_later_on_another_device(client: TestClient, drafts: MemoryDrafts) -> None:
    path = _answer(client, _start(client), {"in-us": "yes"})
    response = _post(
        client, path, {"when-month": "11", "when-day": "20", "when-year": "2026", "action": "save"}
    )
    assert response.status_code == 303 and response.headers["location"] == "/help/saved"
    page = parse(client.get("/help/saved").text)
    link = attr(one(page, ".fd-resume-link a"), "href")
    assert link and link.startswith("https://testserver/help/resume/")
    assert "We will delete your answers on" in text(page)
    other = TestClient(client.app, base_url="https://testserver", follow_redirects=False)  # another device
    response = other.get(link.removeprefix("https://testserver"))
    assert (
        response.status_code == 303 and response.headers["location"] == "/help/address"
    )  # both answers kept
    assert other.get("/help/when").status_code == 200


def test_a_bad_answer_is_not_saved_but_the_others_are(client: TestClient) -> None:
    path = _answer(client, _start(client), {"in-us": "yes"})
    response = _post(
        client, path, {"when-month": "13", "when-day": "1", "when-year": "2026", "action": "save"}
    )
    assert response.headers["location"] == "/help/saved"
    page = parse(client.get("/help/saved").text)
    assert attr(select(page, "a.fd-link")[-1], "href") == "/help/when"  # go on: the date is asked again


def test_a_forged_or_deleted_resume_link_says_it_expired(client: TestClient) -> None:
    _start(client)
    response = client.get("/help/resume/forged.0000")
    assert response.status_code == 404
    assert text(one(parse(response.text), "h1")) == "This link has expired"


def test_deleting_the_answers(client: TestClient, drafts: MemoryDrafts) -> None:
    path = _answer(client, _start(client), {"in-us": "yes"})
    link = attr(one(parse(client.get("/help/saved").text), ".fd-resume-link a"), "href")
    assert link
    token = _token(client, "/help/saved")
    response = client.post("/help/delete", data={CSRF_FIELD: token})
    assert response.status_code == 200
    assert text(one(parse(response.text), "h1")) == "Your answers were deleted"
    assert drafts._drafts == {}
    assert client.get(link.removeprefix("https://testserver")).status_code == 404
    assert path == "/help/when"


def test_a_draft_of_an_older_version_carries_over(drafts: MemoryDrafts) -> None:
    from components.form_steps import Migration, Step, YesNo, check_flow

    old = help_flow()
    first = old.sections[0].steps[0]
    assert isinstance(first, Step)
    renamed = first.model_copy(
        update={"id": "lives-in-us", "question": YesNo(label="Do you live in the US?"), "routes": []}
    )
    section = old.sections[0].model_copy(update={"steps": [renamed, *old.sections[0].steps[1:]]})
    new = old.model_copy(
        update={
            "version": 2,
            "sections": [section, *old.sections[1:]],
            "exits": old.exits[1:],
            "migrations": [Migration(from_version=1, rename={"in-us": "lives-in-us"})],
        }
    )
    assert check_flow(new) == []
    draft = drafts.create("help", 1, datetime.now(UTC) + timedelta(days=1))
    drafts.save(draft.with_answers({"in-us": "yes"}))
    routes = FlowRoutes(new, drafts=drafts, secret_key="k", today=lambda: TODAY)
    client = TestClient(
        Starlette(routes=[Mount("/help", routes=routes.routes())]),
        base_url="https://testserver",
        follow_redirects=False,
    )
    stamped = f"{draft.id}.{int(time.time())}"
    client.cookies.set("fd-flow-help", f"{stamped}.{routes._sign(stamped)}")
    assert client.get("/help/").headers["location"] == "/help/when"  # the renamed answer counts
    upgraded = drafts.get(draft.id)
    assert upgraded is not None and upgraded.flow_version == 2 and upgraded.answers == {"lives-in-us": "yes"}


def test_a_migration_must_name_steps_that_exist() -> None:
    from components.form_steps import Migration, check_flow

    flow = help_flow().model_copy(
        update={"version": 2, "migrations": [Migration(from_version=1, rename={"a": "nope"})]}
    )
    assert check_flow(flow) == ["migration from version 1: renames to 'nope', which is no step"]


def test_saves_made_together_share_one_commit() -> None:
    import asyncio

    from components.form_steps.drafts import GroupCommit

    class Counting(MemoryDrafts):
        def __init__(self) -> None:
            super().__init__()
            self.commits: list[int] = []

        def save_all(self, drafts: list[Any]) -> None:
            self.commits.append(len(drafts))
            for draft in drafts:
                self.save(draft)

    store = Counting()
    saver = GroupCommit(store)
    drafts = [store.create("help", 1, datetime.now(UTC) + timedelta(days=1)) for _ in range(20)]

    async def save_all_at_once() -> None:
        await asyncio.gather(
            *(saver.save(draft.with_answers({"n": index})) for index, draft in enumerate(drafts))
        )

    asyncio.run(save_all_at_once())
    assert sum(store.commits) == 20 and len(store.commits) < 20  # shared commits
    assert all(store.get(draft.id).answers == {"n": index} for index, draft in enumerate(drafts))  # type: ignore[union-attr]


def test_a_task_list_at_the_start_and_after_each_section(drafts: MemoryDrafts) -> None:
    routes = FlowRoutes(
        help_flow().model_copy(update={"task_list": True}), drafts=drafts, secret_key="k", today=lambda: TODAY
    )
    client = TestClient(
        Starlette(routes=[Mount("/help", routes=routes.routes())]),
        base_url="https://testserver",
        follow_redirects=False,
    )
    page = parse(client.get("/help/").text)
    assert text(one(page, "h1")) == "Get help after a disaster"
    statuses = [text(status) for status in select(page, ".fd-task-list__status")]
    assert statuses == ["Not yet started", "Cannot start yet", "Cannot start yet"]
    links = [attr(link, "href") for link in select(page, ".fd-task-list a")]
    assert links == ["/help/in-us"]  # only the section that can start links anywhere
    path = _answer(client, "/help/in-us", {"in-us": "yes"})
    path = _answer(client, path, {"when-month": "11", "when-day": "20", "when-year": "2026"})
    path = _answer(client, path, ADDRESS)
    path = _answer(client, path, {"damage": "some"})
    path = _answer(client, path, {"damage-cost": ""})
    assert path == "/help/tasks"  # the first section done: back to the task list
    page = parse(client.get(path).text)
    assert [text(status) for status in select(page, ".fd-task-list__status")][:2] == [
        "Completed",
        "Not yet started",
    ]
    assert "You have completed 1 of 3 sections." in text(page)


def _written(page: Any) -> tuple[str, str]:
    values = [text(value) for value in select(page, ".fd-summary-list__value strong")]
    assert len(values) == 2
    return values[0], values[1]


def test_come_back_with_the_reference_and_code_written_down(client: TestClient, drafts: MemoryDrafts) -> None:
    path = _answer(client, _start(client), {"in-us": "yes"})
    _answer(client, path, {"when-month": "11", "when-day": "20", "when-year": "2026"})
    page = parse(client.get("/help/saved").text)
    reference, code = _written(page)
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}", reference) and re.fullmatch(r"\d{6}", code)
    assert _written(parse(client.get("/help/saved").text)) == (reference, code)  # the same every time
    assert attr(one(page, "main p a[href$='/help/resume']"), "href") == "https://testserver/help/resume"

    other = TestClient(client.app, base_url="https://testserver", follow_redirects=False)  # another device
    form = parse(other.get("/help/resume").text)
    assert text(one(form, "h1")) == "Go back to your saved answers"
    assert attr(one(form, "#code"), "inputmode") == "numeric"
    token = attr(one(form, f"input[name={CSRF_FIELD}]"), "value")
    written_loosely = {"reference": reference.lower().replace("-", " "), "code": f" {code[:3]} {code[3:]} "}
    response = other.post("/help/resume", data={CSRF_FIELD: token, **written_loosely})
    assert response.status_code == 303 and response.headers["location"] == "/help/address"
    assert other.get("/help/when").status_code == 200  # the answers are this person's again


@pytest.mark.parametrize(
    ("given", "errors"),
    [
        ({"reference": "", "code": ""}, {"#reference": "Enter your reference.", "#code": "Enter your code."}),
        (
            {"reference": "ABCD-EFGH", "code": "123456"},
            {
                "#reference": (
                    "We found no saved answers with this reference and code. Check them and try again."
                )
            },
        ),
    ],
)
def test_a_wrong_or_missing_reference_or_code_is_named(
    client: TestClient, given: dict[str, str], errors: dict[str, str]
) -> None:
    form = parse(client.get("/help/resume").text)
    token = attr(one(form, f"input[name={CSRF_FIELD}]"), "value")
    response = client.post("/help/resume", data={CSRF_FIELD: token, **given})
    assert response.status_code == 400
    page = parse(response.text)
    assert {attr(link, "href"): text(link) for link in select(page, ".fd-error-summary a")} == errors
    assert text(one(page, "title")).startswith("Error:")


def test_a_deleted_draft_cannot_be_opened_by_its_code(client: TestClient, drafts: MemoryDrafts) -> None:
    _answer(client, _start(client), {"in-us": "yes"})
    reference, code = _written(parse(client.get("/help/saved").text))
    client.post("/help/delete", data={CSRF_FIELD: _token(client, "/help/saved")})
    form = parse(client.get("/help/resume").text)
    token = attr(one(form, f"input[name={CSRF_FIELD}]"), "value")
    response = client.post("/help/resume", data={CSRF_FIELD: token, "reference": reference, "code": code})
    assert response.status_code == 400
