"""Tab through a page with real key presses and record where focus goes and how it looks there.

Used by the keyboard check; the forced-colours check shares its page script
(``a11y_tests/js/focus.js``). One call installs listeners and measures every candidate's unfocused
look; the Tab presses go in one ``ActionChains`` (one WebDriver round trip for many presses); one
more call collects the log. Nothing is left in the page afterwards.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from a11y_tests.page_scripts import page_script

MAX_PRESSES = 400


@dataclass
class FocusEvent:
    """One entry of the focus log: a Tab key press, focus arriving somewhere, or focus leaving the page."""

    kind: str  # "key" (a Tab press; ``element`` had focus), "in", "frame" (focus went into a frame), "out"
    element: int  # the element's id in ``TabRun.elements``, -1 for none (the page itself)
    keyed: bool = True  # for "in": a key press came before it (False: a script moved focus)
    look: dict[str, dict[str, str]] = field(default_factory=dict)  # how it looked on arrival (fdLook)


@dataclass
class TabRun:
    """What tabbing through one page found."""

    candidates: list[dict[str, Any]]  # elements that should be reachable: id, group, native, tabindex, href
    elements: list[dict[str, Any]]  # every element seen: id, target, html, rank (page order), tag, base look
    log: list[FocusEvent]
    presses: int
    final: int  # the element focused at the end, -1 for none
    capped: bool  # the press limit ran out before focus had gone round the page once

    def reached(self) -> set[int]:
        """Ids of every element focus arrived at, by key or by script."""
        return {event.element for event in self.log if event.kind in ("in", "frame") and event.element >= 0}

    def last_look(self, element: int) -> dict[str, dict[str, str]]:
        """How ``element`` looked the last time a key press brought focus to it; empty if none did."""
        keyed = [e.look for e in self.log if e.kind == "in" and e.element == element and e.keyed and e.look]
        return keyed[-1] if keyed else {}


# In forced colours every background becomes the page's Canvas colour (keeping only its alpha), text
# takes the system colours, and getComputedStyle reports underline colours from the author's colour,
# not the forced one: changes to these are not seen.
FORCED_UNSEEN = frozenset({"background", "color", "text-decoration-color", "box-shadow"})


def indicator_changes(
    focused: dict[str, dict[str, str]], unfocused: dict[str, dict[str, str]], *, forced: bool = False
) -> list[str]:
    """What visibly differs between an element's focused and unfocused look (outline, border, shadow...).

    With ``forced``, the looks were measured in forced colours mode, where colour changes do not show.
    Changes to an element that stays invisible (opacity 0, or a pixel wide) do not count either.
    """
    changes: list[str] = []
    unseen = all(look.get("element", {}).get("invisible") == "yes" for look in (focused, unfocused))
    for part, props in focused.items():
        if unseen and part.startswith("element"):
            continue
        before = unfocused.get(part)
        if before is None:
            changes.append(f"{part} appears")
            continue
        changes.extend(
            f"{part} {name}"
            for name, value in props.items()
            if before.get(name) != value and not (forced and name in FORCED_UNSEEN)
        )
    return changes


class TabWalker:
    """Tab through the page open in ``driver``; use as a context manager so the page is always cleaned up."""

    def __init__(self, driver: Any, *, max_presses: int = MAX_PRESSES) -> None:
        """Prepare to walk, pressing Tab at most ``max_presses`` times."""
        self.driver = driver
        self.max_presses = max_presses
        self.presses = 0

    def _call(self, function: str, *args: Any) -> Any:
        return self.driver.execute_script(page_script(function, "focus"), *args)

    def _call_async(self, function: str, *args: Any) -> Any:
        return self.driver.execute_async_script(page_script(function, "focus"), *args)

    def __enter__(self) -> TabWalker:
        """Install the recorder in the page."""
        self.candidate_count = int(self._call("fdInstall") or 0)
        return self

    def __exit__(self, *exc: object) -> None:
        """Remove every listener and style sheet we added, and blur whatever has focus."""
        try:
            self._call("fdCleanup")
        except Exception:  # the page may have navigated away; nothing of ours is left then
            if exc[0] is None:
                raise

    def _press(self, count: int, *, pause: float = 0.0) -> None:
        actions = ActionChains(self.driver)
        for _ in range(count):
            actions.send_keys(Keys.TAB)
            if pause:
                actions.pause(pause)
        actions.perform()
        self.presses += count

    def walk(self) -> TabRun:
        """Press Tab until focus has gone round the page once (or stays stuck), then collect the log."""
        batch = self.candidate_count + 3
        capped = True
        while self.presses < self.max_presses:
            self._press(min(batch, self.max_presses - self.presses))
            progress = self._call("fdProgress") or {"keys": [], "wrapped": False}
            keys = [key for key in progress["keys"][1:] if key >= 0]
            if progress["wrapped"] or len(keys) != len(set(keys)):
                capped = False
                break
            # Not round yet: presses went into a frame, or to stops we did not count (scrolling boxes).
            batch = max(10, self.candidate_count - len(set(keys)) + 3)
        raw = self._call_async("fdCollect")
        if raw is None:
            raise RuntimeError("the page navigated away while we were tabbing through it")
        log = [
            FocusEvent(
                kind=entry["kind"],
                element=int(entry.get("id", -1)),
                keyed=bool(entry.get("keyed", True)),
                look=entry.get("look") or {},
            )
            for entry in raw["log"]
        ]
        return TabRun(
            candidates=raw["candidates"],
            elements=raw["elements"],
            log=log,
            presses=self.presses,
            final=int(raw["finalId"]),
            capped=capped,
        )

    def stuck_on(self, element: int, *, wait: float = 0.15) -> bool:
        """Whether focus is still (or again) on ``element`` a human moment after one Tab press from it."""
        if not self._call("fdFocusById", element):
            return False
        self._press(1)
        time.sleep(wait)
        return bool(self._call("fdActiveIs", element))

    def look_when_focused(self, element: int) -> dict[str, dict[str, str]]:
        """``element``'s look with focus moved to it again, a frame later; empty if it cannot take focus."""
        return self._call_async("fdLookById", element) or {}

    def probe_bounces(self, order: list[int]) -> list[int]:
        """Form fields among ``order`` (stops in Tab order) that take focus back by script when left."""
        return [int(element) for element in self._call_async("fdProbeBounces", order)]

    def cycle_holds(self, elements: set[int], *, pause: float = 0.05) -> bool:
        """Whether focus stays within ``elements`` for a round of unhurried Tab presses from one of them."""
        if not elements or not self._call("fdFocusById", min(elements)):
            return False
        mark = int(self._call("fdLogLength"))
        self._press(len(elements) * 2 + 2, pause=pause)
        time.sleep(pause)
        since = self._call("fdLogSince", mark)
        return all(kind in ("key", "in") and element in elements for kind, element in since)
