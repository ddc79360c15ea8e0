"""Run axe-core in the browser and return typed results.

We inject the axe-core fetched from npm at set-up (``a11y_tests/vendor/axe.min.js``) into the page,
then run it with ``js/run_axe.js``: two WebDriver calls, options passed as JSON.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from a11y_tests.page_scripts import page_script
from a11y_tests.results import FailingNode, Violation

AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe.min.js"
WCAG_AA_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice")

__all__ = ["AXE_SCRIPT", "WCAG_AA_TAGS", "FailingNode", "Violation", "axe_script_version", "check_page"]


class AxeFailed(RuntimeError):
    """axe-core did not run in the page (it threw, or the page removed it)."""


def axe_script_version() -> str:
    """The version of the axe-core we inject."""
    stamp = AXE_SCRIPT.parent / ".axe-core.version"
    return stamp.read_text().strip() if stamp.exists() else "unknown"


@cache
def _axe_source() -> str:
    if not AXE_SCRIPT.exists():
        raise FileNotFoundError(f"{AXE_SCRIPT} is missing: run `python scripts/fetch_vendor.py`")
    return AXE_SCRIPT.read_text(encoding="utf-8")


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
    """Open ``url`` (or use the page already open) and return axe's violations for the given tags.

    Raises ``AxeFailed`` when axe-core cannot run in the page.
    """
    script = _axe_source()
    if url is not None:
        driver.get(url)
    driver.execute_script(script)
    options = {
        "runOnly": {"type": "tag", "values": list(tags)},
        # axe marks its only check of 1.3.4 Orientation experimental, so it runs only when named.
        "rules": {"css-orientation-lock": {"enabled": True}},
        "resultTypes": ["violations"],
    }
    results = driver.execute_async_script(page_script("fdAxeRun", "run_axe"), options)
    if not isinstance(results, dict) or "violations" not in results:
        error = results.get("error") if isinstance(results, dict) else results
        raise AxeFailed(f"axe-core did not run: {error}")
    return [_violation(raw) for raw in results["violations"]]
