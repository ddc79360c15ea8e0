"""The runner's site-level check: a title of its own per page, within each language."""

from __future__ import annotations

import pytest

from a11y_tests.runner import TITLE_RULE, PageResult, titles_unique


def page(url: str, title: str, lang: str) -> PageResult:
    return PageResult(url, title, (), 0.0, (), lang)


def test_pages_in_one_language_must_not_share_a_title() -> None:
    checked = titles_unique([page("/a", "Apply - Benefits", "en"), page("/b", " apply -  BENEFITS", "en")])
    assert all(TITLE_RULE in result.rules for result in checked)
    assert "/b" in checked[0].violations[0].nodes[0].summary


def test_the_same_page_in_two_languages_may_share_a_title() -> None:
    checked = titles_unique([page("/en/", "Front Door", "en"), page("/tl/", "Front Door", "tl")])
    assert not any(result.violations for result in checked)


@pytest.mark.slow  # a Python process of its own
def test_results_and_reports_need_no_selenium() -> None:
    """A report can be read and written where only the base package is installed."""
    import subprocess
    import sys

    blocker = (
        "import builtins\n"
        "real = builtins.__import__\n"
        "def block(name, *args, **kwargs):\n"
        "    if name.startswith('selenium'):\n"
        "        raise ImportError(name)\n"
        "    return real(name, *args, **kwargs)\n"
        "builtins.__import__ = block\n"
        "import a11y_tests.results, a11y_tests.report, a11y_tests.html_validation\n"
    )
    finished = subprocess.run([sys.executable, "-c", blocker], capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr


@pytest.mark.slow  # a Python process of its own
def test_no_module_needs_axe_selenium_python() -> None:
    """axe-core runs through our own two WebDriver calls: every module imports without that package."""
    import subprocess
    import sys

    code = (
        "import sys, pkgutil, importlib, a11y_tests\n"
        "sys.modules['axe_selenium_python'] = None\n"
        "for found in pkgutil.walk_packages(a11y_tests.__path__, 'a11y_tests.'):\n"
        "    if '.test' not in found.name and not found.name.endswith('conftest'):\n"
        "        importlib.import_module(found.name)\n"
        "print(len(sys.modules))\n"
    )
    finished = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
