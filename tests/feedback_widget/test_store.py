"""The feedback store against real SQLite and PostgreSQL databases."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pydantic import ValidationError
from sqlalchemy import func, inspect, select

from feedback_widget.store import Answer, Store, StoreSettings, Submission, migrate, normalize_url
from feedback_widget.store.migrate import VERSION_TABLE, current_revision, head_revision
from feedback_widget.store.models import Intake
from feedback_widget.store.schema import answers, metadata, submissions

T0 = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    migrate(database_url)
    with Store(database_url) as opened:
        yield opened


def make(
    touchpoint: str = "benefits-apply", key: str | None = None, **answers_: str | list[str]
) -> Submission:
    return Submission(
        touchpoint=touchpoint,
        question_set="a11-280",
        locale="es",
        page_url="https://example.gov/apply/done",
        answers=answers_ or {"trust": "yes", "positive": ["ease", "efficiency"], "comment": "Fast."},
        idempotency_key=key,
    )


def answer_rows(store: Store) -> int:
    with store.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(answers)).scalar_one()


# Schema


def test_migrate_is_idempotent_and_matches_the_schema(database_url: str) -> None:
    migrate(database_url)
    migrate(database_url)
    with Store(database_url) as store, store.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        assert {"submissions", "answers", "rate_limits", VERSION_TABLE} <= set(
            inspect(connection).get_table_names()
        )
        context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
        assert compare_metadata(context, metadata) == []


def test_processes_starting_together_migrate_once(database_url: str) -> None:
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(migrate, [database_url] * 4))
    with Store(database_url) as store, store.engine.connect() as connection:
        assert current_revision(connection) == head_revision()


# Submissions


def test_round_trip_keeps_every_answer_value_in_order(store: Store) -> None:
    submission_id, created = store.add_submission(make(), now=T0)
    assert created
    stored = store.get(submission_id)
    assert stored is not None
    assert stored.id == submission_id
    assert (stored.touchpoint, stored.question_set, stored.locale) == ("benefits-apply", "a11-280", "es")
    assert stored.page_url == "https://example.gov/apply/done"
    assert stored.created_at == T0 and stored.created_at.tzinfo is not None
    assert not stored.is_spam
    assert stored.answers == (
        Answer("trust", "yes", 0),
        Answer("positive", "ease", 0),
        Answer("positive", "efficiency", 1),
        Answer("comment", "Fast.", 0),
    )
    assert stored.answers_by_question() == {
        "trust": ["yes"],
        "positive": ["ease", "efficiency"],
        "comment": ["Fast."],
    }
    assert answer_rows(store) == 4  # one row per value, not one column per question
    assert store.get("00000000-0000-0000-0000-000000000000") is None


def test_answers_given_as_pairs_get_their_positions() -> None:
    submission = Submission(
        touchpoint="t",
        question_set="q",
        locale="en",
        answers=[("drivers", "ease"), ("trust", "no"), ("drivers", "humanity")],
    )
    assert submission.answers == (
        Answer("drivers", "ease", 0),
        Answer("trust", "no", 0),
        Answer("drivers", "humanity", 1),
    )
    with pytest.raises(ValidationError, match="answers"):
        Submission(touchpoint="t", question_set="q", locale="en", answers={"trust": 5})


def test_idempotency_key_stores_a_retry_once(store: Store) -> None:
    first, created = store.add_submission(make(key="retry-1"))
    again, created_again = store.add_submission(make(key="retry-1"))
    assert created and not created_again
    assert again == first
    other_touchpoint, created_other = store.add_submission(make(touchpoint="renewal", key="retry-1"))
    assert created_other and other_touchpoint != first
    store.add_submission(make())
    store.add_submission(make())  # no key: never deduplicated
    assert store.count() == 4
    assert answer_rows(store) == 4 * 4


@pytest.mark.parametrize("same_batch", [False, True])
def test_a_key_used_again_with_other_content_is_a_conflict(store: Store, same_batch: bool) -> None:
    first, other, same = make(key="k"), make(key="k", trust="no"), make(key="k")
    if same_batch:
        outcomes = store.accept_batch([Intake(first), Intake(other), Intake(same)])
    else:
        outcomes = [store.accept_batch([Intake(submission)])[0] for submission in (first, other, same)]
    assert [(o.created, o.conflict) for o in outcomes] == [(True, False), (False, True), (False, False)]
    assert {o.submission_id for o in outcomes} == {outcomes[0].submission_id}
    assert store.count() == 1
    stored = store.get(str(outcomes[0].submission_id))
    assert stored is not None and stored.answers_by_question()["trust"] == ["yes"]


def test_idempotency_key_under_concurrency_stores_exactly_one(store: Store) -> None:
    threads = 8
    barrier = threading.Barrier(threads)

    def submit(_: int) -> tuple[str, bool]:
        barrier.wait()
        return store.add_submission(make(key="offline-queue-42"))

    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(submit, range(threads)))
    assert len({submission_id for submission_id, _ in results}) == 1
    assert sum(created for _, created in results) == 1
    assert store.count() == 1
    assert answer_rows(store) == 4


def test_list_filters_by_touchpoint_and_period_and_pages(store: Store) -> None:
    ids = [store.add_submission(make(), now=T0 + timedelta(hours=hour))[0] for hour in range(5)]
    store.add_submission(make(touchpoint="renewal"), now=T0)
    listed = store.list_submissions(
        "benefits-apply", since=T0 + timedelta(hours=1), until=T0 + timedelta(hours=4)
    )
    assert [s.id for s in listed] == [ids[3], ids[2], ids[1]]
    assert all(len(s.answers) == 4 for s in listed)
    oldest_first = store.list_submissions("benefits-apply", limit=2, offset=1, newest_first=False)
    assert [s.id for s in oldest_first] == ids[1:3]
    assert len(store.list_submissions()) == 6
    assert store.list_submissions("nobody") == []


def test_answer_counts_per_question_and_value(store: Store) -> None:
    store.add_submission(make(trust="yes", positive=["ease", "efficiency"]), now=T0)
    store.add_submission(make(trust="yes", positive=["ease"]), now=T0 + timedelta(days=1))
    store.add_submission(make(trust="no", negative=["ease", "other"]), now=T0 + timedelta(days=2))
    store.add_submission(make(touchpoint="renewal", trust="no"), now=T0)
    assert store.answer_counts("benefits-apply") == {
        "trust": {"yes": 2, "no": 1},
        "positive": {"ease": 2, "efficiency": 1},
        "negative": {"ease": 1, "other": 1},
    }
    assert store.answer_counts("benefits-apply", since=T0 + timedelta(days=1), questions=["trust"]) == {
        "trust": {"yes": 1, "no": 1}
    }
    assert store.answer_counts("benefits-apply", until=T0 + timedelta(days=1)) == {
        "trust": {"yes": 1},
        "positive": {"ease": 1, "efficiency": 1},
    }
    assert store.count("benefits-apply") == 3
    assert store.answer_counts("nobody") == {}


def test_spam_is_flagged_and_left_out_of_counts(store: Store) -> None:
    spam_id, _ = store.add_submission(make(trust="no"))
    store.add_submission(make(trust="yes"))
    assert store.mark_spam(spam_id)
    stored = store.get(spam_id)
    assert stored is not None and stored.is_spam
    assert store.answer_counts("benefits-apply") == {"trust": {"yes": 1}}
    assert store.count("benefits-apply") == 1
    assert store.count("benefits-apply", include_spam=True) == 2
    assert spam_id not in [s.id for s in store.list_submissions(include_spam=False)]
    assert store.mark_spam(spam_id, spam=False)
    assert store.count("benefits-apply") == 2
    assert not store.mark_spam("00000000-0000-0000-0000-000000000000")


def test_purge_deletes_old_submissions_with_their_answers(store: Store) -> None:
    old_ids = [store.add_submission(make(), now=T0 - timedelta(days=400 + n))[0] for n in range(3)]
    recent_id, _ = store.add_submission(make(), now=T0)
    assert answer_rows(store) == 16
    assert store.purge(T0 - timedelta(days=365)) == 3
    assert all(store.get(old) is None for old in old_ids)
    assert store.get(recent_id) is not None
    assert answer_rows(store) == 4  # ON DELETE CASCADE took the answers too
    assert store.purge(T0 - timedelta(days=365)) == 0


def test_deleting_a_submission_deletes_its_answers(store: Store) -> None:
    gone, _ = store.add_submission(make())
    kept, _ = store.add_submission(make())
    with store.engine.begin() as connection:
        connection.execute(submissions.delete().where(submissions.c.id == gone))
    with store.engine.connect() as connection:
        left = connection.execute(select(answers.c.submission_id).distinct()).scalars().all()
    assert left == [kept]


def test_naive_times_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        store.purge(datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="since"):
        store.list_submissions(since=datetime(2026, 1, 1))


# Rate limiting


def test_rate_limit_is_shared_across_processes_and_resets_each_window(database_url: str) -> None:
    migrate(database_url)
    key = "9f2c4e…opaque-hash"
    start = datetime(2026, 3, 1, 10, 0, 0, tzinfo=UTC)
    with Store(database_url) as one, Store(database_url) as two:  # two engines: two processes
        hits = [
            (one if n % 2 else two).hit_rate_limit(key, 3, 60, now=start + timedelta(seconds=n))
            for n in range(5)
        ]
        assert hits == [False, False, False, True, True]
        assert not one.hit_rate_limit("another-client", 3, 60, now=start)
        assert not two.hit_rate_limit(key, 3, 60, now=start + timedelta(seconds=60))  # a new window
        assert not one.hit_rate_limit(key, 3, 60, now=start + timedelta(seconds=61))
        assert one.purge_rate_limits(start + timedelta(seconds=60)) == 2
        assert not one.hit_rate_limit(key, 3, 60, now=start + timedelta(seconds=62))


def test_rate_limit_counts_every_concurrent_hit(store: Store) -> None:
    now = datetime.now(UTC)
    with ThreadPoolExecutor(8) as pool:
        over = list(pool.map(lambda _: store.hit_rate_limit("burst", 20, 3600, now=now), range(40)))
    assert sum(over) == 20


# SQLite durability and settings


def test_sqlite_runs_in_wal_mode_with_full_sync(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nested' / 'feedback.db'}"
    migrate(url)
    with Store(url) as store, store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_settings_default_to_a_sqlite_file_in_a_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FRONTDOOR_DATABASE_URL", raising=False)
    settings = StoreSettings()
    assert settings.database_url == f"sqlite:///{tmp_path.resolve() / 'data' / 'frontdoor.db'}"
    with Store.from_settings(settings) as store:
        store.migrate()
        store.add_submission(make())
    assert (tmp_path / "data" / "frontdoor.db").is_file()
    url = "postgresql://app@db.example.gov/feedback"
    monkeypatch.setenv("FRONTDOOR_DATABASE_URL", url)
    assert StoreSettings().database_url == url
    monkeypatch.setenv("FRONTDOOR_DATABASE_URL", "mysql://x@y/z")
    with pytest.raises(ValidationError, match="FRONTDOOR_DATABASE_URL is not a usable database URL"):
        StoreSettings()


def test_from_settings_reads_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FRONTDOOR_DATABASE_URL", raising=False)
    with Store.from_settings() as store:
        assert store.engine.url.database == str(tmp_path.resolve() / "data" / "frontdoor.db")
    assert (tmp_path / "data").is_dir()
    monkeypatch.setenv("FRONTDOOR_DATABASE_URL", f"sqlite:///{tmp_path / 'elsewhere.db'}")
    with Store.from_settings() as store:
        assert store.engine.url.database == str(tmp_path / "elsewhere.db")


def test_postgres_urls_use_psycopg_3() -> None:
    assert normalize_url("postgres://u@h/d").drivername == "postgresql+psycopg"
    assert normalize_url("postgresql://u@h/d").drivername == "postgresql+psycopg"
    assert normalize_url("postgresql+psycopg://u@h/d").drivername == "postgresql+psycopg"
    with pytest.raises(ValueError, match="unsupported"):
        normalize_url("mysql://u@h/d")


def test_text_that_cannot_be_stored_whole_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="NUL"):
        Submission(touchpoint="t", question_set="s", locale="en", answers={"comment": "a\x00b"})
    lone_surrogate = make().model_copy(update={"answers": (Answer("comment", "a\ud800b"),)})
    with pytest.raises(UnicodeEncodeError):
        store.add_submission(lone_surrogate)
    assert store.count(include_spam=True) == 0
