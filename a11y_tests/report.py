"""Reports of a run: JSON (everything), a self-contained accessible HTML page, a terminal summary.

The HTML report is the Jinja template ``templates/report.html`` (autoescaped). It has no script at
all; its styles (``templates/report.css``) sit in one ``<style>`` element, so the file can be opened
straight from disk or attached to a ticket.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from functools import cache
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from a11y_tests.results import FRAME_SEPARATOR, FRAME_WORK, Violation
from a11y_tests.wcag import criterion_name

if TYPE_CHECKING:  # the runner needs Selenium; reading and writing reports does not
    from a11y_tests.runner import PageResult, RunResult

IMPACT_ORDER = ("critical", "serious", "moderate", "minor")
NODES_SHOWN = 50
"""The HTML report shows at most this many failing elements per rule and page; the JSON has them all."""
TERMINAL_NODES_SHOWN = 50
"""The terminal summary lists at most this many failing elements in all; the reports have them all."""


def _impact_rank(impact: str) -> int:
    return IMPACT_ORDER.index(impact) if impact in IMPACT_ORDER else len(IMPACT_ORDER)


@dataclass(frozen=True)
class RuleGroup:
    """One rule broken somewhere in a run, with each page that breaks it and that page's violation."""

    rule: str
    impact: str
    description: str
    help_url: str
    criteria: tuple[str, ...]
    occurrences: tuple[tuple[PageResult, Violation], ...]

    @property
    def page_count(self) -> int:
        """How many pages break the rule."""
        return len({page.url for page, _ in self.occurrences})

    @property
    def node_count(self) -> int:
        """How many failing elements, over all those pages."""
        return sum(max(len(violation.nodes), 1) for _, violation in self.occurrences)


def group_by_rule(run: RunResult) -> list[RuleGroup]:
    """The rules broken in ``run``, most severe first (then most pages, then by name)."""
    found: dict[str, list[tuple[PageResult, Violation]]] = {}
    for page in run.pages:
        for violation in page.violations:
            found.setdefault(violation.rule, []).append((page, violation))
    groups = []
    for rule, occurrences in found.items():
        worst = min((violation for _, violation in occurrences), key=lambda v: _impact_rank(v.impact))
        criteria = tuple(dict.fromkeys(c for _, violation in occurrences for c in violation.wcag_criteria))
        groups.append(
            RuleGroup(
                rule=rule,
                impact=worst.impact,
                description=worst.description,
                help_url=worst.help_url,
                criteria=criteria,
                occurrences=tuple(occurrences),
            )
        )
    return sorted(groups, key=lambda g: (_impact_rank(g.impact), -g.page_count, g.rule))


def tool_versions(run: RunResult) -> dict[str, str]:
    """The versions of the tools behind ``run``: axe-core, the Nu HTML Checker, Chromium, Front Door."""
    try:
        ours = package_version("frontdoor")
    except PackageNotFoundError:
        ours = "unknown"
    return {
        "axe-core": run.axe_version or "unknown",
        "vnu": run.vnu_version or "not run",
        "chromium": run.browser_version or "unknown",
        "frontdoor": ours,
    }


def _violation_dict(violation: Violation) -> dict[str, Any]:
    data = dataclasses.asdict(violation)
    data["tags"] = list(violation.tags)
    data["nodes"] = [
        {"target": node.target, "frame": list(node.frame), "html": node.html, "summary": node.summary}
        for node in violation.nodes
    ]
    data["wcag_criteria"] = [
        {"number": number, "name": criterion_name(number)} for number in violation.wcag_criteria
    ]
    return data


def run_to_dict(run: RunResult) -> dict[str, Any]:
    """Everything in ``run`` as JSON-ready data: totals, tool versions, each page and a per-rule summary."""
    return {
        "report": "frontdoor accessibility check",
        "started": run.started.isoformat(),
        "finished": run.finished.isoformat(),
        "seconds": round(run.seconds, 3),
        "versions": tool_versions(run),
        "checks_run": list(run.checks_run),
        "clean": run.clean,
        "totals": {
            "pages": run.page_count,
            "pages_with_violations": run.pages_with_violations,
            "rules": len(run.rules),
            "violations": run.violation_count,
            "nodes": run.node_count,
            "errors": run.error_count,
        },
        "rules": [
            {
                "rule": group.rule,
                "impact": group.impact,
                "description": group.description,
                "help_url": group.help_url,
                "wcag_criteria": [{"number": c, "name": criterion_name(c)} for c in group.criteria],
                "pages": group.page_count,
                "nodes": group.node_count,
                "urls": list(dict.fromkeys(page.url for page, _ in group.occurrences)),
            }
            for group in group_by_rule(run)
        ],
        "pages": [
            {
                "url": page.url,
                "title": page.title,
                "seconds": round(page.seconds, 3),
                "violations": [_violation_dict(violation) for violation in page.violations],
                "errors": list(page.errors),
                "frames": list(page.frames),
            }
            for page in run.pages
        ],
    }


def write_json(run: RunResult, path: Path | str) -> Path:
    """Write the JSON report to ``path`` (making its folder) and return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(run_to_dict(run), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def _criteria_text(criteria: tuple[str, ...]) -> str:
    return ", ".join(criteria) if criteria else "best practice"


def _totals_line(run: RunResult) -> str:
    if run.violation_count == 0:
        line = f"No accessibility problems found on {run.page_count} page(s)."
    else:
        line = (
            f"{len(run.rules)} rule(s) broken: {run.violation_count} violation(s) on "
            f"{run.pages_with_violations} of {run.page_count} page(s), {run.node_count} failing element(s)."
        )
    if run.error_count:
        line += f" {run.error_count} check(s) could not run."
    return line


def _table(rows: list[tuple[str, ...]], right_aligned_from: int) -> list[str]:
    """``rows`` (the first one the headings) as aligned text lines, with a rule under the headings."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    rows = [rows[0], tuple("-" * width for width in widths), *rows[1:]]
    return [
        "  ".join(
            cell.rjust(width) if column >= right_aligned_from else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]


def _element_rows(groups: list[RuleGroup]) -> list[tuple[str, ...]]:
    """One row per failing element: rule, page, frame path (``-`` for the page itself), element."""
    return [
        (group.rule, page.url, FRAME_SEPARATOR.join(node.frame) or "-", node.target)
        for group in groups
        for page, violation in group.occurrences
        for node in violation.nodes
    ]


def summary_table(run: RunResult) -> str:
    """Plain text for the terminal: a table with one row per rule broken; a table of the failing
    elements, each with its page and frame path (at most ``TERMINAL_NODES_SHOWN``); the checks that
    could not run; a totals line."""
    groups = group_by_rule(run)
    rows: list[tuple[str, ...]] = [("Rule", "Impact", "WCAG", "Pages", "Nodes")]
    for group in groups:
        rows.append(
            (
                group.rule,
                group.impact or "-",
                _criteria_text(group.criteria),
                str(group.page_count),
                str(group.node_count),
            )
        )
    lines = []
    if len(rows) > 1:
        lines += _table(rows, right_aligned_from=3)
    elements = _element_rows(groups)
    if elements:
        lines.append("")
        lines += _table([("Rule", "Page", "Frame path", "Element"), *elements[:TERMINAL_NODES_SHOWN]], 4)
        hidden = len(elements) - TERMINAL_NODES_SHOWN
        if hidden > 0:
            lines.append(f"And {hidden} more failing element(s): see the reports.")
        lines.append("")
    for page in run.pages:
        for error in page.errors:
            lines.append(f"could not run on {page.url}: {error}")
    framed = [page for page in run.pages if page.frames]
    if framed:
        lines.append("Inside frames:")
        lines += [f"  {page.url}: {coverage}" for page in framed for coverage in page.frames]
    lines.append(_totals_line(run))
    lines.append(f"Checks run: {', '.join(run.checks_run) or 'none'}.")
    return "\n".join(lines)


def _anchor(rule: str) -> str:
    """The id of a rule's section: ``rule-`` and the rule, with anything but letters, digits, - and _ as -."""
    return "rule-" + "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in rule)


@cache
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("a11y_tests", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.filters["criterion_name"] = criterion_name
    environment.filters["anchor"] = _anchor
    environment.globals["impact_order"] = IMPACT_ORDER
    return environment


def render_html(run: RunResult) -> str:
    """The HTML report (``templates/report.html``): summary table, one section per rule with its pages
    and elements, the checks that could not run, every page, and the tools."""
    return (
        _environment()
        .get_template("report.html")
        .render(
            run=run,
            groups=group_by_rule(run),
            errors=[(page, error) for page in run.pages for error in page.errors],
            framed=[page for page in run.pages if page.frames],
            frame_work=FRAME_WORK,
            versions=tool_versions(run),
            nodes_shown=NODES_SHOWN,
            totals=_totals_line(run),
        )
    )


def write_html(run: RunResult, path: Path | str) -> Path:
    """Write the HTML report to ``path`` (making its folder) and return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_html(run), encoding="utf-8")
    return target
