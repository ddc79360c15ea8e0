"""Group commit: a batch in one transaction behaves exactly like its intakes one at a time, and the
writer shares commits between concurrent requests. SQLite and PostgreSQL alike."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence

import pytest

from feedback_widget.store import Store, migrate
from feedback_widget.store.models import Intake, Outcome, RateLimit
from feedback_widget.writer import SubmissionWriter
from tests.feedback_widget.test_store import T0, answer_rows, make


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


class CountingStore(Store):
    """A store that records the size of each batch it is given."""

    batches: list[int]

    def accept_batch(self, intakes: Sequence[Intake], **kwargs: object) -> list[Outcome]:
        self.batches.append(len(intakes))
        return super().accept_batch(intakes, **kwargs)  # type: ignore[arg-type]


def test_concurrent_requests_share_commits(database_url: str) -> None:
    migrate(database_url)
    with CountingStore(database_url) as store:
        store.batches = []
        writer = SubmissionWriter(store)

        async def many() -> list[Outcome]:
            return await asyncio.gather(*(writer.accept(Intake(make())) for _ in range(60)))

        outcomes = asyncio.run(many())
        assert all(outcome.created for outcome in outcomes)
        assert len({outcome.submission_id for outcome in outcomes}) == 60
        assert store.count(include_spam=True) == 60
        assert sum(store.batches) == 60
        assert len(store.batches) < 60 / 4, store.batches  # commits were shared


def test_an_intake_the_database_refuses_fails_alone(store: Store) -> None:
    writer = SubmissionWriter(store)
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
