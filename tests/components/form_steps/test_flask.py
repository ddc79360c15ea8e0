"""The form-steps core stands alone: the same flow, served by a few lines of Flask, no Starlette."""

from __future__ import annotations

from datetime import date
from typing import Any

import flask
import pytest

from components.form_steps import Destination, journey
from components.form_steps.pages import Chrome, answer_rows, check_answers_page, question_page
from tests.components.form_steps.flows import help_flow
from tests.html import attr, one, parse, select, text

TODAY = date(2026, 12, 3)
FLOW = help_flow()
STEPS = {step.id: step for step in FLOW.steps()}


def create_app() -> flask.Flask:
    """One person's answers in the Flask session; the core says what comes next and draws the pages."""
    app = flask.Flask(__name__)
    app.secret_key = "flask-test-secret"
    chrome = Chrome(page={"service_name": FLOW.title, "government_banner": False}, hidden={})

    def href(page: Destination) -> str:
        return "/check-answers" if page.kind == "check_answers" else f"/{page.kind}/{page.id}"

    @app.route("/step/<step_id>", methods=["GET", "POST"])
    def step(step_id: str) -> Any:
        answers = flask.session.setdefault("answers", {})
        now = journey(FLOW, answers, TODAY)
        page = Destination("step", step_id)
        if step_id not in STEPS or not now.may_visit(page):
            return flask.redirect(href(now.next), 303)
        question = STEPS[step_id].question
        entered, errors = question.refill(step_id, answers.get(step_id)), {}
        if flask.request.method == "POST":
            form = {name: flask.request.form.getlist(name) for name in flask.request.form}
            parsed = question.parse(step_id, form)
            if parsed.ok:
                flask.session["answers"] = {**answers, step_id: parsed.value}
                return flask.redirect(href(journey(FLOW, flask.session["answers"], TODAY).next), 303)
            entered, errors = parsed.entered, parsed.errors
        html = question_page(
            STEPS[step_id],
            chrome=chrome,
            action=f"/step/{step_id}",
            back_href=None,
            entered=entered,
            errors=errors,
        )
        return html, 400 if errors else 200

    @app.route("/check-answers")
    def check() -> Any:
        now = journey(FLOW, flask.session.get("answers", {}), TODAY)
        rows = answer_rows(FLOW, now, lambda step, item: f"/step/{step.id}")
        return check_answers_page(FLOW, rows, chrome=chrome, action="/send", back_href=None)

    return app


@pytest.fixture
def client() -> flask.testing.FlaskClient:
    return create_app().test_client()


def test_flask_serves_question_pages_with_the_same_checks(client: flask.testing.FlaskClient) -> None:
    page = parse(client.get("/step/in-us").text)
    assert text(one(page, "h1")) == "Do you live in the United States?"
    response = client.post("/step/in-us", data={})
    assert response.status_code == 400
    assert text(one(parse(response.text), ".fd-error-summary a")) == "Select an answer."
    response = client.post("/step/in-us", data={"in-us": "yes"})
    assert response.status_code == 303 and response.headers["location"] == "/step/when"
    assert client.get("/step/pay-by").headers["location"] == "/step/when"  # not yet: the next step first


def test_flask_reaches_check_answers(client: flask.testing.FlaskClient) -> None:
    with client.session_transaction() as session:
        session["answers"] = {
            "in-us": "yes",
            "when": "2026-11-20",
            "address": {
                "line1": "1 Main St",
                "line2": "",
                "city": "Springfield",
                "state": "IL",
                "zip": "62701",
            },
            "damage": "none",
            "household": {"items": [], "complete": True},
            "pay-by": "check",
        }
    response = client.post("/step/mail-to", data={"mail-to": "Ana Ruiz"})
    assert response.headers["location"] == "/check-answers"
    page = parse(client.get("/check-answers").text)
    keys = [text(key) for key in select(page, ".fd-summary-list__key")]
    assert keys[0] == "Do you live in the United States?" and "Who should we write the check to?" in keys
    assert attr(select(page, ".fd-summary-list__actions a")[0], "href") == "/step/in-us"
