"""The ``fd`` namespace that templates call: ``{{ fd.button(text="Continue") }}``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from components.base import Component
from components.registry import registry


def _caller_for(model: type[Component]) -> Callable[..., Markup]:
    def render(caller: Callable[[], str] | None = None, **params: Any) -> Markup:
        if caller is not None:
            if model.block_param is None:
                raise TypeError(f"{model.__name__} does not take block content ({{% call %}})")
            params[model.block_param] = Markup(caller())
        return model.from_params(params).render()

    render.__doc__ = model.__doc__
    render.__name__ = model.component_name
    return render


class Namespace:
    """One attribute per component, each validating its params and rendering.

    The components are found on first use, so importing this module imports none of them.
    """

    def __init__(self) -> None:
        self._loaded = False

    def _load(self) -> None:
        for name, info in registry().items():
            setattr(self, name, _caller_for(info.model))
        self._loaded = True

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or self._loaded:
            raise AttributeError(f"fd has no component {name!r}")
        self._load()
        return getattr(self, name)


fd = Namespace()
