"""The switch back to Jinja's own code generation: every example renders the same bytes with it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from components.environment import STOCK_JINJA_VARIABLE, stock_jinja_requested

ROOT = Path(__file__).parents[2]


def run(*args: str, stock: str | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    """``python -m tests.components.render_all ARGS`` in a fresh process, the variable set to ``stock``."""
    env = {key: value for key, value in os.environ.items() if key != STOCK_JINJA_VARIABLE}
    if stock is not None:
        env[STOCK_JINJA_VARIABLE] = stock
    return subprocess.run(
        [sys.executable, "-m", "tests.components.render_all", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=check,
    )


@cache
def rendered(*args: str, stock: str | None = None) -> dict[str, Any]:
    return dict(json.loads(run(*args, stock=stock).stdout))


def test_fast_generator_is_the_default() -> None:
    assert rendered()["generator"] == "components.codegen.ComponentCodeGenerator"


@pytest.mark.parametrize("value", ["1", "true", "YES", " on "])
def test_variable_values_that_ask_for_stock_jinja(value: str) -> None:
    assert stock_jinja_requested({STOCK_JINJA_VARIABLE: value}) is True


@pytest.mark.parametrize("value", ["", "0", "false", "No", "off"])
def test_variable_values_that_keep_the_fast_generator(value: str) -> None:
    assert stock_jinja_requested({STOCK_JINJA_VARIABLE: value}) is False
    assert stock_jinja_requested({}) is False


def test_any_other_value_is_refused_naming_the_variable() -> None:
    with pytest.raises(ValueError, match="FRONTDOOR_STOCK_JINJA='maybe': give 1"):
        stock_jinja_requested({STOCK_JINJA_VARIABLE: "maybe"})
    result = run(stock="maybe", check=False)
    assert result.returncode != 0
    assert "FRONTDOOR_STOCK_JINJA='maybe'" in result.stderr


def test_with_the_variable_every_example_renders_the_same_without_the_fast_path() -> None:
    fast, stock = rendered(), rendered("--forbid-fast", stock="1")
    assert stock["generator"] == "jinja2.compiler.CodeGenerator"
    assert len(fast["rendered"]) > 150
    differing = [key for key in fast["rendered"] if fast["rendered"][key] != stock["rendered"].get(key)]
    assert fast["rendered"].keys() == stock["rendered"].keys()
    assert not differing, f"stock Jinja renders these differently: {differing}"


def test_install_can_ask_for_stock_jinja() -> None:
    stock = rendered("--forbid-fast", "--install-stock")
    assert stock["generator"] == "jinja2.compiler.CodeGenerator"
    assert stock["rendered"] == rendered()["rendered"]


def test_the_choice_cannot_change_once_components_render() -> None:
    script = (
        "import components\n"
        "from components.button import Button\n"
        "from jinja2 import Environment\n"
        "Button(text='Go').render()\n"
        "components.install(Environment(), stock_jinja=False)\n"  # the same choice: fine
        "try:\n"
        "    components.install(Environment(), stock_jinja=True)\n"
        "except RuntimeError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    assert "choose stock_jinja before the first component renders" in result.stdout
