"""Run the reference checker, ``@axe-core/cli`` (the axe-core project's own command), on many pages.

It is installed from ``a11y_tests/tests/reference/package-lock.json`` (integrity checked) by ``make
setup-test`` with ``npm ci --ignore-scripts``: its ``chromedriver`` dependency would download a browser
in its install script, and Debian's chromedriver and Chromium are used instead. The lock pins
``@axe-core/cli`` and, through an npm override, the axe-core we inject ourselves, so both checkers
run the same rules. The comparison test (``test_reference.py``) and ``bench/a11y.py`` use this module.

    python -m a11y_tests.tests.reference_checker URL...   # print the rules it reports on each page
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from a11y_tests.axe import WCAG_AA_TAGS
from a11y_tests.browser import find_chromium
from components.registry import registry
from i18n.locales import LOCALES

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"
LOCK = REFERENCE_DIR / "package-lock.json"
INSTALLED_LOCK = REFERENCE_DIR / "node_modules" / ".package-lock.json"  # written by npm on install
CLI = REFERENCE_DIR / "node_modules" / "@axe-core" / "cli" / "dist" / "src" / "bin" / "cli.js"
AXE_SOURCE = REFERENCE_DIR / "node_modules" / "axe-core" / "axe.js"
INSTALL_COMMAND = "npm ci --ignore-scripts --no-audit --no-fund"
# The CLI splits its Chromium options on commas, so a window size (``1280,1024``) cannot be given:
# it checks in headless Chromium's default window, as an agency running it would.
CHROME_OPTIONS = (
    "headless=new",
    "no-sandbox",
    "disable-gpu",
    "disable-dev-shm-usage",
    "disable-background-networking",
    "disable-component-update",
    "disable-sync",
    "no-first-run",
)
BATCH = 40
"""URLs per run of the CLI: one Chromium checks them in turn."""
START_SECONDS, PAGE_SECONDS = 60, 20
"""A run's time limit: the start-up, and each page (the CLI's own limit per page is 90 s)."""


class ReferenceUnavailable(RuntimeError):
    """Node, or the reference checker at its locked versions, is not installed."""


class ReferenceFailed(RuntimeError):
    """The reference checker did not check every page it was given."""


@dataclass(frozen=True)
class ReferencePage:
    """The rules the reference checker reports as violated on one page, and where it ran."""

    url: str
    rules: frozenset[str]
    axe_version: str
    window: tuple[int, int]
    """The size of the window it checked in (width, height in CSS pixels)."""


def demo_sample() -> list[str]:
    """Thirty demo pages (paths with their language prefix) across all twelve languages: every
    component page that shows examples in frames, the home page, the gallery, feedback and footer
    pages, and two example previews; Arabic (right to left) has the most. Each answers 200, so
    ``frontdoor a11y check`` takes them all (it refuses an error page)."""
    first_example = {name: info.examples[0].slug for name, info in registry().items()}
    pages = [
        ("en", "/"),
        ("en", "/components"),
        ("en", "/components/page"),
        ("en", "/patterns/feedback"),
        ("en", "/oig"),
        ("en", f"/components/header/{first_example['header']}/preview"),
        ("ar", "/"),
        ("ar", "/components/header"),
        ("ar", "/components/text_input"),
        ("ar", "/components/radios"),
        ("ar", "/accessibility"),
        ("ar", "/performance"),
        ("ar", "/feedback/demo-benefits"),
        ("ar", f"/components/text_input/{first_example['text_input']}/preview"),
        ("es", "/components/checkboxes"),
        ("es", "/feedback/demo-service-center"),
        ("zh-Hans", "/components/label"),
        ("zh-Hans", "/about"),
        ("zh-Hant", "/components/banner"),
        ("zh-Hant", "/privacy"),
        ("tl", "/components/fieldset"),
        ("tl", "/foia"),
        ("vi", "/components/textarea"),
        ("vi", "/feedback/demo-benefits/thanks"),
        ("fr", "/components/footer"),
        ("fr", "/components/character_count"),
        ("ko", "/components/date_input"),
        ("ru", "/components/file_upload"),
        ("ht", "/components/panel"),
        ("pt", "/components/memorable_date"),
    ]
    return [LOCALES[language].url_prefix + path for language, path in pages]


# --- installation --------------------------------------------------------------------------------------


def _packages(lock: Path) -> dict[str, tuple[str, str]]:
    packages = json.loads(lock.read_text(encoding="utf-8")).get("packages", {})
    return {
        path: (str(entry.get("version", "")), str(entry.get("integrity", "")))
        for path, entry in packages.items()
        if path  # "" is the project itself
    }


def locked_version(package: str) -> str:
    """The version of ``package`` that ``package-lock.json`` pins."""
    return _packages(LOCK)[f"node_modules/{package}"][0]


def locked_integrity(package: str) -> str:
    """The integrity hash of ``package`` that ``package-lock.json`` pins."""
    return _packages(LOCK)[f"node_modules/{package}"][1]


def problems() -> list[str]:
    """Why the reference checker cannot run now (empty when it can): Node missing, or the packages in
    ``node_modules`` missing or not the ones ``package-lock.json`` pins."""
    found = []
    if shutil.which("node") is None:
        found.append("node is not installed (scripts/system_deps.sh installs npm, which brings it)")
    if not INSTALLED_LOCK.exists() or not CLI.exists() or not AXE_SOURCE.exists():
        found.append(f"@axe-core/cli is not installed in {REFERENCE_DIR}")
    elif _packages(INSTALLED_LOCK) != _packages(LOCK):
        found.append(
            f"the packages in {REFERENCE_DIR / 'node_modules'} are not the ones package-lock.json pins"
        )
    return found


def ensure_installed() -> None:
    """Raise ``ReferenceUnavailable`` saying how to install, unless the reference can run."""
    found = problems()
    if found:
        raise ReferenceUnavailable(
            "The reference checker cannot run: "
            + "; ".join(found)
            + f". Run `make setup-test`, or `cd {REFERENCE_DIR} && {INSTALL_COMMAND}`."
        )


# --- running it ----------------------------------------------------------------------------------------


def _batches(urls: Sequence[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(urls), size):
        yield list(urls[start : start + size])


def command(urls: Sequence[str], output: Path, tags: Sequence[str] = WCAG_AA_TAGS) -> list[str]:
    """The command that checks ``urls`` in one Chromium and saves the results as JSON in ``output``."""
    chromium, chromedriver = find_chromium()
    return [
        "node",
        str(CLI),
        *urls,
        "--axe-source",
        str(AXE_SOURCE),
        "--chrome-path",
        chromium,
        "--chromedriver-path",
        chromedriver,
        f"--chrome-options={','.join(CHROME_OPTIONS)}",
        "--tags",
        ",".join(tags),
        "--save",
        output.name,
        "--dir",
        str(output.parent),
        "--no-reporter",
    ]


def parse_results(urls: Sequence[str], results: Any) -> list[ReferencePage]:
    """Each page's violated rules from the CLI's saved JSON (one entry per URL, in order)."""
    if not isinstance(results, list) or len(results) != len(urls):
        count = len(results) if isinstance(results, list) else "no list of"
        raise ReferenceFailed(f"the reference checker gave {count} result(s) for {len(urls)} page(s)")
    pages = []
    for url, result in zip(urls, results, strict=True):
        environment = result.get("testEnvironment", {})
        pages.append(
            ReferencePage(
                url=url,
                rules=frozenset(str(violation["id"]) for violation in result["violations"]),
                axe_version=str(result.get("testEngine", {}).get("version", "")),
                window=(int(environment.get("windowWidth", 0)), int(environment.get("windowHeight", 0))),
            )
        )
    return pages


def run_reference(
    urls: Sequence[str], *, tags: Sequence[str] = WCAG_AA_TAGS, batch: int = BATCH
) -> dict[str, ReferencePage]:
    """Check ``urls`` with the reference checker, ``batch`` URLs per run (one Chromium a run, one run
    at a time); each URL's result. Raises ``ReferenceUnavailable`` or ``ReferenceFailed``."""
    ensure_installed()
    found: dict[str, ReferencePage] = {}
    with tempfile.TemporaryDirectory(prefix="frontdoor-reference-") as folder:
        for number, urls_of_run in enumerate(_batches(list(dict.fromkeys(urls)), batch)):
            output = Path(folder) / f"run-{number}.json"
            try:
                done = subprocess.run(
                    command(urls_of_run, output, tags),
                    cwd=REFERENCE_DIR,
                    capture_output=True,
                    text=True,
                    timeout=START_SECONDS + PAGE_SECONDS * len(urls_of_run),
                    check=False,
                )
            except subprocess.TimeoutExpired as error:
                raise ReferenceFailed(f"the reference checker took over {error.timeout:.0f} s") from None
            if done.returncode != 0 or not output.exists():
                raise ReferenceFailed(
                    f"the reference checker exited with {done.returncode}:\n{done.stdout}\n{done.stderr}"
                )
            results = json.loads(output.read_text(encoding="utf-8"))
            found.update((page.url, page) for page in parse_results(urls_of_run, results))
    return found


def missed(ours: Mapping[str, set[str]], reference: Mapping[str, ReferencePage]) -> dict[str, list[str]]:
    """The rules the reference reports on each page and ours does not (pages with none left out)."""
    gaps = {url: sorted(page.rules - ours.get(url, set())) for url, page in reference.items()}
    return {url: rules for url, rules in gaps.items() if rules}


def main(argv: Sequence[str]) -> int:
    """Print the rules the reference checker reports on each URL in ``argv``."""
    if not argv:
        print(__doc__)
        return 2
    for url, page in run_reference(argv).items():
        print(f"{url}: {', '.join(sorted(page.rules)) or 'no violations'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
