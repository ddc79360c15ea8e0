"""Where a person's answers are kept between pages: the draft store.

A :class:`Draft` holds one person's answers to one flow, the flow version it started on, and when it
expires. A store (:class:`DraftStore`) creates, reads, saves and deletes drafts; :meth:`save`
returns only once the draft is kept, so nothing a person entered is lost when the next page is sent.
:class:`MemoryDrafts` keeps them in memory, for tests and for trying a flow out.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol


@dataclass(frozen=True)
class Draft:
    """One person's answers to one flow, so far."""

    id: str
    flow_id: str
    flow_version: int
    answers: dict[str, Any] = field(default_factory=dict)
    expires: datetime = field(default_factory=lambda: datetime.now(UTC) + timedelta(days=28))
    reference: str | None = None
    """The submission's reference, once the answers are sent; a sent draft takes no more answers."""

    def with_answers(self, answers: dict[str, Any]) -> Draft:
        """This draft with ``answers`` instead of its own."""
        return replace(self, answers=answers)

    def is_expired(self, now: datetime) -> bool:
        """Whether the draft's time is up."""
        return now >= self.expires


def new_draft_id() -> str:
    """An unguessable id for a new draft (128 bits, URL-safe)."""
    return secrets.token_urlsafe(16)


class DraftStore(Protocol):
    """Keeps drafts. Every method may block on a database: call it off the event loop."""

    def create(self, flow_id: str, flow_version: int, expires: datetime) -> Draft:
        """A new, empty draft, already kept."""
        ...

    def get(self, draft_id: str) -> Draft | None:
        """The draft with ``draft_id``, or ``None`` if there is none (or it was deleted)."""
        ...

    def save(self, draft: Draft) -> None:
        """Keep ``draft`` (its answers, expiry and reference), durably, before returning."""
        ...

    def delete(self, draft_id: str) -> None:
        """Forget the draft; nothing happens if there is none."""
        ...


class MemoryDrafts:
    """Drafts in this process's memory: for tests and for trying a flow. Lost when the process stops."""

    def __init__(self) -> None:
        self._drafts: dict[str, Draft] = {}
        self._lock = threading.Lock()

    def create(self, flow_id: str, flow_version: int, expires: datetime) -> Draft:
        """A new, empty draft, already kept."""
        draft = Draft(new_draft_id(), flow_id, flow_version, {}, expires)
        self.save(draft)
        return draft

    def get(self, draft_id: str) -> Draft | None:
        """The draft with ``draft_id``, or ``None``."""
        with self._lock:
            return self._drafts.get(draft_id)

    def save(self, draft: Draft) -> None:
        """Keep ``draft``."""
        with self._lock:
            self._drafts[draft.id] = draft

    def delete(self, draft_id: str) -> None:
        """Forget the draft."""
        with self._lock:
            self._drafts.pop(draft_id, None)
