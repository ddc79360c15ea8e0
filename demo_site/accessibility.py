"""What the accessibility page says: each WCAG 2.2 level A and AA success criterion, what a machine
checks of it on every run, and what a person still has to check.

The criteria, their levels and which checks test them come from ``a11y_tests.wcag``; this module
adds what only the demo knows (which criteria our own component tests cover, the question a person
answers for each) and the words people read, through gettext.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from a11y_tests import wcag
from i18n import LazyString
from i18n import lazy_gettext as _l

LATEST_RUN = Path(__file__).parent / "accessibility_run.json"
COMPONENT_TESTS = "tests"


@dataclass(frozen=True)
class Check:
    """One of the checks a machine runs: a short name and what it proves."""

    name: LazyString
    description: LazyString


CHECKS: dict[str, Check] = {
    "axe": Check(
        _l("axe-core"), _l("The axe-core rules for WCAG 2.0, 2.1 and 2.2 A and AA, and best practice.")
    ),
    "keyboard": Check(
        _l("Keyboard"),
        _l("Tab through the page: every control is reached, in order, and focus never gets stuck."),
    ),
    # Part of the keyboard check (its focus-visible rule), described on its own.
    "focus": Check(_l("Focus"), _l("Each control looks different when it has focus.")),
    "reflow": Check(_l("Reflow"), _l("At 320 pixels wide, nothing scrolls sideways.")),
    "text-spacing": Check(
        _l("Text spacing"), _l("With wider letter, word, line and paragraph spacing, no text is cut off.")
    ),
    "forced-colors": Check(_l("Forced colors"), _l("In forced colors mode, borders and focus stay visible.")),
    "reduced-motion": Check(_l("Less motion"), _l("When a person asks for less motion, nothing moves.")),
    "page-basics": Check(
        _l("Page basics"),
        _l("One main heading, a page title, the page language, landmarks and headings in order."),
    ),
    "no-javascript": Check(
        _l("No JavaScript"), _l("With JavaScript off, every page works and every form sends.")
    ),
    "html-validation": Check(_l("HTML checker"), _l("The Nu HTML Checker finds no errors.")),
    COMPONENT_TESTS: Check(
        _l("Component tests"),
        _l("Our tests check the markup, such as error messages linked to their fields."),
    ),
}
"""Every check named on the page, by the name ``a11y_tests.wcag`` gives it, in the order shown."""

TESTED_BY_COMPONENT_TESTS = frozenset({"1.3.1", "3.2.1", "3.2.2", "3.3.1", "3.3.2", "4.1.3"})
"""The criteria our own component tests check part of (``tests/components``)."""

NAMES: dict[str, LazyString] = {
    "1.1.1": _l("Non-text content"),
    "1.2.1": _l("Audio-only and video-only"),
    "1.2.2": _l("Captions (prerecorded)"),
    "1.2.3": _l("Audio description or media alternative"),
    "1.2.4": _l("Captions (live)"),
    "1.2.5": _l("Audio description (prerecorded)"),
    "1.3.1": _l("Info and relationships"),
    "1.3.2": _l("Meaningful sequence"),
    "1.3.3": _l("Sensory characteristics"),
    "1.3.4": _l("Orientation"),
    "1.3.5": _l("Identify input purpose"),
    "1.4.1": _l("Use of color"),
    "1.4.2": _l("Audio control"),
    "1.4.3": _l("Contrast (minimum)"),
    "1.4.4": _l("Resize text"),
    "1.4.5": _l("Images of text"),
    "1.4.10": _l("Reflow"),
    "1.4.11": _l("Non-text contrast"),
    "1.4.12": _l("Text spacing"),
    "1.4.13": _l("Content on hover or focus"),
    "2.1.1": _l("Keyboard"),
    "2.1.2": _l("No keyboard trap"),
    "2.1.4": _l("Character key shortcuts"),
    "2.2.1": _l("Timing adjustable"),
    "2.2.2": _l("Pause, stop, hide"),
    "2.3.1": _l("Three flashes or below threshold"),
    "2.4.1": _l("Bypass blocks"),
    "2.4.2": _l("Page titled"),
    "2.4.3": _l("Focus order"),
    "2.4.4": _l("Link purpose (in context)"),
    "2.4.5": _l("Multiple ways"),
    "2.4.6": _l("Headings and labels"),
    "2.4.7": _l("Focus visible"),
    "2.4.11": _l("Focus not obscured (minimum)"),
    "2.5.1": _l("Pointer gestures"),
    "2.5.2": _l("Pointer cancellation"),
    "2.5.3": _l("Label in name"),
    "2.5.4": _l("Motion actuation"),
    "2.5.7": _l("Dragging movements"),
    "2.5.8": _l("Target size (minimum)"),
    "3.1.1": _l("Language of page"),
    "3.1.2": _l("Language of parts"),
    "3.2.1": _l("On focus"),
    "3.2.2": _l("On input"),
    "3.2.3": _l("Consistent navigation"),
    "3.2.4": _l("Consistent identification"),
    "3.2.6": _l("Consistent help"),
    "3.3.1": _l("Error identification"),
    "3.3.2": _l("Labels or instructions"),
    "3.3.3": _l("Error suggestion"),
    "3.3.4": _l("Error prevention (legal, financial, data)"),
    "3.3.7": _l("Redundant entry"),
    "3.3.8": _l("Accessible authentication (minimum)"),
    "4.1.2": _l("Name, role, value"),
    "4.1.3": _l("Status messages"),
}
"""Each criterion's name as the page shows it (sentence case, translated), by number."""

QUESTIONS: dict[str, LazyString] = {
    "1.1.1": _l("Is each text alternative right for its image?"),
    "1.2.1": _l("Does audio or video alone have a text version?"),
    "1.2.2": _l("Do videos have captions?"),
    "1.2.3": _l("Do videos have audio description or a text version?"),
    "1.2.4": _l("Does live video have captions?"),
    "1.2.5": _l("Do videos have audio description?"),
    "1.3.1": _l("Does the code say what the layout shows?"),
    "1.3.2": _l("Does the reading order make sense?"),
    "1.3.3": _l("Do instructions rely on shape, place or sound?"),
    "1.3.5": _l("Does each personal data field have the right autocomplete?"),
    "1.4.1": _l("Is color ever the only way to tell things apart?"),
    "1.4.3": _l("Text over images and gradients."),
    "1.4.4": _l("Zoom to 200%: can you still read and use everything?"),
    "1.4.5": _l("Is text ever shown as a picture?"),
    "1.4.11": _l("Do borders, icons and focus stand out enough?"),
    "1.4.13": _l("Can extra content that appears be closed and kept open?"),
    "2.1.1": _l("Does every action work with the keyboard alone?"),
    "2.1.4": _l("Can single-key shortcuts be turned off or changed?"),
    "2.2.1": _l("Can people get more time before a session ends?"),
    "2.3.1": _l("Does anything flash?"),
    "2.4.2": _l("Does each title say what the page is for?"),
    "2.4.3": _l("Does the focus order make sense?"),
    "2.4.4": _l("Does each link say where it goes?"),
    "2.4.5": _l("Can people find pages by navigation and by links?"),
    "2.4.6": _l("Do headings and labels describe what follows?"),
    "2.4.11": _l("Is the control with focus ever hidden behind something?"),
    "2.5.1": _l("Does everything done with a gesture also work with one tap?"),
    "2.5.2": _l("Do actions happen when you let go, not when you press?"),
    "2.5.3": _l("Does each control's name start with its visible text?"),
    "2.5.4": _l("Does everything done by moving the device also work with a button?"),
    "2.5.7": _l("Does everything done by dragging also work with a click?"),
    "3.1.2": _l("Is text in another language marked with its language?"),
    "3.2.1": _l("Does anything change just because a control gets focus?"),
    "3.2.2": _l("Does anything change before people ask for it?"),
    "3.2.3": _l("Is navigation in the same place on every page?"),
    "3.2.4": _l("Do things that do the same job have the same name?"),
    "3.2.6": _l("Is help in the same place on every page?"),
    "3.3.1": _l("Does each error say what is wrong?"),
    "3.3.2": _l("Do people know what to enter?"),
    "3.3.3": _l("Does each error say how to fix it?"),
    "3.3.4": _l("Can people check and change answers before they send them?"),
    "3.3.7": _l("Are people ever asked for the same thing twice?"),
    "3.3.8": _l("Can people sign in without a memory or puzzle test?"),
    "4.1.2": _l("Screen reader pass: does each control say what it is and its state?"),
    "4.1.3": _l("Screen reader pass: are messages read out without moving focus?"),
}
"""What a person still checks of a criterion, by number; a criterion without one machines settle."""


@dataclass(frozen=True)
class Criterion:
    """One success criterion as the page shows it: number, level, name, checks, and what a person checks."""

    number: str
    level: str
    name: LazyString
    checks: tuple[str, ...]
    """Keys of ``CHECKS``."""
    person: LazyString | None = None


def criteria() -> tuple[Criterion, ...]:
    """Every WCAG 2.2 A and AA criterion of ``a11y_tests.wcag``, in its order, as the page shows it."""
    return tuple(
        Criterion(
            number=found.number,
            level=found.level,
            name=NAMES[found.number],
            checks=found.checks + ((COMPONENT_TESTS,) if found.number in TESTED_BY_COMPONENT_TESTS else ()),
            person=QUESTIONS.get(found.number),
        )
        for found in wcag.CRITERIA
    )


@dataclass(frozen=True)
class Group:
    """Criteria grouped by who checks them."""

    title: LazyString
    summary: LazyString
    criteria: tuple[Criterion, ...]


def groups() -> tuple[Group, ...]:
    """The criteria a machine settles, those it only partly checks, and those left to people."""
    shown = criteria()
    return (
        Group(
            _l("Checked by machines"),
            _l("A machine can tell if these pass."),
            tuple(c for c in shown if c.checks and c.person is None),
        ),
        Group(
            _l("Partly checked by machines"),
            _l("A machine finds some failures. A person checks the rest."),
            tuple(c for c in shown if c.checks and c.person is not None),
        ),
        Group(
            _l("Checked by people"),
            _l("Only a person can judge these."),
            tuple(c for c in shown if not c.checks),
        ),
    )


def latest_run() -> dict[str, Any]:
    """The figures of the latest full run of the accessibility suite, as recorded in the repository."""
    return json.loads(LATEST_RUN.read_text(encoding="utf-8"))
