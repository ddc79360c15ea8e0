"""Every module of the core packages imports on its own, and their imports form no cycle."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PACKAGES = ("components", "i18n")


def module_files() -> dict[str, tuple[Path, bool]]:
    """Every module of the core packages: its file and whether it is a package (nothing is imported)."""
    found = {package: (ROOT / package / "__init__.py", True) for package in PACKAGES}
    for package in PACKAGES:
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
            folder = Path(info.module_finder.path)  # type: ignore[union-attr]
            leaf = info.name.rpartition(".")[2]
            path = folder / leaf / "__init__.py" if info.ispkg else folder / f"{leaf}.py"
            found[info.name] = (path, info.ispkg)
    return found


def module_names() -> list[str]:
    """Every module of the core packages, sorted."""
    return sorted(module_files())


# Run in a fresh interpreter: each module is imported with none of ours in sys.modules, so an
# import that works only because another module happened to be imported first shows up here.
IMPORT_EACH = """
import importlib, json, sys, traceback
failures = {}
for name in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m.split(".")[0] in ("components", "i18n")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except BaseException:
        failures[name] = traceback.format_exc(limit=-3)
print(json.dumps(failures))
"""


def test_each_module_imports_on_its_own() -> None:
    names = module_names()
    assert "components.environment" in names and "components.registry" in names
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EACH, json.dumps(names)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    failures = json.loads(result.stdout)
    assert not failures, "\n".join(f"{name}:\n{trace}" for name, trace in failures.items())


def _imported_modules(path: Path, module: str, is_package: bool) -> set[str]:
    """The modules of ours that ``path`` imports, anywhere in it (functions included), except
    under ``if TYPE_CHECKING:``. ``from a.b import c`` counts ``a.b``, and ``a.b.c`` if that is a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def import_graph() -> dict[str, set[str]]:
    """Each core module and the core modules it imports."""
    files = module_files()
    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in files.items():
        graph[name] = {target for target in _imported_modules(path, name, is_package) if target in files}
        graph[name].discard(name)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle in ``graph`` as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_core_imports_form_no_cycle() -> None:
    """Imports inside functions count too: one placed there to dodge a cycle still makes one."""
    graph = import_graph()
    assert "components.codegen" in graph["components.environment"]
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_engine_knows_neither_fd_nor_the_registry() -> None:
    graph = import_graph()
    engine = {"components.environment", "components.codegen", "components.markup", "components.paths"}
    for module in engine:
        assert not graph[module] & {"components.namespace", "components.registry", "components.base"}, module


@pytest.mark.parametrize(
    ("graph", "cycle"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
        ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
    ],
)
def test_find_cycle(graph: dict[str, set[str]], cycle: list[str] | None) -> None:
    assert find_cycle(graph) == cycle
