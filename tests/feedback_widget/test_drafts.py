"""Form-steps drafts in the feedback database, against real SQLite and PostgreSQL: durable, found by
their id alone (its hash is the row's key), expired ones never returned and purged; and a flow walked
through Starlette on them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from components.form_steps.drafts import StoredFile
from components.form_steps.resume_codes import ResumeCode, resume_code, resume_key, seal, unseal
from components.form_steps.starlette import CSRF_FIELD, FlowRoutes
from feedback_widget.store import Store, migrate
from feedback_widget.store.drafts import SqlDrafts
from feedback_widget.store.schema import form_drafts, form_files
from tests.components.form_steps.flows import help_flow
from tests.html import attr, one, parse

LATER = datetime.now(UTC) + timedelta(days=28)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    migrate(database_url)
    with Store(database_url) as opened:
        yield opened


@pytest.fixture
def drafts(store: Store) -> SqlDrafts:
    return SqlDrafts(store.engine)


def test_a_draft_round_trips_with_its_answers(drafts: SqlDrafts) -> None:
    draft = drafts.create("help", 2, LATER)
    assert drafts.get(draft.id) == draft
    answers = {"in-us": "yes", "household": {"items": [{"person-name": {"first": "Zoë"}}], "complete": False}}
    drafts.save(draft.with_answers(answers))
    found = drafts.get(draft.id)
    assert found is not None and found.answers == answers and found.flow_version == 2


def test_the_table_holds_the_ids_hash_not_the_id(drafts: SqlDrafts, store: Store) -> None:
    draft = drafts.create("help", 1, LATER)
    with store.engine.connect() as connection:
        ids = connection.execute(select(form_drafts.c.id)).scalars().all()
    assert draft.id not in ids and len(ids[0]) == 64
    assert drafts.get(ids[0]) is None  # the stored hash does not open the draft


def test_expired_drafts_are_never_returned_and_are_purged(drafts: SqlDrafts) -> None:
    gone = drafts.create("help", 1, datetime.now(UTC) - timedelta(seconds=1))
    kept = drafts.create("help", 1, LATER)
    assert drafts.get(gone.id) is None
    assert drafts.purge(datetime.now(UTC)) == 1
    assert drafts.get(kept.id) is not None


def test_a_deleted_draft_is_gone(drafts: SqlDrafts) -> None:
    draft = drafts.create("help", 1, LATER)
    drafts.delete(draft.id)
    assert drafts.get(draft.id) is None
    drafts.delete(draft.id)  # twice is fine


def test_a_flow_walked_on_the_database_keeps_each_answer(drafts: SqlDrafts) -> None:
    routes = FlowRoutes(
        help_flow(),
        drafts=drafts,
        secret_key="a-test-secret",
        page={"government_banner": False},
        today=lambda: date(2026, 12, 3),
    )
    client = TestClient(
        Starlette(routes=[Mount("/help", routes=routes.routes())]),
        base_url="https://testserver",
        follow_redirects=False,
    )
    page = parse(client.get("/help/").text)
    path = attr(one(page, "form[method=post]"), "action") or ""
    token = attr(one(page, f"input[name={CSRF_FIELD}]"), "value")
    response = client.post(path, data={CSRF_FIELD: token, "in-us": "yes"})
    assert response.headers["location"] == "/help/when"
    cookie = client.cookies["fd-flow-help"]
    stored = drafts.get(cookie.partition(".")[0])
    assert stored is not None and stored.answers == {"in-us": "yes"}  # saved before the redirect was sent


def test_files_are_kept_with_their_draft_and_go_with_it(drafts: SqlDrafts) -> None:
    draft = drafts.create("help", 1, LATER)
    lease = StoredFile("lease.pdf", "application/pdf", b"%PDF-1.7 \x00\xff" * 100)
    drafts.save_file(draft.id, "k1", lease, LATER)
    drafts.save_file(draft.id, "k2", StoredFile("b.png", "image/png", b"\x89PNG"), LATER)
    assert drafts.file(draft.id, "k1") == lease
    assert drafts.file("another-draft", "k1") is None  # a key opens nothing without its draft
    drafts.delete_files(draft.id)
    assert drafts.file(draft.id, "k1") is None and drafts.get(draft.id) is not None
    drafts.save_file(draft.id, "k3", lease, LATER)
    drafts.delete(draft.id)
    assert drafts.file(draft.id, "k3") is None


def test_expired_files_are_never_returned_and_are_purged(drafts: SqlDrafts, store: Store) -> None:
    draft = drafts.create("help", 1, LATER)
    drafts.save_file(draft.id, "old", StoredFile("a.pdf", "application/pdf", b"%PDF"), datetime.now(UTC))
    assert drafts.file(draft.id, "old") is None
    drafts.purge(datetime.now(UTC))
    with store.engine.connect() as connection:
        assert connection.execute(select(form_files)).all() == []


def test_a_draft_is_found_by_its_written_code_and_the_table_holds_neither(
    drafts: SqlDrafts, store: Store
) -> None:
    secret = b"a secret for the test"
    draft = drafts.create("help", 1, LATER)
    written = resume_code(secret, draft.id)
    key = resume_key(secret, written)
    drafts.save(replace(draft, resume_key=key, resume_box=seal(secret, written, draft.id)))
    box = drafts.find(key)
    assert box is not None and unseal(secret, written, box) == draft.id
    assert unseal(secret, ResumeCode(written.reference, "000000"), box) != draft.id
    assert drafts.find(resume_key(secret, ResumeCode(written.reference, "000000"))) is None
    with store.engine.connect() as connection:
        row = " ".join(str(value) for value in connection.execute(select(form_drafts)).one())
    for secret_part in (draft.id, written.reference.replace("-", ""), written.code):
        assert secret_part not in row
