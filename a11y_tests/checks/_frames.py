"""Visit every frame of the page for our checks beyond axe, and record what each check covered.

``visit_frames`` switches WebDriver into each ``<iframe>`` and ``<frame>`` (nested and cross-origin
ones too, and frames inside open shadow roots), depth first, and calls a function there; lazy frames
are made to load first. A frame that cannot be entered, or that shows the browser's error page or
its first empty document, is never skipped in silence: it is recorded with the reason in the check's
``FrameCoverage``. ``frame_coverage(driver)`` gives, for the last page each check ran on in that
browser, what it covered inside frames, for runners and reports.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from a11y_tests.page_scripts import page_script
from a11y_tests.results import FramePath

T = TypeVar("T")

FRAME_LOAD_SECONDS = 5.0
"""How long WebDriver waits for a frame still loading before it reports it cannot enter it."""
MAX_FRAMES = 50
"""At most this many frames are visited on one page; the rest are recorded as not entered."""


@dataclass
class FrameCoverage:
    """What one check covered inside the frames of one page."""

    check: str
    entered: list[FramePath] = field(default_factory=list)
    not_entered: list[tuple[FramePath, str]] = field(default_factory=list)

    @property
    def has_frames(self) -> bool:
        """Whether the page had any frame, entered or not."""
        return bool(self.entered or self.not_entered)

    def summary(self) -> str:
        """One line for a report: ``checked inside 2 frames; frames not entered: #map (why)``."""
        if not self.has_frames:
            return "no frames on the page"
        parts = [f"checked inside {len(self.entered)} frame(s)"]
        if self.not_entered:
            named = "; ".join(f"{' -> '.join(path)} ({why})" for path, why in self.not_entered)
            parts.append(f"frames not entered: {named}")
        return "; ".join(parts)


_COVERAGE: WeakKeyDictionary[Any, dict[str, FrameCoverage]] = WeakKeyDictionary()


def frame_coverage(driver: Any) -> dict[str, FrameCoverage]:
    """For each check that has run in ``driver``: its frame coverage on the last page it checked."""
    return dict(_COVERAGE.get(driver, {}))


def record(driver: Any, coverage: FrameCoverage) -> FrameCoverage:
    """Keep ``coverage`` as its check's latest in ``driver``; returns it."""
    with suppress(TypeError):  # a driver that cannot be weakly referenced: nothing to keep it on
        _COVERAGE.setdefault(driver, {})[coverage.check] = coverage
    return coverage


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def enter(driver: Any, chain: tuple[Any, ...]) -> None:
    """Switch WebDriver to the frame reached from the top through the frame elements of ``chain``."""
    driver.switch_to.default_content()
    for element in chain:
        driver.switch_to.frame(element)


def visit_frames(
    driver: Any,
    coverage: FrameCoverage,
    work: Callable[[FramePath, tuple[Any, ...], dict[str, Any]], T],
) -> list[T]:
    """Call ``work(path, chain, frame)`` in every frame of the page, depth first, WebDriver switched into
    it; ``chain`` is the frame elements from the top, ``frame`` what ``fdFrames`` said of the frame in
    its parent (``selector``, ``title``, ``shown``, ``node``). Records each frame in ``coverage``.
    Leaves WebDriver in the top document."""
    from selenium.common.exceptions import WebDriverException

    results: list[T] = []

    def walk(path: FramePath, chain: tuple[Any, ...]) -> None:
        if driver.execute_script(page_script("fdFramesEager", "frames")):
            deadline = time.monotonic() + FRAME_LOAD_SECONDS
            while driver.execute_script(page_script("fdFramesPending", "frames")):
                if time.monotonic() > deadline:
                    break  # those still loading are named as not loaded below
                time.sleep(0.05)
        frames = driver.execute_script(page_script("fdFrames", "frames")) or []
        for frame in frames:
            inner = (*path, str(frame["selector"]))
            if len(coverage.entered) + len(coverage.not_entered) >= MAX_FRAMES:
                coverage.not_entered.append((inner, f"more than {MAX_FRAMES} frames on the page"))
                continue
            try:
                driver.switch_to.frame(frame["element"])
                unloaded = driver.execute_script(page_script("fdFrameUnloaded", "frames"))
                if unloaded:
                    coverage.not_entered.append((inner, str(unloaded)))
                else:
                    coverage.entered.append(inner)
                    results.append(work(inner, (*chain, frame["element"]), frame))
                    walk(inner, (*chain, frame["element"]))
            except WebDriverException as error:
                coverage.not_entered.append(
                    (inner, f"WebDriver could not enter it: {type(error).__name__}: {_first_line(error)}")
                )
            enter(driver, chain)

    page_load = driver.timeouts.page_load
    driver.set_page_load_timeout(FRAME_LOAD_SECONDS)  # a frame that never loads fails fast
    try:
        walk((), ())
    finally:
        driver.set_page_load_timeout(page_load)
        driver.switch_to.default_content()
    return results
