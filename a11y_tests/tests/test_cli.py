"""``frontdoor a11y check``, run as a command against the deliberately broken site on loopback.

One crawl of the whole site (every check, HTML validation, forms submitted) proves each broken page is
caught by its rule in the summary and the JSON report; shorter runs cover the exit statuses.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from a11y_tests.axe import check_page
from a11y_tests.checks import BROWSER_CHECKS
from a11y_tests.html_validation import validate_html
from a11y_tests.progress import ProgressBar
from a11y_tests.tests.broken_site import SITE_DIR
from tests.html import parse, select, text
from tests.servers import free_port, serve

EXPECTED = {
    "no-focus-style.html": "focus-visible",
    "keyboard-trap.html": "keyboard-trap",
    "unreachable.html": "keyboard-unreachable",
    "tab-order.html": "focus-order",
    "wide.html": "reflow",
    "clipped-text.html": "text-spacing",
    "forced-colors.html": "forced-colors-focus",
    "motion.html": "reduced-motion",
    "basics.html": "page-title",
    "needs-js.html": "no-js-content",
    "axe.html": "image-alt",
    "form-500.html": "no-js-form-error",
    "frame-same-origin.html": "label",
    "frame-cross-origin.html": "label",
    "frame-nested.html": "label",
    "shadow-root.html": "label",
    "frame-refused.html": "frame-tested",
}
CLEAN_PAGES = ("good.html", "index.html", "frame-inert.html")


@dataclass(frozen=True)
class Outcome:
    """What one run of the command did: exit status, output, and the reports when written."""

    code: int
    stdout: str
    stderr: str
    folder: Path

    def report(self, name: str = "report.json") -> dict[str, Any]:
        """The JSON report, loaded."""
        return json.loads((self.folder / name).read_text())

    def page(self, page: str, name: str = "report.json") -> dict[str, Any]:
        """The JSON report's entry for the page whose URL ends with ``/page``."""
        [found] = [entry for entry in self.report(name)["pages"] if entry["url"].endswith("/" + page)]
        return found

    def rules_of(self, page: str, name: str = "report.json") -> list[str]:
        """The rules the JSON report gives for the page whose URL ends with ``/page``."""
        return [violation["rule"] for violation in self.page(page, name)["violations"]]


def frontdoor(folder: Path, *args: str) -> Outcome:
    """Run ``frontdoor a11y check ARGS`` in ``folder`` (where the default reports go)."""
    script = Path(sys.executable).with_name("frontdoor")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "components.cli"]
    done = subprocess.run(
        [*command, "a11y", "check", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return Outcome(done.returncode, done.stdout, done.stderr, folder)


@pytest.fixture(scope="module")
def site(broken_site: str) -> str:
    """The deliberately broken site on loopback (``conftest.py``)."""
    return broken_site


@pytest.fixture(scope="module")
def whole_site(site: str, tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    """One crawl from the index, with every check, HTML validation and forms submitted."""
    folder = tmp_path_factory.mktemp("crawl")
    return frontdoor(
        folder,
        f"{site}/index.html",
        "--crawl",
        "--submit-forms",
        "--json",
        str(folder / "report.json"),
        "--html",
        str(folder / "report.html"),
    )


@pytest.mark.browser
def test_crawl_finds_every_page(whole_site: Outcome) -> None:
    assert whole_site.code == 1, whole_site.stderr
    checked = {entry["url"].rsplit("/", 1)[1] for entry in whole_site.report()["pages"]}
    assert {path.name for path in SITE_DIR.glob("*.html")} <= checked


@pytest.mark.browser
@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_each_broken_page_is_caught_by_its_rule(whole_site: Outcome, page: str) -> None:
    rule = EXPECTED[page]
    assert rule in whole_site.rules_of(page)
    assert re.search(rf"^{re.escape(rule)}\s", whole_site.stdout, re.MULTILINE), whole_site.stdout
    assert rule in [entry["rule"] for entry in whole_site.report()["rules"]]


@pytest.mark.browser
@pytest.mark.parametrize("page", CLEAN_PAGES)
def test_good_pages_are_clean_in_the_crawl(whole_site: Outcome, page: str) -> None:
    assert whole_site.rules_of(page) == []


@pytest.mark.browser
def test_html_validation_runs_on_the_served_html(whole_site: Outcome) -> None:
    violations = whole_site.page("axe.html")["violations"]
    [violation] = [violation for violation in violations if violation["rule"] == "html-valid"]
    assert violation["source"] == "vnu"
    assert violation["wcag_criteria"] == []
    assert re.match(r"line \d+, column \d+", violation["nodes"][0]["target"])


@pytest.mark.browser
def test_json_report_has_totals_and_tool_versions(whole_site: Outcome) -> None:
    data = whole_site.report()
    assert data["versions"]["axe-core"] == "4.14.1"
    assert re.match(r"\d+\.\d+\.\d+", data["versions"]["vnu"])
    assert re.match(r"\d+\.", data["versions"]["chromium"])
    assert data["totals"]["pages"] == len(data["pages"])
    assert data["totals"]["violations"] == sum(len(entry["violations"]) for entry in data["pages"])
    assert "html-validation" in data["checks_run"] and "keyboard" in data["checks_run"]
    assert all(entry["seconds"] > 0 for entry in data["pages"])
    assert whole_site.stdout.rstrip().splitlines()[-3].endswith("failing element(s).")
    assert "Checks run: axe, keyboard, reflow," in whole_site.stdout


@pytest.mark.browser
def test_progress_shows_on_stderr_as_plain_lines(whole_site: Outcome) -> None:
    pages = whole_site.report()["totals"]["pages"]
    lines = [line for line in whole_site.stderr.splitlines() if re.match(r"\[[#.]+\]", line)]
    assert len(lines) >= pages
    assert re.search(rf"\s0/{pages}\s+0%\s+http://", whole_site.stderr)
    assert "\r" not in whole_site.stderr


def test_html_report_names_the_rules_and_is_itself_accessible(whole_site: Outcome, browser: Any) -> None:
    path = whole_site.folder / "report.html"
    html = path.read_text()
    page = parse(html)
    summary = [text(code) for code in select(page, "main > table")[0].select("tbody th code")]
    sections = [text(code) for code in select(page, "section.rule > h3 > code")]
    assert set(EXPECTED.values()) <= set(summary)
    assert sections == summary
    assert not select(page, "script")
    assert validate_html({"report": html}) == {"report": []}
    for name in ("axe", *BROWSER_CHECKS):
        browser.get(path.as_uri())
        found = check_page(browser) if name == "axe" else BROWSER_CHECKS[name](browser)
        assert found == [], "\n".join(map(str, found))


@pytest.mark.browser
def test_clean_page_exits_0_with_default_report_paths(site: str, tmp_path: Path) -> None:
    outcome = frontdoor(tmp_path, f"{site}/good.html")
    assert outcome.code == 0, outcome.stdout + outcome.stderr
    assert "No accessibility problems found on 1 page(s)." in outcome.stdout
    assert (tmp_path / "reports" / "a11y" / "report.html").is_file()
    assert outcome.report("reports/a11y/report.json")["clean"] is True


@pytest.mark.browser
def test_broken_page_exits_1_naming_the_rule(site: str, tmp_path: Path) -> None:
    outcome = frontdoor(tmp_path, f"{site}/axe.html", "--checks", "axe", "--json", "out.json")
    assert outcome.code == 1, outcome.stderr
    assert re.search(r"^image-alt\s+critical\s+1\.1\.1\s+1\s+1$", outcome.stdout, re.MULTILINE), (
        outcome.stdout
    )
    assert "image-alt" in outcome.rules_of("axe.html", "out.json")
    assert outcome.report("out.json")["checks_run"][:2] == ["axe", "no-javascript"]


@pytest.mark.slow  # a process of its own per case
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["example.gov"], "is not a web address"),
        (["{site}/good.html", "--checks", "axe,telepathy"], "unknown check 'telepathy'"),
        (["{site}/missing.html"], "HTTP 404"),
        (["http://127.0.0.1:{port}/"], "could not connect"),
        (["{site}/good.html", "--crawl", "0"], "--crawl needs a number"),
    ],
)
def test_usage_errors_and_unreachable_pages_exit_2(
    site: str, tmp_path: Path, args: list[str], message: str
) -> None:
    outcome = frontdoor(tmp_path, *(arg.format(site=site, port=free_port()) for arg in args))
    assert outcome.code == 2
    assert message in outcome.stderr
    assert not (tmp_path / "reports").exists()


@pytest.mark.slow  # a process of its own
def test_missing_selenium_names_the_extra(site: str, tmp_path: Path) -> None:
    code = "import sys; sys.modules['selenium'] = None; from components.cli import main; sys.exit(main())"
    done = subprocess.run(
        [sys.executable, "-c", code, "a11y", "check", f"{site}/good.html"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "pip install 'frontdoor[a11y]'" in done.stderr


def test_progress_bar_redraws_in_place_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    bar = ProgressBar(stream)
    bar(0, 3, "too few to show")
    assert stream.getvalue() == ""
    bar(5, 10, "http://example.gov/apply")
    bar.close()
    assert stream.getvalue().startswith("\r")
    assert "[############............]  5/10  50%  http://example.gov/apply" in stream.getvalue()
    assert stream.getvalue().endswith("\n")


def _links_site() -> Any:
    """A tiny site whose start page has every kind of link the crawler must sort out."""
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse, Response
    from starlette.routing import Route

    start = (
        "<!DOCTYPE html><title>Start</title>"
        '<a href="/a#part">A with a fragment</a> <a href="#top">top</a> <a href="/a">A again</a>'
        '<a href="mailto:help@example.gov">mail</a> <a href="tel:+15550100">phone</a>'
        '<a href="javascript:void(0)">script</a> <a href="https://elsewhere.example/">away</a>'
        '<a href="/file.pdf">a PDF</a> <a href="/gone">broken</a> <a href="/big.zip" download>zip</a>'
        + "".join(f'<a href="/list?page={n}">page {n}</a>' for n in range(1, 8))
    )

    async def page(request: Any) -> Response:
        path = request.url.path
        if path == "/":
            return HTMLResponse(start)
        if path == "/file.pdf":
            return Response(b"%PDF-1.7", media_type="application/pdf")
        if path == "/gone":
            return HTMLResponse("<title>Not found</title>", status_code=404)
        return HTMLResponse(f'<!DOCTYPE html><title>{path}</title><a href="/b">B</a>')

    return Starlette(routes=[Route("/{rest:path}", page)])


def test_crawl_follows_only_same_origin_html_links_breadth_first() -> None:
    from a11y_tests.crawl import crawl

    with serve(_links_site()) as url:
        pages = [page.removeprefix(url) for page in crawl([url + "/"], limit=50, query_variants=3)]
        assert pages == ["/", "/a", "/list?page=1", "/list?page=2", "/list?page=3", "/b"]
        assert [page.removeprefix(url) for page in crawl([url + "/"], limit=2)] == ["/", "/a"]
