"""Fixtures shared by both test folders (``tests`` and ``a11y_tests``)."""

from tests.postgres import postgres_server

__all__ = ["postgres_server"]
