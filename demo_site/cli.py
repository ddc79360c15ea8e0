"""The ``frontdoor`` command: ``demo`` runs the demo site; ``assets DIR`` writes the static files;
``a11y check URL...`` checks the accessibility of any site."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from a11y_tests.cli import add_a11y_command


def _demo(args: argparse.Namespace) -> int:
    import uvicorn

    from components.assets import missing_vendor_files

    missing = missing_vendor_files()
    if missing:
        print(
            "Missing third-party files: "
            + ", ".join(str(path) for path in missing)
            + "\nRun `make demo` (or `python scripts/fetch_vendor.py`) to fetch them.",
            file=sys.stderr,
        )
        return 1
    print(f"Front Door demo: http://{args.host}:{args.port}/  (Ctrl+C to stop)")
    uvicorn.run("demo_site:create_app", factory=True, host=args.host, port=args.port, log_level="warning")
    return 0


def _assets(args: argparse.Namespace) -> int:
    from components.assets import write_assets

    for path in write_assets(Path(args.folder)):
        print(path)
    return 0


def _i18n(args: argparse.Namespace) -> int:
    from i18n import catalogs

    if args.action == "extract":
        print(f"{len(catalogs.extract())} messages in {catalogs.TEMPLATE}")
    elif args.action == "update":
        for path in catalogs.update():
            print(path)
    elif args.action == "compile":
        for path in catalogs.compile_catalogs():
            print(path)
    else:
        problems = catalogs.check()
        for problem in problems:
            print(problem)
        print("catalogs: " + (f"{len(problems)} problems" if problems else "all complete and up to date"))
        return 1 if problems else 0
    return 0


def _feedback(args: argparse.Namespace) -> int:
    from feedback_widget import cli

    if args.action == "migrate":
        return cli.migrate_command()
    if args.action == "purge":
        return cli.purge_command(args.days)
    return cli.hash_password_command()


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface, one sub-command per job."""
    parser = argparse.ArgumentParser(prog="frontdoor", description="Front Door building blocks.")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="run the demo site")
    demo.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    demo.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    demo.set_defaults(run=_demo)
    assets = commands.add_parser("assets", help="write the CSS bundle, script and htmx into a folder")
    assets.add_argument("folder", help="where to write them, e.g. static/frontdoor")
    assets.set_defaults(run=_assets)
    translations = commands.add_parser("i18n", help="work on the translation catalogs")
    translations.add_argument(
        "action",
        choices=["extract", "update", "compile", "check"],
        help="extract: write messages.pot; update: merge it into every catalog; compile: write the "
        ".mo files; check: fail on anything untranslated, fuzzy, obsolete, mismatched or stale",
    )
    translations.set_defaults(run=_i18n)
    feedback = commands.add_parser("feedback", help="look after the feedback widget's store and admin")
    feedback.add_argument(
        "action",
        choices=["migrate", "purge", "hash-password"],
        help="migrate: bring the database schema up to date; purge: delete responses older than the "
        "retention (FRONTDOOR_RETENTION_DAYS, or --days); hash-password: make FRONTDOOR_ADMIN_PASSWORD_HASH",
    )
    feedback.add_argument("--days", type=int, default=None, help="with purge: keep this many days")
    feedback.set_defaults(run=_feedback)
    add_a11y_command(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``frontdoor`` command."""
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
