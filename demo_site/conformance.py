"""The Accessibility Conformance Report: each WCAG 2.2 A and AA criterion, per component, in the form of
the VPAT 2.5 WCAG edition, made from the evidence the latest test run recorded.

The accessibility sweep of the demo site (``a11y_tests/tests/test_demo_site.py``) records, per component,
which checks ran on its pages (its gallery page and its examples' own pages), in which languages, and
which rules failed (:class:`Evidence`, written to ``reports/conformance-evidence.json``). This module
turns that into a conformance level and remarks for each criterion:

- Supports: every machine check of the criterion ran on the component's examples and found nothing.
- Partially supports: a check found a problem, or could not run, on one of them.
- Not applicable: no component has what the criterion is about, or it applies to a whole service.
- Not evaluated: no machine check can test it, or the latest run did not run its checks; a person must.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from components.registry import registry
from demo_site import accessibility
from i18n import LazyString, gettext, ngettext
from i18n import lazy_gettext as _l
from i18n.formatting import format_list
from i18n.locales import LOCALES

ROOT = Path(__file__).resolve().parents[1]
EVIDENCE_FILE = ROOT / "reports" / "conformance-evidence.json"
"""Where the latest test run leaves its evidence (``FRONTDOOR_CONFORMANCE_EVIDENCE`` to read another)."""

Level = Literal["supports", "partially", "not-applicable", "not-evaluated"]

LEVELS: dict[Level, LazyString] = {
    "supports": _l("Supports"),
    "partially": _l("Partially supports"),
    "not-applicable": _l("Not applicable"),
    "not-evaluated": _l("Not evaluated"),
}
"""The conformance levels, with the names the VPAT gives them."""

NO_SUCH_FEATURE: dict[str, LazyString] = {
    **dict.fromkeys(
        ("1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.4.2"), _l("No component plays audio or video.")
    ),
    "1.4.5": _l("No component shows text as a picture."),
    "1.4.13": _l("No component shows extra content on hover or focus."),
    "2.1.4": _l("No component has a shortcut of one letter, number or symbol key."),
    "2.5.1": _l("No component needs a gesture with more than one finger or a path."),
    "2.5.4": _l("No component reacts to moving the device."),
    "2.5.7": _l("No component needs dragging."),
}
"""Criteria about things no component has, and what it lacks."""

WHOLE_SERVICE: frozenset[str] = frozenset({"2.4.5", "3.2.3", "3.2.4", "3.2.6", "3.3.4", "3.3.7"})
"""Criteria about a whole service (several pages, a journey), not one part of a page."""

COMPONENT_PAGE = re.compile(r"^/(?P<lang>[^/]+)/components/(?P<name>\w+)(?:/(?P<slug>[\w-]+)/preview)?$")


@dataclass
class CheckEvidence:
    """What one check covered of one component: its pages and their languages."""

    pages: int = 0
    languages: set[str] = field(default_factory=set)


@dataclass
class ComponentEvidence:
    """What the latest run checked of one component, and the rules it found broken, by criterion."""

    checks: dict[str, CheckEvidence] = field(default_factory=dict)
    problems: dict[str, set[str]] = field(default_factory=dict)
    errors: set[str] = field(default_factory=set)
    """Checks that could not run on one of its pages."""


@dataclass
class Evidence:
    """The latest run's evidence for every component, and the tools it ran."""

    date: str = ""
    tools: dict[str, str] = field(default_factory=dict)
    components: dict[str, ComponentEvidence] = field(default_factory=dict)

    def record(
        self,
        path: str,
        checks: Iterable[str],
        problems: Iterable[tuple[str, Iterable[str]]] = (),
        errors: Iterable[str] = (),
    ) -> None:
        """Note that ``checks`` ran on ``path`` (a language-prefixed demo path); ``problems`` are
        (rule, criteria) pairs found there, ``errors`` checks that could not run. Paths that are not
        a component's page or one of its examples' pages are left out."""
        found = COMPONENT_PAGE.match(path.split("?")[0])
        if not found:
            return
        language = next(
            (code for code, info in LOCALES.items() if info.url_prefix == "/" + found["lang"]), None
        )
        if language is None:
            return
        component = self.components.setdefault(found["name"], ComponentEvidence())
        for check in checks:
            covered = component.checks.setdefault(check, CheckEvidence())
            covered.pages += 1
            covered.languages.add(language)
        for rule, criteria in problems:
            for number in criteria:
                component.problems.setdefault(number, set()).add(rule)
        component.errors.update(errors)

    def to_json(self) -> dict[str, Any]:
        """The evidence as JSON, languages and rules sorted."""
        return {
            "date": self.date,
            "tools": self.tools,
            "components": {
                name: {
                    "checks": {
                        check: {"pages": covered.pages, "languages": sorted(covered.languages)}
                        for check, covered in sorted(found.checks.items())
                    },
                    "problems": {number: sorted(rules) for number, rules in sorted(found.problems.items())},
                    "errors": sorted(found.errors),
                }
                for name, found in sorted(self.components.items())
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Evidence:
        """Read what :meth:`to_json` wrote."""
        return cls(
            date=data.get("date", ""),
            tools=dict(data.get("tools", {})),
            components={
                name: ComponentEvidence(
                    checks={
                        check: CheckEvidence(covered["pages"], set(covered["languages"]))
                        for check, covered in found.get("checks", {}).items()
                    },
                    problems={number: set(rules) for number, rules in found.get("problems", {}).items()},
                    errors=set(found.get("errors", [])),
                )
                for name, found in data.get("components", {}).items()
            },
        )

    def write(self, path: Path = EVIDENCE_FILE) -> Path:
        """Write the evidence where the demo's report reads it."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return path


def latest_evidence() -> Evidence | None:
    """The evidence of the latest test run on this machine, if one has been recorded."""
    path = Path(os.environ.get("FRONTDOOR_CONFORMANCE_EVIDENCE", EVIDENCE_FILE))
    try:
        return Evidence.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class Row:
    """One criterion of one component's report: its level and the remarks that explain it."""

    criterion: accessibility.Criterion
    level: Level
    remarks: tuple[str, ...]


def _check_name(key: str) -> str:
    return str(accessibility.CHECKS[key].name)


def _evidence_line(key: str, covered: CheckEvidence) -> str:
    if len(covered.languages) == len(LOCALES):
        languages = gettext("all 12 languages")
    else:
        languages = format_list([LOCALES[code].endonym for code in LOCALES if code in covered.languages])
    # Translators: evidence in the conformance report: %(check)s is a check's name, such as axe-core;
    # %(languages)s is "all 12 languages" or a list of languages.
    return ngettext(
        "%(check)s ran on %(num)s page, in %(languages)s.",
        "%(check)s ran on %(num)s pages, in %(languages)s.",
        covered.pages,
        check=_check_name(key),
        num=covered.pages,
        languages=languages,
    )


def row(name: str, criterion: accessibility.Criterion, evidence: ComponentEvidence | None) -> Row:
    """The report's row for ``criterion`` in component ``name``."""
    # Translators: %(question)s is a question a person answers by testing, such as "Do videos have captions?"
    person = (
        (gettext("A person checks: %(question)s", question=criterion.person),) if criterion.person else ()
    )
    if criterion.number in NO_SUCH_FEATURE:
        return Row(criterion, "not-applicable", (str(NO_SUCH_FEATURE[criterion.number]),))
    if criterion.number in WHOLE_SERVICE:
        reason = gettext(
            "This is about a whole service, not one part of a page. Check it across your service."
        )
        return Row(criterion, "not-applicable", (reason, *person))
    machine = [key for key in criterion.checks if key != accessibility.COMPONENT_TESTS]
    lines = []
    if accessibility.COMPONENT_TESTS in criterion.checks:
        lines.append(gettext("Our component tests check part of it."))
    if not machine:
        return Row(
            criterion, "not-evaluated", (*lines, *person) or (gettext("No machine check can test it."),)
        )
    checks = evidence.checks if evidence else {}
    missing = [key for key in machine if key not in checks]
    lines += [_evidence_line(key, checks[key]) for key in machine if key in checks]
    problems = sorted(evidence.problems.get(criterion.number, ())) if evidence else []
    if problems:
        # Translators: %(problems)s is a number of accessibility problems found.
        lines.append(gettext("Problems found: %(problems)s", problems=", ".join(problems)))
        return Row(criterion, "partially", (*lines, *person))
    failed_to_run = [key for key in machine if evidence and key in evidence.errors]
    if failed_to_run:
        names = ", ".join(_check_name(key) for key in failed_to_run)
        # Translators: %(checks)s is a list of check names, such as "Keyboard, Reflow".
        lines.append(gettext("These checks could not run on every page: %(checks)s.", checks=names))
        return Row(criterion, "partially", (*lines, *person))
    if missing:
        names = ", ".join(_check_name(key) for key in missing)
        # Translators: %(checks)s is a list of check names, such as "Keyboard, Reflow".
        lines.append(gettext("The latest test run did not run: %(checks)s.", checks=names))
        return Row(criterion, "not-evaluated", (*lines, *person))
    return Row(criterion, "supports", (*lines, *person))


def report(name: str, evidence: Evidence | None) -> list[Row]:
    """Every WCAG 2.2 A and AA criterion for component ``name``."""
    found = evidence.components.get(name) if evidence else None
    return [row(name, criterion, found) for criterion in accessibility.criteria()]


def summary(evidence: Evidence | None) -> list[tuple[str, dict[Level, int]]]:
    """For each component, how many criteria have each level."""
    counted = []
    for name in registry():
        counts: dict[Level, int] = dict.fromkeys(LEVELS, 0)
        for found in report(name, evidence):
            counts[found.level] += 1
        counted.append((name, counts))
    return counted


def report_date(evidence: Evidence | None) -> date | None:
    """The day the evidence was recorded."""
    try:
        return date.fromisoformat(evidence.date) if evidence else None
    except ValueError:
        return None
