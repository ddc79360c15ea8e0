"""Group commit: a batch in one transaction behaves exactly like its intakes one at a time, and the
writer shares commits between concurrent requests. SQLite and PostgreSQL alike."""

from __future__ import annotations

import asyncio
import os
import pickle
import signal
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from feedback_widget.store import Store, migrate
from feedback_widget.store.models import Answer, Intake, Outcome, RateLimit
from feedback_widget.store.process import (
    SubmissionNotStored,
    decode_batch,
    decode_results,
    encode_batch,
    encode_results,
)
from feedback_widget.store.writer import SubmissionWriter
from tests.feedback_widget.clock import START, FakeClock
from tests.feedback_widget.test_store import T0, answer_rows, make

# Each test starts store processes or servers of its own.
pytestmark = pytest.mark.slow


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    migrate(database_url)
    with Store(database_url) as opened:
        yield opened


def test_a_batch_counts_each_hit_as_if_they_came_one_at_a_time(store: Store) -> None:
    limit = RateLimit("client-a", 3, 60)
    store.accept_batch([Intake(None, limit)], now=T0)  # one hit already in this window
    outcomes = store.accept_batch(
        [Intake(make(), limit) for _ in range(4)] + [Intake(make(), RateLimit("client-b", 3, 60))], now=T0
    )
    assert [outcome.limited for outcome in outcomes] == [False, False, True, True, False]
    assert [outcome.created for outcome in outcomes] == [True, True, False, False, True]
    assert store.count(include_spam=True) == 3
    assert answer_rows(store) == 3 * 4  # trust, two positive drivers, comment


def test_a_retry_in_the_same_batch_is_stored_once(store: Store) -> None:
    first, again, other = store.accept_batch(
        [Intake(make(key="k-1")), Intake(make(key="k-1")), Intake(make(key="k-2"))]
    )
    assert first.created and other.created and not again.created
    assert again.submission_id == first.submission_id
    assert store.count(include_spam=True) == 2
    assert answer_rows(store) == 2 * 4


@pytest.fixture(params=["child process", "thread"])
def writer(request: pytest.FixtureRequest, store: Store) -> Iterator[SubmissionWriter]:
    """A writer storing in a child process (the default), or in a thread of this process."""
    opened = SubmissionWriter(store, separate_process=request.param == "child process")
    yield opened
    opened.close()


def test_concurrent_requests_share_commits(writer: SubmissionWriter, store: Store) -> None:
    async def many() -> list[Outcome]:
        return await asyncio.gather(*(writer.accept(Intake(make())) for _ in range(60)))

    outcomes = asyncio.run(many())
    assert all(outcome.created for outcome in outcomes)
    assert len({outcome.submission_id for outcome in outcomes}) == 60
    assert store.count(include_spam=True) == 60
    assert writer.stats.intakes == 60
    assert writer.stats.batches < 60 / 4, writer.stats  # commits were shared


def test_an_intake_the_database_refuses_fails_alone(writer: SubmissionWriter, store: Store) -> None:
    # Built without validation, as the web layer builds them: a page URL no driver can bind.
    broken = make().model_copy(update={"page_url": object()})

    async def mixed() -> list[Outcome | BaseException]:
        intakes = [Intake(make()), Intake(broken), Intake(make())]
        return await asyncio.gather(*(writer.accept(i) for i in intakes), return_exceptions=True)

    good, bad, also_good = asyncio.run(mixed())
    assert isinstance(bad, Exception)
    assert isinstance(good, Outcome) and good.created
    assert isinstance(also_good, Outcome) and also_good.created
    assert store.count(include_spam=True) == 2


def test_the_writer_stores_submissions_made_private(writer: SubmissionWriter, store: Store) -> None:
    """The request only checks a submission; the writer redacts it (off the event loop) before storing."""
    said = "Call me at 202-555-0143, my SSN is 536-22-1847."
    page = "https://example.gov/users/jane.doe@example.com/profile?ssn=536221847"
    raw = make(comment=said, other=said).model_copy(update={"page_url": page})

    async def send() -> Outcome:
        return await writer.accept(Intake(raw, to_redact=frozenset({"comment"})))

    outcome = asyncio.run(send())
    assert outcome.submission_id is not None
    stored = store.get(outcome.submission_id)
    assert stored is not None
    values = {answer.question: answer.value for answer in stored.answers}
    assert "0143" not in values["comment"] and "1847" not in values["comment"]
    assert "[phone number removed]" in values["comment"]
    assert values["other"] == said  # not named as free text: stored as given
    assert stored.page_url is not None
    assert "jane.doe" not in stored.page_url and "?" not in stored.page_url


def test_an_intake_that_cannot_be_made_private_fails_alone(writer: SubmissionWriter, store: Store) -> None:
    # Built without validation: an answer no redaction can read, named as free text.
    unreadable = make().model_copy(update={"answers": (Answer("comment", None, 0),)})  # type: ignore[arg-type]

    async def mixed() -> list[Outcome | BaseException]:
        intakes = [Intake(make()), Intake(unreadable, to_redact=frozenset({"comment"})), Intake(make())]
        return await asyncio.gather(*(writer.accept(i) for i in intakes), return_exceptions=True)

    good, bad, also_good = asyncio.run(mixed())
    assert isinstance(bad, Exception)
    assert isinstance(good, Outcome) and good.created
    assert isinstance(also_good, Outcome) and also_good.created
    assert store.count(include_spam=True) == 2


def test_one_child_serves_every_event_loop_and_stops_with_the_writer(store: Store) -> None:
    writer = SubmissionWriter(store)
    assert writer.store_process is not None  # a database file: a child can share it
    first = asyncio.run(writer.accept(Intake(make())))
    pid = writer.store_process.pid
    second = asyncio.run(writer.accept(Intake(make())))  # another event loop, the same child
    assert first.created and second.created
    assert pid is not None and writer.store_process.pid == pid
    writer.close()
    _wait_for_exit(pid)
    assert store.count(include_spam=True) == 2


def test_a_child_that_died_is_replaced_before_the_next_batch(store: Store) -> None:
    writer = SubmissionWriter(store)
    assert writer.store_process is not None

    async def run() -> None:
        assert (await writer.accept(Intake(make()))).created
        pid = writer.store_process.pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(0.2)  # the loop sees the end of the channel
        assert (await writer.accept(Intake(make()))).created
        assert writer.store_process.pid not in (None, pid)

    try:
        asyncio.run(run())
    finally:
        writer.close()
    assert store.count(include_spam=True) == 2


def test_a_batch_the_child_did_not_answer_fails(store: Store) -> None:
    writer = SubmissionWriter(store)
    assert writer.store_process is not None

    async def run() -> None:
        assert (await writer.accept(Intake(make()))).created
        pid = writer.store_process.pid
        assert pid is not None
        os.kill(pid, signal.SIGSTOP)  # hung: the batch goes out and no answer comes
        pending = asyncio.ensure_future(writer.accept(Intake(make())))
        await asyncio.sleep(0.2)
        os.kill(pid, signal.SIGKILL)  # then gone
        with pytest.raises(SubmissionNotStored, match="did not answer"):
            await pending  # never acknowledged, so the client sends it again

    try:
        asyncio.run(run())
    finally:
        writer.close()


def test_one_channel_per_open_event_loop(store: Store) -> None:
    writer = SubmissionWriter(store)
    for _ in range(5):
        assert asyncio.run(writer.accept(Intake(make()))).created
    assert len(writer._queues) == 1  # the closed loops' channels were closed and forgotten
    writer.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_for_exit(pid: int) -> None:
    deadline = time.monotonic() + 5
    while _alive(pid) and _zombie(pid) is False:
        assert time.monotonic() < deadline, f"the store process {pid} is still running"
        time.sleep(0.02)


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


def test_an_in_memory_database_is_stored_in_a_thread() -> None:
    with Store("sqlite://") as store:
        store.migrate()
        writer = SubmissionWriter(store)
        assert writer.store_process is None  # a child could not see this database
        assert asyncio.run(writer.accept(Intake(make()))).created
        assert store.count(include_spam=True) == 1


def test_a_store_process_that_cannot_start_leaves_the_work_to_a_thread(
    store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sys, "executable", "/bin/false")  # the child exits at once
    writer = SubmissionWriter(store)
    assert asyncio.run(writer.accept(Intake(make()))).created
    assert writer.store_process is None
    assert "cannot start" in caplog.text
    assert store.count(include_spam=True) == 1


@pytest.mark.parametrize("separate_process", [True, False], ids=["child process", "thread"])
def test_the_writer_dates_batches_and_counts_windows_by_its_clock(
    store: Store, separate_process: bool
) -> None:
    clock = FakeClock()
    writer = SubmissionWriter(store, separate_process=separate_process, clock=clock)
    limit = RateLimit("client-a", 1, 60)

    async def run() -> list[Outcome]:
        outcomes = [await writer.accept(Intake(make(), limit)) for _ in range(2)]
        clock.advance(60)  # the next window
        return [*outcomes, await writer.accept(Intake(make(), limit))]

    try:
        first, second, third = asyncio.run(run())
    finally:
        writer.close()
    assert first.created and second.limited and third.created
    times = [stored.created_at for stored in store.list_submissions(newest_first=False)]
    assert times == [START, START + timedelta(seconds=60)]


def test_batches_and_outcomes_cross_to_the_store_process_unchanged() -> None:
    intakes = [
        Intake(make(key="k-1"), RateLimit("client-a", 3, 60)),
        Intake(make(), to_redact=frozenset({"comment"})),
        Intake(None, RateLimit("client-b", 1, 900)),
    ]
    assert decode_batch(pickle.loads(pickle.dumps(encode_batch(intakes)))) == intakes
    results: list[Outcome | BaseException] = [Outcome("id-1", True), Outcome(limited=True), ValueError("no")]
    crossed = decode_results(pickle.loads(pickle.dumps(encode_results(results))))
    assert crossed[:2] == results[:2]
    assert isinstance(crossed[2], SubmissionNotStored) and "ValueError: no" in str(crossed[2])
