"""Group commit: many concurrent submissions, one durable commit.

Each request hands its `Intake` to the writer and waits. One writer task per event loop takes
everything that has queued up, stores it with :meth:`Store.accept_batch` in a worker thread (one
transaction, one fsync), and answers each request once that commit is done; the requests that
arrive meanwhile form the next batch. Under load, commits are shared; a lone request is stored at
once, with no waiting for company. Nothing is acknowledged before it is committed.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

from feedback_widget.store import Store
from feedback_widget.store.models import Intake, Outcome

MAX_BATCH = 500


@dataclass
class _Queue:
    """The intakes waiting on one event loop, and its writer task while it runs."""

    waiting: list[tuple[Intake, asyncio.Future[Outcome]]] = field(default_factory=list)
    task: asyncio.Task[None] | None = None


class SubmissionWriter:
    """Stores intakes through one writer task per event loop, a batch per transaction."""

    def __init__(self, store: Store, max_batch: int = MAX_BATCH) -> None:
        self.store = store
        self.max_batch = max_batch
        self._queues: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Queue] = (
            weakref.WeakKeyDictionary()
        )

    async def accept(self, intake: Intake) -> Outcome:
        """Store `intake` (or refuse it by its rate limit); return once its transaction is committed."""
        loop = asyncio.get_running_loop()
        queue = self._queues.setdefault(loop, _Queue())
        future: asyncio.Future[Outcome] = loop.create_future()
        queue.waiting.append((intake, future))
        if queue.task is None:
            queue.task = loop.create_task(self._drain(queue))
        # A request cancelled meanwhile (the client went away) cancels only its own future: the
        # writer skips answering it, and its intake is still stored.
        return await future

    async def _drain(self, queue: _Queue) -> None:
        try:
            while queue.waiting:
                batch = queue.waiting[: self.max_batch]
                del queue.waiting[: len(batch)]
                try:
                    intakes = [intake for intake, _ in batch]
                    results = await asyncio.get_running_loop().run_in_executor(None, self._store, intakes)
                except Exception as error:  # the database is down, say: every waiter hears of it
                    results = [error] * len(batch)
                for (_, future), result in zip(batch, results, strict=True):
                    if future.done():
                        continue
                    if isinstance(result, BaseException):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
        finally:
            queue.task = None

    def _store(self, intakes: Sequence[Intake]) -> list[Outcome | BaseException]:
        """The batch in one transaction; if that fails, each intake alone, so one bad one fails alone."""
        try:
            return list(self.store.accept_batch(intakes))
        except Exception as error:
            if len(intakes) == 1:
                return [error]
        results: list[Outcome | BaseException] = []
        for intake in intakes:
            try:
                results.append(self.store.accept_batch([intake])[0])
            except Exception as error:
                results.append(error)
        return results
