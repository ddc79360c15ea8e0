"""The base of every component: a validated params model that renders its own template."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Self

from markupsafe import Markup
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    ValidationError,
    model_validator,
)
from pydantic_core import CoreSchema, core_schema

from components.environment import Renderer, component_environment
from components.markup import check_attribute_name, escape_text
from i18n import LazyString, resolve_lazy


def _to_markup(value: Any) -> Any:
    """Accept trusted markup as a string, ``Markup`` or anything with ``__html__`` (a component)."""
    if value is None or isinstance(value, Markup):
        return value
    if hasattr(value, "__html__"):
        return Markup(value.__html__())
    if isinstance(value, str):
        return Markup(value)
    return value


def _to_text(value: Any) -> Any:
    """Turn a lazily translated message into text in the current locale."""
    return str(value) if isinstance(value, LazyString) else value


def _to_href(value: Any) -> Any:
    """Accept URL objects (such as Starlette's ``url_for`` result) as their text."""
    if value is None or isinstance(value, str | bool | int | float | dict | list | tuple):
        return value
    return str(value)


@dataclass(frozen=True, eq=False)
class _PlainValuesFirst:
    """Pydantic metadata: a value ``plain`` accepts is taken as it is, at no cost; any other value
    goes through ``convert`` and then the type's own validation, as a ``BeforeValidator`` would.

    Most params are plain strings: this spares each of them a call from pydantic-core into Python.
    A value neither accepts gets the error ``error_type`` (the one the type's own validation gives).
    """

    plain: CoreSchema
    convert: Callable[[Any], Any]
    error_type: str
    error_context: dict[str, Any] | None = None

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        converted = core_schema.no_info_before_validator_function(self.convert, handler(source))
        return core_schema.union_schema(
            [self.plain, converted],
            mode="left_to_right",
            custom_error_type=self.error_type,
            custom_error_context=self.error_context,
        )


_PLAIN_STR = core_schema.str_schema(strict=True)

Href = Annotated[str, _PlainValuesFirst(_PLAIN_STR, _to_href, "string_type")]
"""A link target: text, or a URL object (``url_for(...)``) turned into text."""

TrustedHtml = Annotated[
    Markup,
    _PlainValuesFirst(
        core_schema.is_instance_schema(Markup), _to_markup, "is_instance_of", {"class": "Markup"}
    ),
]
"""Markup the caller vouches for: inserted as it is, never escaped. Only ``*html`` params use it."""

Text = Annotated[str, _PlainValuesFirst(_PLAIN_STR, _to_text, "string_type")]
"""Plain text: escaped wherever it is shown."""


def _check_attribute_names(value: Any) -> Any:
    if isinstance(value, dict):
        for name in value:
            check_attribute_name(name)
    return value


Attributes = Annotated[dict[str, Text], BeforeValidator(_check_attribute_names)]


class ComponentParamsError(ValueError):
    """Raised when a component is given params it cannot use; names the component and each field."""

    def __init__(self, component: type[Component], error: ValidationError) -> None:
        self.component = component.__name__
        self.problems = [_describe(component, item) for item in error.errors()]
        lines = "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(f"{self.component}: invalid params\n{lines}")


def _describe(component: type[Component], item: Any) -> str:
    location = ".".join(str(part) for part in item["loc"]) or "(params)"
    if item["type"] == "extra_forbidden":
        known = _known_fields(component, item["loc"][:-1])
        guess = difflib.get_close_matches(str(item["loc"][-1]), known, n=1)
        hint = f"; did you mean {guess[0]!r}?" if guess else f"; known params: {', '.join(known)}"
        return f"{location!r} is not a param of {component.__name__}{hint}"
    if item["type"] == "missing":
        return f"{location!r} is required"
    if not item["loc"]:
        return str(item["msg"]).removeprefix("Value error, ")
    return f"{location!r}: {item['msg']} (got {item.get('input')!r})"


def _known_fields(component: type[BaseModel], path: tuple[Any, ...]) -> list[str]:
    """The field names of the (nested) model at ``path``, for "did you mean" hints."""
    model: Any = component
    for part in path:
        if isinstance(part, int):
            continue
        annotation = model.model_fields.get(part) if hasattr(model, "model_fields") else None
        if annotation is None:
            return []
        model = _model_in(annotation.annotation)
    return sorted(model.model_fields) if hasattr(model, "model_fields") else []


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()):
        found = _model_in(argument)
        if found is not None:
            return found
    return None


class Params(BaseModel):
    """A nested group of params (a label, a hint, a list item): strict about unknown keys."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class Component(Params):
    """A component: its fields are its params; :meth:`render` gives its HTML as ``Markup``.

    Subclasses live in ``components/<name>/__init__.py`` beside ``<name>.html``; the registry
    finds them. ``block_param`` names the param that ``{% call %}`` block content fills. The
    folder's files and the rules its template follows: ``components/CONTRIBUTING.md``.
    """

    classes: str = Field("", description="Extra CSS classes for the outer element, space-separated.")
    attributes: Attributes = Field(
        default_factory=dict, description="Extra HTML attributes for the outer element."
    )

    component_name: ClassVar[str] = ""
    block_param: ClassVar[str | None] = None
    _renderer: ClassVar[Renderer | None] = None

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.component_name = cls.__module__.rsplit(".", 1)[-1]
        cls._renderer = None

    def __init__(self, **params: Any) -> None:
        try:
            super().__init__(**params)
        except ValidationError as error:
            raise ComponentParamsError(type(self), error) from None

    # Tells pydantic this __init__ only wraps its own, so a component nested in another's params
    # (a fieldset in radios) is built by pydantic-core directly rather than through a second call
    # from Rust into this method and the validator: its errors are reported by the outer component.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> Self:
        """Check ``params`` and make the component: ``cls(**params)``, without the keyword unpacking
        and the two Python ``__init__`` calls (``fd.button(...)`` makes one per call)."""
        try:
            return cls.__pydantic_validator__.validate_python(params)
        except ValidationError as error:
            raise ComponentParamsError(cls, error) from None

    def render(self, **context: Any) -> Markup:
        """Render this component's template with these params (and any extra template context)."""
        renderer = type(self)._renderer or type(self)._load_template()
        return renderer({"params": self, **context})

    def __html__(self) -> str:
        return self.render()

    @classmethod
    def _load_template(cls) -> Renderer:
        name = f"{cls.component_name}/{cls.component_name}.html"
        cls._renderer = component_environment().renderer(name, params_type=cls)
        return cls._renderer


@dataclass(frozen=True)
class Example:
    """A named, described set of params: feeds the gallery, the tests and the accessibility checks."""

    name: str | LazyString
    description: str | LazyString
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        """The example's name as it appears in URLs: from the English name, the same in every locale."""
        english = self.name.message if isinstance(self.name, LazyString) else self.name
        return re.sub(r"[^a-z0-9]+", "-", english.lower()).strip("-")

    def resolved_params(self) -> dict[str, Any]:
        """The params with every lazily translated message turned into text in the current locale."""
        return resolve_lazy(self.params)


class HasContent(Params):
    """A ``text``/``html`` pair: give one. ``text`` is escaped; ``html`` is trusted markup."""

    text: Text | None = Field(None, description="The content as plain text; it is escaped.")
    html: TrustedHtml | None = Field(
        None, description="The content as trusted HTML; used as it is, never escaped."
    )

    @model_validator(mode="after")
    def _one_of_text_or_html(self) -> HasContent:
        if self.text is None and self.html is None:
            raise ValueError("give 'text' or 'html'")
        return self

    @property
    def content(self) -> Markup:
        """The content ready to insert: the html as it is, or the text escaped."""
        return self.html if self.html is not None else escape_text(self.text)
