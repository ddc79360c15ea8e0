"""Reports of a run: JSON (everything), a self-contained accessible HTML page, a terminal summary.

The HTML report has no script at all; its styles sit in one ``<style>`` element so the file can be
opened straight from disk or attached to a ticket. Every piece of text in it is escaped.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from html import escape
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from a11y_tests.results import Violation
from a11y_tests.wcag import criterion_name

if TYPE_CHECKING:  # the runner needs Selenium; reading and writing reports does not
    from a11y_tests.runner import PageResult, RunResult

IMPACT_ORDER = ("critical", "serious", "moderate", "minor")
NODES_SHOWN = 50
"""The HTML report shows at most this many failing elements per rule and page; the JSON has them all."""


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


def summary_table(run: RunResult) -> str:
    """A plain-text table for the terminal: one row per rule broken, then a totals line."""
    rows = [("Rule", "Impact", "WCAG", "Pages", "Nodes")]
    for group in group_by_rule(run):
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
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        rows.insert(1, tuple("-" * width for width in widths))
        for row in rows:
            cells = [
                cell.rjust(width) if column >= 3 else cell.ljust(width)
                for column, (cell, width) in enumerate(zip(row, widths, strict=True))
            ]
            lines.append("  ".join(cells).rstrip())
    for page in run.pages:
        for error in page.errors:
            lines.append(f"could not run on {page.url}: {error}")
    lines.append(_totals_line(run))
    lines.append(f"Checks run: {', '.join(run.checks_run) or 'none'}.")
    return "\n".join(lines)


STYLE = """
:root { color-scheme: light; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
  color: #1b1b1b; background: #ffffff; overflow-wrap: break-word; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 0.75rem; }
h1 { margin-top: 1rem; }
a { color: #1a4480; text-decoration: underline; }
a:visited { color: #54278f; }
a:focus { outline: 3px solid #0b0c0c; outline-offset: 2px; background: #ffdd00; color: #0b0c0c; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
caption { text-align: start; font-weight: 700; padding: 0.25rem 0; }
th, td { border: 1px solid #71767a; padding: 0.4rem 0.6rem; text-align: start; vertical-align: top;
  overflow-wrap: anywhere; }
th.num, td.num { overflow-wrap: normal; text-align: end; }
.nodes th:first-child { width: 22%; }
.nodes th:nth-child(2) { width: 36%; }
thead th { background: #f0f0f0; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: 700; }
dd { margin: 0; }
.rule { border-top: 4px solid #565c65; margin-top: 2.5rem; }
.impact-critical, .impact-serious { color: #8b0a03; font-weight: 700; }
.impact-moderate { color: #6b4200; font-weight: 700; }
.clean { border-inline-start: 6px solid #00a91c; padding-inline-start: 1rem; }
@media (forced-colors: active) { .rule { border-top-color: CanvasText; } }
@media (max-width: 30rem) {
  main { padding: 0.5rem; }
  dl { grid-template-columns: 1fr; }
  th, td { padding: 0.25rem; }
}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _impact(impact: str) -> str:
    known = impact if impact in IMPACT_ORDER else "none"
    return f'<span class="impact-{known}">{_e(impact or "not rated")}</span>'


def _criteria_html(criteria: tuple[str, ...]) -> str:
    if not criteria:
        return "Best practice (no WCAG 2.2 success criterion)"
    return "; ".join(_e(criterion_name(number)) for number in criteria)


def _anchor(rule: str) -> str:
    return "rule-" + "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in rule)


def _link(url: str, text: str | None = None) -> str:
    if url.startswith(("http://", "https://")):
        return f'<a href="{_e(url)}">{_e(text or url)}</a>'
    return _e(text or url)


def _rule_section(group: RuleGroup) -> str:
    parts = [
        f'<section class="rule" aria-labelledby="{_anchor(group.rule)}">',
        f'<h3 id="{_anchor(group.rule)}"><code>{_e(group.rule)}</code>: {_e(group.description)}</h3>',
        "<dl>",
        f"<dt>Impact</dt><dd>{_impact(group.impact)}</dd>",
        f"<dt>WCAG 2.2</dt><dd>{_criteria_html(group.criteria)}</dd>",
        "<dt>How to fix</dt><dd>"
        + (
            _link(group.help_url, f"Guidance on fixing {group.rule}")
            if group.help_url
            else "See each element below"
        )
        + "</dd>",
        f"<dt>Found on</dt><dd>{group.page_count} page(s), {group.node_count} element(s)</dd>",
        "</dl>",
    ]
    for page, violation in group.occurrences:
        heading = page.title or page.url
        parts.append(f"<h4>{_e(heading)}</h4>")
        parts.append(f"<p>{_link(page.url)}</p>")
        if not violation.nodes:
            continue
        parts.append('<table class="nodes">')
        parts.append(f"<caption>Failing elements for {_e(group.rule)} on this page</caption>")
        parts.append(
            '<thead><tr><th scope="col">Where</th><th scope="col">HTML</th>'
            '<th scope="col">What is wrong</th></tr></thead><tbody>'
        )
        for node in violation.nodes[:NODES_SHOWN]:
            parts.append(
                f"<tr><td><code>{_e(node.target)}</code></td><td><pre><code>{_e(node.html)}</code></pre></td>"
                f"<td>{_e(node.summary)}</td></tr>"
            )
        parts.append("</tbody></table>")
        hidden = len(violation.nodes) - NODES_SHOWN
        if hidden > 0:
            parts.append(f"<p>And {hidden} more element(s): see the JSON report.</p>")
    parts.append("</section>")
    return "\n".join(parts)


def render_html(run: RunResult) -> str:
    """The HTML report: summary table, one section per rule with pages and elements, pages, tools."""
    groups = group_by_rule(run)
    title = (
        f"Accessibility report: {len(groups)} rule(s) broken on {run.pages_with_violations} "
        f"of {run.page_count} page(s)"
        if groups
        else f"Accessibility report: no problems found on {run.page_count} page(s)"
    )
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<h1>Accessibility report</h1>",
        f"<p>{_e(_totals_line(run))}</p>",
        f"<p>Checked from {_e(run.started.strftime('%Y-%m-%d %H:%M:%S %Z'))}, "
        f"in {run.seconds:.1f} seconds. Checks: {_e(', '.join(run.checks_run) or 'none')}.</p>",
        "<h2>Summary</h2>",
    ]
    if groups:
        out.append("<table>")
        out.append("<caption>Rules broken, most severe first</caption>")
        out.append(
            '<thead><tr><th scope="col">Rule</th><th scope="col">Impact</th>'
            '<th scope="col">WCAG 2.2 criteria</th><th scope="col" class="num">Pages</th>'
            '<th scope="col" class="num">Elements</th></tr></thead><tbody>'
        )
        for group in groups:
            out.append(
                f'<tr><th scope="row"><a href="#{_anchor(group.rule)}"><code>{_e(group.rule)}</code></a></th>'
                f"<td>{_impact(group.impact)}</td><td>{_criteria_html(group.criteria)}</td>"
                f'<td class="num">{group.page_count}</td><td class="num">{group.node_count}</td></tr>'
            )
        out.append("</tbody></table>")
        out.append("<h2>Rules broken</h2>")
        out.extend(_rule_section(group) for group in groups)
    else:
        out.append('<p class="clean">Every page passed every check that ran.</p>')
    errors = [(page, error) for page in run.pages for error in page.errors]
    if errors:
        out.append("<h2>Checks that could not run</h2>")
        out.append("<p>These checks failed to run, so their pages may have problems not listed here.</p>")
        out.append("<ul>")
        out.extend(f"<li>{_link(page.url)}: {_e(error)}</li>" for page, error in errors)
        out.append("</ul>")
    out.append("<h2>Pages checked</h2>")
    out.append("<table>")
    out.append("<caption>Every page checked, in order</caption>")
    out.append(
        '<thead><tr><th scope="col">Page</th><th scope="col">Title</th>'
        '<th scope="col">Rules broken</th><th scope="col" class="num">Seconds</th></tr></thead><tbody>'
    )
    for page in run.pages:
        rules = ", ".join(page.rules) or "none"
        out.append(
            f"<tr><td>{_link(page.url)}</td><td>{_e(page.title)}</td><td>{_e(rules)}</td>"
            f'<td class="num">{page.seconds:.2f}</td></tr>'
        )
    out.append("</tbody></table>")
    out.append("<h2>Tools</h2>")
    out.append("<dl>")
    out.extend(f"<dt>{_e(name)}</dt><dd>{_e(value)}</dd>" for name, value in tool_versions(run).items())
    out.append("</dl>")
    out.extend(["</main>", "</body>", "</html>", ""])
    return "\n".join(out)


def write_html(run: RunResult, path: Path | str) -> Path:
    """Write the HTML report to ``path`` (making its folder) and return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_html(run), encoding="utf-8")
    return target
