"""Sign-ins kept in the feedback database, against real SQLite and PostgreSQL: a state taken once, only
hashes of states and session ids in the tables, sessions ended one by one or all of a person's, expired
ones never returned and purged; and drafts found by their owner."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from components.form_steps.resume_codes import owner_key, owner_seal, owner_unseal
from components.identity_handoff.protocol import PendingSignIn, SignedIn
from components.identity_handoff.stores import PENDING_SECONDS, Pending
from feedback_widget.store import Store, migrate
from feedback_widget.store.drafts import SqlDrafts
from feedback_widget.store.schema import sign_in_pending, sign_in_sessions
from feedback_widget.store.sign_ins import SqlSignIns

PERSON = SignedIn("sub-1", "urn:acr.login.gov:verified", {"email": "ada@example.com"}, "")


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    migrate(database_url)
    with Store(database_url) as opened:
        yield opened


@pytest.fixture
def sign_ins(store: Store) -> SqlSignIns:
    return SqlSignIns(store.engine)


def _pending(state: str = "s" * 43, created: float | None = None) -> Pending:
    sign_in = PendingSignIn(state, "n" * 43, "v" * 64, "urn:acr.login.gov:verified")
    return Pending(sign_in if created is None else replace(sign_in, created=created), "/apply/saved")


def test_a_state_is_taken_once(sign_ins: SqlSignIns, store: Store) -> None:
    sign_ins.put_pending(_pending())
    with store.engine.connect() as connection:
        assert connection.execute(select(sign_in_pending.c.id)).scalars().all() == [
            hashlib.sha256(b"s" * 43).hexdigest()
        ]
    taken = sign_ins.take_pending("s" * 43)
    assert taken is not None and taken.next_path == "/apply/saved" and taken.sign_in.nonce == "n" * 43
    assert sign_ins.take_pending("s" * 43) is None
    assert sign_ins.take_pending("t" * 43) is None


def test_an_old_state_is_refused_and_purged(sign_ins: SqlSignIns) -> None:
    old = datetime.now(UTC).timestamp() - PENDING_SECONDS - 1
    sign_ins.put_pending(_pending("o" * 43, created=old))
    sign_ins.put_pending(_pending("p" * 43))
    assert sign_ins.purge(datetime.now(UTC)) == 0  # no session yet
    assert sign_ins.take_pending("o" * 43) is None
    assert sign_ins.take_pending("p" * 43) is not None


def test_sessions_round_trip_and_end(sign_ins: SqlSignIns, store: Store) -> None:
    first, second = sign_ins.start_session(PERSON), sign_ins.start_session(PERSON)
    found = sign_ins.session(first.id)
    assert found is not None and found.person == PERSON
    with store.engine.connect() as connection:
        ids = set(connection.execute(select(sign_in_sessions.c.id)).scalars())
    assert first.id not in ids and hashlib.sha256(first.id.encode()).hexdigest() in ids
    sign_ins.end_session(first.id)
    assert sign_ins.session(first.id) is None and sign_ins.session(second.id) is not None
    assert sign_ins.end_sessions_of("sub-1") == 1
    assert sign_ins.session(second.id) is None
    late = sign_ins.start_session(PERSON)
    assert sign_ins.purge(datetime.now(UTC) + timedelta(days=1)) == 1
    assert sign_ins.session(late.id) is None


def test_a_draft_is_found_by_its_owner_alone(store: Store) -> None:
    drafts = SqlDrafts(store.engine)
    secret = b"secret"
    later = datetime.now(UTC) + timedelta(days=28)
    older, newer = drafts.create("help", 1, later), drafts.create("help", 1, later)
    key = owner_key(secret, "help", "sub-1")
    for draft in (older, newer):
        drafts.save(replace(draft, owner_key=key, owner_box=owner_seal(secret, "help", "sub-1", draft.id)))
    box = drafts.find_owned(key)
    assert box is not None and owner_unseal(secret, "help", "sub-1", box) == newer.id
    assert owner_unseal(secret, "help", "sub-2", box) != newer.id
    assert drafts.find_owned(owner_key(secret, "help", "sub-2")) is None
    assert key != owner_key(secret, "other-flow", "sub-1")
