"""``frontdoor demo``: run the demo site on loopback; with no ``FRONTDOOR_OIDC_ISSUER`` set, a local test
OpenID provider beside it (when Node and its packages are there), so that signing in works offline."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from types import FrameType


def _stop(signum: int, frame: FrameType | None) -> None:
    """SIGTERM as a clean exit, so that the test provider beside the site is stopped too: uvicorn
    raises the signal again after its own shutdown, and the default action would end the process
    before the ``with`` block could stop the provider."""
    raise SystemExit(128 + signum)


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
    from demo_site import local_provider, server

    signal.signal(signal.SIGTERM, _stop)
    with contextlib.ExitStack() as stack:
        if not os.environ.get("FRONTDOOR_OIDC_ISSUER"):
            problem = local_provider.missing()
            if problem:
                print(f"Sign-in is off: {problem}.", file=sys.stderr)
            else:
                sites = [f"http://{args.host}:{args.port}"]
                if args.host == "127.0.0.1":
                    sites.append(f"http://localhost:{args.port}")
                os.environ.update(stack.enter_context(local_provider.demo_provider(sites)))
                issuer = os.environ["FRONTDOOR_OIDC_ISSUER"]
                print(f"Sign-in: a local TEST provider at {issuer} stands in for Login.gov.")
        print(f"Front Door demo: http://{args.host}:{args.port}/  (Ctrl+C to stop)")
        server.run(args.host, args.port)
    return 0


def add_demo_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``frontdoor demo [--host H] [--port P]``: serve the demo site."""
    demo = commands.add_parser("demo", help="run the demo site")
    demo.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    demo.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    demo.set_defaults(run=_demo)
