"""Validate HTML documents with the Nu HTML Checker (``vnu.jar``), many documents in one Java run.

The checker is the engine of the W3C validator, vendored from the npm package ``vnu-jar`` by
``scripts/fetch_vendor.py``. :func:`validate_html` writes every document to a temporary file and
validates them all in a single ``java -jar vnu.jar`` call, since starting the JVM is the slow part.

Each document's errors become one ``html-valid`` violation, tagged ``best-practice`` (and
``wcag2a-obsolete``, as axe-core tags its former 4.1.1 rules), never ``wcag411``: WCAG 2.2 removed
4.1.1 Parsing, so invalid HTML is not a WCAG failure in itself. The barriers it can hide, such as a
duplicate ``id`` that breaks a label, are caught by axe-core's WCAG rules.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from a11y_tests import wcag
from a11y_tests.results import FailingNode, Violation

VNU_JAR = Path(__file__).parent / "vendor" / "vnu.jar"
RULE = "html-valid"
DESCRIPTION = "The HTML should be valid (Nu HTML Checker)"
IMPACT = "minor"
FILES_PER_RUN = 2000


class ValidatorMissing(RuntimeError):
    """Java or the Nu HTML Checker's jar is not installed; the message says how to install it."""


class ValidatorFailed(RuntimeError):
    """The Nu HTML Checker ran but did not give a usable answer."""


def vnu_jar_path() -> Path:
    """Where the checker's jar is: ``FRONTDOOR_VNU_JAR`` if set, else the vendored copy."""
    configured = os.environ.get("FRONTDOOR_VNU_JAR")
    return Path(configured) if configured else VNU_JAR


def _java() -> str:
    java = os.environ.get("FRONTDOOR_JAVA") or shutil.which("java")
    if not java:
        raise ValidatorMissing(
            "HTML validation needs Java 17 or newer, and `java` was not found. Install it "
            "(as root: apt-get install -y default-jre-headless), or run without HTML validation "
            "(--no-validate)."
        )
    return java


def _jar() -> Path:
    jar = vnu_jar_path()
    if not jar.is_file():
        raise ValidatorMissing(
            f"the Nu HTML Checker ({jar}) is missing. Fetch it with `python scripts/fetch_vendor.py`, "
            "set FRONTDOOR_VNU_JAR to a vnu.jar, or run without HTML validation (--no-validate)."
        )
    return jar


def ensure_validator() -> None:
    """Raise ``ValidatorMissing`` (saying how to install it) unless Java and the jar are both there."""
    _java()
    _jar()


def vnu_version() -> str:
    """The vendored checker's version, from the stamp the fetch script writes (no JVM start)."""
    stamp = VNU_JAR.parent / ".vnu-jar.version"
    if os.environ.get("FRONTDOOR_VNU_JAR") or not stamp.exists():
        return "unknown"
    return stamp.read_text().strip()


def _node(message: dict[str, Any]) -> FailingNode:
    line = message.get("lastLine", message.get("firstLine"))
    column = message.get("firstColumn", message.get("lastColumn"))
    where = f"line {line}, column {column}" if line is not None else "whole document"
    return FailingNode(
        target=where, html=message.get("extract", ""), summary=f"{where}: {message.get('message', '')}"
    )


def _violation(messages: list[dict[str, Any]]) -> Violation:
    return Violation(
        rule=RULE,
        impact=IMPACT,
        description=DESCRIPTION,
        help_url=wcag.rule(RULE).help,
        tags=wcag.rule(RULE).tags,
        nodes=tuple(_node(message) for message in messages),
        source="vnu",
    )


def _run(java: str, jar: Path, files: list[Path], timeout: float) -> list[dict[str, Any]]:
    command = [java, "-jar", str(jar), "--errors-only", "--format", "json", "--stdout", "--exit-zero-always"]
    try:
        done = subprocess.run(
            [*command, *map(str, files)], capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise ValidatorFailed(f"the Nu HTML Checker took more than {timeout:.0f} s") from error
    try:
        return list(json.loads(done.stdout)["messages"])
    except (ValueError, KeyError) as error:
        detail = (done.stderr or done.stdout).strip()[-2000:]
        raise ValidatorFailed(f"the Nu HTML Checker failed (exit {done.returncode}): {detail}") from error


def validate_html(
    documents: Mapping[str, str | bytes], *, timeout: float = 600
) -> dict[str, list[Violation]]:
    """Validate each HTML document and return its errors, keyed as given (usually by URL).

    ``documents`` maps a key to the document's text, or to its raw bytes as served (then the checker
    reads the encoding the document declares). Every key is in the answer; a valid document maps to
    an empty list, an invalid one to one ``html-valid`` violation whose nodes are the errors, each with
    its line and column. All documents go through one Java run. Raises ``ValidatorMissing`` when Java
    or the jar is absent and ``ValidatorFailed`` when the checker cannot check a document.
    """
    results: dict[str, list[Violation]] = {key: [] for key in documents}
    if not documents:
        return results
    java, jar = _java(), _jar()
    keys = list(documents)
    with tempfile.TemporaryDirectory(prefix="frontdoor-vnu-") as folder:
        files: list[Path] = []
        for index, key in enumerate(keys):
            path = Path(folder) / f"page-{index:06d}.html"
            content = documents[key]
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
            files.append(path)
        messages: list[dict[str, Any]] = []
        for start in range(0, len(files), FILES_PER_RUN):
            messages += _run(java, jar, files[start : start + FILES_PER_RUN], timeout)
    by_key: dict[str, list[dict[str, Any]]] = {}
    for message in messages:
        name = PurePosixPath(unquote(urlsplit(message.get("url", "")).path)).name
        if not name.startswith("page-") or not name.endswith(".html"):
            raise ValidatorFailed(f"the Nu HTML Checker said: {message.get('message', message)}")
        key = keys[int(name[len("page-") : -len(".html")])]
        if message.get("type") == "non-document-error":
            raise ValidatorFailed(f"the Nu HTML Checker could not read {key}: {message.get('message')}")
        if message.get("type") == "error":
            by_key.setdefault(key, []).append(message)
    for key, found in by_key.items():
        results[key] = [_violation(found)]
    return results
