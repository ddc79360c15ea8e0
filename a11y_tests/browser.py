"""Headless Chromium through Selenium, with Debian's chromium and chromedriver: no downloads."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Selenium is imported only when a browser starts
    from selenium.webdriver.chrome.webdriver import WebDriver

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
DRIVER_CANDIDATES = ("/usr/bin/chromedriver",)
OFFLINE_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--window-size=1280,1024",
)


class BrowserMissing(RuntimeError):
    """Chromium or chromedriver is not installed where we look for it."""


def _first_existing(env_var: str, candidates: tuple[str, ...], name: str) -> str:
    configured = os.environ.get(env_var)
    for path in ([configured] if configured else []) + list(candidates) + [shutil.which(name) or ""]:
        if path and Path(path).exists():
            return path
    raise BrowserMissing(
        f"{name} not found (set {env_var}, or install Debian's packages: "
        "apt-get install -y chromium chromium-driver; `make test` does it when run as root)"
    )


def find_chromium() -> tuple[str, str]:
    """The paths of the Chromium binary and its chromedriver; ``BrowserMissing`` if absent."""
    return (
        _first_existing("FRONTDOOR_CHROMIUM", CHROMIUM_CANDIDATES, "chromium"),
        _first_existing("FRONTDOOR_CHROMEDRIVER", DRIVER_CANDIDATES, "chromedriver"),
    )


def start_browser(*, javascript: bool = True, width: int = 1280, height: int = 1024) -> WebDriver:
    """Start headless Chromium and return its Selenium driver; reuse it for many pages, then ``quit()``."""
    os.environ.setdefault("SE_OFFLINE", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = find_chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in OFFLINE_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='frontdoor-chromium-')}")
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    return driver
