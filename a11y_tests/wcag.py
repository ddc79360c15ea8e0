"""The WCAG 2.2 success criteria our checks report against, and the rules of our own checks.

The one place these facts live: each level A and AA criterion (number, name, level, the WCAG version
that added it, which of our checks test part of it and what they test), the few AAA and removed
criteria that axe-core's or our rules can name, and each rule of our own checks with its criteria.
The reports, the checks' tags and help links, and the demo site's accessibility page read them from
here; ``python -m a11y_tests.wcag`` prints them as Markdown tables for the documentation.

Check names are those of a run's ``checks_run``: ``axe``, ``keyboard``, ``reflow``, ``text-spacing``,
``forced-colors``, ``reduced-motion``, ``page-basics``, ``no-javascript``, ``html-validation``,
``page-title-unique``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Level = Literal["A", "AA", "AAA"]
UNDERSTANDING = "https://www.w3.org/WAI/WCAG22/Understanding/"


@dataclass(frozen=True)
class Criterion:
    """One WCAG success criterion, and what our checks test of it."""

    number: str
    name: str
    level: Level
    version: str = "2.0"
    """The WCAG version that added it: ``2.0``, ``2.1`` or ``2.2``."""
    checks: tuple[str, ...] = ()
    """The checks that test part of it (empty: only a person can check it)."""
    tested: str = ""
    """What those checks test of it, in a sentence."""

    @property
    def title(self) -> str:
        """``1.4.3 Contrast (Minimum) (AA)``."""
        return f"{self.number} {self.name} ({self.level})"

    @property
    def tag(self) -> str:
        """The tag axe-core gives the criterion's rules: ``wcag143``."""
        return "wcag" + self.number.replace(".", "")

    @property
    def level_tag(self) -> str:
        """The tag of its version and level, as axe-core writes it: ``wcag2aa``, ``wcag21a``..."""
        version = "2" if self.version == "2.0" else self.version.replace(".", "")
        return f"wcag{version}{self.level.lower()}"

    @property
    def understanding_url(self) -> str:
        """Its page in W3C's "Understanding WCAG 2.2"."""
        slug = re.sub(r"[^a-z0-9]+", "-", self.name.lower().split(" (removed")[0]).strip("-")
        return f"{UNDERSTANDING}{slug}.html"


def _c(
    number: str, name: str, level: Level, version: str = "2.0", checks: str = "", tested: str = ""
) -> Criterion:
    return Criterion(number, name, level, version, tuple(checks.split()), tested)


CRITERIA: tuple[Criterion, ...] = (
    _c(
        "1.1.1",
        "Non-text Content",
        "A",
        checks="axe",
        tested="axe: images, image buttons, image map areas, SVG and role=img images, objects, meters "
        "and progress bars have a text alternative (not whether it is right).",
    ),
    _c("1.2.1", "Audio-only and Video-only (Prerecorded)", "A"),
    _c("1.2.2", "Captions (Prerecorded)", "A"),
    _c("1.2.3", "Audio Description or Media Alternative (Prerecorded)", "A"),
    _c("1.2.4", "Captions (Live)", "AA"),
    _c("1.2.5", "Audio Description (Prerecorded)", "AA"),
    _c(
        "1.3.1",
        "Info and Relationships",
        "A",
        checks="axe page-basics html-validation",
        tested="axe: lists, tables' header cells and ARIA parent and child roles; page basics: one h1 "
        "and no skipped heading level; the HTML checker: valid markup.",
    ),
    _c(
        "1.3.2",
        "Meaningful Sequence",
        "A",
        checks="keyboard",
        tested="keyboard: Tab reaches the controls in the order of the page.",
    ),
    _c("1.3.3", "Sensory Characteristics", "A"),
    _c(
        "1.3.4",
        "Orientation",
        "AA",
        "2.1",
        checks="axe",
        tested="axe: the page's CSS does not lock it to one orientation.",
    ),
    _c(
        "1.3.5",
        "Identify Input Purpose",
        "AA",
        "2.1",
        checks="axe",
        tested="axe: autocomplete values are valid (not whether each personal data field has one).",
    ),
    _c(
        "1.4.1",
        "Use of Color",
        "A",
        checks="axe",
        tested="axe: links in a block of text stand out by more than colour.",
    ),
    _c(
        "1.4.2",
        "Audio Control",
        "A",
        checks="axe",
        tested="axe: no audio or video plays sound for more than 3 seconds on its own.",
    ),
    _c(
        "1.4.3",
        "Contrast (Minimum)",
        "AA",
        checks="axe",
        tested="axe: the contrast of text on plain backgrounds (not over images or gradients).",
    ),
    _c(
        "1.4.4",
        "Resize Text",
        "AA",
        checks="axe reflow",
        tested="axe: the viewport lets people zoom; reflow: at 320 CSS px nothing scrolls sideways.",
    ),
    _c("1.4.5", "Images of Text", "AA"),
    _c(
        "1.4.10",
        "Reflow",
        "AA",
        "2.1",
        checks="reflow",
        tested="reflow: at 320 CSS px wide the page does not scroll sideways.",
    ),
    _c(
        "1.4.11",
        "Non-text Contrast",
        "AA",
        "2.1",
        checks="forced-colors",
        tested="forced colours: controls keep a visible edge in forced colours mode.",
    ),
    _c(
        "1.4.12",
        "Text Spacing",
        "AA",
        "2.1",
        checks="text-spacing",
        tested="text spacing: with WCAG's line, letter, word and paragraph spacing no text is cut off.",
    ),
    _c("1.4.13", "Content on Hover or Focus", "AA", "2.1"),
    _c(
        "2.1.1",
        "Keyboard",
        "A",
        checks="keyboard axe",
        tested="keyboard: Tab reaches every visible control; axe: scrolling regions and frames "
        "with content can take focus.",
    ),
    _c(
        "2.1.2",
        "No Keyboard Trap",
        "A",
        checks="keyboard",
        tested="keyboard: focus can always move on with Tab, even after a pause.",
    ),
    _c("2.1.4", "Character Key Shortcuts", "A", "2.1"),
    _c(
        "2.2.1",
        "Timing Adjustable",
        "A",
        checks="axe",
        tested="axe: no meta refresh reloads or redirects the page on a timer.",
    ),
    _c(
        "2.2.2",
        "Pause, Stop, Hide",
        "A",
        checks="axe reduced-motion",
        tested="axe: no blink or marquee; reduced motion: nothing moves when less motion is asked for.",
    ),
    _c(
        "2.3.1",
        "Three Flashes or Below Threshold",
        "A",
        checks="reduced-motion",
        tested="reduced motion: nothing animates when less motion is asked for (not whether "
        "anything flashes).",
    ),
    _c(
        "2.4.1",
        "Bypass Blocks",
        "A",
        checks="axe page-basics",
        tested="axe: a skip link, landmark or heading lets people pass repeated blocks; page basics: "
        "one main landmark, and the page header and footer are landmarks.",
    ),
    _c(
        "2.4.2",
        "Page Titled",
        "A",
        checks="axe page-basics",
        tested="axe: the page has a title; page basics: it is not empty, the address or a placeholder "
        "such as 'Untitled'.",
    ),
    _c(
        "2.4.3",
        "Focus Order",
        "A",
        checks="keyboard",
        tested="keyboard: Tab follows the order of the page, and no tabindex is positive.",
    ),
    _c(
        "2.4.4",
        "Link Purpose (In Context)",
        "A",
        checks="axe",
        tested="axe: every link and image map area has a name (not whether it says where it goes).",
    ),
    _c("2.4.5", "Multiple Ways", "AA"),
    _c(
        "2.4.6",
        "Headings and Labels",
        "AA",
        checks="axe page-basics",
        tested="axe: no heading is empty; page basics: headings start with an h1 and skip no level.",
    ),
    _c(
        "2.4.7",
        "Focus Visible",
        "AA",
        checks="keyboard forced-colors",
        tested="keyboard: each control reached by Tab looks different when it has focus; forced "
        "colours: it still does in forced colours mode.",
    ),
    _c("2.4.11", "Focus Not Obscured (Minimum)", "AA", "2.2"),
    _c("2.5.1", "Pointer Gestures", "A", "2.1"),
    _c("2.5.2", "Pointer Cancellation", "A", "2.1"),
    _c(
        "2.5.3",
        "Label in Name",
        "A",
        "2.1",
        checks="axe",
        tested="axe: a control's name contains its visible text.",
    ),
    _c("2.5.4", "Motion Actuation", "A", "2.1"),
    _c("2.5.7", "Dragging Movements", "AA", "2.2"),
    _c(
        "2.5.8",
        "Target Size (Minimum)",
        "AA",
        "2.2",
        checks="axe",
        tested="axe: targets are at least 24 by 24 CSS px, or far enough apart.",
    ),
    _c(
        "3.1.1",
        "Language of Page",
        "A",
        checks="axe page-basics",
        tested="axe and page basics: the html element has a well-formed lang.",
    ),
    _c(
        "3.1.2",
        "Language of Parts",
        "AA",
        checks="axe",
        tested="axe: every lang attribute holds a valid language (not whether a part needs one).",
    ),
    _c("3.2.1", "On Focus", "A"),
    _c(
        "3.2.2",
        "On Input",
        "A",
        checks="no-javascript",
        tested="no JavaScript: every form has a submit button, so sending it does not depend on a "
        "script reacting to input.",
    ),
    _c("3.2.3", "Consistent Navigation", "AA"),
    _c("3.2.4", "Consistent Identification", "AA"),
    _c("3.2.6", "Consistent Help", "A", "2.2"),
    _c("3.3.1", "Error Identification", "A"),
    _c(
        "3.3.2",
        "Labels or Instructions",
        "A",
        checks="axe",
        tested="axe: form fields have a label, and no more than one.",
    ),
    _c("3.3.3", "Error Suggestion", "AA"),
    _c("3.3.4", "Error Prevention (Legal, Financial, Data)", "AA"),
    _c("3.3.7", "Redundant Entry", "A", "2.2"),
    _c("3.3.8", "Accessible Authentication (Minimum)", "AA", "2.2"),
    _c(
        "4.1.2",
        "Name, Role, Value",
        "A",
        checks="axe html-validation",
        tested="axe: controls, frames and ARIA widgets have a name, a valid role and valid states; "
        "the HTML checker: valid markup.",
    ),
    _c("4.1.3", "Status Messages", "AA", "2.1"),
)
"""Every WCAG 2.2 level A and AA success criterion, in order."""

OTHER_CRITERIA: tuple[Criterion, ...] = (
    _c("1.4.6", "Contrast (Enhanced)", "AAA"),
    _c("2.2.4", "Interruptions", "AAA"),
    _c("2.3.3", "Animation from Interactions", "AAA", "2.1"),
    _c("2.4.9", "Link Purpose (Link Only)", "AAA"),
    _c("2.5.5", "Target Size (Enhanced)", "AAA", "2.1"),
    _c("3.2.5", "Change on Request", "AAA"),
    _c("4.1.1", "Parsing (removed in WCAG 2.2)", "A"),
)
"""The other criteria axe-core's rules or ours can name: some at level AAA, and the removed 4.1.1."""

_BY_NUMBER = {criterion.number: criterion for criterion in (*CRITERIA, *OTHER_CRITERIA)}


def criterion(number: str) -> Criterion | None:
    """The criterion numbered ``number`` (``"1.4.3"``), or None for one we do not list."""
    return _BY_NUMBER.get(number)


def criterion_name(number: str) -> str:
    """``"1.4.3 Contrast (Minimum) (AA)"`` for ``"1.4.3"``; only the number for one we do not list."""
    found = criterion(number)
    return found.title if found else number


@dataclass(frozen=True)
class Rule:
    """One rule of our own checks: the check that reports it and the criteria it fails."""

    rule: str
    check: str
    criteria: tuple[str, ...] = ()
    """The criteria a violation fails; empty for a best practice."""
    see: str = ""
    """For a best practice: the criterion (or Understanding page) that explains why it matters."""
    best_practice: bool = False
    extra_tags: tuple[str, ...] = ()
    help_url: str = ""
    """Where to read how to fix it; by default the Understanding page of its first criterion or ``see``."""

    @property
    def tags(self) -> tuple[str, ...]:
        """Its tags, written as axe-core writes them: ``("wcag2a", "wcag212")``."""
        tags = ["best-practice"] if self.best_practice else []
        tags += self.extra_tags
        for number in self.criteria:
            found = _BY_NUMBER[number]
            tags += [found.level_tag, found.tag]
        return tuple(dict.fromkeys(tags))

    @property
    def help(self) -> str:
        """``help_url`` if given, else the W3C Understanding page of its criterion or ``see``."""
        if self.help_url:
            return self.help_url
        number = self.criteria[0] if self.criteria else self.see
        found = criterion(number)
        return found.understanding_url if found else f"{UNDERSTANDING}{number}.html"


RULES: tuple[Rule, ...] = (
    Rule("keyboard-unreachable", "keyboard", ("2.1.1",)),
    Rule("keyboard-trap", "keyboard", ("2.1.2",)),
    Rule("focus-order", "keyboard", ("2.4.3",)),
    Rule("focus-visible", "keyboard", ("2.4.7",)),
    Rule("reflow", "reflow", ("1.4.10",)),
    Rule("text-spacing", "text-spacing", ("1.4.12",)),
    Rule("forced-colors-boundary", "forced-colors", ("1.4.11",)),
    Rule("forced-colors-focus", "forced-colors", ("2.4.7",)),
    Rule("reduced-motion", "reduced-motion", ("2.3.3",), best_practice=True),
    Rule("page-title", "page-basics", ("2.4.2",)),
    Rule("html-lang", "page-basics", ("3.1.1",)),
    Rule("page-h1", "page-basics", see="1.3.1", best_practice=True),
    Rule("heading-levels", "page-basics", see="1.3.1", best_practice=True),
    Rule("main-landmark", "page-basics", see="2.4.1", best_practice=True),
    Rule("page-landmarks", "page-basics", see="2.4.1", best_practice=True),
    Rule("no-js-content", "no-javascript", see="conformance", best_practice=True),
    Rule("no-js-control", "no-javascript", see="conformance", best_practice=True),
    Rule("no-js-form-submit", "no-javascript", see="3.2.2", best_practice=True),
    Rule("no-js-form-error", "no-javascript", see="3.3.1", best_practice=True),
    Rule("page-title-unique", "page-title-unique", ("2.4.2",), extra_tags=("cat.site",)),
    Rule(
        "html-valid",
        "html-validation",
        see="4.1.1",
        best_practice=True,
        extra_tags=("wcag2a-obsolete", "html-validity"),
        help_url="https://validator.w3.org/nu/about.html",
    ),
)
"""Every rule our own checks report (axe-core's rules carry their own tags and links)."""

_RULES = {rule.rule: rule for rule in RULES}


def rule(name: str) -> Rule:
    """Our rule called ``name``; ``KeyError`` for a rule not in ``RULES``."""
    return _RULES[name]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def criteria_table(criteria: Iterable[Criterion] = CRITERIA) -> str:
    """The criteria as a Markdown table: number, name, level, checks and what they test."""
    lines = ["| Criterion | Level | Checks | What they test |", "| --- | --- | --- | --- |"]
    for found in criteria:
        checks = ", ".join(found.checks) or "a person"
        lines.append(
            f"| {found.number} {_cell(found.name)} | {found.level} | {checks} | {_cell(found.tested)} |"
        )
    return "\n".join(lines)


def rules_table(rules: Iterable[Rule] = RULES) -> str:
    """Our rules as a Markdown table: rule, check, and the criteria it fails (or best practice)."""
    lines = ["| Rule | Check | WCAG 2.2 |", "| --- | --- | --- |"]
    for found in rules:
        if found.criteria:
            criteria = "; ".join(criterion_name(number) for number in found.criteria)
        else:
            criteria = "best practice"
        if found.criteria and found.best_practice:
            criteria += " (best practice)"
        elif found.see and found.see in _BY_NUMBER:
            criteria += f" (see {found.see})"
        lines.append(f"| `{found.rule}` | {found.check} | {criteria} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(criteria_table() + "\n\n" + rules_table() + "\n")
