"""Flows from YAML or JSON, and back: the same data a flow built in Python dumps to.

:func:`load_flow` reads a ``.json``, ``.yaml`` or ``.yml`` file (YAML needs PyYAML, the ``yaml``
extra) and checks the flow (:func:`~.checks.checked`); :func:`dump_flow` writes one, leaving out
what has its default, so that loading what was dumped gives an equal flow.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from components.form_steps.checks import checked
from components.form_steps.flow import Flow


def flow_from_data(data: Any) -> Flow:
    """The flow in ``data`` (dicts and lists, as JSON or YAML give), validated and checked."""
    return checked(Flow.model_validate(data))


def flow_to_data(flow: Flow) -> dict[str, Any]:
    """``flow`` as plain data, without defaults: what :func:`flow_from_data` reads back.

    The tags that tell kinds apart (a question's ``type``, a condition's or step's ``kind``) are kept,
    though each is its model's default.
    """
    full = flow.model_dump(mode="json")
    slim = flow.model_dump(mode="json", exclude_defaults=True)
    _keep_tags(full, slim)
    return slim


_TAGS = ("kind", "type")


def _keep_tags(full: Any, slim: Any) -> None:
    """Put back into ``slim`` (in place) the tags of ``full`` that leaving defaults out dropped."""
    if isinstance(full, dict) and isinstance(slim, dict):
        for tag in _TAGS:
            if tag in full and tag not in slim:
                slim[tag] = full[tag]
        for key, value in slim.items():
            _keep_tags(full.get(key), value)
    elif isinstance(full, list) and isinstance(slim, list):
        for full_item, slim_item in zip(full, slim, strict=False):
            _keep_tags(full_item, slim_item)


def load_flow(path: str | Path) -> Flow:
    """The flow in a JSON or YAML file, validated and checked."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        return flow_from_data(_yaml().safe_load(text))
    return flow_from_data(json.loads(text))


def dump_flow(flow: Flow, path: str | Path) -> None:
    """Write ``flow`` to a JSON or YAML file (by its suffix)."""
    path = Path(path)
    data = flow_to_data(flow)
    if path.suffix in (".yaml", ".yml"):
        path.write_text(_yaml().safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    else:
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _yaml() -> Any:
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - the yaml extra is installed with the tests
        raise ImportError("YAML flows need PyYAML: pip install 'frontdoor[yaml]'") from None
    return yaml
