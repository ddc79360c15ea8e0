"""Describe a component's params model as rows for the gallery's params table."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel
from pydantic_core import PydanticUndefined


@dataclass(frozen=True)
class ParamRow:
    """One param: its name, type, whether it is required, its default and its description."""

    name: str
    type: str
    required: bool
    default: str
    description: str


def type_name(annotation: Any) -> str:
    """A short, readable name for a type annotation: ``str | None``, ``"s" | "m"``, ``list[Item]``."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return type_name(args[0])
    if origin is Literal:
        return " | ".join(repr(arg) for arg in args)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(type_name(arg) for arg in args)
    if origin is not None:
        inner = ", ".join(type_name(arg) for arg in args)
        return f"{getattr(origin, '__name__', str(origin))}[{inner}]"
    if annotation is type(None):
        return "None"
    return getattr(annotation, "__name__", str(annotation))


def nested_models(annotation: Any) -> list[type[BaseModel]]:
    """The params models inside an annotation (``Label``, ``list[Item] | None``...)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in nested_models(arg)]


def param_rows(model: type[BaseModel]) -> list[ParamRow]:
    """Rows for every field of ``model``, required ones first."""
    rows = []
    for name, field in model.model_fields.items():
        required = field.is_required()
        if required:
            default = ""
        elif field.default_factory is not None:
            default = repr(field.default_factory())  # type: ignore[call-arg]
        else:
            default = "" if field.default is PydanticUndefined else repr(field.default)
        rows.append(ParamRow(name, type_name(field.annotation), required, default, field.description or ""))
    return sorted(rows, key=lambda row: not row.required)


def param_tables(model: type[BaseModel]) -> list[tuple[str, list[ParamRow]]]:
    """The model's own table, then one for each nested params model, each once."""
    tables: list[tuple[str, list[ParamRow]]] = []
    seen: set[type[BaseModel]] = set()

    def visit(current: type[BaseModel], title: str) -> None:
        if current in seen:
            return
        seen.add(current)
        tables.append((title, param_rows(current)))
        for name, field in current.model_fields.items():
            for nested in nested_models(field.annotation):
                visit(nested, f"{name} ({nested.__name__})")

    visit(model, model.__name__)
    return tables
