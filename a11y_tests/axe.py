"""Run axe-core in every frame of a page, and in its open shadow roots, and return typed results.

As axe-core's own WebDriver integrations do it: axe (``vendor/axe.min.js``, fetched from npm at
set-up) is injected into the page and runs there with ``axe.runPartial``, which also names the
page's frames; WebDriver switches into each frame, cross-origin and nested ones too, and does the same
there, depth first. ``axe.finishRun`` then merges the partial results in a blank window of the same
browser, kept for the purpose, where the page's scripts and Content-Security-Policy cannot reach it.

A frame that cannot be checked (WebDriver cannot enter it, axe cannot run in it, or it shows the
browser's error page instead of its content) is never skipped in silence: axe's own ``frame-tested``
rule, switched here to report a violation, names it with its frame path, and its summary says why.
Each failing element carries its frame path (``FailingNode.frame``), read from axe's target arrays.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from a11y_tests.page_scripts import page_script
from a11y_tests.results import SHADOW_SEPARATOR, FailingNode, Violation

AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe.min.js"
WCAG_AA_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice")
FRAME_TESTED = "frame-tested"
"""axe-core's rule for a frame axe did not run in; we make it report a violation, whatever the tags."""
FRAME_LOAD_SECONDS = 5.0
"""How long a frame still loading (or a lazy frame made to load) is waited for; after that, WebDriver
reports it as not checked."""

__all__ = [
    "AXE_SCRIPT",
    "FRAME_TESTED",
    "WCAG_AA_TAGS",
    "AxeFailed",
    "FailingNode",
    "Violation",
    "axe_options",
    "axe_script_version",
    "check_page",
]

AxeSelector = str | list[str]
"""One step of axe's target arrays: a CSS selector, or a list of them through open shadow roots."""
_FramePathKey = tuple[str | tuple[str, ...], ...]

_FINISHING_WINDOWS: WeakKeyDictionary[Any, str] = WeakKeyDictionary()
"""Each browser's blank window for ``axe.finishRun``, by its window handle."""
_NOT_IN_PAGE = "axe-core is not in the page"


class AxeFailed(RuntimeError):
    """axe-core did not run in the page (it threw, or the page removed it)."""


def axe_script_version() -> str:
    """The version of the axe-core we inject."""
    stamp = AXE_SCRIPT.parent / ".axe-core.version"
    return stamp.read_text().strip() if stamp.exists() else "unknown"


@cache
def _axe_source() -> str:
    if not AXE_SCRIPT.exists():
        raise FileNotFoundError(f"{AXE_SCRIPT} is missing: run `python scripts/fetch_vendor.py`")
    return AXE_SCRIPT.read_text(encoding="utf-8")


@cache
def _partial_script() -> str:
    """axe-core, then ``fdAxePartial``: one WebDriver call per frame injects axe and runs it."""
    return _axe_source() + "\n;\n" + page_script("fdAxePartial", "run_axe")


def axe_options(tags: Sequence[str] = WCAG_AA_TAGS) -> dict[str, Any]:
    """The options we give ``axe.runPartial`` and ``axe.finishRun``: the rules of ``tags``, and a
    frame axe could not run in reported as a violation of ``frame-tested``."""
    return {
        "runOnly": {"type": "tag", "values": list(tags)},
        "rules": {
            # axe marks its only check of 1.3.4 Orientation experimental, so it runs only when named.
            "css-orientation-lock": {"enabled": True},
            FRAME_TESTED: {"enabled": True},
        },
        "checks": {FRAME_TESTED: {"options": {"isViolation": True}}},
        "resultTypes": ["violations"],
    }


def _selector(step: AxeSelector) -> str:
    return step if isinstance(step, str) else SHADOW_SEPARATOR.join(str(part) for part in step)


def _key(path: Sequence[AxeSelector]) -> _FramePathKey:
    return tuple(step if isinstance(step, str) else tuple(step) for step in path)


def _node(raw: Mapping[str, Any], reasons: Mapping[_FramePathKey, str]) -> FailingNode:
    path: list[AxeSelector] = list(raw.get("target") or [])
    summary = str(raw.get("failureSummary") or "").replace("\n", " ")
    reason = reasons.get(_key(path))
    if reason:
        summary = f"{summary} ({reason})" if summary else reason
    return FailingNode(
        target=_selector(path[-1]) if path else "",
        html=str(raw.get("html") or ""),
        summary=summary,
        frame=tuple(_selector(step) for step in path[:-1]),
    )


def _violation(raw: Mapping[str, Any], reasons: Mapping[_FramePathKey, str]) -> Violation:
    own = reasons if raw["id"] == FRAME_TESTED else {}
    return Violation(
        rule=raw["id"],
        impact=raw.get("impact") or "",
        description=raw.get("help") or raw.get("description", ""),
        help_url=raw.get("helpUrl", ""),
        tags=tuple(raw.get("tags", [])),
        nodes=tuple(_node(node, own) for node in raw.get("nodes", [])),
    )


def _run_here(driver: Any, context: object, options: Mapping[str, Any]) -> dict[str, Any]:
    """Inject axe into the current frame and run ``fdAxePartial`` there; ``AxeFailed`` if it cannot."""
    result = driver.execute_async_script(_partial_script(), context, options, FRAME_LOAD_SECONDS * 1000)
    if not isinstance(result, dict) or not ("partial" in result or "unloaded" in result):
        error = result.get("error") if isinstance(result, dict) else result
        raise AxeFailed(f"axe-core did not run: {error}")
    return result


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _return_to(driver: Any, elements: Sequence[Any]) -> None:
    """Back to the frame reached through ``elements`` from the top, after a failure left WebDriver
    anywhere (chromedriver can be left in a state only a window switch clears)."""
    driver.switch_to.window(driver.current_window_handle)
    for element in elements:
        driver.switch_to.frame(element)


def _frame_partials(
    driver: Any,
    frames: Sequence[Mapping[str, Any]],
    options: Mapping[str, Any],
    outer: tuple[AxeSelector, ...],
    elements: tuple[Any, ...],
    reasons: dict[_FramePathKey, str],
) -> list[str | None]:
    """The partial results of each of ``frames`` (children of the current frame) and of the frames in
    them, depth first, in the order ``axe.finishRun`` expects; ``None`` for a frame not checked, with
    the reason in ``reasons``. Leaves WebDriver in the current frame."""
    from selenium.common.exceptions import WebDriverException

    partials: list[str | None] = []
    for frame in frames:
        path = (*outer, frame["selector"])
        element = frame.get("element")
        if element is None:  # removed from the page since axe named it
            reasons[_key(path)] = "the frame left the page before it could be checked"
            partials.append(None)
            continue
        try:
            driver.switch_to.frame(element)
            result = _run_here(driver, frame["context"], options)
            if "unloaded" in result:
                reasons[_key(path)] = (
                    f"its page did not load: the browser shows its error page ({result['unloaded']}), "
                    "because the address refused to be shown in a frame or did not answer"
                )
                found: list[str | None] = [None]
            else:
                inner = _frame_partials(
                    driver, result["frames"], options, path, (*elements, element), reasons
                )
                found = [result["partial"], *inner]
            driver.switch_to.parent_frame()
        except (WebDriverException, AxeFailed) as error:
            failed = "WebDriver could not enter it"
            if isinstance(error, AxeFailed):
                failed = "axe-core could not run in it"
            reasons[_key(path)] = f"{failed}: {type(error).__name__}: {_first_line(error)}"
            found = [None]
            _return_to(driver, elements)
        partials += found
    return partials


def _finishing_window(driver: Any) -> None:
    """Switch to this browser's blank window for ``axe.finishRun``, opening it (with axe) if need be."""
    from selenium.common.exceptions import NoSuchWindowException

    handle = _FINISHING_WINDOWS.get(driver)
    if handle is not None:
        try:
            driver.switch_to.window(handle)
            return
        except NoSuchWindowException:
            pass
    driver.switch_to.new_window("window")
    driver.execute_script(_axe_source())
    _FINISHING_WINDOWS[driver] = driver.current_window_handle


def _finish(driver: Any, partials: Sequence[str | None], options: Mapping[str, Any]) -> dict[str, Any]:
    """``axe.finishRun`` over ``partials`` in the blank window; back to the page's window afterwards."""
    page = driver.current_window_handle
    script = page_script("fdAxeFinish", "run_axe")
    try:
        _finishing_window(driver)
        results = driver.execute_async_script(script, list(partials), options)
        if isinstance(results, dict) and results.get("error") == _NOT_IN_PAGE:  # the window lost axe
            driver.execute_script(_axe_source())
            results = driver.execute_async_script(script, list(partials), options)
    finally:
        driver.switch_to.window(page)
    if not isinstance(results, dict) or "violations" not in results:
        error = results.get("error") if isinstance(results, dict) else results
        raise AxeFailed(f"axe-core could not merge its results: {error}")
    return results


def check_page(driver: Any, url: str | None = None, tags: tuple[str, ...] = WCAG_AA_TAGS) -> list[Violation]:
    """Open ``url`` (or use the page already open) and return axe's violations for the given tags, found
    in the page, its open shadow roots and every frame in it, each element with its frame path.

    A frame that could not be checked is a ``frame-tested`` violation. Raises ``AxeFailed`` when
    axe-core cannot run in the page itself. Leaves WebDriver in the page's top frame.
    """
    if url is not None:
        driver.get(url)
    else:
        driver.switch_to.default_content()
    options = axe_options(tags)
    top = _run_here(driver, None, options)
    if "unloaded" in top:
        raise AxeFailed(f"the page did not load: the browser shows its error page ({top['unloaded']})")
    reasons: dict[_FramePathKey, str] = {}
    partials: list[str | None] = [top["partial"]]
    if top["frames"]:
        page_load = driver.timeouts.page_load
        driver.set_page_load_timeout(FRAME_LOAD_SECONDS)  # a frame that never loads fails fast
        try:
            partials += _frame_partials(driver, top["frames"], options, (), (), reasons)
        finally:
            driver.set_page_load_timeout(page_load)
            driver.switch_to.default_content()
    results = _finish(driver, partials, options)
    return [_violation(raw, reasons) for raw in results["violations"]]
