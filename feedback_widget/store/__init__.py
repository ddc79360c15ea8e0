"""The durable store for feedback submissions: SQLAlchemy Core over SQLite (WAL) or PostgreSQL.

    from feedback_widget.store import Store, Submission, migrate

    migrate(url)                      # bring the database to the latest schema (idempotent)
    store = Store(url)                # or Store.from_settings(), reading FRONTDOOR_DATABASE_URL
    submission_id, created = store.add_submission(Submission(...))

Every method is synchronous and thread-safe; from async code call them through
``starlette.concurrency.run_in_threadpool``.
"""

from __future__ import annotations

from feedback_widget.store.engine import create_store_engine, normalize_url
from feedback_widget.store.migrate import migrate
from feedback_widget.store.models import Answer, StoredSubmission, Submission
from feedback_widget.store.settings import StoreSettings
from feedback_widget.store.store import Store

__all__ = [
    "Answer",
    "Store",
    "StoreSettings",
    "StoredSubmission",
    "Submission",
    "create_store_engine",
    "migrate",
    "normalize_url",
]
