"""The ``frontdoor`` command. Each Front Door package adds its own sub-commands: a function that
takes argparse's sub-parsers, registered under the ``frontdoor.commands`` entry-point group
(``components`` adds ``assets`` and ``plain-language``; ``i18n``, ``feedback_widget``, ``a11y_tests``
and ``demo_site`` add theirs). A command whose extra is not installed (``frontdoor[feedback]`` for
``frontdoor feedback``) still shows, and says what to install."""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

ENTRY_POINT_GROUP = "frontdoor.commands"
OUR_PACKAGES = frozenset({"components", "i18n", "feedback_widget", "a11y_tests", "demo_site"})


def _chosen_components(args: argparse.Namespace) -> set[str] | None:
    """The components named by ``--components`` and used by the templates under ``--templates``."""
    if not args.components and not args.templates:
        return None
    chosen = {name.strip() for name in (args.components or "").split(",") if name.strip()}
    if args.templates:
        from jinja2 import FileSystemLoader

        from components import make_environment
        from components.usage import components_used

        folder = Path(args.templates)
        env = make_environment(loader=FileSystemLoader(folder))
        names = [path.relative_to(folder).as_posix() for path in sorted(folder.rglob("*.html"))]
        chosen |= components_used(env, names)
    return chosen


def _assets(args: argparse.Namespace) -> int:
    from components.assets import write_assets

    try:
        chosen = _chosen_components(args)
        written = write_assets(Path(args.folder), chosen)
    except KeyError as error:
        print(f"frontdoor assets: {error.args[0]}", file=sys.stderr)
        return 2
    if chosen is not None:
        print("components: " + ", ".join(sorted(chosen)))
    for path in written:
        print(path)
    return 0


def add_assets_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``frontdoor assets DIR [--components a,b] [--templates FOLDER]``: write the CSS bundle, our
    script and htmx into a folder, for every component or only those named and used."""
    assets = commands.add_parser("assets", help="write the CSS bundle, script and htmx into a folder")
    assets.add_argument("folder", help="where to write them, e.g. static/frontdoor")
    assets.add_argument(
        "--components", metavar="NAMES", help="only these components (comma-separated) and what they need"
    )
    assets.add_argument(
        "--templates", metavar="FOLDER", help="only the components the templates in FOLDER use"
    )
    assets.set_defaults(run=_assets)


def _plain_language(args: argparse.Namespace) -> int:
    from i18n.plain_language import check_paths, check_texts, shipped_catalogs

    paths = [Path(path) for path in args.paths] or shipped_catalogs()
    problems = check_paths([path for path in paths if path.suffix in (".pot", ".po")])
    for path in paths:
        if path.suffix in (".json", ".yaml", ".yml"):
            from components.form_steps import load_flow

            problems += check_texts(load_flow(path).texts(), str(path))
    for problem in problems:
        print(problem)
    print(f"plain language: {len(problems)} problems" if problems else "plain language: no problems")
    return 1 if problems else 0


def add_plain_language_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``frontdoor plain-language check [PATHS...]``: sentence length, grade and plain words."""
    command = commands.add_parser(
        "plain-language", help="check catalogs and flows: short sentences, grade 8, plain words"
    )
    command.add_argument("action", choices=["check"])
    command.add_argument("paths", nargs="*", help=".pot, .po, .json or .yaml files; default: every catalog")
    command.set_defaults(run=_plain_language)


def _needs_extra(command: str, error: ImportError) -> str:
    return f"`frontdoor {command}` needs more packages ({error}): pip install 'frontdoor[{command}]'"


def _add_unavailable(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], entry: EntryPoint, error: ImportError
) -> None:
    """A command whose package cannot load here: it says which extra to install."""
    message = _needs_extra(entry.name, error)
    unavailable = commands.add_parser(entry.name, help=f"(install frontdoor[{entry.name}] to use it)")
    unavailable.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)

    def run(args: argparse.Namespace) -> int:
        print(message, file=sys.stderr)
        return 1

    unavailable.set_defaults(run=run)


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface, with every registered sub-command."""
    parser = argparse.ArgumentParser(prog="frontdoor", description="Front Door building blocks.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda entry: entry.name):
        try:
            register = entry.load()
        except ImportError as error:
            _add_unavailable(commands, entry, error)
            continue
        register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``frontdoor`` command."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except ModuleNotFoundError as error:
        # A package of ours missing is a bug; another one is an extra that is not installed.
        if (error.name or "").split(".")[0] in OUR_PACKAGES:
            raise
        print(_needs_extra(args.command, error), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
