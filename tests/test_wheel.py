"""The wheel, built from a clean copy of the source, installed with only the core's dependencies
(Jinja2, pydantic, Babel and what uv.lock pins for them) in a fresh virtual environment: a page
renders from it with every template, stylesheet, script and translation, and the ``frontdoor``
command works, naming the extra that a missing part needs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from tests.html import attr, one, parse, select, text

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
UV = Path(sys.prefix) / "bin" / "uv"
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "node_modules",
    ".vendor-cache", "data", "reports",
)  # fmt: skip

RENDER = """
import json, sys
from importlib.resources import files
import components
from components.page import Page
from components.assets import css_bundle, script_bundle, HTMX
import i18n

env = components.make_environment(autoescape=True)
template = env.from_string(
    '{% extends "frontdoor/page/page.html" %}{% block content %}'
    '{{ fd.text_input(id="email", label={"text": "Email address"}, autocomplete="email") }}'
    '{{ fd.button(text="Continue") }}{% endblock %}'
)
token = i18n.activate("es")
html = template.render(page=Page(title="Contact", service_name="Get help"))
i18n.deactivate(token)
print(json.dumps({
    "html": html,
    "installed_at": components.__file__,
    "css_has_button": ".fd-button" in css_bundle(),
    "htmx_bytes": HTMX.stat().st_size,
    "script": "data-fd-timeout-warning" in script_bundle() and "FrontDoor" in script_bundle(),
    "heavy_modules": [m for m in ("starlette", "sqlalchemy", "uvicorn", "selenium") if m in sys.modules],
}))
"""


def _run(*args: object, cwd: Path = ROOT, expect: int = 0) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(arg) for arg in args], cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == expect, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a clean copy of the source."""
    work = tmp_path_factory.mktemp("build")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    # --no-isolation: the build backend is the locked setuptools, not whatever PyPI has today.
    _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", work / "dist", source)
    return next((work / "dist").glob("frontdoor-*.whl"))


@pytest.fixture(scope="module")
def core_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment holding the wheel and the core's locked dependencies only."""
    work = tmp_path_factory.mktemp("core")
    core = work / "core.txt"
    _run(UV, "export", "--frozen", "--no-dev", "--no-emit-project", "--quiet", "--output-file", core)
    _run(UV, "venv", "--quiet", "--python", sys.executable, work / "venv")
    python = work / "venv" / "bin" / "python"
    _run(UV, "pip", "install", "--quiet", "--python", python, "--require-hashes", "-r", core)
    _run(UV, "pip", "install", "--quiet", "--python", python, "--no-deps", wheel)
    return python


def test_the_wheel_ships_product_code_only(wheel: Path) -> None:
    names = [PurePosixPath(name) for name in zipfile.ZipFile(wheel).namelist()]
    not_product = [
        str(name)
        for name in names
        if "tests" in name.parts
        or name.name == "conftest.py"
        or name.name.startswith("test_")
        or "broken_site" in name.parts
        or name.parts[0] in ("bench", "scripts")
    ]
    assert not not_product, not_product
    shipped = {str(name) for name in names}
    for needed in (
        "components/static/vendor/htmx.min.js",
        "a11y_tests/vendor/axe.min.js",
        "a11y_tests/vendor/vnu.jar",
        "a11y_tests/templates/report.html",
        "i18n/locales/messages.pot",
        "i18n/locales/ar/LC_MESSAGES/messages.mo",
    ):
        assert needed in shipped, needed
    assert any(name.parent == PurePosixPath("a11y_tests/js") and name.suffix == ".js" for name in names)


def test_a_page_renders_from_the_core_alone(core_python: Path, tmp_path: Path) -> None:
    result = json.loads(_run(core_python, "-c", RENDER, cwd=tmp_path).stdout)
    assert "site-packages" in result["installed_at"]
    assert result["heavy_modules"] == []
    assert result["css_has_button"] and result["script"] and result["htmx_bytes"] > 10_000
    page = parse(result["html"])
    assert attr(one(page, "html"), "lang") == "es"
    assert text(one(page, "main label[for=email]")) == "Email address"
    assert text(one(page, "a.fd-skip-link")) == "Ir al contenido principal"  # from the Spanish .mo
    assert text(one(page, "main button.fd-button")) == "Continue"
    assert select(page, "link[rel=stylesheet]")


def test_the_core_has_no_heavy_dependencies(core_python: Path) -> None:
    for module in ("starlette", "sqlalchemy", "psycopg", "uvicorn", "selenium", "bs4"):
        _run(core_python, "-c", f"import {module}", expect=1)


def test_the_command_works_and_names_missing_extras(core_python: Path, tmp_path: Path) -> None:
    frontdoor = core_python.with_name("frontdoor")
    commands = _run(frontdoor, "--help").stdout
    for name in ("a11y", "assets", "demo", "feedback", "i18n"):
        assert f"    {name} " in commands
    written = _run(frontdoor, "assets", tmp_path / "static").stdout.split()
    assert {Path(path).name for path in written} >= {"frontdoor.css", "frontdoor.js", "htmx.min.js"}
    for command, extra in ((("feedback", "migrate"), "feedback"), (("demo",), "demo")):
        refused = _run(frontdoor, *command, expect=1).stderr
        assert f"pip install 'frontdoor[{extra}]'" in refused
    assert "source checkout" in _run(frontdoor, "i18n", "update", expect=1).stderr
    assert _run(frontdoor, "i18n", "check").stdout.strip().endswith("all complete and up to date")
