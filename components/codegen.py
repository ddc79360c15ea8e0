"""The fast code generator for component templates: Jinja's own, with per-expression overheads taken out.

It compiles the same template language to Python that does the same thing with fewer calls. What
it assumes of a template, and how a template that breaks it is refused, is written in
``components/CONTRIBUTING.md`` and checked by :mod:`components.template_rules`. A differential
test renders everything through this generator and through Jinja's own and compares the bytes;
``FRONTDOOR_STOCK_JINJA=1`` switches back to Jinja's own (:mod:`components.environment`).
"""

from __future__ import annotations

import keyword
from functools import partial
from io import StringIO
from typing import Any

from jinja2 import Environment, nodes
from jinja2 import tests as jinja_tests
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.idtracking import VAR_LOAD_ALIAS, VAR_LOAD_RESOLVE, VAR_LOAD_UNDEFINED
from jinja2.runtime import Context, Undefined
from jinja2.utils import _PassArg
from jinja2.visitor import NodeTransformer

from components.markup import escape_str, outer_attributes
from components.template_rules import asks_for_context, pass_arg, refuse_autoescape

_INLINE_TESTS = {
    "none": (jinja_tests.test_none, "(", " is None)"),
    "defined": (jinja_tests.test_defined, "(not isinstance(", ", Undefined))"),
}
"""Tests written inline: name, the test function it stands for, the code before and after the value."""


def object_names(template: nodes.Template) -> frozenset[str]:
    """The names whose attributes ``template`` reads as Python attributes: they hold objects.

    ``params`` is the component's model. Another name counts when every binding of it
    (``{% for %}``, ``{% with %}``, ``{% set %}``) takes an attribute of one of these names, or an
    item of a list that is one (``{% for choice in params.choices %}``). Pydantic turns the dicts
    it is given into models, so what is reached this way is a model, a dataclass or a plain value;
    a dict param (``attributes``) goes to a filter or is read with ``[key]``, never with a dot.
    """
    bindings = _bindings(template)
    names = set(bindings)
    while untrusted := {
        name for name in names if not all(_is_object(value, names) for value in bindings[name])
    }:
        names -= untrusted
    return frozenset(names)


def _bindings(template: nodes.Template) -> dict[str, list[nodes.Expr | None]]:
    """Each name ``template`` binds, with the value of each binding (``None`` for anything else
    than one plain value: a ``{% set %}`` block, a macro argument, an import, a tuple target)."""
    found: dict[str, list[nodes.Expr | None]] = {"params": []}

    def bind(target: nodes.Node | str, value: nodes.Expr | None) -> None:
        if isinstance(target, str):
            found.setdefault(target, []).append(None)
        elif isinstance(target, nodes.Name):
            found.setdefault(target.name, []).append(value)
        else:
            for name in target.find_all(nodes.Name):
                found.setdefault(name.name, []).append(None)

    for loop in template.find_all(nodes.For):
        bind(loop.target, loop.iter if isinstance(loop.iter, nodes.Expr) and not loop.recursive else None)
    for assign in template.find_all(nodes.Assign):
        bind(assign.target, assign.node if isinstance(assign.node, nodes.Expr) else None)
    for scope in template.find_all(nodes.With):
        for target, value in zip(scope.targets, scope.values, strict=True):
            bind(target, value)
    for block in template.find_all(nodes.AssignBlock):
        bind(block.target, None)
    for macro in template.find_all(nodes.Macro):
        bind(macro.name, None)
        for argument in macro.args:
            bind(argument, None)
    for call in template.find_all(nodes.CallBlock):
        for argument in call.args:
            bind(argument, None)
    for imported in template.find_all(nodes.Import):
        bind(imported.target, None)
    for from_import in template.find_all(nodes.FromImport):
        for name in from_import.names:
            bind(name if isinstance(name, str) else name[1], None)
    return found


def _is_object(node: nodes.Expr | None, names: set[str] | frozenset[str]) -> bool:
    """Whether ``node`` is one of ``names`` or an attribute of one, at any depth."""
    while isinstance(node, nodes.Getattr):
        node = node.node
    return isinstance(node, nodes.Name) and node.name in names


class ComponentCodeGenerator(CodeGenerator):
    """Jinja's code generator, with the per-expression overheads of our templates taken out.

    - ``{% include "x.html" %}`` is compiled in place (see :class:`_IncludeInliner`);
    - ``params.label.size`` is Python attribute access, as for every name :func:`object_names`
      finds (other names keep Jinja's dict-key fallback). So in a component template, read a dict
      param's keys with ``[...]`` (``params.attributes["id"]``), not with a dot;
    - free names are looked up in the context's dicts, once per scope, without a Python call;
    - ``{{ value }}`` escapes through :func:`components.markup.escape_output` (no ``Markup`` per
      expression), and ``is none``, ``is defined`` are inline Python;
    - a call goes straight to the callable, not through ``context.call``, when the callable is a
      method of an object as above, or a global called by name that asks for no context,
      environment or eval context (``pass_context``); should the name hold something else at
      run time (a variable of the render shadows the global), that value is bound to the context
      first if it asks for it (:func:`bind_context`);
    - ``{{ params|fd_attributes("fd-tag", params.color) }}`` is written out in place when
      ``params`` has no ``classes`` and no ``attributes`` (:meth:`visit_Filter`);
    - templates cannot switch autoescape (``{% autoescape %}``): a render shares its eval context.
    """

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        """Inline the included templates; import :func:`components.markup.escape_output` into each."""
        _IncludeInliner(self.environment, self.name).visit(node)
        self._object_names = object_names(node)
        self._inlined_attributes: set[int] = set()
        self._called_globals = {
            call.node.name
            for call in node.find_all(nodes.Call)
            if isinstance(call.node, nodes.Name) and call.node.name in self.environment.globals
        }
        self.writeline("from components.markup import escape_output, escape_str")
        self.writeline("from components.codegen import bind_context")
        super().visit_Template(node, frame)

    def enter_frame(self, frame: Frame) -> None:
        """Look up the frame's free names in the context's dicts directly (``resolve_or_missing``
        is a Python call per name), and make a missing one its undefined right away."""
        if self.get_resolve_func() != "resolve":
            super().enter_frame(frame)  # a derived context's resolve() gives undefined values itself
            return
        undefs = []
        for target, (action, param) in frame.symbols.loads.items():
            if action == VAR_LOAD_RESOLVE:
                self.writeline(f"{target} = context.vars.get({param!r}, missing)")
                self.writeline(f"if {target} is missing: {target} = context.parent.get({param!r}, missing)")
                self.writeline(f"if {target} is missing: {target} = undefined(name={param!r})")
                if param in self._called_globals:
                    self.writeline(
                        f"if {target} is not environment.globals.get({param!r}, missing): "
                        f"{target} = bind_context(context, {target})"
                    )
            elif action == VAR_LOAD_ALIAS:
                self.writeline(f"{target} = {param}")
            elif action == VAR_LOAD_UNDEFINED:
                undefs.append(target)
        if undefs:
            self.writeline(f"{' = '.join(undefs)} = missing")

    def visit_Name(self, node: nodes.Name, frame: Frame) -> None:
        """A name looked up from the context is read as it is: it was made undefined on entry."""
        if node.ctx == "load":
            ref = frame.symbols.ref(node.name)
            load = frame.symbols.find_load(ref)
            if load is not None and load[0] == VAR_LOAD_RESOLVE:
                self.write(ref)
                return
        super().visit_Name(node, frame)

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src is None:
            if self._inlines_attributes(node):
                self._inlined_attributes.add(id(node))  # writes escaped text itself
            else:
                self.write("escape_output(")
        else:
            super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if id(node) not in self._inlined_attributes:
            super()._output_child_post(node, frame, finalize)

    def _inlines_attributes(self, node: nodes.Expr) -> bool:
        """Whether ``node`` is ``name|fd_attributes("block", modifier, ...)`` as this generator
        writes out in place (see :meth:`visit_Filter`)."""
        return (
            isinstance(node, nodes.Filter)
            and node.name == "fd_attributes"
            and self.environment.filters.get("fd_attributes") is outer_attributes
            and isinstance(node.node, nodes.Name)
            and bool(node.args)
            and isinstance(node.args[0], nodes.Const)
            and isinstance(node.args[0].value, str)
            and not (node.kwargs or node.dyn_args or node.dyn_kwargs)
            and not self.environment.is_async
        )

    def visit_Filter(self, node: nodes.Filter, frame: Frame) -> None:
        """``{{ params|fd_attributes("fd-tag", params.color) }}``, the outer element's class and
        attributes, written out in place for the usual case (no ``classes``, no ``attributes``):
        the class text, with each modifier that is not false or empty, escaped. Otherwise, and for
        any other filter, Jinja's own call of the filter."""
        if id(node) not in self._inlined_attributes:
            super().visit_Filter(node, frame)
            return
        params, (block, *modifiers) = node.node, node.args
        assert isinstance(params, nodes.Name) and isinstance(block, nodes.Const)
        self.write("(")
        super().visit_Filter(node, frame)
        self.write(" if ")
        self.visit(params, frame)
        self.write(".classes or ")
        self.visit(params, frame)
        start, modifier_start = f' class="{escape_str(block.value)}', f" {escape_str(block.value)}--"
        self.write(f".attributes else ({start!r}")
        for modifier in modifiers:
            if (
                isinstance(modifier, nodes.And)
                and isinstance(modifier.right, nodes.Const)
                and modifier.right.value
            ):
                # ``condition and "slim"``: the class is known now, only the condition is left.
                self.write(f" + ({modifier_start + escape_str(str(modifier.right.value))!r} if ")
                self.visit(modifier.left, frame)
                self.write(" else '')")
                continue
            value = self.temporary_identifier()
            self.write(f' + ({modifier_start!r} + escape_str(f"{{{value}}}") if ({value} := ')
            self.visit(modifier, frame)
            self.write(") else '')")
        self.write(""" + '"'))""")

    def visit_Call(self, node: nodes.Call, frame: Frame, forward_caller: bool = False) -> None:
        """Call directly where the callee cannot want the context (see the class docstring)."""
        if self.environment.is_async or not self._calls_directly(node.node, frame):
            super().visit_Call(node, frame, forward_caller=forward_caller)
            return
        self.write("(")
        self.visit(node.node, frame)
        self.write(")(")
        # Jinja's signature() starts every argument with ", ": written aside, the first is dropped.
        stream, self.stream = self.stream, StringIO()
        try:
            self.signature(node, frame, {"caller": "caller"} if forward_caller else None)
        finally:
            arguments, self.stream = self.stream.getvalue(), stream
        self.write(arguments.removeprefix(", ") + ")")

    def _calls_directly(self, callee: nodes.Expr, frame: Frame) -> bool:
        """Whether ``callee`` is called without ``context.call``: a method of an object (a model's
        method never asks for the context), or a global, read from the context by its name, that
        does not ask for it. Anything else (a macro, ``caller``, a value of the render) may."""
        if isinstance(callee, nodes.Getattr):
            return self._holds_object(callee.node, frame)
        if not isinstance(callee, nodes.Name) or callee.name not in self.environment.globals:
            return False
        load = frame.symbols.find_load(frame.symbols.ref(callee.name))
        if load is None or load[0] != VAR_LOAD_RESOLVE:
            return False
        return not asks_for_context(self.environment.globals[callee.name])

    @optimizeconst
    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:
        """``a.b``: Python attribute access when ``a`` holds an object (see the class docstring),
        else Jinja's ``environment.getattr``, which falls back to a dict key or an undefined."""
        if (
            self.environment.is_async
            or keyword.iskeyword(node.attr)
            or not self._holds_object(node.node, frame)
        ):
            super().visit_Getattr(node, frame)
            return
        self.visit(node.node, frame)
        self.write(f".{node.attr}")

    def _holds_object(self, node: nodes.Expr, frame: Frame) -> bool:
        """Whether ``node`` is an object by :func:`object_names`, here: a name other than
        ``params`` counts only where the template bound it, not where it comes from the context."""
        if not _is_object(node, self._object_names):
            return False
        while isinstance(node, nodes.Getattr):
            node = node.node
        assert isinstance(node, nodes.Name)
        load = frame.symbols.find_load(frame.symbols.ref(node.name))
        while load is not None and load[0] == VAR_LOAD_ALIAS:
            load = frame.symbols.find_load(load[1])
        return node.name == "params" or load is None or load[0] != VAR_LOAD_RESOLVE

    @optimizeconst
    def visit_Test(self, node: nodes.Test, frame: Frame) -> None:
        """``is none`` and ``is defined`` as Python expressions rather than calls to the tests."""
        inline = _INLINE_TESTS.get(node.name)
        if (
            inline is None
            or node.args
            or node.kwargs
            or self.environment.tests.get(node.name) is not inline[0]
        ):
            super().visit_Test(node, frame)
            return
        _, before, after = inline
        self.write(before)
        self.visit(node.node, frame)
        self.write(after)

    def visit_EvalContextModifier(self, node: nodes.EvalContextModifier, frame: Frame) -> None:
        """Refused: every render of a template shares one eval context."""
        raise refuse_autoescape(node, self.name)

    visit_ScopedEvalContextModifier = visit_EvalContextModifier


def bind_context(context: Context, value: Any) -> Any:
    """``value`` ready to be called directly: bound to ``context`` if it asks for it (as
    ``context.call`` would do), else itself. For a name that held something else than the global
    the template was compiled against."""
    if isinstance(value, Undefined) or not asks_for_context(value):
        return value
    return partial(context.call, value)


class _IncludeInliner(NodeTransformer):
    """Replaces ``{% include "name" %}`` (a fixed name, with context) by the included template's body.

    The body is placed in a ``{% with %}`` scope, so it sees the variables at the point of the
    include, as a runtime include does, and its own ``{% set %}`` stay inside it. A component
    includes another's template (``{% with params=params.hint %}{% include "hint/hint.html" %}``)
    to reuse its markup; inlined, that costs no render of its own.

    Inlined, the body runs in the including template's context. So a template that could tell
    (it reads ``self``, or calls something that may ask for the context) stays a runtime include,
    as does one with blocks, and an include nested deeper than ``max_depth`` (a recursive one).
    """

    max_depth = 8

    def __init__(self, environment: Environment, name: str | None, depth: int = 0) -> None:
        self.environment = environment
        self.name = name
        self.depth = depth

    def visit_Include(self, node: nodes.Include) -> nodes.Node:
        """The included template's body in a scope of its own, or the include if it cannot be inlined."""
        target = node.template
        if not (isinstance(target, nodes.Const) and isinstance(target.value, str)):
            return node
        if not node.with_context or node.ignore_missing or self.environment.loader is None:
            return node
        if self.depth >= self.max_depth:
            return node
        name = self.environment.join_path(target.value, self.name or "")
        source, filename, _ = self.environment.loader.get_source(self.environment, name)
        included = self.environment.parse(source, name, filename)
        has_blocks = included.find(nodes.Extends) is not None or included.find(nodes.Block) is not None
        if has_blocks or not self._context_free(included):
            return node
        _IncludeInliner(self.environment, name, self.depth + 1).visit(included)
        return nodes.With([], [], included.body, lineno=node.lineno)

    def _context_free(self, template: nodes.Template) -> bool:
        """Whether ``template`` renders the same in another template's context as in its own: it
        does not read ``self``, and calls only globals (by name), filters and tests that do not
        take the context (``pass_context``), macros it defines, ``caller``, and methods of
        ``params``."""
        env = self.environment
        if any(name.name == "self" for name in template.find_all(nodes.Name)):
            return False
        macros = {macro.name for macro in template.find_all(nodes.Macro)}
        for call in template.find_all(nodes.Call):
            callee = call.node
            if isinstance(callee, nodes.Name):
                if callee.name in macros or callee.name == "caller":
                    continue
                if callee.name in env.globals and pass_arg(env.globals[callee.name]) is not _PassArg.context:
                    continue
                return False
            root = callee
            while isinstance(root, nodes.Getattr):
                root = root.node
            if root is callee or not (isinstance(root, nodes.Name) and root.name == "params"):
                return False
        for node in template.find_all((nodes.Filter, nodes.Test)):
            known = env.filters if isinstance(node, nodes.Filter) else env.tests
            function = known.get(node.name)
            if function is not None and pass_arg(function) is _PassArg.context:
                return False
        return True
