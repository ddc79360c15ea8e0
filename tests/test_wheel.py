"""The wheel carries every template, stylesheet, script and third-party file: a component renders
from it in a fresh virtual environment, outside the source tree, beside the runtime dependencies
that uv.lock pins."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UV = Path(sys.prefix) / "bin" / "uv"

CHECK = """
from importlib.resources import files
import components
from components.button import Button
from components.assets import css_bundle, HTMX
assert "site-packages" in components.__file__, components.__file__
html = Button(text="Continue").render()
assert 'class="fd-button fd-button--primary"' in html, html
assert ".fd-button" in css_bundle()
assert HTMX.stat().st_size > 10000
assert (files("a11y_tests") / "vendor" / "axe.min.js").is_file()
assert (files("components") / "static" / "frontdoor.js").is_file()
print("ok")
"""


def _run(*args: object, cwd: Path = ROOT) -> None:
    result = subprocess.run([str(arg) for arg in args], cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"


def test_component_renders_from_installed_wheel(tmp_path: Path) -> None:
    # --no-isolation: the build backend is the locked setuptools, not whatever PyPI has today.
    _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp_path / "dist", ROOT)
    wheel = next((tmp_path / "dist").glob("frontdoor-*.whl"))
    runtime = tmp_path / "runtime.txt"
    _run(UV, "export", "--frozen", "--no-dev", "--no-emit-project", "--quiet", "--output-file", runtime)
    python = tmp_path / "venv" / "bin" / "python"
    _run(UV, "venv", "--quiet", "--python", sys.executable, tmp_path / "venv")
    _run(UV, "pip", "install", "--quiet", "--python", python, "--require-hashes", "-r", runtime)
    _run(UV, "pip", "install", "--quiet", "--python", python, "--no-deps", wheel)
    result = subprocess.run([python, "-c", CHECK], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
