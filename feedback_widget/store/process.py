"""A child process that stores the writer's batches, so that the server's event loop never runs
database work (see :mod:`feedback_widget.store.writer`).

The parent starts the child (a plain ``python -c`` process running :func:`main`) on first use and
connects each of its event loops to it: a socket pair per loop, whose child end is handed over the
control socket with ``SCM_RIGHTS``. A batch and its time go down a loop's socket as a
length-prefixed pickle; the child makes each submission private (redacts it, see
:func:`feedback_widget.intake.made_private`), stores the batch in one transaction, commits, and sends
the outcomes back the same way. The child ignores SIGINT and SIGTERM, which a terminal or a service manager
sends the whole process group, and serves until its parent closes the control socket or dies, so
the requests of a graceful shutdown are still stored. A child that does not start, dies or stops
answering is reported as :class:`SubmissionNotStored`; where no child can see the database (an
in-memory SQLite database) or the system cannot pass sockets, :func:`can_serve` says so and the
writer stores in a thread instead.
"""

from __future__ import annotations

import asyncio
import pickle
import selectors
import signal
import socket
import struct
import subprocess
import sys
import threading
import weakref
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from feedback_widget.store import Store
from feedback_widget.store.models import Answer, Intake, Outcome, RateLimit, Submission

_FRAME = struct.Struct("!I")  # each message: its length, then the pickle
_READY = b"R"
IDLE_SECONDS = 5.0
"""After this long without a batch the child closes its database connections (it reopens them)."""
START_SECONDS = 30.0
"""How long the child may take to start and report ready."""
ANSWER_SECONDS = 120.0
"""How long a batch may take (SQLite waits up to 30 s for another process's lock, then retries one
by one); after that the parent gives up on the channel and the batch's requests fail."""

BatchResult = list[Outcome | BaseException]


class SubmissionNotStored(Exception):
    """A submission could not be stored; the message says why (the database's error, or the child's)."""


def store_batch(store: Store, intakes: Sequence[Intake], now: datetime) -> BatchResult:
    """The batch made private, then stored in one transaction at `now`; if either fails, each intake
    alone, so one bad one fails alone."""
    try:
        return list(store.accept_batch(_private(intakes), now=now))
    except Exception as error:
        if len(intakes) == 1:
            return [error]
    results: BatchResult = []
    for intake in intakes:
        try:
            results.append(store.accept_batch(_private([intake]), now=now)[0])
        except Exception as error:
            results.append(error)
    return results


def _private(intakes: Sequence[Intake]) -> list[Intake]:
    """`intakes` as they may be stored (see :func:`feedback_widget.intake.made_private`)."""
    if all(intake.to_redact is None for intake in intakes):
        return list(intakes)
    # Imported when first needed: the redaction's patterns take about a second to compile, which a
    # store process that is only given private submissions (a test's, say) need not wait for.
    from feedback_widget.intake import made_private

    return [made_private(intake) for intake in intakes]


def can_serve(store: Store) -> bool:
    """Whether a child process can store for `store`: it must see the same database."""
    url = store.engine.url
    in_memory = url.get_backend_name() == "sqlite" and (
        not url.database or ":memory:" in url.database or url.query.get("mode") == "memory"
    )
    return hasattr(socket, "send_fds") and not in_memory


class StoreProcess:
    """The parent's side: starts the child on first use and connects event loops to it."""

    def __init__(self, store: Store) -> None:
        self._url = store.engine.url.render_as_string(hide_password=False)
        self._lock = threading.Lock()
        self._control: socket.socket | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None

    async def connect(self) -> Channel:
        """A channel to the child for the running event loop (starting the child if need be)."""
        parent_end, child_end = socket.socketpair()
        try:
            with child_end:
                await asyncio.get_running_loop().run_in_executor(None, self._hand_over, child_end)
            reader, writer = await asyncio.open_unix_connection(sock=parent_end)
        except BaseException:
            parent_end.close()
            raise
        return Channel(reader, writer, parent_end)

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        return self._process.pid if self._process is not None and self._process.poll() is None else None

    def close(self) -> None:
        """Stop the child: it finishes the batch in hand, then leaves."""
        with self._lock:
            if self._finalizer is not None:
                self._finalizer()

    def _hand_over(self, child_end: socket.socket) -> None:
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._start()
            assert self._control is not None
            socket.send_fds(self._control, [b"c"], [child_end.fileno()])

    def _start(self) -> None:
        if self._finalizer is not None:
            self._finalizer()
        control, child_control = socket.socketpair()
        with child_control:
            # The folder this package came from goes last on the child's path: found even when the
            # server put it on its path by hand, and never ahead of the standard library.
            root = str(Path(__file__).resolve().parents[2])
            code = f"import sys; sys.path.append({root!r}); from {__name__} import main; main()"
            fd = child_control.fileno()
            process = subprocess.Popen([sys.executable, "-c", code, str(fd)], pass_fds=[fd])
        self._control, self._process = control, process
        self._finalizer = weakref.finalize(self, control.close)  # the child sees the end and leaves
        control.settimeout(START_SECONDS)
        try:
            control.sendall(_frame(self._url.encode()))
            if control.recv(1) != _READY:
                raise SubmissionNotStored("the store process did not start (see its error above)")
        except (OSError, SubmissionNotStored) as error:
            process.kill()
            raise SubmissionNotStored(f"the store process did not start ({error})") from None
        finally:
            control.settimeout(None)


class Channel:
    """One event loop's connection to the child: a batch out, its outcomes back."""

    def __init__(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, sock: socket.socket
    ) -> None:
        self._reader = reader
        self._writer = writer
        self._socket = sock

    async def store(self, intakes: Sequence[Intake], now: datetime) -> BatchResult:
        """Have the child store `intakes` at `now` (committed when this returns); one batch at a time."""
        try:
            batch = pickle.dumps((now, encode_batch(intakes)), protocol=pickle.HIGHEST_PROTOCOL)
            self._writer.write(_frame(batch))
            async with asyncio.timeout(ANSWER_SECONDS):
                await self._writer.drain()
                (size,) = _FRAME.unpack(await self._reader.readexactly(_FRAME.size))
                return decode_results(pickle.loads(await self._reader.readexactly(size)))
        except (OSError, asyncio.IncompleteReadError, TimeoutError) as error:
            self.close()
            raise SubmissionNotStored(f"the store process did not answer ({error!r})") from None
        except BaseException:  # cancelled halfway: an answer may still come, so never reuse this
            self.close()
            raise

    @property
    def closed(self) -> bool:
        """Whether the channel can no longer be used (closed, or the child has gone)."""
        return self._writer.is_closing() or self._reader.at_eof()

    def close(self) -> None:
        """Close this loop's socket; the child forgets it."""
        self._writer.close()

    def abandon(self) -> None:
        """Close the socket of a channel whose event loop has closed (and cannot close it itself)."""
        self._socket.close()


# --- the child ----------------------------------------------------------------------------------


def serve(control: socket.socket) -> None:
    """The child's main loop: store each batch that arrives on any channel, answer on the same one."""
    for ignored in (signal.SIGINT, signal.SIGTERM):  # for the parent; it closes us when it is done
        signal.signal(ignored, signal.SIG_IGN)
    url = _receive(control)
    if url is None:
        return
    selector = selectors.DefaultSelector()
    selector.register(control, selectors.EVENT_READ)
    with Store(url.decode()) as store:
        control.sendall(_READY)
        while True:
            ready = selector.select(timeout=IDLE_SECONDS)
            if not ready:
                store.engine.dispose()  # quiet: give the connections back until the next batch
            for key, _ in ready:
                connection: socket.socket = key.fileobj  # type: ignore[assignment]
                if connection is control:
                    message, fds, _, _ = socket.recv_fds(control, 1, 1)
                    if not message or not fds:
                        return  # the parent closed us, or died
                    channel = socket.socket(fileno=fds[0])
                    channel.settimeout(ANSWER_SECONDS)  # a half-sent batch must not stall the others
                    selector.register(channel, selectors.EVENT_READ)
                elif not _answer(store, connection):
                    selector.unregister(connection)
                    connection.close()


def _answer(store: Store, connection: socket.socket) -> bool:
    """Store the batch waiting on `connection` and send the outcomes; False when it has closed."""
    payload = _receive(connection)
    if payload is None:
        return False
    now, rows = pickle.loads(payload)
    results = encode_results(store_batch(store, decode_batch(rows), now))
    try:
        connection.sendall(_frame(pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)))
    except OSError:  # the parent's loop went away meanwhile
        return False
    return True


def _frame(payload: bytes) -> bytes:
    return _FRAME.pack(len(payload)) + payload


def _receive(connection: socket.socket) -> bytes | None:
    """One whole message, or None when the other end has closed or stalled."""
    header = _receive_exactly(connection, _FRAME.size)
    return None if header is None else _receive_exactly(connection, _FRAME.unpack(header)[0])


def _receive_exactly(connection: socket.socket, size: int) -> bytes | None:
    data = bytearray()
    while len(data) < size:
        try:
            chunk = connection.recv(size - len(data))
        except OSError:
            return None
        if not chunk:
            return None
        data += chunk
    return bytes(data)


# Batches and outcomes travel as tuples of plain values, which pickle several times faster than the
# dataclasses and models they stand for.

_IntakeRow = tuple[tuple[Any, ...] | None, tuple[str, int, int] | None, frozenset[str] | None]
_ResultRow = tuple[str | None, bool, bool, bool] | SubmissionNotStored


def encode_batch(intakes: Sequence[Intake]) -> list[_IntakeRow]:
    """Each intake as ``(submission fields or None, rate limit fields or None, questions to redact)``."""
    rows: list[_IntakeRow] = []
    for intake in intakes:
        submission, limit = intake.submission, intake.rate_limit
        fields = None
        if submission is not None:
            answers = tuple((answer.question, answer.value, answer.position) for answer in submission.answers)
            fields = (
                submission.touchpoint,
                submission.question_set,
                submission.locale,
                submission.page_url,
                submission.idempotency_key,
                answers,
            )
        limit_fields = None if limit is None else (limit.key, limit.limit, limit.window_seconds)
        rows.append((fields, limit_fields, intake.to_redact))
    return rows


def decode_batch(rows: Sequence[_IntakeRow]) -> list[Intake]:
    """The intakes of :func:`encode_batch` (submissions were validated in the parent)."""
    intakes = []
    for fields, limit, to_redact in rows:
        submission = None
        if fields is not None:
            touchpoint, question_set, locale, page_url, idempotency_key, answers = fields
            submission = Submission.model_construct(
                touchpoint=touchpoint,
                question_set=question_set,
                locale=locale,
                page_url=page_url,
                idempotency_key=idempotency_key,
                answers=tuple(Answer(*answer) for answer in answers),
            )
        intakes.append(Intake(submission, None if limit is None else RateLimit(*limit), to_redact))
    return intakes


def encode_results(results: BatchResult) -> list[_ResultRow]:
    """Each outcome as ``(id, created, limited, conflict)``; an error as :class:`SubmissionNotStored`."""
    return [
        SubmissionNotStored(f"{type(result).__name__}: {result}")
        if isinstance(result, BaseException)
        else (result.submission_id, result.created, result.limited, result.conflict)
        for result in results
    ]


def decode_results(rows: Sequence[_ResultRow]) -> BatchResult:
    """The outcomes of :func:`encode_results`."""
    return [row if isinstance(row, BaseException) else Outcome(*row) for row in rows]


def main() -> None:
    """The child's entry point: serve on the control socket whose descriptor is the last argument."""
    serve(socket.socket(fileno=int(sys.argv[-1])))
