"""Alembic migrations of the feedback store (run them with `feedback_widget.store.migrate`)."""
