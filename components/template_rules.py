"""The rules a component template follows, checked when the template loads.

The fast code generator (:mod:`components.codegen`) compiles ``params.label.text`` to Python
attribute access and a page's templates share one eval context; stock Jinja would forgive a
template that relies on otherwise. So each component template, and every template it includes,
is checked against the rules below before it first renders, in either code generation; a broken
rule is a :class:`TemplateRuleError` naming the template, the line and the rule. The rules, with
examples, are in ``components/CONTRIBUTING.md``.

The check follows the types: ``params`` is the component's model; a name bound to an attribute of
a model (``{% set legend = params.legend %}``, ``{% for choice in params.choices %}``,
``{% with params=params.hint %}``) has the type the model declares for it (a field's annotation,
a property's return annotation). Where the type is not known, nothing is checked.
"""

from __future__ import annotations

import dataclasses
import inspect
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from typing import Any

from jinja2 import Environment, nodes
from jinja2.exceptions import TemplateAssertionError
from jinja2.utils import _PassArg
from pydantic import BaseModel

DICT_WITH_BRACKETS = 'read a dict\'s keys with [...], never with a dot (params.attributes["id"])'
KNOWN_ATTRIBUTES = "read with a dot only what the params object has: a field, a property or a method"
NO_AUTOESCAPE = "no {% autoescape %}: every render of a template shares one eval context"
METHODS_WITHOUT_CONTEXT = "a params object's methods do not ask for the template context (pass_context)"

Types = tuple[type, ...] | None
"""What a name or expression may hold: one or more classes, or None when that is not known."""


class TemplateRuleError(TemplateAssertionError):
    """A component template breaks one of the rules; the message names the template, line and rule."""

    def __init__(self, template: str | None, lineno: int, detail: str, rule: str) -> None:
        self.rule = rule
        super().__init__(f"{template}, line {lineno}: {detail}; rule: {rule}", lineno, template)


def pass_arg(value: object) -> _PassArg | None:
    """What calling ``value`` in a template passes it first, if anything: the context, the
    environment or the eval context (``pass_context`` and the like, on a function or on a callable
    object's ``__call__``)."""
    found = _PassArg.from_obj(typing.cast(Callable[..., Any], value))
    call = getattr(type(value), "__call__", None)  # noqa: B004 - a callable object's own method
    return found if found is not None or call is None else _PassArg.from_obj(call)


def asks_for_context(value: object) -> bool:
    """Whether calling ``value`` in a template passes it the context, environment or eval context."""
    return pass_arg(value) is not None


def refuse_autoescape(node: nodes.Node, template: str | None) -> TemplateRuleError:
    """The error for an ``{% autoescape %}`` block at ``node``."""
    return TemplateRuleError(
        template, node.lineno, "{% autoescape %} changes the eval context", NO_AUTOESCAPE
    )


def check_template(env: Environment, name: str, params_type: type | None = None) -> None:
    """Check the template ``name`` of ``env`` and the templates it includes against the rules;
    with ``params_type``, the model its ``params`` holds, also how it reads ``params``."""
    _Checker(env).check(name, {"params": _concrete(params_type) if params_type else None})


class _Checker:
    """Walks a template's statements with the types of the names in scope, and each template it
    includes (by a fixed name) with the scope at the include, as the code generator inlines it."""

    max_depth = 8

    def __init__(self, env: Environment) -> None:
        self.env = env
        self.template: str | None = None

    def check(self, name: str, scope: dict[str, Types], depth: int = 0) -> None:
        assert self.env.loader is not None
        source, filename, _ = self.env.loader.get_source(self.env, name)
        tree = self.env.parse(source, name, filename)
        outer, self.template = self.template, name
        try:
            self.statements(tree.body, dict(scope), depth)
        finally:
            self.template = outer

    def statements(self, body: Iterable[nodes.Node], scope: dict[str, Types], depth: int) -> None:
        for node in body:
            self.statement(node, scope, depth)

    def statement(self, node: nodes.Node, scope: dict[str, Types], depth: int) -> None:
        if isinstance(node, nodes.EvalContextModifier | nodes.ScopedEvalContextModifier):
            raise refuse_autoescape(node, self.template)
        if isinstance(node, nodes.Assign):
            self.expression(node.node, scope)
            bound = self.type_of(node.node, scope)
            for name in _names(node.target):
                scope[name] = bound if isinstance(node.target, nodes.Name) else None
        elif isinstance(node, nodes.With):
            inner = dict(scope)
            for target, value in zip(node.targets, node.values, strict=True):
                self.expression(value, scope)
                for name in _names(target):
                    inner[name] = self.type_of(value, scope) if isinstance(target, nodes.Name) else None
            self.statements(node.body, inner, depth)
        elif isinstance(node, nodes.For):
            self.expression(node.iter, scope)
            inner = dict(scope)
            element = _element(self.type_of(node.iter, scope)) if not node.recursive else None
            for name in _names(node.target):
                inner[name] = element if isinstance(node.target, nodes.Name) else None
            inner["loop"] = None
            if node.test is not None:
                self.expression(node.test, inner)
            self.statements(node.body, inner, depth)
            self.statements(node.else_, dict(scope), depth)
        elif isinstance(node, nodes.If):
            self.expression(node.test, scope)
            branches: list[Sequence[nodes.Node]] = [node.body, *[[elif_] for elif_ in node.elif_], node.else_]
            after = [dict(scope) for _ in branches]
            for branch, branch_scope in zip(branches, after, strict=True):
                self.statements(branch, branch_scope, depth)
            for name in {name for branch_scope in after for name in branch_scope}:
                seen = {branch_scope.get(name) for branch_scope in after}
                scope[name] = seen.pop() if len(seen) == 1 else None
        elif isinstance(node, nodes.Macro | nodes.CallBlock):
            if isinstance(node, nodes.CallBlock):
                self.expression(node.call, scope)
            inner = {**scope, **{argument.name: None for argument in node.args}, "caller": None}
            for default in node.defaults:
                self.expression(default, scope)
            self.statements(node.body, inner, depth)
            if isinstance(node, nodes.Macro):
                scope[node.name] = None
        elif isinstance(node, nodes.Include):
            self.expression(node.template, scope)
            included = node.template.value if isinstance(node.template, nodes.Const) else None
            if isinstance(included, str) and depth < self.max_depth and self._includes(node, included):
                self.check(self.env.join_path(included, self.template or ""), scope, depth + 1)
        elif isinstance(node, nodes.Import | nodes.FromImport):
            imported = [node.target] if isinstance(node, nodes.Import) else node.names
            for alias in imported:
                scope[alias if isinstance(alias, str) else alias[1]] = None
        else:
            for child in node.iter_child_nodes():
                if isinstance(child, nodes.Expr):
                    self.expression(child, scope)
                else:
                    self.statement(child, scope, depth)

    def _includes(self, node: nodes.Include, name: str) -> bool:
        """Whether ``node`` includes ``name`` when it renders: always, or if it exists."""
        assert self.env.loader is not None
        return not node.ignore_missing or name in self.env.loader.list_templates()

    def expression(self, node: nodes.Node, scope: dict[str, Types]) -> None:
        """Check every attribute read in ``node`` whose owner's type is known."""
        for getattr_node in [node, *node.find_all(nodes.Getattr)]:
            if isinstance(getattr_node, nodes.Getattr):
                self.type_of(getattr_node, scope)

    def type_of(self, node: nodes.Node, scope: dict[str, Types]) -> Types:
        """The classes ``node`` may hold, checking the attribute reads on the way."""
        if isinstance(node, nodes.Name):
            return scope.get(node.name)
        if isinstance(node, nodes.Getattr):
            owner = self.type_of(node.node, scope)
            return None if owner is None else self.attribute(owner, node.attr, node.lineno)
        if isinstance(node, nodes.Getitem):
            owner = self.type_of(node.node, scope)
            return _element(owner, item=True)
        if isinstance(node, nodes.CondExpr) and node.expr2 is not None:
            first, second = self.type_of(node.expr1, scope), self.type_of(node.expr2, scope)
            return first if first == second else None
        return None

    def attribute(self, owner: tuple[type, ...], attr: str, lineno: int) -> Types:
        """The classes ``owner.attr`` may hold; a :class:`TemplateRuleError` if the read breaks a rule."""
        found: list[type] = []
        for cls in owner:
            if _is_mapping(cls):
                detail = f"'.{attr}' reads a dict with a dot"
                raise TemplateRuleError(self.template, lineno, detail, DICT_WITH_BRACKETS)
            member = _member(cls, attr)
            if member is _MISSING:
                if _described(cls):
                    detail = f"{cls.__name__} has no attribute {attr!r}"
                    raise TemplateRuleError(self.template, lineno, detail, KNOWN_ATTRIBUTES)
                return None
            if member is _METHOD_WITH_CONTEXT:
                detail = f"{cls.__name__}.{attr} asks for the template context"
                raise TemplateRuleError(self.template, lineno, detail, METHODS_WITHOUT_CONTEXT)
            if member is None:
                return None
            found.extend(member)
        return tuple(dict.fromkeys(found)) or None


_MISSING: Any = object()
_METHOD_WITH_CONTEXT: Any = object()


def _names(target: nodes.Node) -> list[str]:
    """The names an assignment target binds (``x``, or each of ``x, y``)."""
    if isinstance(target, nodes.Name):
        return [target.name]
    return [name.name for name in target.find_all(nodes.Name)]


def _described(cls: type) -> bool:
    """Whether every attribute of an instance of ``cls`` is declared on the class: a model or a
    dataclass (with slots or not), so one that is not found does not exist."""
    return isinstance(cls, type) and (issubclass(cls, BaseModel) or dataclasses.is_dataclass(cls))


def _member(cls: type, attr: str) -> Types | Any:
    """The classes ``cls().attr`` may hold (None: not known), ``_MISSING`` if it has no such
    attribute, ``_METHOD_WITH_CONTEXT`` for a method that asks for the template context."""
    cls = typing.get_origin(cls) or cls  # list[Choice]: a list
    if isinstance(cls, type) and issubclass(cls, BaseModel) and attr in cls.model_fields:
        return _concrete(cls.model_fields[attr].annotation)
    if dataclasses.is_dataclass(cls) and attr in {field.name for field in dataclasses.fields(cls)}:
        return _concrete(_hints(cls).get(attr))
    try:
        value = inspect.getattr_static(cls, attr)
    except AttributeError:
        return _MISSING
    if isinstance(value, property):
        return _concrete(_hints(value.fget).get("return"))
    if isinstance(value, cached_property):
        return _concrete(_hints(value.func).get("return"))
    if isinstance(value, staticmethod | classmethod):
        value = value.__func__
    if callable(value):
        return _METHOD_WITH_CONTEXT if asks_for_context(value) else None
    return _concrete(_hints(cls).get(attr)) or (type(value),)


def _hints(owner: Any) -> dict[str, Any]:
    """``owner``'s resolved annotations; none where they cannot be resolved."""
    try:
        return typing.get_type_hints(owner)
    except Exception:  # a forward reference that cannot be resolved: the types are not known
        return {}


def _concrete(annotation: Any) -> Types:
    """The classes a value annotated ``annotation`` may be (``None`` left out): ``X | None`` is
    ``(X,)``, ``Annotated[X, ...]`` is ``(X,)``; None for ``Any``, a type variable or a literal."""
    if annotation is None or annotation is Any:
        return None
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _concrete(typing.get_args(annotation)[0])
    if origin is typing.Union or origin is types.UnionType:
        members = [member for member in typing.get_args(annotation) if member is not type(None)]
        found = [_concrete(member) for member in members]
        if any(classes is None for classes in found):
            return None
        return tuple(cls for classes in found for cls in classes or ())
    if origin is typing.ClassVar:
        return _concrete(typing.get_args(annotation)[0])
    if origin is not None:
        return (annotation,) if isinstance(origin, type) else None
    return (annotation,) if isinstance(annotation, type) else None


def _is_mapping(cls: Any) -> bool:
    origin = typing.get_origin(cls) or cls
    return isinstance(origin, type) and issubclass(origin, Mapping)


def _element(owner: Types, *, item: bool = False) -> Types:
    """The classes of the items of ``owner`` (a list, a tuple, or with ``item`` a dict's values)."""
    if owner is None or len(owner) != 1:
        return None
    origin, arguments = typing.get_origin(owner[0]), typing.get_args(owner[0])
    if not isinstance(origin, type) or not arguments:
        return None
    if issubclass(origin, Mapping):
        return _concrete(arguments[1]) if item and len(arguments) == 2 else None
    if issubclass(origin, Sequence) and not issubclass(origin, str):
        return _concrete(arguments[0])
    return None
