"""Our script and htmx run under the demo's strict Content-Security-Policy without a single error."""

from __future__ import annotations

from typing import Any


def test_scripts_load_without_csp_errors(browser: Any, demo_url: str) -> None:
    browser.get_log("browser")  # start from an empty log
    browser.get(demo_url + "/en/components/character_count")
    assert str(browser.execute_script("return window.htmx && htmx.version")).startswith("4.")
    # htmx's indicator styles arrive as a constructed stylesheet, not an inline <style>.
    assert browser.execute_script("return document.adoptedStyleSheets.length") >= 1
    errors = [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, errors
