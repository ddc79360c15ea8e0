"""Sign-ins kept in the service's database (a :class:`~components.identity_handoff.stores.SignInStore`),
so that every server process knows them: the sign-ins under way and the people signed in.

As with admin sessions, the table keeps only the SHA-256 of a ``state`` or a session id: whoever reads
it can neither finish a sign-in nor take a session over. A sign-in under way is deleted as it is taken
(a second use of its ``state`` finds nothing); :meth:`SqlSignIns.purge` deletes what has expired.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, insert, select

from components.identity_handoff.protocol import PendingSignIn, SignedIn
from components.identity_handoff.stores import PENDING_SECONDS, SESSION_SECONDS, Pending, Session
from feedback_widget.store.engine import writing
from feedback_widget.store.schema import sign_in_pending, sign_in_sessions


def _hashed(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class SqlSignIns:
    """The ``sign_in_pending`` and ``sign_in_sessions`` tables behind ``engine``; every method commits
    before returning."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def put_pending(self, pending: Pending) -> None:
        """Keep a sign-in under way, by the hash of its state."""
        created = datetime.fromtimestamp(pending.sign_in.created, UTC)
        row = {
            "id": _hashed(pending.sign_in.state),
            "nonce": pending.sign_in.nonce,
            "code_verifier": pending.sign_in.code_verifier,
            "assurance": pending.sign_in.assurance,
            "next_path": pending.next_path,
            "created_at": created,
            "expires_at": created + timedelta(seconds=PENDING_SECONDS),
        }
        with writing(self.engine) as connection:
            connection.execute(insert(sign_in_pending).values(row))

    def take_pending(self, state: str) -> Pending | None:
        """The sign-in under way with ``state``, deleted in the same transaction: only one taker wins."""
        where = sign_in_pending.c.id == _hashed(state)
        with writing(self.engine) as connection:
            row = connection.execute(select(sign_in_pending).where(where)).first()
            if row is None or connection.execute(delete(sign_in_pending).where(where)).rowcount != 1:
                return None
        if row.expires_at <= datetime.now(UTC):
            return None
        sign_in = PendingSignIn(
            state, row.nonce, row.code_verifier, row.assurance, created=row.created_at.timestamp()
        )
        return Pending(sign_in, row.next_path)

    def start_session(self, person: SignedIn) -> Session:
        """A new session for ``person``: its id goes in the cookie, only its hash in the table."""
        session = Session(secrets.token_urlsafe(32), person)
        started = datetime.fromtimestamp(session.started, UTC)
        row = {
            "id": _hashed(session.id),
            "sub": person.sub,
            "assurance": person.assurance,
            "claims": json.dumps(dict(person.claims), ensure_ascii=False),
            "id_token": person.id_token,
            "created_at": started,
            "expires_at": started + timedelta(seconds=SESSION_SECONDS),
        }
        with writing(self.engine) as connection:
            connection.execute(insert(sign_in_sessions).values(row))
        return session

    def session(self, session_id: str) -> Session | None:
        """The session with ``session_id``, unless it has ended or expired."""
        query = select(sign_in_sessions).where(sign_in_sessions.c.id == _hashed(session_id))
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        if row is None or row.expires_at <= datetime.now(UTC):
            return None
        person = SignedIn(row.sub, row.assurance, json.loads(row.claims), row.id_token)
        return Session(session_id, person, row.created_at.timestamp())

    def end_session(self, session_id: str) -> None:
        """End the session: its id opens nothing any more."""
        with writing(self.engine) as connection:
            connection.execute(delete(sign_in_sessions).where(sign_in_sessions.c.id == _hashed(session_id)))

    def end_sessions_of(self, sub: str) -> int:
        """End every session of the person ``sub`` (signed out everywhere); return how many."""
        with writing(self.engine) as connection:
            return connection.execute(delete(sign_in_sessions).where(sign_in_sessions.c.sub == sub)).rowcount

    def purge(self, now: datetime) -> int:
        """Delete the sign-ins under way and the sessions expired at ``now``; return how many sessions."""
        with writing(self.engine) as connection:
            connection.execute(delete(sign_in_pending).where(sign_in_pending.c.expires_at <= now))
            return connection.execute(
                delete(sign_in_sessions).where(sign_in_sessions.c.expires_at <= now)
            ).rowcount
