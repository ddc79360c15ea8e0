"""The reports of a run, from a run made up here: the HTML page's structure and escaping, the JSON and
the terminal table. (The CLI's tests check the reports of a real run, and run axe on the HTML.)"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from a11y_tests import report
from a11y_tests.results import FailingNode, Violation
from a11y_tests.runner import PageResult, RunResult
from tests.html import attr, one, parse, select, text

START = datetime(2026, 11, 22, 10, 0, 0, tzinfo=UTC)
IMAGES = tuple(
    FailingNode(f"img:nth-of-type({n})", f'<img src="{n}.png">', f"Fix <b>this</b> & that {n}")
    for n in range(report.NODES_SHOWN + 3)
)
IMAGE_ALT = Violation(
    "image-alt",
    "critical",
    "Images must have <alternate> text",
    "https://dequeuniversity.com/rules/axe/4.14/image-alt",
    ("cat.text-alternatives", "wcag2a", "wcag111"),
    IMAGES,
)
FRAMED = (
    FailingNode("input", '<input name="q">', "No label", ("#outer", "fd-embed >>> iframe")),
    FailingNode("fd-search >>> input", "<input>", "No label"),
)
LABEL = Violation(
    "label",
    "critical",
    "Form elements must have labels",
    "https://dequeuniversity.com/rules/axe/4.14/label",
    ("cat.forms", "wcag2a", "wcag412"),
    FRAMED,
)
PAGE_H1 = Violation(
    "page-h1",
    "moderate",
    "A page should have exactly one main heading (h1) saying what it is about.",
    "javascript:alert(1)",
    ("best-practice",),
    (FailingNode("body", "<body>", "The page has no visible h1 heading"),),
    "frontdoor",
)


def made_up_run(*pages: PageResult) -> RunResult:
    return RunResult(pages, START, START + timedelta(seconds=12.5), "4.14.1", ("axe", "page-basics"), "", "")


BROKEN = made_up_run(
    PageResult(
        "http://site.test/a?x=1&y=2", "Apply <now>", (IMAGE_ALT, PAGE_H1), 1.5, ("keyboard: Timeout",)
    ),
    PageResult("http://site.test/b", "", (PAGE_H1,), 0.5),
    PageResult("http://site.test/c", "Clean", (), 0.25),
)
IN_FRAMES = made_up_run(PageResult("http://site.test/framed", "Framed", (LABEL,), 0.5))


def test_html_report_summary_rules_and_pages() -> None:
    page = parse(report.render_html(BROKEN))
    assert text(one(page, "title")) == "Accessibility report: 2 rule(s) broken on 2 of 3 page(s)"
    assert not select(page, "script")
    summary = [
        [text(cell) for cell in row.select("th, td")]
        for row in select(page, "main > table")[0].select("tbody tr")
    ]
    assert summary == [
        ["image-alt", "critical", "1.1.1 Non-text Content (A)", "1", str(len(IMAGES))],
        ["page-h1", "moderate", "Best practice (no WCAG 2.2 success criterion)", "2", "2"],
    ]
    summary_links = [attr(link, "href") for link in select(page, "main > table")[0].select("tbody a")]
    assert summary_links == ["#rule-image-alt", "#rule-page-h1"]
    section = one(page, "section[aria-labelledby='rule-image-alt']")
    assert attr(one(section, "h3"), "id") == "rule-image-alt"
    assert one(section, "h3").get_text() == "image-alt: Images must have <alternate> text"
    assert len(select(section, "table.nodes tbody tr")) == report.NODES_SHOWN
    assert text(select(section, "p")[-1]) == "And 3 more element(s): see the JSON report."
    assert attr(one(section, "dd a"), "href") == IMAGE_ALT.help_url
    pages = [
        [text(cell) for cell in row.select("td")]
        for row in select(page, "main > table")[-1].select("tbody tr")
    ]
    assert pages == [
        ["http://site.test/a?x=1&y=2", "Apply <now>", "image-alt, page-h1", "1.50"],
        ["http://site.test/b", "", "page-h1", "0.50"],
        ["http://site.test/c", "Clean", "none", "0.25"],
    ]
    assert [item.get_text() for item in select(page, "main > ul li")] == [
        "http://site.test/a?x=1&y=2: keyboard: Timeout"
    ]


def test_html_report_escapes_everything_it_is_given() -> None:
    page = parse(report.render_html(BROKEN))
    # The failing elements' HTML and summaries are shown as text, never as markup.
    assert not select(page, "main img, main b")
    cells = select(page, "section[aria-labelledby='rule-image-alt'] table.nodes tbody tr")[0].select("td")
    assert [text(cell) for cell in cells] == [
        "The page itself",
        "img:nth-of-type(0)",
        '<img src="0.png">',
        "Fix <b>this</b> & that 0",
    ]
    # Only http(s) addresses become links: a javascript: help link is shown as text.
    section = one(page, "section[aria-labelledby='rule-page-h1']")
    assert not select(section, "dd a")
    assert "Guidance on fixing page-h1" in text(section)


def test_clean_run_says_so() -> None:
    page = parse(report.render_html(made_up_run(PageResult("http://site.test/", "Home", (), 0.1))))
    assert text(one(page, "title")) == "Accessibility report: no problems found on 1 page(s)"
    assert text(one(page, "p.clean")) == "Every page passed every check that ran."
    assert not select(page, "section.rule")
    assert text(select(page, "main > p")[0]) == "No accessibility problems found on 1 page(s)."


def test_json_report_and_terminal_table(tmp_path: Path) -> None:
    data = json.loads(report.write_json(BROKEN, tmp_path / "out" / "report.json").read_text())
    assert data["totals"] == {
        "pages": 3,
        "pages_with_violations": 2,
        "rules": 2,
        "violations": 3,
        "nodes": len(IMAGES) + 2,
        "errors": 1,
    }
    assert data["rules"][0]["wcag_criteria"] == [{"number": "1.1.1", "name": "1.1.1 Non-text Content (A)"}]
    assert len(data["pages"][0]["violations"][0]["nodes"]) == len(IMAGES)
    table = report.summary_table(BROKEN).splitlines()
    assert table[0].split() == ["Rule", "Impact", "WCAG", "Pages", "Nodes"]
    assert table[2].split() == ["image-alt", "critical", "1.1.1", "1", str(len(IMAGES))]
    assert table[3].split() == ["page-h1", "moderate", "best", "practice", "2", "2"]
    assert "could not run on http://site.test/a?x=1&y=2: keyboard: Timeout" in table


def test_html_report_names_each_elements_frame_path() -> None:
    section = one(parse(report.render_html(IN_FRAMES)), "section[aria-labelledby='rule-label']")
    headings = [text(cell) for cell in select(section, "table.nodes thead th")]
    assert headings == ["Frame path", "Element", "HTML", "What is wrong"]
    framed, shadowed = select(section, "table.nodes tbody tr")
    path = one(framed, "td ol.frame-path")
    assert [text(item) for item in path.select("li > code")] == ["#outer", "fd-embed >>> iframe"]
    assert text(framed.select("td")[1]) == "input"
    assert not select(shadowed, "ol")
    assert [text(cell) for cell in shadowed.select("td")[:2]] == ["The page itself", "fd-search >>> input"]


def test_json_report_and_terminal_name_each_elements_frame_path(tmp_path: Path) -> None:
    data = json.loads(report.write_json(IN_FRAMES, tmp_path / "report.json").read_text())
    nodes = data["pages"][0]["violations"][0]["nodes"]
    assert [(node["frame"], node["target"]) for node in nodes] == [
        (["#outer", "fd-embed >>> iframe"], "input"),
        ([], "fd-search >>> input"),
    ]
    lines = report.summary_table(IN_FRAMES).splitlines()
    start = lines.index("") + 1
    assert lines[start].split() == ["Rule", "Page", "Frame", "path", "Element"]
    assert [re.split(" {2,}", line) for line in lines[start + 2 : start + 4]] == [
        ["label", "http://site.test/framed", "#outer -> fd-embed >>> iframe", "input"],
        ["label", "http://site.test/framed", "-", "fd-search >>> input"],
    ]


def test_terminal_lists_at_most_so_many_failing_elements() -> None:
    lines = report.summary_table(BROKEN).splitlines()
    rows = [line for line in lines if line.startswith(("image-alt  http", "page-h1  http"))]
    assert len(rows) == report.TERMINAL_NODES_SHOWN
    hidden = len(IMAGES) + 2 - report.TERMINAL_NODES_SHOWN
    assert f"And {hidden} more failing element(s): see the reports." in lines


COVERED = made_up_run(
    PageResult(
        "http://site.test/framed",
        "Framed",
        (),
        0.5,
        frames=("keyboard: checked inside 2 frame(s); frames not entered: #map (refused)",),
    ),
    PageResult("http://site.test/plain", "Plain", (), 0.25),
)


def test_every_report_says_what_the_checks_covered_inside_frames(tmp_path: Path) -> None:
    coverage = "keyboard: checked inside 2 frame(s); frames not entered: #map (refused)"
    data = json.loads(report.write_json(COVERED, tmp_path / "report.json").read_text())
    assert [page["frames"] for page in data["pages"]] == [[coverage], []]
    lines = report.summary_table(COVERED).splitlines()
    start = lines.index("Inside frames:")
    assert lines[start + 1] == f"  http://site.test/framed: {coverage}"
    assert not any("site.test/plain" in line for line in lines)
    html = parse(report.render_html(COVERED))
    [page] = select(html, "ul.frame-coverage > li")
    assert attr(one(page, "a"), "href") == "http://site.test/framed"
    assert [text(item) for item in select(page, "ul > li")] == [coverage]
    assert "keyboard" in [text(term) for term in select(html, "dl.frame-work dt")]
