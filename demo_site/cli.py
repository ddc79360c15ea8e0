"""``frontdoor demo``: run the demo site on loopback."""

from __future__ import annotations

import argparse
import sys


def _demo(args: argparse.Namespace) -> int:
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
    from demo_site import server

    server.run(args.host, args.port)
    return 0


def add_demo_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``frontdoor demo [--host H] [--port P]``: serve the demo site."""
    demo = commands.add_parser("demo", help="run the demo site")
    demo.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    demo.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    demo.set_defaults(run=_demo)
