"""Form-steps drafts kept in the feedback database: a :class:`~components.form_steps.drafts.DraftStore`.

Each save is its own committed transaction, so a person's answer is durable (SQLite with
``synchronous=FULL``, PostgreSQL with ``fsync``) before the next page is sent. The table keeps the
SHA-256 of a draft's id as the row's id: whoever reads the table cannot take a draft over, as the id
itself is only in the person's cookie. Expired drafts are deleted by :meth:`SqlDrafts.purge` (run by
``frontdoor feedback purge``), and never returned meanwhile.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Engine, bindparam, delete, insert, select, update

from components.form_steps.drafts import Draft, StoredFile, new_draft_id
from feedback_widget.store.engine import writing
from feedback_widget.store.schema import form_drafts, form_files


def _row_id(draft_id: str) -> str:
    return hashlib.sha256(draft_id.encode("utf-8")).hexdigest()


# Built once: building a statement costs more than running it.
_GET = select(form_drafts).where(form_drafts.c.id == bindparam("row_id"))
_UPDATE = update(form_drafts).where(form_drafts.c.id == bindparam("row_id"))
_INSERT = insert(form_drafts)


class _QuickGet:
    """One row of ``form_drafts`` by its id, read from SQLite without a transaction (a single SELECT
    reads a consistent snapshot on its own), with the columns' types applied as SQLAlchemy would: a
    draft is read on every page, and this costs a tenth of a statement run through the engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        columns = list(form_drafts.c)
        self.sql = f"SELECT {', '.join(c.name for c in columns)} FROM form_drafts WHERE id = ?"
        self.names = [column.name for column in columns]
        self.processors = [
            column.type.dialect_impl(engine.dialect).result_processor(engine.dialect, None)
            for column in columns
        ]

    def __call__(self, row_id: str) -> Any:
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            found = cursor.execute(self.sql, (row_id,)).fetchone()
            cursor.close()
        finally:
            connection.close()
        if found is None:
            return None
        values = [
            value if process is None else process(value)
            for process, value in zip(self.processors, found, strict=True)
        ]
        return SimpleNamespace(**dict(zip(self.names, values, strict=True)))


class SqlDrafts:
    """The ``form_drafts`` table behind ``engine``. Thread-safe; every method commits before returning."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.reads_quickly = engine.dialect.name == "sqlite"
        """A read from a local SQLite file (WAL: never blocked by a writer) is quicker than a thread hop."""
        self._quick_get = _QuickGet(engine) if self.reads_quickly else None

    def create(self, flow_id: str, flow_version: int, expires: datetime) -> Draft:
        """A new, empty draft, committed."""
        draft = Draft(new_draft_id(), flow_id, flow_version, {}, expires)
        with writing(self.engine) as connection:
            connection.execute(insert(form_drafts).values(self._row(draft)))
        return draft

    def get(self, draft_id: str) -> Draft | None:
        """The draft with ``draft_id``, or ``None`` (none, deleted, or expired)."""
        if self._quick_get is not None:
            row: Any = self._quick_get(_row_id(draft_id))
        else:
            with self.engine.connect() as connection:
                row = connection.execute(_GET, {"row_id": _row_id(draft_id)}).first()
        if row is None or row.expires_at <= datetime.now(UTC):
            return None
        return self._draft(draft_id, row)

    def find(self, resume_key: str) -> str | None:
        """The sealed id of the draft saved with ``resume_key``, or ``None`` (none, or expired)."""
        query = select(form_drafts.c.resume_box, form_drafts.c.expires_at).where(
            form_drafts.c.resume_key == resume_key
        )
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        if row is None or row.expires_at <= datetime.now(UTC):
            return None
        return str(row.resume_box)

    def find_owned(self, owner_key: str) -> str | None:
        """The sealed id of the unexpired draft last saved with ``owner_key``, or ``None``."""
        query = (
            select(form_drafts.c.owner_box)
            .where(form_drafts.c.owner_key == owner_key, form_drafts.c.expires_at > datetime.now(UTC))
            .order_by(form_drafts.c.updated_at.desc())
            .limit(1)
        )
        with self.engine.connect() as connection:
            box = connection.execute(query).scalar()
        return None if box is None else str(box)

    @staticmethod
    def _draft(draft_id: str, row: Any) -> Draft:
        return Draft(
            draft_id,
            row.flow_id,
            row.flow_version,
            json.loads(row.answers),
            row.expires_at,
            row.reference,
            row.resume_key,
            row.resume_box,
            row.owner_key,
            row.owner_box,
        )

    def save(self, draft: Draft) -> None:
        """Keep ``draft``'s answers, expiry and reference, committed before returning."""
        self.save_all([draft])

    def save_all(self, drafts: Sequence[Draft]) -> None:
        """Keep every draft of ``drafts`` in one transaction, committed before returning."""
        rows = [self._row(draft) for draft in drafts]
        with writing(self.engine) as connection:
            for values in rows:
                if connection.execute(_UPDATE, {"row_id": values["id"], **values}).rowcount == 0:
                    connection.execute(_INSERT, values)

    def delete(self, draft_id: str) -> None:
        """Forget the draft and its files."""
        with writing(self.engine) as connection:
            connection.execute(delete(form_drafts).where(form_drafts.c.id == _row_id(draft_id)))
            connection.execute(delete(form_files).where(form_files.c.draft_id == _row_id(draft_id)))

    def save_file(self, draft_id: str, key: str, file: StoredFile, expires: datetime) -> None:
        """Keep ``file`` under ``key`` with the draft, committed before returning."""
        values = {
            "draft_id": _row_id(draft_id),
            "key": key,
            "filename": file.filename,
            "content_type": file.content_type,
            "content": file.content,
            "expires_at": expires,
        }
        with writing(self.engine) as connection:
            connection.execute(insert(form_files).values(values))

    def file(self, draft_id: str, key: str) -> StoredFile | None:
        """The file kept under ``key`` with the draft, or ``None``."""
        query = select(form_files).where(form_files.c.draft_id == _row_id(draft_id), form_files.c.key == key)
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        if row is None or row.expires_at <= datetime.now(UTC):
            return None
        return StoredFile(row.filename, row.content_type, bytes(row.content))

    def delete_files(self, draft_id: str) -> None:
        """Forget the draft's files, keeping the draft."""
        with writing(self.engine) as connection:
            connection.execute(delete(form_files).where(form_files.c.draft_id == _row_id(draft_id)))

    def purge(self, now: datetime) -> int:
        """Delete the drafts and files expired at ``now``; return how many drafts."""
        with writing(self.engine) as connection:
            connection.execute(delete(form_files).where(form_files.c.expires_at <= now))
            return connection.execute(delete(form_drafts).where(form_drafts.c.expires_at <= now)).rowcount

    @staticmethod
    def _row(draft: Draft) -> dict[str, object]:
        return {
            "id": _row_id(draft.id),
            "flow_id": draft.flow_id,
            "flow_version": draft.flow_version,
            "answers": json.dumps(draft.answers, ensure_ascii=False, separators=(",", ":")),
            "reference": draft.reference,
            "resume_key": draft.resume_key,
            "resume_box": draft.resume_box,
            "owner_key": draft.owner_key,
            "owner_box": draft.owner_box,
            "updated_at": datetime.now(UTC),
            "expires_at": draft.expires,
        }
