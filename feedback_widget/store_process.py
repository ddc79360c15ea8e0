"""A child process that stores the writer's batches, beside the server's process.

Why a process: the server's event loop and a worker thread doing the database work share one GIL.
Each call into the database driver lets go of the GIL and must win it back from the busy loop,
and that tug of war cost more than the database work itself. ``bench/feedback.py`` measured it:
with a worker thread, submissions reached 0.44 (SQLite) and 0.38 (PostgreSQL) of a bare endpoint's
throughput; with this process, 0.55 to 0.63. The child has its own GIL and its own core, and the
loop only writes a batch to a socket and reads the outcomes back, never blocking.

The child serves every event loop of its parent (a server has one; tests have many): each loop
gets its own socket pair, whose child end is handed over the control socket with ``SCM_RIGHTS``.
Batches and outcomes travel as length-prefixed pickles between the two processes only. The child
stops when its parent closes the control socket, or dies.

Nothing changes for durability: the child commits each batch before it answers, and a request is
answered only after that. Where a process cannot be used (an in-memory SQLite database, which a
child cannot see, or a system without ``socket.send_fds``), the writer stores in a thread instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import pickle
import selectors
import signal
import socket
import struct
import threading
import weakref
from collections.abc import Sequence
from typing import Any

from feedback_widget.store import Store
from feedback_widget.store.models import Intake, Outcome

_FRAME = struct.Struct("!I")  # each message: its length, then the pickle
IDLE_SECONDS = 5.0
"""After this long without a batch the child closes its database connections (it reopens them)."""

BatchResult = list[Outcome | BaseException]


class SubmissionNotStored(Exception):
    """A submission could not be stored; the message says why (the database's error, or the child's)."""


def store_batch(store: Store, intakes: Sequence[Intake]) -> BatchResult:
    """The batch in one transaction; if that fails, each intake alone, so one bad one fails alone."""
    try:
        return list(store.accept_batch(intakes))
    except Exception as error:
        if len(intakes) == 1:
            return [error]
    results: BatchResult = []
    for intake in intakes:
        try:
            results.append(store.accept_batch([intake])[0])
        except Exception as error:
            results.append(error)
    return results


def can_serve(store: Store) -> bool:
    """Whether a child process can store for `store`: it must see the same database."""
    url = store.engine.url
    in_memory = url.get_backend_name() == "sqlite" and (
        url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"
    )
    return hasattr(socket, "send_fds") and not in_memory


class StoreProcess:
    """The parent's side: starts the child on first use and connects event loops to it."""

    def __init__(self, store: Store) -> None:
        self._url = store.engine.url.render_as_string(hide_password=False)
        self._lock = threading.Lock()
        self._control: socket.socket | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None

    async def connect(self) -> Channel:
        """A channel to the child for the running event loop (starting the child if need be)."""
        parent_end, child_end = socket.socketpair()
        with child_end:
            await asyncio.get_running_loop().run_in_executor(None, self._hand_over, child_end)
        reader, writer = await asyncio.open_unix_connection(sock=parent_end)
        return Channel(reader, writer)

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        return self._process.pid if self._process is not None and self._process.is_alive() else None

    def close(self) -> None:
        """Stop the child (it finishes the batch in hand first)."""
        if self._finalizer is not None:
            self._finalizer()

    def _hand_over(self, child_end: socket.socket) -> None:
        with self._lock:
            if self._process is None or not self._process.is_alive():
                self._start()
            assert self._control is not None
            socket.send_fds(self._control, [b"c"], [child_end.fileno()])

    def _start(self) -> None:
        self.close()
        context = _context()
        control, child_control = socket.socketpair()
        with child_control:
            process = context.Process(
                target=serve, args=(child_control, self._url), name="frontdoor-feedback-store", daemon=True
            )
            process.start()
        self._control, self._process = control, process
        self._finalizer = weakref.finalize(self, _stop, control, process)


def _stop(control: socket.socket, process: multiprocessing.process.BaseProcess) -> None:
    control.close()  # the child sees the end of its control socket and leaves
    process.join(timeout=10)
    if process.is_alive():
        process.kill()


def _context() -> multiprocessing.context.BaseContext:
    """A fork server that has imported the store once, so each child starts in milliseconds."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


class Channel:
    """One event loop's connection to the child: a batch out, its outcomes back."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    async def store(self, intakes: Sequence[Intake]) -> BatchResult:
        """Have the child store `intakes` (committed when this returns); one batch at a time."""
        payload = pickle.dumps(list(intakes), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self._writer.write(_FRAME.pack(len(payload)) + payload)
            await self._writer.drain()
            (size,) = _FRAME.unpack(await self._reader.readexactly(_FRAME.size))
            return pickle.loads(await self._reader.readexactly(size))
        except (ConnectionError, asyncio.IncompleteReadError) as error:
            self.close()
            raise SubmissionNotStored(f"the store process stopped ({error!r})") from None

    @property
    def closed(self) -> bool:
        """Whether the channel can no longer be used (the child stopped)."""
        return self._writer.is_closing()

    def close(self) -> None:
        """Close this loop's socket; the child forgets it."""
        self._writer.close()


# --- the child ----------------------------------------------------------------------------------


def serve(control: socket.socket, url: str) -> None:
    """The child's main loop: store each batch that arrives on any channel, answer on the same one."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent; it closes us
    selector = selectors.DefaultSelector()
    selector.register(control, selectors.EVENT_READ)
    with Store(url) as store:
        while True:
            ready = selector.select(timeout=IDLE_SECONDS)
            if not ready:
                store.engine.dispose()  # quiet: give the connections back until the next batch
            for key, _ in ready:
                connection: socket.socket = key.fileobj  # type: ignore[assignment]
                if connection is control:
                    message, fds, _, _ = socket.recv_fds(control, 1, 1)
                    if not message:
                        return  # the parent closed us, or died
                    selector.register(socket.socket(fileno=fds[0]), selectors.EVENT_READ)
                elif not _answer(store, connection):
                    selector.unregister(connection)
                    connection.close()


def _answer(store: Store, connection: socket.socket) -> bool:
    """Store the batch waiting on `connection` and send the outcomes; False when it has closed."""
    header = _receive(connection, _FRAME.size)
    if header is None:
        return False
    payload = _receive(connection, _FRAME.unpack(header)[0])
    if payload is None:
        return False
    results = [_portable(result) for result in store_batch(store, pickle.loads(payload))]
    answer = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    with contextlib.suppress(OSError):  # the parent's loop went away meanwhile
        connection.sendall(_FRAME.pack(len(answer)) + answer)
    return True


def _receive(connection: socket.socket, size: int) -> bytes | None:
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


def _portable(result: Outcome | BaseException) -> Outcome | BaseException:
    """An outcome as is; an error as :class:`SubmissionNotStored`, which always pickles."""
    if isinstance(result, BaseException):
        return SubmissionNotStored(f"{type(result).__name__}: {result}")
    return result
