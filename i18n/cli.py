"""``frontdoor i18n``: the translation catalogs. ``check`` works anywhere; ``extract``, ``update``
and ``compile`` write catalogs, so they work only in a source checkout of Front Door, never in an
installed package."""

from __future__ import annotations

import argparse
import sys

ACTIONS = ("extract", "update", "compile", "check")


def _run(args: argparse.Namespace) -> int:
    from i18n import catalogs

    if args.action == "check":
        problems = catalogs.check()
        for problem in problems:
            print(problem)
        print("catalogs: " + (f"{len(problems)} problems" if problems else "all complete and up to date"))
        return 1 if problems else 0
    if not catalogs.is_source_checkout():
        print(
            f"`frontdoor i18n {args.action}` writes the catalogs of a source checkout of Front Door; "
            f"this one is installed at {catalogs.ROOT} and is not changed. Clone the repository and "
            "run it there.",
            file=sys.stderr,
        )
        return 1
    if args.action == "extract":
        print(f"{len(catalogs.extract())} messages in {catalogs.TEMPLATE}")
        return 0
    written = catalogs.update() if args.action == "update" else catalogs.compile_catalogs()
    for path in written:
        print(path)
    return 0


def add_i18n_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``frontdoor i18n ACTION``: extract, update, compile or check the translation catalogs."""
    translations = commands.add_parser("i18n", help="work on the translation catalogs")
    translations.add_argument(
        "action",
        choices=ACTIONS,
        help="extract: write messages.pot; update: merge it into every catalog; compile: write the "
        ".mo files (these three in a source checkout only); check: fail on anything untranslated, "
        "fuzzy, obsolete, mismatched or stale",
    )
    translations.set_defaults(run=_run)
