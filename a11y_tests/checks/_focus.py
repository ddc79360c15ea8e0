"""Tab through a page with real key presses and record where focus goes and how it looks there.

Used by the keyboard check; the forced-colours check shares its page script
(``a11y_tests/js/focus.js``). One call per document (the page and each of its frames) installs
listeners and measures every candidate's unfocused look; the Tab presses go in one ``ActionChains``
(one WebDriver round trip for many presses); one more call per document collects its log, and the
logs are merged by time. Nothing is left in the page or its frames afterwards.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from a11y_tests.checks._frames import FrameCoverage, enter, record, visit_frames
from a11y_tests.page_scripts import page_script
from a11y_tests.results import FramePath

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


@dataclass
class _Document:
    """The page or one of its frames, with the keyboard recorder installed."""

    path: FramePath
    chain: tuple[Any, ...]  # the frame elements from the top to reach it
    parent: int = -1  # index of the parent document in ``TabWalker.documents``; -1 for the page
    frame_element: int = -1  # the frame element's id in the parent's recorder


class TabWalker:
    """Tab through the page open in ``driver``, into and out of its frames (same-origin and
    cross-origin, nested too); use as a context manager so the page is always cleaned up.

    A recorder is installed in the page and in every framed document; their logs are merged by time,
    and each element gets one id across the page (``TabRun.elements[id]["frame"]`` is its frame path).
    Frames that cannot be entered are in ``coverage``; Tab still goes in and out of them.
    """

    def __init__(self, driver: Any, *, max_presses: int = MAX_PRESSES) -> None:
        """Prepare to walk, pressing Tab at most ``max_presses`` times."""
        self.driver = driver
        self.max_presses = max_presses
        self.presses = 0
        self.documents: list[_Document] = []
        self.coverage = FrameCoverage("keyboard")
        self._where: list[tuple[int, int]] = []  # global id -> (document, id in its recorder)
        self._ids: dict[tuple[int, int], int] = {}  # (document, id in its recorder) -> global id
        self._in: int = 0  # the document WebDriver is switched to

    def _enter(self, document: int) -> None:
        if document != self._in:
            enter(self.driver, self.documents[document].chain)
            self._in = document

    def _call(self, function: str, *args: Any, document: int = 0) -> Any:
        self._enter(document)
        return self.driver.execute_script(page_script(function, "focus"), *args)

    def _call_async(self, function: str, *args: Any, document: int = 0) -> Any:
        self._enter(document)
        return self.driver.execute_async_script(page_script(function, "focus"), *args)

    def __enter__(self) -> TabWalker:
        """Install the recorder in the page and in every frame."""
        self.documents = [_Document(path=(), chain=())]
        self._in = 0
        self.candidate_count = int(self._call("fdInstall", False) or 0)
        by_path: dict[FramePath, int] = {(): 0}
        inert: set[FramePath] = set()

        def install(path: FramePath, chain: tuple[Any, ...], frame: dict[str, Any]) -> None:
            if frame.get("inert") or path[:-1] in inert:  # a picture no one can reach: expect no stop
                inert.add(path)
                return
            parent = by_path[path[:-1]]
            by_path[path] = len(self.documents)
            self.documents.append(_Document(path, chain, parent, int(frame.get("recorded", -1))))
            self._in = len(self.documents) - 1
            self.candidate_count += int(
                self.driver.execute_script(page_script("fdInstall", "focus"), True) or 0
            )

        try:
            visit_frames(self.driver, record(self.driver, self.coverage), install)
        finally:
            self._in = 0
        return self

    def __exit__(self, *exc: object) -> None:
        """Remove every listener and style sheet we added, and blur whatever has focus."""
        for document in reversed(range(len(self.documents))):
            try:
                self._call("fdCleanup", document=document)
            except Exception:  # the page may have navigated away; nothing of ours is left then
                if exc[0] is None and document == 0:
                    raise
        self.driver.switch_to.default_content()
        self._in = 0

    def _global(self, document: int, local: int) -> int:
        return self._ids[(document, local)] if local >= 0 else -1

    def _press(self, count: int, *, pause: float = 0.0) -> None:
        self._enter(0)  # key presses go to whatever has focus, from the top
        actions = ActionChains(self.driver)
        for _ in range(count):
            actions.send_keys(Keys.TAB)
            if pause:
                actions.pause(pause)
        actions.perform()
        self.presses += count

    def _progress(self) -> tuple[list[tuple[int, int]], bool]:
        """The elements (document, id) that had focus at each Tab press so far, in time order, and
        whether focus has left the page."""
        stamped: list[tuple[float, int, int]] = []
        wrapped = False
        for document in range(len(self.documents)):
            progress = self._call("fdProgress", document=document) or {"keys": [], "times": []}
            stamped += [
                (t, document, key) for t, key in zip(progress["times"], progress["keys"], strict=True)
            ]
            wrapped = wrapped or (document == 0 and bool(progress.get("wrapped")))
        self._enter(0)
        stamped.sort()
        return [(document, key) for _, document, key in stamped], wrapped

    def walk(self) -> TabRun:
        """Press Tab until focus has gone round the page once (or stays stuck), then collect the log."""
        batch = self.candidate_count + 3
        capped = True
        while self.presses < self.max_presses:
            self._press(min(batch, self.max_presses - self.presses))
            pressed, wrapped = self._progress()
            keys = [key for key in pressed[1:] if key[1] >= 0]
            if wrapped or len(keys) != len(set(keys)):
                capped = False
                break
            # Not round yet: presses went into a frame, or to stops we did not count (scrolling boxes).
            batch = max(10, self.candidate_count - len(set(keys)) + 3)
        return self._collect(capped)

    def _collect(self, capped: bool) -> TabRun:
        raws: dict[int, dict[str, Any]] = {}
        for document in reversed(range(len(self.documents))):  # innermost first: collecting blurs
            raw = self._call_async("fdCollect", document=document)
            if raw is None:
                raise RuntimeError("the page navigated away while we were tabbing through it")
            raws[document] = raw
        self._enter(0)
        self._ids = {}
        self._where = []
        sort_keys: dict[int, tuple[int, ...]] = {}
        elements: list[dict[str, Any]] = []
        for document, info in enumerate(self.documents):
            prefix: tuple[int, ...] = ()
            if info.parent >= 0 and info.frame_element >= 0:
                prefix = sort_keys.get(self._ids.get((info.parent, info.frame_element), -1), ())
            for element in raws[document]["elements"]:
                number = len(elements)
                self._ids[(document, int(element["id"]))] = number
                self._where.append((document, int(element["id"])))
                sort_keys[number] = (*prefix, int(element["rank"]))
                elements.append({**element, "id": number, "frame": info.path})
        for rank, number in enumerate(sorted(sort_keys, key=lambda n: sort_keys[n])):
            elements[number]["rank"] = rank
        entered = {
            self._ids[(info.parent, info.frame_element)]
            for info in self.documents[1:]
            if (info.parent, info.frame_element) in self._ids
        }
        candidates = [
            {**candidate, "id": self._global(document, int(candidate["id"]))}
            for document in range(len(self.documents))
            for candidate in raws[document]["candidates"]
        ]
        # A frame we entered is not a stop itself: its contents are candidates of their own.
        candidates = [candidate for candidate in candidates if candidate["id"] not in entered]
        stamped: list[tuple[float, int, int, FocusEvent]] = []
        for document in range(len(self.documents)):
            for seq, entry in enumerate(raws[document]["log"]):
                kind = entry["kind"]
                if kind == "out" and document:
                    kind = "leave"  # focus left this frame (to its parent, or out of the page)
                event = FocusEvent(
                    kind=kind,
                    element=self._global(document, int(entry.get("id", -1))),
                    keyed=bool(entry.get("keyed", True)),
                    look=entry.get("look") or {},
                )
                stamped.append(
                    (float(entry.get("t") or 0), 0 if kind == "key" else 1, document * 100000 + seq, event)
                )
        stamped.sort(key=lambda item: item[:3])
        final = -1
        for document in range(len(self.documents)):
            raw = raws[document]
            if int(raw["finalId"]) >= 0 and (document == 0 or raw.get("hasFocus")):
                final = self._global(document, int(raw["finalId"]))
        return TabRun(
            candidates=candidates,
            elements=elements,
            log=[item[3] for item in stamped],
            presses=self.presses,
            final=final,
            capped=capped,
        )

    def stuck_on(self, element: int, *, wait: float = 0.15) -> bool:
        """Whether focus is still (or again) on ``element`` a human moment after one Tab press from it."""
        document, local = self._where[element]
        if not self._call("fdFocusById", local, document=document):
            return False
        self._press(1)
        time.sleep(wait)
        return bool(self._call("fdActiveIs", local, document > 0, document=document))

    def look_when_focused(self, element: int) -> dict[str, dict[str, str]]:
        """``element``'s look with focus moved to it again, a frame later; empty if it cannot take focus."""
        document, local = self._where[element]
        found = self._call_async("fdLookById", local, document=document) or {}
        self._enter(0)
        return found

    def probe_bounces(self, order: list[int]) -> list[int]:
        """Form fields among ``order`` (stops in Tab order) that take focus back by script when left."""
        bounced: list[int] = []
        for document in range(len(self.documents)):
            local = [self._where[element][1] for element in order if self._where[element][0] == document]
            if local:
                found = self._call_async("fdProbeBounces", local, document=document)
                bounced += [self._global(document, int(element)) for element in found]
        self._enter(0)
        return bounced

    def cycle_holds(self, elements: set[int], *, pause: float = 0.05) -> bool:
        """Whether focus stays within ``elements`` for a round of unhurried Tab presses from one of them."""
        if not elements:
            return False
        document, local = self._where[min(elements)]
        if not self._call("fdFocusById", local, document=document):
            return False
        marks = [int(self._call("fdLogLength", document=d)) for d in range(len(self.documents))]
        self._press(len(elements) * 2 + 2, pause=pause)
        time.sleep(pause)
        since: list[tuple[float, str, int]] = []
        for d, mark in enumerate(marks):
            for kind, element, stamp in self._call("fdLogSince", mark, document=d):
                since.append((float(stamp or 0), kind, self._global(d, int(element))))
        self._enter(0)
        return all(kind in ("key", "in") and element in elements for _, kind, element in sorted(since))
