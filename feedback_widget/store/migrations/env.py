"""Alembic environment: runs the store's migrations on the connection `migrate()` hands over.

Without one (e.g. ``alembic.command.revision(..., autogenerate=True)`` on a config carrying a
``sqlalchemy.url``), it opens its own connection to that URL.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from feedback_widget.store.engine import create_store_engine
from feedback_widget.store.schema import metadata

config = context.config
version_table = config.get_main_option("version_table") or "feedback_alembic_version"


def run(connection: Connection) -> None:
    """Run the pending migrations on `connection`."""
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=version_table,
        # SQLite can alter little in place; batch mode rebuilds a table when it must.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


given = config.attributes.get("connection")
if given is not None:
    run(given)
else:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("feedback store migrations: no connection given and no sqlalchemy.url set")
    engine = create_store_engine(url, pool_size=1, max_overflow=0)
    try:
        with engine.connect() as connection:
            run(connection)
            connection.commit()
    finally:
        engine.dispose()
