"""Does the page work with JavaScript off? Progressive enhancement, checked in the same browser.

Page scripts are switched off with the DevTools protocol (``Emulation.setScriptExecutionDisabled``):
the page's own scripts do not run, while Selenium's ``execute_script`` still works, so we can look at
the page as a reader without JavaScript gets it. All rules are tagged ``best-practice``; WCAG itself
does not require pages to work without scripts, but people behind strict networks, old devices and
failed downloads get exactly this page.

- ``no-js-content``: the main content is empty or hidden without JavaScript.
- ``no-js-control``: controls that can only work with JavaScript: a ``<button>`` outside any form or
  of ``type="button"`` (unless it opens a popover or dialog declaratively), ``href="#"`` and
  ``javascript:`` links, and elements given a widget role such as ``role="button"``.
- ``no-js-form-submit``: a form with no submit button.
- ``no-js-form-error`` (only with ``submit_forms=True``): sending a form empty, with scripts off and
  browser validation off, gives a server error (5xx), a browser error page, or nothing at all. Only
  forms that post to the page's own origin are sent. A good service answers an empty form with a
  page that says what to fix. Sending forms has effects on the server: use it on test sites.

Frames load with the page (``a11y_tests.checks._frames``): the controls and forms of every frame,
nested and cross-origin ones too, are checked as the page's are (``no-js-control``,
``no-js-form-submit``), each with its frame path; a framed document need not have main content, and
only the page's own forms are sent. DevTools switches scripts off for the page's own renderer: a
cross-origin frame drawn by another renderer process may still run its scripts, so its controls are
judged as they were drawn. A frame that cannot be entered is recorded in the check's frame coverage.

The page scripts are in ``a11y_tests/js/no_javascript.js``.
"""

from __future__ import annotations

import time
from typing import Any

from selenium.common.exceptions import WebDriverException

from a11y_tests.checks._common import violation
from a11y_tests.checks._frames import FrameCoverage, record, visit_frames
from a11y_tests.page_scripts import page_script
from a11y_tests.results import FailingNode, FramePath, Violation

SUBMIT_TIMEOUT = 5.0


def _set_scripts(driver: Any, *, enabled: bool) -> None:
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not enabled})


def _send_empty(driver: Any, url: str, index: int) -> str:
    """Load ``url``, send form ``index`` empty; what went wrong, or "" if the answer was a usable page."""
    driver.get(url)
    if not driver.execute_script(page_script("fdSubmitForm", "no_javascript"), index):
        return ""
    deadline = time.monotonic() + SUBMIT_TIMEOUT
    while time.monotonic() < deadline:
        try:
            after = driver.execute_script(page_script("fdAfterSubmit", "no_javascript"))
        except WebDriverException:  # the old page is going away under us; ask again
            after = None
        if after is not None:
            status = int(after.get("status") or 0)
            if str(after["url"]).startswith("chrome-error:"):
                return "Sending this form empty gives a browser error page (the server did not answer)"
            if status >= 500:
                return f"Sending this form empty gives HTTP {status}, not a page saying what to fix"
            return ""
        time.sleep(0.05)
    return f"Nothing happens within {SUBMIT_TIMEOUT:g} s when this form is sent without JavaScript"


def _frame_facts(driver: Any) -> Any:
    """The work for ``visit_frames``: a frame's JavaScript-only controls and forms without a submit."""
    script = page_script("fdWithoutScripts", "no_javascript")

    def look(
        path: FramePath, chain: tuple[Any, ...], frame: dict[str, Any]
    ) -> tuple[list[FailingNode], list[FailingNode]]:
        facts = driver.execute_script(script)

        def node(raw: dict[str, str], summary: str) -> FailingNode:
            return FailingNode(target=raw["target"], html=raw["html"], summary=summary, frame=path)

        controls = [node(raw, raw["summary"]) for raw in facts["controls"]]
        forms = [node(form["node"], form["noSubmit"]) for form in facts["forms"] if form.get("noSubmit")]
        return controls, forms

    return look


def check_without_javascript(driver: Any, url: str, *, submit_forms: bool = False) -> list[Violation]:
    """Load ``url`` with page scripts off and report what does not work; scripts are on again afterwards.

    The driver is left on ``url`` as loaded without scripts (or on a form's answer page).
    """
    _set_scripts(driver, enabled=False)
    try:
        driver.get(url)
        facts = driver.execute_script(page_script("fdWithoutScripts", "no_javascript"))
        framed = visit_frames(driver, record(driver, FrameCoverage("no-javascript")), _frame_facts(driver))
        failed_sends = []
        if submit_forms:
            for form in facts["forms"]:
                if form["sameOrigin"] and (problem := _send_empty(driver, url, form["index"])):
                    failed_sends.append({**form["node"], "summary": problem})
    finally:
        _set_scripts(driver, enabled=True)
    found: list[Violation] = []
    if facts["content"]:
        found.append(
            violation(
                "no-js-content",
                "serious",
                "Without JavaScript the page shows no main content.",
                [facts["content"]],
            )
        )
    controls: list[FailingNode | dict[str, str]] = [*facts["controls"], *(n for f in framed for n in f[0])]
    if controls:
        found.append(
            violation(
                "no-js-control",
                "serious",
                "These controls do nothing without JavaScript.",
                controls,
            )
        )
    no_submit: list[FailingNode | dict[str, str]] = [
        {**form["node"], "summary": form["noSubmit"]} for form in facts["forms"] if form.get("noSubmit")
    ]
    no_submit += [node for f in framed for node in f[1]]
    if no_submit:
        found.append(
            violation(
                "no-js-form-submit",
                "serious",
                "These forms have no visible submit button, so people without JavaScript cannot send them.",
                no_submit,
            )
        )
    if failed_sends:
        found.append(
            violation(
                "no-js-form-error",
                "serious",
                "Sending these forms without JavaScript fails, instead of giving a page saying what to fix.",
                failed_sends,
            )
        )
    return found
