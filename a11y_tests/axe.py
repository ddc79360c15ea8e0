"""Run axe-core in the browser and return typed results.

We inject the current axe-core (fetched from npm at set-up into ``a11y_tests/vendor/``) rather than
the 2018 copy that axe-selenium-python 2.x bundles.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from a11y_tests.results import FailingNode, Violation

AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe.min.js"
WCAG_AA_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice")

__all__ = ["AXE_SCRIPT", "WCAG_AA_TAGS", "FailingNode", "Violation", "axe_script_version", "check_page"]


def axe_script_version() -> str:
    """The version of the axe-core we inject."""
    stamp = AXE_SCRIPT.parent / ".axe-core.version"
    return stamp.read_text().strip() if stamp.exists() else "unknown"


def _violation(raw: dict[str, Any]) -> Violation:
    nodes = tuple(
        FailingNode(
            target=" ".join(str(part) for part in node.get("target", [])),
            html=node.get("html", ""),
            summary=node.get("failureSummary", "").replace("\n", " "),
        )
        for node in raw.get("nodes", [])
    )
    return Violation(
        rule=raw["id"],
        impact=raw.get("impact") or "",
        description=raw.get("help") or raw.get("description", ""),
        help_url=raw.get("helpUrl", ""),
        tags=tuple(raw.get("tags", [])),
        nodes=nodes,
    )


def check_page(driver: Any, url: str | None = None, tags: tuple[str, ...] = WCAG_AA_TAGS) -> list[Violation]:
    """Open ``url`` (or use the page already open) and return axe's violations for the given tags."""
    from axe_selenium_python import Axe  # here, so that results and reports need no Selenium

    if not AXE_SCRIPT.exists():
        raise FileNotFoundError(f"{AXE_SCRIPT} is missing: run `python scripts/fetch_vendor.py`")
    if url is not None:
        driver.get(url)
    axe = Axe(driver, script_url=str(AXE_SCRIPT))
    axe.inject()
    options = json.dumps({"runOnly": {"type": "tag", "values": list(tags)}, "resultTypes": ["violations"]})
    results = axe.run(options=options)
    return [_violation(raw) for raw in results["violations"]]
