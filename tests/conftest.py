"""Test-wide settings: the demo's feedback store in a throwaway SQLite file, a fixed secret."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault(
    "FRONTDOOR_DATABASE_URL", f"sqlite:///{tempfile.mkdtemp(prefix='frontdoor-tests-')}/demo.db"
)
os.environ.setdefault("FRONTDOOR_SECRET_KEY", "test-secret-not-for-production")
