"""Configuration files (TOML or JSON) for question sets and touchpoints: reading them, and errors
that name the file and each wrong field."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the field."""


def read_config_file(path: Path) -> dict[str, Any]:
    """The contents of a ``.toml`` or ``.json`` file as a dict, or :class:`ConfigError`."""
    if path.suffix.lower() not in (".toml", ".json"):
        raise ConfigError(f"{path}: use a .toml or .json file")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the file ({error.strerror or error})") from None
    try:
        data = tomllib.loads(raw.decode()) if path.suffix.lower() == ".toml" else json.loads(raw)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid {path.suffix[1:].upper()}: {error}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a table (object) at the top level")
    return data


def _where(data: Any, loc: tuple[int | str, ...]) -> str:
    """A readable path such as ``questions[2] (key 'rating').kind`` for an error location."""
    parts: list[str] = []
    node = data
    for step in loc:
        if isinstance(step, int):
            parts.append(f"[{step}]")
            node = node[step] if isinstance(node, list | tuple) and step < len(node) else None
            if isinstance(node, Mapping):
                name = node.get("key", node.get("id"))
                if isinstance(name, str):
                    parts.append(f" ({'key' if 'key' in node else 'id'} {name!r})")
        else:
            parts.append(f".{step}" if parts else str(step))
            node = node.get(step) if isinstance(node, Mapping) else None
    return "".join(parts) or "(top level)"


def describe_validation_error(error: ValidationError, data: Any, source: str) -> str:
    """A pydantic error as lines naming the file and each wrong field, for a developer to act on."""
    items = error.errors(include_url=False)
    inner = {tuple(item["loc"][:-1]) for item in items if item["loc"]}
    lines = []
    for item in items:
        loc = tuple(item["loc"])
        if item["type"] == "too_short":
            if any(found[: len(loc)] == loc for found in inner):
                continue  # pydantic counts only the good items: the bad ones are reported already
            message = f"give at least {item['ctx']['min_length']}"
        else:
            message = item["msg"].removeprefix("Value error, ")
        lines.append(f"  {_where(data, loc)}: {message}")
    count = len(lines)
    return f"{source}: {count} problem{'s' if count != 1 else ''}:\n" + "\n".join(lines)
