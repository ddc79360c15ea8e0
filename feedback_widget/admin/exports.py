"""CSV exports: the raw responses, and the quarterly federal file."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator

from feedback_widget.admin.periods import Period
from feedback_widget.questions import QuestionSet
from feedback_widget.store import Store, StoredSubmission

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BASE_COLUMNS = ("id", "created_at", "touchpoint", "question_set", "locale", "page_url")
_PAGE = 500


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula: text starting with = + - @ gets a ``'``."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def to_csv(rows: Iterable[Iterable[object]]) -> str:
    """The rows as CSV text, every cell guarded against formula injection."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()


def iso(value: dt.datetime) -> str:
    """A stored time as ISO 8601 in UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat()


def all_submissions(store: Store, touchpoint: str | None, period: Period) -> Iterator[StoredSubmission]:
    """Every non-spam submission for `touchpoint` (or all) in `period`, oldest first, a page at a time."""
    offset = 0
    while True:
        page = store.list_submissions(
            touchpoint,
            period.since,
            period.until,
            limit=_PAGE,
            offset=offset,
            include_spam=False,
            newest_first=False,
        )
        yield from page
        if len(page) < _PAGE:
            return
        offset += _PAGE


def responses_rows(
    submissions: list[StoredSubmission], question_sets: dict[str, QuestionSet]
) -> Iterator[list[object]]:
    """The raw responses: the base columns, then one column per question, multiple values joined by ;."""
    columns: list[str] = []
    for submission in submissions:
        question_set = question_sets.get(submission.question_set)
        keys = [q.key for q in question_set.questions] if question_set else []
        keys += [answer.question for answer in submission.answers]
        for key in keys:
            if key not in columns:
                columns.append(key)
    yield [*BASE_COLUMNS, *columns]
    for submission in submissions:
        answers = submission.answers_by_question()
        yield [
            submission.id,
            iso(submission.created_at),
            submission.touchpoint,
            submission.question_set,
            submission.locale,
            submission.page_url or "",
            *(";".join(answers.get(key, [])) for key in columns),
        ]


def quarterly_rows(submissions: list[StoredSubmission], question_set: QuestionSet) -> Iterator[list[object]]:
    """The quarterly federal file for one touchpoint.

    A set of 1 to 5 statements (such as ``seven_statements``) gives the counts per answer option per
    question. Any other set (such as ``post_transaction``) gives one row per response: a thumbs or
    yes/no answer as 1 or 0, a 0/1 column per option of each tick-box question (``positive_drivers_ease``),
    and the free text.
    """
    questions = [q for q in question_set.questions]
    if questions and all(q.kind in ("scale", "text") for q in questions):
        scales = [q for q in questions if q.kind == "scale"]
        yield ["question", "1", "2", "3", "4", "5", "total"]
        counts = {q.key: dict.fromkeys(q.option_keys, 0) for q in scales}
        for submission in submissions:
            for answer in submission.answers:
                if answer.question in counts and answer.value in counts[answer.question]:
                    counts[answer.question][answer.value] += 1
        for question in scales:
            tally = counts[question.key]
            yield [question.key, *(tally[key] for key in question.option_keys), sum(tally.values())]
        return
    header: list[object] = ["id", "created_at"]
    for question in questions:
        if question.kind == "choices":
            header += [f"{question.key}_{key}" for key in question.option_keys]
        else:
            header.append(question.key)
    yield header
    for submission in submissions:
        answers = submission.answers_by_question()
        row: list[object] = [submission.id, iso(submission.created_at)]
        for question in questions:
            values = answers.get(question.key, [])
            if question.kind == "choices":
                row += [int(key in values) for key in question.option_keys]
            elif question.kind in ("thumbs", "yes_no"):
                row.append("" if not values else int(values[0] == question.option_keys[0]))
            else:
                row.append(";".join(values))
        yield row
