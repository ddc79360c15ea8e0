"""The comments list: free-text answers, newest first, searched case-insensitively, a page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select

from feedback_widget.store import Store
from feedback_widget.store.schema import answers, submissions


@dataclass(frozen=True)
class Comment:
    """One comment (already redacted when stored) with where and when it came from."""

    submission_id: str
    question: str
    text: str
    created_at: dt.datetime
    touchpoint: str
    locale: str
    is_spam: bool


def search_comments(
    store: Store,
    questions: Iterable[str],
    *,
    touchpoint: str | None = None,
    query: str = "",
    limit: int = 20,
    offset: int = 0,
) -> tuple[int, list[Comment]]:
    """``(how many match, this page)`` of the answers to the free-text `questions`."""
    keys = sorted(set(questions))
    if not keys:
        return 0, []
    filters: list[ColumnElement[bool]] = [answers.c.question.in_(keys), answers.c.value != ""]
    if touchpoint:
        filters.append(submissions.c.touchpoint == touchpoint)
    if query.strip():
        filters.append(func.lower(answers.c.value).contains(query.strip().lower(), autoescape=True))
    joined = answers.join(submissions, submissions.c.id == answers.c.submission_id)
    count_query = select(func.count()).select_from(joined).where(*filters)
    page_query = (
        select(
            answers.c.submission_id,
            answers.c.question,
            answers.c.value,
            submissions.c.created_at,
            submissions.c.touchpoint,
            submissions.c.locale,
            submissions.c.is_spam,
        )
        .select_from(joined)
        .where(*filters)
        .order_by(submissions.c.created_at.desc(), answers.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    with store.engine.connect() as connection:
        total = connection.execute(count_query).scalar_one()
        rows = connection.execute(page_query).all()
    return total, [
        Comment(
            submission_id=row.submission_id,
            question=row.question,
            text=row.value,
            created_at=row.created_at,
            touchpoint=row.touchpoint,
            locale=row.locale,
            is_spam=bool(row.is_spam),
        )
        for row in rows
    ]
