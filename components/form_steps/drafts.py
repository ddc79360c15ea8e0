"""Where a person's answers are kept between pages: the draft store.

A :class:`Draft` holds one person's answers to one flow, the flow version it started on, and when it
expires; the files they upload are kept beside it (:class:`StoredFile`), and only a key to each is in
the answers. A store (:class:`DraftStore`) creates, reads, saves and deletes drafts; :meth:`save`
returns only once the draft is kept, so nothing a person entered is lost when the next page is sent.
:class:`MemoryDrafts` keeps them in memory, for tests and for trying a flow out. :class:`GroupCommit`
shares one commit among the saves of many requests.
"""

from __future__ import annotations

import asyncio
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
    resume_key: str | None = None
    """What finds the draft from the reference and code the person wrote down (a keyed hash of them),
    once they saved it to come back later."""
    resume_box: str | None = None
    """The draft's id, sealed with a key that only the reference and code (and the server's secret)
    give: a store that keeps no draft ids can still hand the draft back."""
    owner_key: str | None = None
    """What finds the draft from the person signed in who owns it (a keyed hash of their provider's
    ``sub``), so that they can come back to it on any device by signing in."""
    owner_box: str | None = None
    """The draft's id, sealed with a key that only the owner's ``sub`` (and the server's secret) gives."""

    def with_answers(self, answers: dict[str, Any]) -> Draft:
        """This draft with ``answers`` instead of its own."""
        return replace(self, answers=answers)

    def is_expired(self, now: datetime) -> bool:
        """Whether the draft's time is up."""
        return now >= self.expires


def new_draft_id() -> str:
    """An unguessable id for a new draft (128 bits, URL-safe)."""
    return secrets.token_urlsafe(16)


@dataclass(frozen=True)
class StoredFile:
    """A file a person uploaded, kept with their draft until the answers are sent or deleted."""

    filename: str
    content_type: str
    content: bytes


class DraftStore(Protocol):
    """Keeps drafts. Every method may block on a database: call it off the event loop, unless
    :attr:`reads_quickly` says :meth:`get` never waits (then a web layer may call it in place: a
    thread hop costs more than the read)."""

    reads_quickly: bool

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
        """Forget the draft and its files; nothing happens if there is none."""
        ...

    def find(self, resume_key: str) -> str | None:
        """The :attr:`Draft.resume_box` of the draft saved with ``resume_key``, or ``None``."""
        ...

    def find_owned(self, owner_key: str) -> str | None:
        """The :attr:`Draft.owner_box` of the draft last saved with ``owner_key``, or ``None``."""
        ...

    def save_file(self, draft_id: str, key: str, file: StoredFile, expires: datetime) -> None:
        """Keep an uploaded file under ``key`` with the draft, durably, before returning; it is deleted
        with the draft, or at ``expires``."""
        ...

    def file(self, draft_id: str, key: str) -> StoredFile | None:
        """The file kept under ``key`` with the draft, or ``None``."""
        ...

    def delete_files(self, draft_id: str) -> None:
        """Forget the draft's files (once the answers are sent on), keeping the draft."""
        ...


class MemoryDrafts:
    """Drafts in this process's memory: for tests and for trying a flow. Lost when the process stops."""

    reads_quickly = True
    """Reading a draft never waits (see :attr:`DraftStore.reads_quickly`)."""

    def __init__(self) -> None:
        self._drafts: dict[str, Draft] = {}
        self._files: dict[str, dict[str, StoredFile]] = {}
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
        """Forget the draft and its files."""
        with self._lock:
            self._drafts.pop(draft_id, None)
            self._files.pop(draft_id, None)

    def find(self, resume_key: str) -> str | None:
        """The sealed id of the draft saved with ``resume_key``, or ``None``."""
        with self._lock:
            found = [draft.resume_box for draft in self._drafts.values() if draft.resume_key == resume_key]
        return found[0] if found else None

    def find_owned(self, owner_key: str) -> str | None:
        """The sealed id of the draft last saved with ``owner_key``, or ``None``."""
        with self._lock:
            found = [draft.owner_box for draft in self._drafts.values() if draft.owner_key == owner_key]
        return found[-1] if found else None

    def save_file(self, draft_id: str, key: str, file: StoredFile, expires: datetime) -> None:
        """Keep ``file`` with the draft."""
        with self._lock:
            self._files.setdefault(draft_id, {})[key] = file

    def file(self, draft_id: str, key: str) -> StoredFile | None:
        """The file kept under ``key`` with the draft, or ``None``."""
        with self._lock:
            return self._files.get(draft_id, {}).get(key)

    def delete_files(self, draft_id: str) -> None:
        """Forget the draft's files."""
        with self._lock:
            self._files.pop(draft_id, None)


class GroupCommit:
    """Saves drafts for many requests at once: the saves that arrive while one transaction commits
    share the next one, so a durable commit (an fsync) serves many people.

    Each :meth:`save` returns once its draft is committed, as :meth:`DraftStore.save` does. A store
    with ``save_all`` (one transaction for many drafts) commits a batch at once; another is saved one
    draft at a time. The work runs in a thread, never on the event loop.
    """

    def __init__(self, store: DraftStore) -> None:
        self.store = store
        self._waiting: list[tuple[Draft, asyncio.Future[None]]] = []
        self._draining: asyncio.Task[None] | None = None

    async def save(self, draft: Draft) -> None:
        """Keep ``draft``, committed, sharing the commit with the saves made meanwhile."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        self._waiting.append((draft, future))
        if self._draining is None or self._draining.done():
            self._draining = loop.create_task(self._drain())
        await future

    async def _drain(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            latest = {draft.id: draft for draft, _ in batch}  # the last save of a draft wins
            try:
                await asyncio.to_thread(self._commit, list(latest.values()))
            except Exception as error:  # the database is down, say: every waiter hears of it
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                continue
            for _, future in batch:
                if not future.done():
                    future.set_result(None)

    def _commit(self, drafts: list[Draft]) -> None:
        save_all = getattr(self.store, "save_all", None)
        if save_all is not None:
            save_all(drafts)
            return
        for draft in drafts:
            self.store.save(draft)
