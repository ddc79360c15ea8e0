"""What the accessibility page says: each WCAG 2.2 level A and AA success criterion, what a machine
checks of it on every run, and what a person still has to check."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from i18n import LazyString
from i18n import lazy_gettext as _l

LATEST_RUN = Path(__file__).parent / "accessibility_run.json"


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
    "no-js": Check(_l("No JavaScript"), _l("With JavaScript off, every page works and every form sends.")),
    "html": Check(_l("HTML checker"), _l("The Nu HTML Checker finds no errors.")),
    "tests": Check(
        _l("Component tests"),
        _l("Our tests check the markup, such as error messages linked to their fields."),
    ),
}


@dataclass(frozen=True)
class Criterion:
    """One success criterion: its number, level and name, our machine checks, and what a person checks."""

    number: str
    level: str
    name: LazyString
    checks: tuple[str, ...]
    person: LazyString | None = None


def _c(
    number: str, level: str, name: LazyString, checks: str = "", person: LazyString | None = None
) -> Criterion:
    return Criterion(number, level, name, tuple(checks.split()), person)


CRITERIA: tuple[Criterion, ...] = (
    _c("1.1.1", "A", _l("Non-text content"), "axe", _l("Is each text alternative right for its image?")),
    _c(
        "1.2.1",
        "A",
        _l("Audio-only and video-only"),
        "",
        _l("Does audio or video alone have a text version?"),
    ),
    _c("1.2.2", "A", _l("Captions (prerecorded)"), "", _l("Do videos have captions?")),
    _c(
        "1.2.3",
        "A",
        _l("Audio description or media alternative"),
        "",
        _l("Do videos have audio description or a text version?"),
    ),
    _c("1.2.4", "AA", _l("Captions (live)"), "", _l("Does live video have captions?")),
    _c("1.2.5", "AA", _l("Audio description (prerecorded)"), "", _l("Do videos have audio description?")),
    _c(
        "1.3.1",
        "A",
        _l("Info and relationships"),
        "axe page-basics html tests",
        _l("Does the code say what the layout shows?"),
    ),
    _c("1.3.2", "A", _l("Meaningful sequence"), "keyboard", _l("Does the reading order make sense?")),
    _c("1.3.3", "A", _l("Sensory characteristics"), "", _l("Do instructions rely on shape, place or sound?")),
    _c("1.3.4", "AA", _l("Orientation"), "axe"),
    _c(
        "1.3.5",
        "AA",
        _l("Identify input purpose"),
        "axe",
        _l("Does each personal data field have the right autocomplete?"),
    ),
    _c("1.4.1", "A", _l("Use of color"), "axe", _l("Is color ever the only way to tell things apart?")),
    _c("1.4.2", "A", _l("Audio control"), "axe"),
    _c("1.4.3", "AA", _l("Contrast (minimum)"), "axe", _l("Text over images and gradients.")),
    _c(
        "1.4.4",
        "AA",
        _l("Resize text"),
        "axe reflow",
        _l("Zoom to 200%: can you still read and use everything?"),
    ),
    _c("1.4.5", "AA", _l("Images of text"), "", _l("Is text ever shown as a picture?")),
    _c("1.4.10", "AA", _l("Reflow"), "reflow"),
    _c(
        "1.4.11",
        "AA",
        _l("Non-text contrast"),
        "forced-colors",
        _l("Do borders, icons and focus stand out enough?"),
    ),
    _c("1.4.12", "AA", _l("Text spacing"), "text-spacing"),
    _c(
        "1.4.13",
        "AA",
        _l("Content on hover or focus"),
        "",
        _l("Can extra content that appears be closed and kept open?"),
    ),
    _c("2.1.1", "A", _l("Keyboard"), "keyboard axe", _l("Does every action work with the keyboard alone?")),
    _c("2.1.2", "A", _l("No keyboard trap"), "keyboard"),
    _c(
        "2.1.4",
        "A",
        _l("Character key shortcuts"),
        "",
        _l("Can single-key shortcuts be turned off or changed?"),
    ),
    _c("2.2.1", "A", _l("Timing adjustable"), "axe", _l("Can people get more time before a session ends?")),
    _c("2.2.2", "A", _l("Pause, stop, hide"), "axe reduced-motion"),
    _c("2.3.1", "A", _l("Three flashes or below threshold"), "reduced-motion", _l("Does anything flash?")),
    _c("2.4.1", "A", _l("Bypass blocks"), "axe page-basics"),
    _c("2.4.2", "A", _l("Page titled"), "axe page-basics", _l("Does each title say what the page is for?")),
    _c("2.4.3", "A", _l("Focus order"), "keyboard", _l("Does the focus order make sense?")),
    _c("2.4.4", "A", _l("Link purpose (in context)"), "axe", _l("Does each link say where it goes?")),
    _c("2.4.5", "AA", _l("Multiple ways"), "", _l("Can people find pages by navigation and by links?")),
    _c(
        "2.4.6",
        "AA",
        _l("Headings and labels"),
        "axe page-basics",
        _l("Do headings and labels describe what follows?"),
    ),
    _c("2.4.7", "AA", _l("Focus visible"), "focus forced-colors"),
    _c(
        "2.4.11",
        "AA",
        _l("Focus not obscured (minimum)"),
        "",
        _l("Is the control with focus ever hidden behind something?"),
    ),
    _c(
        "2.5.1",
        "A",
        _l("Pointer gestures"),
        "",
        _l("Does everything done with a gesture also work with one tap?"),
    ),
    _c(
        "2.5.2",
        "A",
        _l("Pointer cancellation"),
        "",
        _l("Do actions happen when you let go, not when you press?"),
    ),
    _c("2.5.3", "A", _l("Label in name"), "axe", _l("Does each control's name start with its visible text?")),
    _c(
        "2.5.4",
        "A",
        _l("Motion actuation"),
        "",
        _l("Does everything done by moving the device also work with a button?"),
    ),
    _c(
        "2.5.7",
        "AA",
        _l("Dragging movements"),
        "",
        _l("Does everything done by dragging also work with a click?"),
    ),
    _c("2.5.8", "AA", _l("Target size (minimum)"), "axe"),
    _c("3.1.1", "A", _l("Language of page"), "axe page-basics"),
    _c(
        "3.1.2",
        "AA",
        _l("Language of parts"),
        "axe",
        _l("Is text in another language marked with its language?"),
    ),
    _c("3.2.1", "A", _l("On focus"), "tests", _l("Does anything change just because a control gets focus?")),
    _c("3.2.2", "A", _l("On input"), "tests no-js", _l("Does anything change before people ask for it?")),
    _c("3.2.3", "AA", _l("Consistent navigation"), "", _l("Is navigation in the same place on every page?")),
    _c(
        "3.2.4",
        "AA",
        _l("Consistent identification"),
        "",
        _l("Do things that do the same job have the same name?"),
    ),
    _c("3.2.6", "A", _l("Consistent help"), "", _l("Is help in the same place on every page?")),
    _c("3.3.1", "A", _l("Error identification"), "tests", _l("Does each error say what is wrong?")),
    _c("3.3.2", "A", _l("Labels or instructions"), "axe tests", _l("Do people know what to enter?")),
    _c("3.3.3", "AA", _l("Error suggestion"), "", _l("Does each error say how to fix it?")),
    _c(
        "3.3.4",
        "AA",
        _l("Error prevention (legal, financial, data)"),
        "",
        _l("Can people check and change answers before they send them?"),
    ),
    _c("3.3.7", "A", _l("Redundant entry"), "", _l("Are people ever asked for the same thing twice?")),
    _c(
        "3.3.8",
        "AA",
        _l("Accessible authentication (minimum)"),
        "",
        _l("Can people sign in without a memory or puzzle test?"),
    ),
    _c(
        "4.1.2",
        "A",
        _l("Name, role, value"),
        "axe html",
        _l("Screen reader pass: does each control say what it is and its state?"),
    ),
    _c(
        "4.1.3",
        "AA",
        _l("Status messages"),
        "tests",
        _l("Screen reader pass: are messages read out without moving focus?"),
    ),
)


@dataclass(frozen=True)
class Group:
    """Criteria grouped by who checks them."""

    title: LazyString
    summary: LazyString
    criteria: tuple[Criterion, ...]


def groups() -> tuple[Group, ...]:
    """The criteria a machine settles, those it only partly checks, and those left to people."""
    return (
        Group(
            _l("Checked by machines"),
            _l("A machine can tell if these pass."),
            tuple(c for c in CRITERIA if c.checks and c.person is None),
        ),
        Group(
            _l("Partly checked by machines"),
            _l("A machine finds some failures. A person checks the rest."),
            tuple(c for c in CRITERIA if c.checks and c.person is not None),
        ),
        Group(
            _l("Checked by people"),
            _l("Only a person can judge these."),
            tuple(c for c in CRITERIA if not c.checks),
        ),
    )


def latest_run() -> dict[str, Any]:
    """The figures of the latest full run of the accessibility suite, as recorded in the repository."""
    return json.loads(LATEST_RUN.read_text(encoding="utf-8"))
