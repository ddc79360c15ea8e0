"""The Nu HTML Checker wrapper: many documents in one Java run, errors mapped to violations."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from a11y_tests import html_validation
from a11y_tests.html_validation import ValidatorMissing, validate_html

VALID = (
    '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Fine</title></head>\n'
    "<body><main><h1>Fine</h1><p>All well.</p></main></body>\n</html>\n"
)
INVALID = (
    '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Broken</title></head>\n'
    '<body><main>\n<p id="twice">One</p>\n<p id="twice">Two</p>\n<img src="x.png">\n</main></body>\n</html>\n'
)


@pytest.mark.browser  # the HTML checker runs in Java
def test_valid_and_invalid_documents_in_one_java_run(monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[list[str]] = []
    real_run = subprocess.run

    def counting_run(command: list[str], **kwargs: Any) -> Any:
        runs.append(command)
        return real_run(command, **kwargs)

    monkeypatch.setattr(html_validation.subprocess, "run", counting_run)
    results = validate_html(
        {"http://site/good": VALID, "http://site/bad": INVALID, "http://site/bytes": VALID.encode()}
    )

    assert len(runs) == 1, "every document must go through one Java run"
    assert results["http://site/good"] == []
    assert results["http://site/bytes"] == []
    [violation] = results["http://site/bad"]
    assert violation.rule == "html-valid"
    assert "best-practice" in violation.tags
    assert violation.wcag_criteria == (), "WCAG 2.2 removed 4.1.1 Parsing: not a WCAG failure"
    summaries = [node.summary for node in violation.nodes]
    assert any("Duplicate ID" in text and text.startswith("line 6, column") for text in summaries), summaries
    assert any("alt" in text and text.startswith("line 7, column") for text in summaries), summaries
    assert all(node.target.startswith("line ") for node in violation.nodes)


def test_no_documents_starts_no_java() -> None:
    assert validate_html({}) == {}


def test_missing_jar_names_the_fix(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setenv("FRONTDOOR_VNU_JAR", str(tmp_path / "absent.jar"))
    with pytest.raises(ValidatorMissing, match=r"scripts/fetch_vendor\.py"):
        validate_html({"page": VALID})


def test_missing_java_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FRONTDOOR_JAVA", raising=False)
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(ValidatorMissing, match="apt-get install -y default-jre-headless"):
        validate_html({"page": VALID})
