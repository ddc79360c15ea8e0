"""Every module of our packages imports on its own, their imports form no cycle, and they run one
way: ``demo_site`` uses everything; ``feedback_widget`` uses ``components`` and ``i18n``;
``components`` uses ``i18n``; ``i18n`` and ``a11y_tests`` use none of ours (the checker's own tests
may check our demo)."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PACKAGES = ("components", "i18n", "feedback_widget", "a11y_tests", "demo_site")
# Run by Alembic with its context set up, never imported on their own.
SCRIPTS = ("feedback_widget.store.migrations",)
# Which of our packages each package's modules may import.
MAY_IMPORT = {
    "i18n": {"i18n"},
    "components": {"components", "i18n"},
    "feedback_widget": {"feedback_widget", "components", "i18n"},
    "a11y_tests": {"a11y_tests"},
    "a11y_tests.tests": set(PACKAGES) | {"tests"},
    "demo_site": set(PACKAGES),
}


def module_files() -> dict[str, tuple[Path, bool]]:
    """Every module of our packages: its file and whether it is a package (nothing is imported)."""
    found = {package: (ROOT / package / "__init__.py", True) for package in PACKAGES}
    for package in PACKAGES:
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
            folder = Path(info.module_finder.path)  # type: ignore[union-attr]
            leaf = info.name.rpartition(".")[2]
            path = folder / leaf / "__init__.py" if info.ispkg else folder / f"{leaf}.py"
            if not info.name.startswith(SCRIPTS):
                found[info.name] = (path, info.ispkg)
    return found


def module_names() -> list[str]:
    """Every module of our packages, sorted."""
    return sorted(module_files())


# Run in a fresh interpreter: each module is imported with none of ours in sys.modules, so an
# import that works only because another module happened to be imported first shows up here.
IMPORT_EACH = """
import importlib, json, sys, traceback
OURS = set(json.loads(sys.argv[2]))
failures = {}
for name in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m.split(".")[0] in OURS]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except BaseException:
        failures[name] = traceback.format_exc(limit=-3)
print(json.dumps(failures))
"""


@pytest.mark.slow
def test_each_module_imports_on_its_own() -> None:
    names = module_names()
    assert "components.environment" in names and "components.registry" in names
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EACH, json.dumps(names), json.dumps([*PACKAGES, "tests"])],
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
    """Each of our modules and the modules of ours it imports."""
    files = module_files()
    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in files.items():
        # A module's own packages are initialised before it: importing them makes no cycle.
        ancestors = {name.rsplit(".", depth)[0] for depth in range(name.count(".") + 1)}
        graph[name] = {
            target for target in _imported_modules(path, name, is_package) if target in files
        } - ancestors
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


def test_imports_run_one_way() -> None:
    wrong = []
    for module, (path, is_package) in module_files().items():
        layer = "a11y_tests.tests" if module.startswith("a11y_tests.tests") else module.split(".")[0]
        ours = {name.split(".")[0] for name in _imported_modules(path, module, is_package)} & {
            *PACKAGES,
            "tests",
        }
        wrong += [f"{module} imports {package}" for package in sorted(ours - MAY_IMPORT[layer])]
    assert not wrong, "\n".join(wrong)


def test_imports_form_no_cycle() -> None:
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
