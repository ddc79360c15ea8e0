"""The page scripts of the checks and of axe are plain JavaScript files: each function called is
declared in the files its script loads, and no JavaScript is left in Python strings."""

from __future__ import annotations

import ast
import re
from importlib.resources import files
from pathlib import Path

from a11y_tests.page_scripts import HELPERS, page_script

CHECKS = Path(__file__).parents[1] / "checks"
SCRIPTS = files("a11y_tests").joinpath("js")
PYTHON = [*CHECKS.glob("*.py"), CHECKS.parent / "axe.py"]
DECLARED = re.compile(r"^function (\w+)\(", re.MULTILINE)


def declared(name: str) -> list[str]:
    return DECLARED.findall(SCRIPTS.joinpath(f"{name}.js").read_text(encoding="utf-8"))


def calls() -> list[tuple[str, str, tuple[str, ...]]]:
    """Each ``page_script(function, *sources)`` call in the checks and axe.py (and the focus walker's own
    ``_call``/``_call_async``, which load ``focus``): module, function, sources."""
    found = []
    for module in sorted(PYTHON):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            literals = [str(arg.value) for arg in node.args if isinstance(arg, ast.Constant)]
            if name == "page_script" and len(literals) == len(node.args):
                found.append((module.name, literals[0], tuple(literals[1:])))
            elif name in ("_call", "_call_async") and literals:
                found.append((module.name, literals[0], ("focus",)))
    return found


def test_each_called_function_is_declared_in_the_files_it_loads() -> None:
    found = calls()
    assert len(found) >= 15
    for module, function, sources in found:
        available = [name for source in (HELPERS, *sources) for name in declared(source)]
        assert function in available, f"{module}: {function} is not in {sources}"
        assert page_script(function, *sources).endswith(f"return {function}.apply(null, arguments);")


def test_function_names_are_unique_across_files() -> None:
    names = [
        name for path in SCRIPTS.iterdir() if path.name.endswith(".js") for name in declared(path.name[:-3])
    ]
    assert len(names) == len(set(names)) > 20
    assert all(name.startswith("fd") for name in names)


def test_no_javascript_left_in_python_strings() -> None:
    for module in PYTHON:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if "\n" in node.value and id(node) not in docstrings:
                assert not re.search(r"=>|document\.|function\s*\(|\bconst ", node.value), (
                    module.name,
                    node.lineno,
                )
