"""``frontdoor a11y check URL...``: check pages (or a crawled site) and write JSON and HTML reports.

Exit status: 0 when every page passes, 1 when any rule is broken, 2 for a usage error, an address
that does not answer with HTML, a missing tool, or a check that could not run.

    frontdoor a11y check http://127.0.0.1:8000/ --crawl 100
    frontdoor a11y check https://example.gov/apply https://example.gov/help --checks axe,keyboard
    python -m a11y_tests.cli check URL...          # the same, without the ``frontdoor`` command

This module imports nothing heavy at start-up (the ``frontdoor`` command builds its parser from it);
Selenium and the checks load only when a check runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

DEFAULT_CRAWL_LIMIT = 50
DEFAULT_JSON = Path("reports/a11y/report.json")
DEFAULT_HTML = Path("reports/a11y/report.html")
INSTALL_HINT = "pip install 'frontdoor[a11y]'"
EXIT_CLEAN, EXIT_VIOLATIONS, EXIT_USAGE = 0, 1, 2


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``check`` sub-command's arguments to ``parser``."""
    parser.add_argument("urls", nargs="*", metavar="URL", help="the pages to check (http:// or https://)")
    parser.add_argument(
        "--crawl",
        nargs="?",
        const=str(DEFAULT_CRAWL_LIMIT),
        default=None,
        metavar="N",
        help=f"also follow same-site links from the URLs, up to N pages (default {DEFAULT_CRAWL_LIMIT})",
    )
    parser.add_argument(
        "--checks",
        default=None,
        metavar="NAMES",
        help="comma-separated checks to run in the browser (default: all): axe, keyboard, reflow, "
        "text-spacing, forced-colors, reduced-motion, page-basics",
    )
    parser.add_argument(
        "--no-validate", action="store_true", help="skip HTML validation with the Nu HTML Checker"
    )
    parser.add_argument(
        "--no-javascript-pass",
        action="store_true",
        help="skip the check that each page still works with JavaScript off",
    )
    parser.add_argument(
        "--submit-forms",
        action="store_true",
        help="in the no-JavaScript check, submit each page's forms (only on a site where that is harmless)",
    )
    parser.add_argument(
        "--browsers",
        type=int,
        default=2,
        metavar="N",
        help="check pages in N browsers at once (default 2; more help only with more cores)",
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=DEFAULT_JSON,
        metavar="PATH",
        help=f"JSON report (default {DEFAULT_JSON})",
    )
    parser.add_argument(
        "--html",
        type=Path,
        default=DEFAULT_HTML,
        metavar="PATH",
        help=f"HTML report (default {DEFAULT_HTML})",
    )


def add_a11y_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add the ``a11y`` command (with its ``check`` sub-command) to another program's sub-commands."""
    a11y = commands.add_parser("a11y", help="check the accessibility of web pages or a whole site")
    _add_sub_commands(a11y)
    return a11y


def _add_sub_commands(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="a11y_action", required=True, metavar="ACTION")
    check = actions.add_parser(
        "check",
        help="check pages with axe-core, keyboard, reflow and other browser checks, and HTML validation",
        description="Check pages in headless Chromium and write JSON and HTML reports. axe-core runs "
        "in every frame (cross-origin and nested ones too) and open shadow root; each failing element "
        "is named with its frame path. Exit status: 0 clean, 1 rules broken, 2 usage error, "
        "unreachable page or missing tool.",
    )
    add_check_arguments(check)
    check.set_defaults(run=run_check)


def build_parser() -> argparse.ArgumentParser:
    """The stand-alone parser, for ``python -m a11y_tests.cli``."""
    parser = argparse.ArgumentParser(prog="frontdoor a11y", description="Accessibility checks for web pages.")
    _add_sub_commands(parser)
    return parser


def _fail(message: str, stream: TextIO) -> int:
    print(f"frontdoor a11y: {message}", file=stream)
    return EXIT_USAGE


def _plan(args: argparse.Namespace) -> tuple[list[str], int | None]:
    """The URLs and the crawl limit; ``--crawl URL`` (no number) counts the URL as a page to check."""
    urls = list(args.urls)
    if args.crawl is None:
        return urls, None
    if args.crawl.isdigit():
        return urls, int(args.crawl)
    return [args.crawl, *urls], DEFAULT_CRAWL_LIMIT


def run_check(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``check`` with parsed arguments: print the summary, write the reports, return the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    urls, limit = _plan(args)
    if not urls:
        return _fail("give at least one address to check, such as http://127.0.0.1:8000/", err)
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return _fail(f"{url!r} is not a web address: give addresses such as http://127.0.0.1:8000/", err)
    if limit is not None and limit < 1:
        return _fail("--crawl needs a number of pages of 1 or more", err)
    if args.browsers < 1:
        return _fail("--browsers needs a number of 1 or more", err)
    try:
        from a11y_tests import report
        from a11y_tests.browser import BrowserMissing
        from a11y_tests.crawl import PageUnavailable, crawl, fetch_page
        from a11y_tests.html_validation import ValidatorFailed, ValidatorMissing
        from a11y_tests.progress import ProgressBar
        from a11y_tests.runner import DEFAULT_CHECKS, check_pages, resolve_checks
    except ImportError as error:
        missing = (error.name or "").split(".")[0]
        if missing == "selenium":
            return _fail(
                f"the accessibility checker needs Selenium ({missing} is missing): {INSTALL_HINT}", err
            )
        raise
    try:
        checks = resolve_checks(args.checks.split(",")) if args.checks is not None else DEFAULT_CHECKS
    except ValueError as error:
        return _fail(f"--checks: {error}", err)
    try:
        if limit is not None:
            pages = crawl(urls, limit)
            print(f"Found {len(pages)} page(s) to check.", file=err)
        else:
            pages = list(dict.fromkeys(urls))
            for url in pages:
                fetch_page(url)
    except PageUnavailable as error:
        return _fail(f"cannot check {error}", err)
    bar = ProgressBar(err)
    try:
        run = check_pages(
            pages,
            checks=checks,
            javascript_off_pass=not args.no_javascript_pass,
            validate=not args.no_validate,
            submit_forms=args.submit_forms,
            progress=bar,
            browsers=args.browsers,
        )
    except PageUnavailable as error:
        bar.close()
        return _fail(f"cannot check {error}", err)
    except (BrowserMissing, ValidatorMissing, ValidatorFailed) as error:
        bar.close()
        return _fail(str(error), err)
    bar.close()
    json_path = report.write_json(run, args.json)
    html_path = report.write_html(run, args.html)
    print(report.summary_table(run), file=out)
    print(f"Reports: {json_path} and {html_path}", file=out)
    if run.violation_count:
        return EXIT_VIOLATIONS
    return EXIT_USAGE if run.error_count else EXIT_CLEAN


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``frontdoor a11y`` stand-alone (``python -m a11y_tests.cli``)."""
    args = build_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
