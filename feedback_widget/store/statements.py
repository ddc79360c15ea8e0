"""The store's write statements, prepared once per database and run on the driver's own cursor.

The inserts and upserts of :meth:`Store.accept_batch` are compiled once, with positional
parameters, and times are converted once per batch by the column's own bind processor. A batch's
submissions and answers go to the database as one JSON array per table, in one statement each.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.default import DefaultDialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from feedback_widget.store.schema import answers, rate_limits, submissions

SUBMISSION_COLUMNS = (
    "id",
    "touchpoint",
    "question_set",
    "locale",
    "page_url",
    "created_at",
    "idempotency_key",
)

# A batch's rows arrive as one JSON array of arrays, each in the column order above. SQLite reads
# them with json_extract (its ``->>`` operator needs SQLite 3.38).
_BULK_INSERTS = {
    "sqlite": (
        "INSERT INTO submissions"
        " (id, touchpoint, question_set, locale, page_url, created_at, idempotency_key)"
        " SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),"
        " json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]'),"
        " json_extract(value, '$[6]') FROM json_each(?)",
        "INSERT INTO answers (submission_id, question, value, position)"
        " SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),"
        " json_extract(value, '$[3]') FROM json_each(?)",
    ),
    "postgresql": (
        "INSERT INTO submissions"
        " (id, touchpoint, question_set, locale, page_url, created_at, idempotency_key)"
        " SELECT r->>0, r->>1, r->>2, r->>3, r->>4, (r->>5)::timestamptz, r->>6"
        " FROM json_array_elements(%s::json) AS r",
        "INSERT INTO answers (submission_id, question, value, position)"
        " SELECT r->>0, r->>1, r->>2, (r->>3)::integer FROM json_array_elements(%s::json) AS r",
    ),
}


@dataclass(frozen=True)
class Compiled:
    """A statement's SQL in the driver's positional style, and the parameter names in order."""

    sql: str
    names: tuple[str, ...]

    def parameters(self, values: dict[str, Any]) -> tuple[Any, ...]:
        """The positional parameters for `values`, given by name."""
        return tuple(values[name] for name in self.names)


class WriteStatements:
    """The inserts and upserts of :meth:`Store.accept_batch`, for one database."""

    def __init__(self, dialect: Dialect) -> None:
        positional = dialect if dialect.positional else _with_format_parameters(dialect)
        dialect_insert: Any = postgresql.insert if dialect.name == "postgresql" else sqlite.insert
        self.insert_submissions, self.insert_answers = _BULK_INSERTS[dialect.name]
        self.insert_once = _compile(
            dialect_insert(submissions)
            .values({name: bindparam(name) for name in SUBMISSION_COLUMNS})
            .on_conflict_do_nothing(index_elements=[submissions.c.touchpoint, submissions.c.idempotency_key])
            .returning(submissions.c.id),
            positional,
        )
        self.find_by_key = _compile(
            select(
                submissions.c.id, submissions.c.question_set, submissions.c.locale, submissions.c.page_url
            ).where(
                submissions.c.touchpoint == bindparam("touchpoint"),
                submissions.c.idempotency_key == bindparam("idempotency_key"),
            ),
            positional,
        )
        self.answers_of = _compile(
            select(answers.c.question, answers.c.value, answers.c.position)
            .where(answers.c.submission_id == bindparam("submission_id"))
            .order_by(answers.c.id),
            positional,
        )
        hits = bindparam("hits", type_=Integer())
        self.add_hits = _compile(
            dialect_insert(rate_limits)
            .values(key=bindparam("key"), window_start=bindparam("window_start"), count=hits)
            .on_conflict_do_update(
                index_elements=[rate_limits.c.key, rate_limits.c.window_start],
                set_={"count": rate_limits.c.count + hits},
            )
            .returning(rate_limits.c.count),
            positional,
        )
        self.bind_time = _time_processor(dialect)
        self.json_time = self.bind_time if dialect.name == "sqlite" else datetime.isoformat

    @staticmethod
    def rows(rows: Sequence[Sequence[Any]]) -> str:
        """The parameter of a bulk insert: `rows` as one JSON array.

        Not ASCII-escaped: a lone surrogate then fails here, instead of being stored as bytes that
        no one can read back.
        """
        return json.dumps(rows, ensure_ascii=False)


def _with_format_parameters(dialect: Dialect) -> Dialect:
    """A dialect like `dialect` whose statements take positional ``%s`` parameters."""
    kind = type(dialect)
    assert issubclass(kind, DefaultDialect)  # every dialect SQLAlchemy ships
    return kind(paramstyle="format")


def _compile(statement: ClauseElement, dialect: Dialect) -> Compiled:
    compiled = statement.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    return Compiled(compiled.string, tuple(compiled.positiontup or ()))


def _time_processor(dialect: Dialect) -> Callable[[datetime], Any]:
    """What the driver gets for a time column: the stored form SQLAlchemy itself would write."""
    process = submissions.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    assert process is not None  # UTCDateTime converts on every database
    return process
