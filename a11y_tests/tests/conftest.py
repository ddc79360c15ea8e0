"""Fixtures for our own site's browser checks: the demo site and the broken site on loopback (with a
second loopback origin for the broken site's cross-origin frame), and one shared browser."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

from a11y_tests.browser import start_browser
from tests.servers import serve

os.environ.setdefault(
    "FRONTDOOR_DATABASE_URL", f"sqlite:///{tempfile.mkdtemp(prefix='frontdoor-a11y-')}/demo.db"
)
os.environ.setdefault("FRONTDOOR_SECRET_KEY", "test-secret-not-for-production")


@pytest.fixture(scope="session")
def demo_url() -> Iterator[str]:
    """The demo site, served over real HTTP on 127.0.0.1."""
    from demo_site import create_app

    with serve(create_app()) as url:
        yield url


@pytest.fixture(scope="session")
def frame_origin() -> Iterator[str]:
    """A second server of the broken site, on another loopback port: another origin to the browser,
    which serves the frame of the broken site's ``frame-cross-origin.html``."""
    from a11y_tests.tests.broken_site import broken_site_app

    with serve(broken_site_app()) as url:
        yield url


@pytest.fixture(scope="session")
def broken_site(frame_origin: str) -> Iterator[str]:
    """The deliberately broken site, served over real HTTP on 127.0.0.1, its cross-origin frame
    coming from ``frame_origin``."""
    from a11y_tests.tests.broken_site import broken_site_app

    with serve(broken_site_app(frame_origin=frame_origin)) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole run. A missing browser is an error, never a skip."""
    driver = start_browser()
    try:
        yield driver
    finally:
        driver.quit()
