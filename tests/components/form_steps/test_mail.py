"""The link back to saved answers, emailed through a real SMTP server (aiosmtpd) on loopback."""

from __future__ import annotations

import email
from collections.abc import Iterator
from datetime import date
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from components.form_steps.drafts import MemoryDrafts
from components.form_steps.mail import SmtpMailer
from components.form_steps.starlette import CSRF_FIELD, FlowRoutes
from tests.components.form_steps.flows import help_flow
from tests.html import attr, one, parse, text
from tests.servers import free_port


class Inbox:
    """An SMTP handler that keeps every message it is given."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler = Inbox()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def _client(port: int) -> TestClient:
    routes = FlowRoutes(
        help_flow(),
        drafts=MemoryDrafts(),
        secret_key="a-test-secret",
        today=lambda: date(2026, 12, 3),
        mailer=SmtpMailer("127.0.0.1", port, sender="help@example.gov"),
    )
    return TestClient(
        Starlette(routes=[Mount("/help", routes=routes.routes())]),
        base_url="https://testserver",
        follow_redirects=False,
    )


def _send(client: TestClient, address: str) -> Any:
    client.get("/help/")
    token = attr(parse(client.get("/help/saved").text).select(f"input[name={CSRF_FIELD}]")[0], "value")
    return client.post("/help/saved", data={CSRF_FIELD: token or "", "email": address})


def test_the_link_is_emailed_and_brings_the_answers_back(inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    client = _client(port)
    response = _send(client, "ana@example.org")
    assert response.status_code == 200
    assert text(one(parse(response.text), "[role=status]")) == "We sent the link to ana@example.org."
    (message,) = handler.messages
    assert message["To"] == "ana@example.org" and message["From"] == "help@example.gov"
    assert message["Subject"] == "Your saved answers: Get help after a disaster"
    body = message.get_payload(decode=True).decode()  # type: ignore[union-attr]
    link = next(line for line in body.splitlines() if line.startswith("https://"))
    other = TestClient(client.app, base_url="https://testserver", follow_redirects=False)
    assert other.get(link.removeprefix("https://testserver")).headers["location"] == "/help/in-us"


def test_a_bad_address_is_named_and_nothing_is_sent(inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    response = _send(_client(port), "not an address")
    assert response.status_code == 400
    assert (
        text(one(parse(response.text), ".fd-error-summary a"))
        == "Enter an email address like name@example.com."
    )
    assert handler.messages == []


def test_a_mail_server_that_does_not_answer_is_no_5xx() -> None:
    response = _send(_client(free_port()), "ana@example.org")  # nothing listens there
    assert response.status_code == 400
    assert (
        text(one(parse(response.text), ".fd-error-summary a"))
        == "We could not send the email. Copy the link instead."
    )
