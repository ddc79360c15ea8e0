"""The wheel carries every template, stylesheet, script and third-party file: a component renders
from it in a fresh virtual environment, outside the source tree."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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


def test_component_renders_from_installed_wheel(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path / "dist"), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next((tmp_path / "dist").glob("frontdoor-*.whl"))
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    result = subprocess.run([python, "-c", CHECK], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
