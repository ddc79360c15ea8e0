"""`Store`: add, read, count, flag and purge feedback submissions; count rate-limit hits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, Self

from sqlalchemy import ColumnElement, Engine, Row, delete, func, select, update
from sqlalchemy.engine import URL
from uuid_utils import uuid7

from feedback_widget.store.engine import create_store_engine
from feedback_widget.store.migrate import migrate
from feedback_widget.store.models import Answer, Intake, Outcome, RateLimit, StoredSubmission, Submission
from feedback_widget.store.schema import answers, rate_limits, submissions
from feedback_widget.store.settings import StoreSettings
from feedback_widget.store.statements import SUBMISSION_COLUMNS, WriteStatements


def _now() -> datetime:
    return datetime.now(UTC)


def _content(submission: Submission) -> tuple[Any, ...]:
    """What a retry with the same idempotency key must repeat: the set, language, page and answers."""
    return (submission.question_set, submission.locale, submission.page_url, submission.answers)


def _aware(value: datetime | None, name: str) -> datetime | None:
    """`value`, checked to be timezone-aware: a naive time would be read in an unknown zone."""
    if value is not None and (not isinstance(value, datetime) or value.utcoffset() is None):
        raise ValueError(f"feedback store: {name} must be a timezone-aware datetime, got {value!r}")
    return value


class Store:
    """The feedback store over one pooled engine. Thread-safe; every method commits before returning.

    Times are timezone-aware UTC datetimes; ``since`` bounds are inclusive and ``until`` exclusive.
    """

    def __init__(self, url: str | URL, *, pool_size: int = 5, max_overflow: int = 10) -> None:
        self.engine: Engine = create_store_engine(url, pool_size=pool_size, max_overflow=max_overflow)
        self._statements = WriteStatements(self.engine.dialect)

    @classmethod
    def from_settings(cls, settings: StoreSettings | None = None) -> Store:
        """Open the store named by ``FRONTDOOR_DATABASE_URL`` (default: ``data/frontdoor.db``)."""
        return cls((settings or StoreSettings()).database_url)

    def migrate(self) -> None:
        """Bring this store's database to the latest schema (idempotent)."""
        migrate(self.engine)

    def close(self) -> None:
        """Close the pooled connections."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # Submissions

    def add_submission(self, submission: Submission, *, now: datetime | None = None) -> tuple[str, bool]:
        """Store `submission` and its answers in one transaction, committed before returning.

        Returns ``(id, True)``; or, when a submission with the same idempotency key was already
        stored for the touchpoint, ``(its id, False)`` and nothing is written. Concurrent retries
        are settled by the database's unique constraint, so exactly one of them is stored.
        """
        outcome = self.accept_batch([Intake(submission)], now=now)[0]
        assert outcome.submission_id is not None  # no rate limit was asked for
        return outcome.submission_id, outcome.created

    def accept_batch(self, intakes: Sequence[Intake], *, now: datetime | None = None) -> list[Outcome]:
        """Count the rate-limit hits of `intakes`, store those within their limits: one transaction.

        The writer hands over whatever has queued up since its last commit (group commit). The
        outcomes come back in the order of `intakes`, all committed before this returns. An intake
        over its limit stores nothing; an idempotency key already stored (by an earlier batch, this
        one, or a concurrent process) gives that submission's id with ``created=False``.
        """
        moment = _aware(now, "now") or _now()
        with self.engine.begin() as connection:
            cursor = connection.connection.cursor()
            try:
                return self._write_batch(cursor, intakes, moment)
            finally:
                cursor.close()

    def _write_batch(self, cursor: Any, intakes: Sequence[Intake], moment: datetime) -> list[Outcome]:
        statements = self._statements
        limited = self._count_hits(cursor, intakes, moment)
        created_at = statements.json_time(moment)
        outcomes: list[Outcome] = []
        new_rows: list[tuple[Any, ...]] = []
        answer_rows: list[tuple[Any, ...]] = []
        keyed: dict[tuple[str, str], tuple[str, Submission]] = {}
        for intake, over in zip(intakes, limited, strict=True):
            submission = intake.submission
            if over or submission is None:
                outcomes.append(Outcome(limited=over))
                continue
            # Time-ordered ids (UUID version 7): new rows go at the end of each index.
            submission_id = str(uuid7())
            row = (
                submission_id,
                submission.touchpoint,
                submission.question_set,
                submission.locale,
                submission.page_url,
                created_at,
                submission.idempotency_key,
            )
            if submission.idempotency_key is None:
                new_rows.append(row)
            else:
                key = (submission.touchpoint, submission.idempotency_key)
                if key in keyed:  # earlier in this batch: its answers are not written yet
                    first_id, first = keyed[key]
                    outcomes.append(
                        Outcome(submission_id=first_id, conflict=_content(first) != _content(submission))
                    )
                    continue
                stored = self._insert_once(cursor, row, moment)
                if stored is not None:
                    same = self._stored_content(cursor, stored) == _content(submission)
                    outcomes.append(Outcome(submission_id=stored[0], conflict=not same))
                    continue
                keyed[key] = (submission_id, submission)
            answer_rows += [(submission_id, a.question, a.value, a.position) for a in submission.answers]
            outcomes.append(Outcome(submission_id=submission_id, created=True))
        if new_rows:
            cursor.execute(statements.insert_submissions, (statements.rows(new_rows),))
        if answer_rows:
            cursor.execute(statements.insert_answers, (statements.rows(answer_rows),))
        return outcomes

    def _insert_once(self, cursor: Any, row: tuple[Any, ...], moment: datetime) -> tuple[Any, ...] | None:
        """Insert a keyed submission; None when it was, else the row stored with its key already:
        ``(id, question_set, locale, page_url)``.

        ``ON CONFLICT DO NOTHING`` waits for a concurrent transaction holding the same key to end,
        so the following read (a new statement, hence a new snapshot) sees its row.
        """
        values = dict(zip(SUBMISSION_COLUMNS, row, strict=True))
        values["created_at"] = self._statements.bind_time(moment)
        cursor.execute(self._statements.insert_once.sql, self._statements.insert_once.parameters(values))
        if cursor.fetchone() is not None:
            return None
        cursor.execute(self._statements.find_by_key.sql, self._statements.find_by_key.parameters(values))
        return tuple(cursor.fetchone())

    def _stored_content(self, cursor: Any, stored: tuple[Any, ...]) -> tuple[Any, ...]:
        """What a stored row (from :meth:`_insert_once`) holds, in the form of :func:`_content`."""
        answers_of = self._statements.answers_of
        cursor.execute(answers_of.sql, answers_of.parameters({"submission_id": stored[0]}))
        return (*stored[1:], tuple(Answer(*row) for row in cursor.fetchall()))

    def _count_hits(self, cursor: Any, intakes: Sequence[Intake], moment: datetime) -> list[bool]:
        """One counter upsert per distinct key and window; which intakes are over their limit.

        The n hits of a key in this batch add n at once; the i-th of them is over when the count
        before the batch plus i passes the limit, exactly as if they had come one at a time.
        """
        hits: dict[tuple[str, datetime], list[int]] = {}
        for index, intake in enumerate(intakes):
            if intake.rate_limit is not None:
                hits.setdefault(intake.rate_limit.window(moment), []).append(index)
        over = [False] * len(intakes)
        add_hits, bind_time = self._statements.add_hits, self._statements.bind_time
        # Counters in a fixed order: two processes' batches then lock rows in the same order and
        # cannot deadlock each other. (Keyed inserts can; a failed batch is retried one by one.)
        for (key, window_start), indexes in sorted(hits.items()):
            values = {"key": key, "window_start": bind_time(window_start), "hits": len(indexes)}
            cursor.execute(add_hits.sql, add_hits.parameters(values))
            before = cursor.fetchone()[0] - len(indexes)
            for seen, index in enumerate(indexes, start=1):
                rate_limit = intakes[index].rate_limit
                assert rate_limit is not None
                over[index] = before + seen > rate_limit.limit
        return over

    def get(self, submission_id: str) -> StoredSubmission | None:
        """The submission with this id, with its answers; None when there is none."""
        with self.engine.connect() as connection:
            row = connection.execute(select(submissions).where(submissions.c.id == submission_id)).first()
            if row is None:
                return None
            return self._with_answers(connection, [row])[0]

    def list_submissions(
        self,
        touchpoint: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 100,
        offset: int = 0,
        *,
        include_spam: bool = True,
        newest_first: bool = True,
    ) -> list[StoredSubmission]:
        """Submissions with their answers, for one touchpoint (or all) and period, a page at a time."""
        if limit < 0 or offset < 0:
            raise ValueError(f"feedback store: limit and offset must be >= 0, got {limit} and {offset}")
        order = (submissions.c.created_at, submissions.c.id)
        query = (
            select(submissions)
            .where(*self._filters(touchpoint, since, until, include_spam))
            .order_by(*(column.desc() for column in order) if newest_first else order)
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
            return self._with_answers(connection, rows)

    def count(
        self,
        touchpoint: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        include_spam: bool = False,
    ) -> int:
        """How many submissions match (by default not counting those marked as spam)."""
        query = select(func.count()).select_from(submissions)
        query = query.where(*self._filters(touchpoint, since, until, include_spam))
        with self.engine.connect() as connection:
            return connection.execute(query).scalar_one()

    def answer_counts(
        self,
        touchpoint: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        questions: Iterable[str] | None = None,
        include_spam: bool = False,
    ) -> dict[str, dict[str, int]]:
        """``{question: {value: count}}`` over the matching submissions (spam left out by default).

        A multi-choice answer counts once per chosen value. Pass `questions` to leave out free text.
        """
        query = (
            select(answers.c.question, answers.c.value, func.count())
            .join(submissions, submissions.c.id == answers.c.submission_id)
            .where(*self._filters(touchpoint, since, until, include_spam))
            .group_by(answers.c.question, answers.c.value)
        )
        if questions is not None:
            query = query.where(answers.c.question.in_(list(questions)))
        counts: dict[str, dict[str, int]] = {}
        with self.engine.connect() as connection:
            for question, value, number in connection.execute(query):
                counts.setdefault(question, {})[value] = number
        return counts

    def mark_spam(self, submission_id: str, spam: bool = True) -> bool:
        """Mark a submission as spam (or not); False when there is no such submission."""
        query = update(submissions).where(submissions.c.id == submission_id).values(is_spam=spam)
        with self.engine.begin() as connection:
            return connection.execute(query).rowcount > 0

    def purge(self, older_than: datetime) -> int:
        """Delete the submissions (and their answers) that arrived before `older_than`; return how many."""
        query = delete(submissions).where(submissions.c.created_at < _aware(older_than, "older_than"))
        with self.engine.begin() as connection:
            return connection.execute(query).rowcount

    # Rate limiting

    def hit_rate_limit(
        self, key: str, limit: int, window_seconds: int, *, now: datetime | None = None
    ) -> bool:
        """Count one hit for `key` in the current fixed window; True when the window is over `limit`.

        `key` is an opaque value the caller derives (a keyed hash, never a raw IP address). The
        counter lives in the database, so every process and machine sharing it shares the limit;
        the increment is one atomic ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``.
        """
        return self.accept_batch([Intake(None, RateLimit(key, limit, window_seconds))], now=now)[0].limited

    def purge_rate_limits(self, older_than: datetime | None = None) -> int:
        """Delete rate-limit windows that started before `older_than` (default: a day ago)."""
        cutoff = _aware(older_than, "older_than") or _now() - timedelta(days=1)
        with self.engine.begin() as connection:
            return connection.execute(delete(rate_limits).where(rate_limits.c.window_start < cutoff)).rowcount

    # Helpers

    @staticmethod
    def _filters(
        touchpoint: str | None, since: datetime | None, until: datetime | None, include_spam: bool
    ) -> list[ColumnElement[bool]]:
        filters: list[ColumnElement[bool]] = []
        if touchpoint is not None:
            filters.append(submissions.c.touchpoint == touchpoint)
        if since is not None:
            filters.append(submissions.c.created_at >= _aware(since, "since"))
        if until is not None:
            filters.append(submissions.c.created_at < _aware(until, "until"))
        if not include_spam:
            filters.append(submissions.c.is_spam.is_(False))
        return filters

    @staticmethod
    def _with_answers(connection: Any, rows: Sequence[Row[Any]]) -> list[StoredSubmission]:
        if not rows:
            return []
        grouped: dict[str, list[Answer]] = {row.id: [] for row in rows}
        query = (
            select(answers.c.submission_id, answers.c.question, answers.c.value, answers.c.position)
            .where(answers.c.submission_id.in_(list(grouped)))
            .order_by(answers.c.id)
        )
        for submission_id, question, value, position in connection.execute(query):
            grouped[submission_id].append(Answer(question=question, value=value, position=position))
        return [
            StoredSubmission(
                id=row.id,
                touchpoint=row.touchpoint,
                question_set=row.question_set,
                locale=row.locale,
                page_url=row.page_url,
                created_at=row.created_at,
                idempotency_key=row.idempotency_key,
                is_spam=bool(row.is_spam),
                answers=tuple(grouped[row.id]),
            )
            for row in rows
        ]
