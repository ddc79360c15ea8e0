"""What the server keeps about sign-ins: the ones under way, and the people signed in.

The browser holds only signed ids; the PKCE verifier, the nonce and the id_token (which can carry
personal data) stay here. :class:`MemorySignIns` keeps them in this process: enough for one server
process and for tests; ``feedback_widget.store.sign_ins.SqlSignIns`` keeps them in the service's
database, for several processes. Both follow :class:`SignInStore`. A sign-in under way is taken once
(a second use of its ``state`` finds nothing) and forgotten after :data:`PENDING_SECONDS`; a session
ends when the person signs out, when the server ends it, or after its hours.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Protocol

from components.identity_handoff.protocol import PendingSignIn, SignedIn

PENDING_SECONDS = 600
"""How long a sign-in may take at the provider before its state is forgotten."""
SESSION_SECONDS = 8 * 3600
"""How long a session lasts at most."""


@dataclass(frozen=True)
class Pending:
    """A sign-in under way: the protocol's secrets, and where to go back to."""

    sign_in: PendingSignIn
    next_path: str


@dataclass(frozen=True)
class Session:
    """A person signed in: who, at what level, and the id_token the provider may want at sign-out."""

    id: str
    person: SignedIn
    started: float = field(default_factory=time.time)


class SignInStore(Protocol):
    """Keeps sign-ins under way and sessions. Its methods may block on a database."""

    def put_pending(self, pending: Pending) -> None:
        """Keep a sign-in under way, by its state, for :data:`PENDING_SECONDS`."""
        ...

    def take_pending(self, state: str) -> Pending | None:
        """The sign-in under way with ``state``, once: it is forgotten as it is taken."""
        ...

    def start_session(self, person: SignedIn) -> Session:
        """A new session for ``person``, with an unguessable id."""
        ...

    def session(self, session_id: str) -> Session | None:
        """The session with ``session_id``, unless it has ended."""
        ...

    def end_session(self, session_id: str) -> None:
        """End the session: its id opens nothing any more."""
        ...


class MemorySignIns:
    """Sign-ins under way and sessions, in this process's memory."""

    def __init__(self) -> None:
        self._pending: dict[str, Pending] = {}
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def put_pending(self, pending: Pending) -> None:
        """Keep a sign-in under way, by its state."""
        with self._lock:
            cutoff = time.time() - PENDING_SECONDS
            for state in [state for state, kept in self._pending.items() if kept.sign_in.created < cutoff]:
                del self._pending[state]
            self._pending[pending.sign_in.state] = pending

    def take_pending(self, state: str) -> Pending | None:
        """The sign-in under way with ``state``, once: it is forgotten as it is taken."""
        with self._lock:
            pending = self._pending.pop(state, None)
        if pending is None or pending.sign_in.created < time.time() - PENDING_SECONDS:
            return None
        return pending

    def start_session(self, person: SignedIn) -> Session:
        """A new session for ``person``, with an unguessable id."""
        session = Session(secrets.token_urlsafe(32), person)
        with self._lock:
            self._sessions[session.id] = session
        return session

    def session(self, session_id: str) -> Session | None:
        """The session with ``session_id``, unless it has ended."""
        with self._lock:
            session = self._sessions.get(session_id)
        if session is None or session.started < time.time() - SESSION_SECONDS:
            return None
        return session

    def end_session(self, session_id: str) -> None:
        """End the session: its id opens nothing any more."""
        with self._lock:
            self._sessions.pop(session_id, None)
