"""Finds every component: a folder under ``components/`` whose ``__init__.py`` defines one."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from components.base import Component, Example
from components.paths import COMPONENTS_DIR
from i18n import LazyString

Status = Literal["experimental", "beta", "stable"]
"""How settled a component is: ``experimental`` (new; its params may change), ``beta`` (used in real
services; changes are announced), ``stable`` (changes only in a major release)."""

STATUSES: tuple[Status, ...] = ("experimental", "beta", "stable")


@dataclass(frozen=True)
class ComponentInfo:
    """Everything known about one component: its model, examples and files."""

    name: str
    model: type[Component]
    examples: tuple[Example, ...]
    folder: Path
    title: str | LazyString
    summary: str | LazyString
    status: Status = "experimental"
    when_to_use: str | LazyString | None = None
    when_not_to_use: str | LazyString | None = None
    accessibility_notes: str | LazyString | None = None

    @property
    def css_path(self) -> Path:
        """The component's own CSS file (folded into the bundle)."""
        return self.folder / f"{self.name}.css"

    @property
    def script_path(self) -> Path:
        """The component's own script, if it has one (folded into the script bundle)."""
        return self.folder / f"{self.name}.js"

    def example(self, slug: str) -> Example:
        """The example whose slug is ``slug``; ``KeyError`` if there is none."""
        for example in self.examples:
            if example.slug == slug:
                return example
        raise KeyError(slug)


def _component_class(module: object, folder_name: str) -> type[Component]:
    classes = [
        value
        for value in vars(module).values()
        if inspect.isclass(value) and issubclass(value, Component) and value.__module__ == module.__name__  # type: ignore[attr-defined]
    ]
    if len(classes) != 1:
        raise TypeError(f"components/{folder_name}/__init__.py must define exactly one Component")
    return classes[0]


def _status(examples: object, name: str) -> Status:
    status = getattr(examples, "STATUS", "experimental")
    if status not in STATUSES:
        raise ValueError(f"components/{name}/examples.py: STATUS must be one of {STATUSES}, not {status!r}")
    return status


@cache
def registry() -> dict[str, ComponentInfo]:
    """Import every component folder once and return them by name, sorted."""
    found: dict[str, ComponentInfo] = {}
    for module_info in sorted(pkgutil.iter_modules([str(COMPONENTS_DIR)]), key=lambda m: m.name):
        folder = COMPONENTS_DIR / module_info.name
        if not module_info.ispkg or not (folder / f"{module_info.name}.html").exists():
            continue
        module = importlib.import_module(f"components.{module_info.name}")
        model = _component_class(module, module_info.name)
        model.component_name = module_info.name
        examples = importlib.import_module(f"components.{module_info.name}.examples")
        found[module_info.name] = ComponentInfo(
            name=module_info.name,
            model=model,
            examples=tuple(examples.EXAMPLES),
            folder=folder,
            title=getattr(examples, "TITLE", module_info.name.replace("_", " ").capitalize()),
            summary=getattr(examples, "SUMMARY", (model.__doc__ or "").strip().split("\n")[0]),
            status=_status(examples, module_info.name),
            when_to_use=getattr(examples, "WHEN_TO_USE", None),
            when_not_to_use=getattr(examples, "WHEN_NOT_TO_USE", None),
            accessibility_notes=getattr(examples, "ACCESSIBILITY_NOTES", None),
        )
    return found


def get(name: str) -> ComponentInfo:
    """The component called ``name``; ``KeyError`` naming the known ones if there is none."""
    try:
        return registry()[name]
    except KeyError:
        raise KeyError(f"no component {name!r}; known: {', '.join(registry())}") from None
