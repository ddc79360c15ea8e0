"""Group commit: many concurrent submissions, one durable commit.

Each request hands its :class:`Intake` to the writer and waits. One writer task per event loop
takes everything that has queued up and has it stored in one transaction, and answers each request
once that commit is done; the requests that arrive meanwhile form the next batch. A lone request is
stored at once, with no waiting for company. Nothing is acknowledged before it is committed.

The batches are made private (redacted) and stored by the store process
(:mod:`feedback_widget.store.process`), or by a worker thread where no such process can be used.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

from feedback_widget.clock import SYSTEM_CLOCK, Clock
from feedback_widget.store import Store
from feedback_widget.store.models import Intake, Outcome
from feedback_widget.store.process import (
    BatchResult,
    Channel,
    StoreProcess,
    SubmissionNotStored,
    can_serve,
    store_batch,
)

logger = logging.getLogger(__name__)

MAX_BATCH = 500


@dataclass
class _Queue:
    """The intakes waiting on one event loop, its writer task while it runs, its channel to the child."""

    waiting: list[tuple[Intake, asyncio.Future[Outcome]]] = field(default_factory=list)
    task: asyncio.Task[None] | None = None
    channel: Channel | None = None


@dataclass
class WriterStats:
    """What the writer has done: how many batches (transactions) for how many intakes."""

    batches: int = 0
    intakes: int = 0


class SubmissionWriter:
    """Stores intakes through one writer task per event loop, a batch per transaction.

    ``separate_process`` chooses where batches are stored: in a child process (the default where
    the database allows it) or in a worker thread of this process.
    """

    def __init__(
        self,
        store: Store,
        max_batch: int = MAX_BATCH,
        *,
        separate_process: bool | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.store = store
        self.max_batch = max_batch
        self.clock = clock
        self.stats = WriterStats()
        use_process = can_serve(store) if separate_process is None else separate_process
        self.store_process = StoreProcess(store) if use_process else None
        self._queues: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Queue] = (
            weakref.WeakKeyDictionary()
        )

    async def accept(self, intake: Intake) -> Outcome:
        """Store `intake` (or refuse it by its rate limit); return once its transaction is committed."""
        loop = asyncio.get_running_loop()
        queue = self._queues.get(loop)
        if queue is None:
            self._forget_closed_loops()
            queue = self._queues[loop] = _Queue()
        future: asyncio.Future[Outcome] = loop.create_future()
        queue.waiting.append((intake, future))
        if queue.task is None:
            queue.task = loop.create_task(self._drain(queue))
        # A request cancelled meanwhile (the client went away) cancels only its own future: the
        # writer skips answering it, and its intake is still stored.
        return await future

    def close(self) -> None:
        """Stop the child process, if one was started (batches in hand are finished first)."""
        if self.store_process is not None:
            self.store_process.close()

    def _forget_closed_loops(self) -> None:
        """Drop the queues of event loops that have closed (a test's, say), closing their channels."""
        for loop, queue in list(self._queues.items()):
            if loop.is_closed():
                if queue.channel is not None:
                    queue.channel.abandon()
                del self._queues[loop]

    async def _drain(self, queue: _Queue) -> None:
        try:
            while queue.waiting:
                batch = queue.waiting[: self.max_batch]
                del queue.waiting[: len(batch)]
                try:
                    results = await self._store(queue, [intake for intake, _ in batch])
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

    async def _store(self, queue: _Queue, intakes: Sequence[Intake]) -> BatchResult:
        self.stats.batches += 1
        self.stats.intakes += len(intakes)
        if queue.channel is None or queue.channel.closed:
            queue.channel = await self._connect()
        now = self.clock.now()  # the batch's time: its rate-limit window and its rows' arrival
        if queue.channel is None:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(None, store_batch, self.store, intakes, now)
        return await queue.channel.store(intakes, now)

    async def _connect(self) -> Channel | None:
        """A channel to the store process; None to store in a thread (no process, or it cannot start)."""
        if self.store_process is None:
            return None
        try:
            return await self.store_process.connect()
        except (OSError, SubmissionNotStored) as error:
            logger.warning("feedback: storing in a thread, the store process cannot start: %s", error)
            self.store_process = None
            return None
