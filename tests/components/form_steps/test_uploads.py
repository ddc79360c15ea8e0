"""Files uploaded in a flow served by Starlette: the bytes are kept with the draft before the next
page is sent, checked against their declared type, handed to ``submit`` and then forgotten; posts
over the limit are refused before they are read to the end."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from components.form_steps import Flow, Section, Step, Text
from components.form_steps.answer_types import File, content_matches
from components.form_steps.drafts import MemoryDrafts
from components.form_steps.starlette import CSRF_FIELD, FORM_SPARE_BYTES, FlowRoutes
from tests.html import attr, one, parse, select, text

PDF = b"%PDF-1.7\n" + b"x" * 2000
MAX_BYTES = 50_000


def upload_flow() -> Flow:
    """A lease to upload, then a note."""
    return Flow(
        id="upload",
        title="Send your lease",
        sections=[
            Section(
                id="papers",
                title="Your papers",
                steps=[
                    Step(id="lease", question=File(label="Upload your lease", max_bytes=MAX_BYTES)),
                    Step(id="note", question=Text(label="Anything else?", optional=True)),
                ],
            )
        ],
    )


class Sent:
    """What ``submit`` was given."""

    answers: dict[str, Any] | None = None


@pytest.fixture
def drafts() -> MemoryDrafts:
    return MemoryDrafts()


@pytest.fixture
def sent() -> Sent:
    return Sent()


@pytest.fixture
def client(drafts: MemoryDrafts, sent: Sent) -> Iterator[TestClient]:
    def submit(flow: Flow, answers: dict[str, Any]) -> str:
        sent.answers = answers
        return "ABCD-EFGH-JKLM"

    routes = FlowRoutes(
        upload_flow(), drafts=drafts, secret_key="test-secret-key-of-enough-length", submit=submit
    )
    app = Starlette(routes=[Mount("/send", routes=routes.routes())])
    with TestClient(app, base_url="https://testserver", follow_redirects=False) as opened:
        yield opened


def _token(client: TestClient, path: str) -> str:
    """The form token on ``path``'s page (at the start, the first question is shown at ``/send/``)."""
    shown = client.get(path if "fd-flow-upload" in client.cookies else "/send/", follow_redirects=True)
    return attr(one(parse(shown.text), f"input[name={CSRF_FIELD}]"), "value") or ""


def _draft_id(client: TestClient) -> str:
    return client.cookies["fd-flow-upload"].split(".")[0]


def _upload(client: TestClient, name: str, content: bytes, content_type: str) -> Any:
    token = _token(client, "/send/lease")
    return client.post(
        "/send/lease", data={CSRF_FIELD: token}, files={"lease": (name, content, content_type)}
    )


def test_the_form_sends_files_as_multipart(client: TestClient) -> None:
    form = one(parse(client.get("/send/").text), "form[method=post]")
    assert attr(form, "enctype") == "multipart/form-data"
    assert attr(one(form, "input[type=file]"), "name") == "lease"


def test_the_bytes_are_kept_then_sent_then_forgotten(
    client: TestClient, drafts: MemoryDrafts, sent: Sent
) -> None:
    response = _upload(client, "lease.pdf", PDF, "application/pdf")
    assert response.status_code == 303 and response.headers["location"] == "/send/note"
    draft_id = _draft_id(client)
    draft = drafts.get(draft_id)
    assert draft is not None
    answer = draft.answers["lease"]
    assert answer["filename"] == "lease.pdf" and answer["size"] == len(PDF)
    assert "content" not in answer  # the answers hold a key, never the bytes
    kept = drafts.file(draft_id, answer["key"])
    assert kept is not None and kept.content == PDF and kept.content_type == "application/pdf"

    client.post("/send/note", data={CSRF_FIELD: _token(client, "/send/note"), "note": ""})
    page = parse(client.get("/send/check-answers").text)
    assert "lease.pdf" in [text(value) for value in select(page, ".fd-summary-list__value")]
    response = client.post("/send/check-answers", data={CSRF_FIELD: _token(client, "/send/check-answers")})
    assert response.status_code == 303
    assert sent.answers is not None and sent.answers["lease"]["content"] == PDF
    assert drafts.file(draft_id, answer["key"]) is None  # sent on: not kept


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("photo.jpg", b"MZ\x90\x00" + b"\x00" * 100, "image/jpeg"),  # a program named as a photo
        ("lease.pdf", b"<html><script>", "application/pdf"),
        ("lease.exe", b"MZ\x90\x00", "application/x-msdownload"),
    ],
)
def test_a_file_whose_content_is_not_an_accepted_type_is_refused(
    client: TestClient, drafts: MemoryDrafts, name: str, content: bytes, content_type: str
) -> None:
    response = _upload(client, name, content, content_type)
    assert response.status_code == 400
    page = parse(response.text)
    assert text(one(page, ".fd-error-summary a")) == "The file must be one of these types: PDF, JPG, PNG."
    assert attr(one(page, ".fd-error-summary a"), "href") == "#lease"


def test_a_file_over_the_question_limit_gets_the_field_error(client: TestClient) -> None:
    response = _upload(client, "lease.pdf", PDF + b"x" * MAX_BYTES, "application/pdf")
    assert response.status_code == 400
    assert text(one(parse(response.text), ".fd-error-summary a")) == "The file must be smaller than 0.05 MB."


def test_a_post_over_the_flow_limit_is_refused_before_it_is_read(client: TestClient) -> None:
    token = _token(client, "/send/lease")
    huge = PDF + b"x" * (MAX_BYTES + FORM_SPARE_BYTES)
    response = client.post(
        "/send/lease", data={CSRF_FIELD: token}, files={"lease": ("a.pdf", huge, "application/pdf")}
    )
    assert response.status_code == 413
    assert text(one(parse(response.text), "h1")) == "What you sent was too large"


def test_a_streamed_post_without_a_length_is_cut_at_the_limit(client: TestClient) -> None:
    _token(client, "/send/lease")  # the draft's cookie

    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"y" * 10_000

    response = client.post(
        "/send/lease", content=chunks(), headers={"content-type": "multipart/form-data; boundary=zz"}
    )
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("content_type", "head", "expected"),
    [
        ("image/png", b"\x89PNG\r\n\x1a\n....", True),
        ("image/png", b"GIF89a", False),
        ("image/heic", b"\x00\x00\x00\x18ftypheic", True),
        ("text/csv", b"a,b,c", True),  # no signature known: taken at its word
    ],
)
def test_content_signatures(content_type: str, head: bytes, expected: bool) -> None:
    assert content_matches(content_type, head) is expected
