"""The fast code generator against Jinja's own: the same templates, the same context, the same bytes.

Every component template with every example's params, and a corpus of the template constructs the
generator changes or could get wrong (inlined includes, ``set`` scoping, free names, ``pass_context``
globals, undefined names, loops, ``{% call %}``, macros, filters, whitespace control...). A case
that raises must raise the same error both ways.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import DictLoader, Environment, nodes, pass_context, pass_environment, pass_eval_context
from jinja2.runtime import Context
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict

from components import Component, fd
from components.environment import ComponentEnvironment, build_environment, component_environment
from components.registry import registry
from i18n import lazy_gettext, use_locale


class Sub(BaseModel):
    val: str = "v<1>"
    n: int = 0
    opt: str | None = None


class Item(BaseModel):
    text: str
    label: Sub | None = None
    tags: list[str] = []


class Params(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    title: str = "T & <t>"
    classes: str = 'extra "q" <c>'
    sub: Sub = Sub()
    items: list[Item] = [Item(text="a", label=Sub(val="la")), Item(text="<b>", tags=["x", "y"])]
    attributes: dict[str, str] = {"data-x": 'q"<>', "id": "main"}
    flag: bool = True
    nothing: None = None
    html: Markup = Markup("<em>trusted</em>")

    @property
    def upper(self) -> str:
        return self.title.upper()

    def method(self, suffix: object = "") -> str:
        return f"{self.title}:{suffix}"


@dataclass
class Point:
    x: int
    y: int
    items: tuple[str, ...] = ("p", "q")


class WithHtml:
    def __html__(self) -> str:
        return "<b>html</b>"


@pass_context
def context_name(context: Context, key: str = "who") -> str:
    return f"{context.name}/{context.get(key, 'nobody')}"


@pass_environment
def environment_autoescape(env: Environment) -> str:
    return f"env:{env.autoescape}"


@pass_eval_context
def eval_autoescape(eval_ctx: Any, text: str) -> str:
    return f"{text}:{eval_ctx.autoescape}"


class CallableWithContext:
    @pass_context
    def __call__(self, context: Context) -> str:
        return f"obj/{context.get('who', 'nobody')}"


@pass_context
def shout_filter(context: Context, value: object) -> str:
    return f"{value}!{context.get('who', '')}"


def plain(*args: object, **kwargs: object) -> str:
    return f"plain<{args}|{sorted(kwargs.items())}>"


@dataclass
class Bare:
    classes: str = ""
    attributes: dict[str, str | None] | None = None


class Holder:
    function = staticmethod(context_name)
    plain = staticmethod(plain)


LIBRARY = {
    "partial.html": "[partial {{ who }} {{ params.title }}{% set local = 'in-partial' %} {{ local }}]",
    "uses_with.html": "[{{ params.val }}|{{ extra }}|{% if hint_id is defined %}{{ hint_id }}{% endif %}]",
    "nested.html": "<n>{% include 'partial.html' %}{% with params=params.sub, extra=2 %}"
    "{% include 'uses_with.html' ignore missing %}{% endwith %}</n>",
    "sets.html": "{% set who = 'set-in-include' %}{{ who }}",
    "blocky.html": "<b>{% block inner %}default {{ who }}{% endblock %}</b>",
    "loop_a.html": "a{% include 'loop_b.html' %}",
    "loop_b.html": "b",
    "calls_plain_global.html": "{{ plain('inlined') }}{{ who }}",
    "calls_context.html": "{{ context_name() }}",
    "filters_context.html": "{{ 'x' | shout }}",
    "recursive.html": (
        "<{{ depth }}>{% if depth < 10 %}"
        "{% with depth=depth + 1 %}{% include 'recursive.html' %}"
        "{% endwith %}{% endif %}"
    ),
    "calls_plain_global_too.html": "{{ plain_global('included at run time') }}",
    "macros.html": (
        "{% macro hello(name, greeting='Hi') %}{{ greeting }}"
        " {{ name }}{{ varargs }}{{ kwargs }}{% endmacro %}"
        "{% macro wrap(tag='div') %}<{{ tag }}>{{ caller() }}</{{ tag }}>{% endmacro %}"
        "{% macro who_am_i() %}{{ who }}{% endmacro %}"
        "{% set exported = 'exp' %}"
    ),
    "base.html": (
        "<html>{% block head %}<h>{{ who }}</h>{% endblock %}"
        "{% for i in [1, 2] %}{% block looped scoped %}[{{ i }}]{% endblock %}{% endfor %}"
        "{% block body %}base body{% endblock %}</html>"
    ),
}

CORPUS: dict[str, str] = {
    # Output and escaping
    "output-kinds": (
        "{{ text }}|{{ safe }}|{{ obj }}|{{ number }}|{{ floaty }}|{{ lazy }}|{{ none }}|{{ seq }}"
    ),
    "markup-arithmetic": (
        "{{ safe ~ text }}|{{ safe + text }}|{{ '%s' % text }}|{{ safe | e }}|{{ text | safe }}"
    ),
    "constant-folding": "{{ 1 + 2 }}{{ '<a>' }}{{ 'x' ~ 3 }}{{ [1, 2][0] }}{{ {'a': '<'}['a'] }}",
    "params-attributes": "{{ params.title }}|{{ params.sub.val }}|{{ params.sub.n + 1 }}|{{ params.upper }}",
    "params-methods": (
        "{{ params.method() }}|{{ params.method(params.sub.val) }}|{{ params.method(suffix=1) }}"
    ),
    "params-dict-by-key": '{{ params.attributes["data-x"] }}|{{ params.attributes.get("id") }}',
    "xmlattr": "<p{{ params.attributes|xmlattr }}{{ {'a': None, 'b': '<'}|xmlattr }}>",
    "fd-attributes": (
        "<p{{ params|fd_attributes('a', false, none, '', 'b<', safe, 3,"
        " params.flag and 'on', params.nothing and 'off') }}>"
        "<i{{ params.sub|fd_attributes('x') if params.sub.classes is defined else '' }}>"
        "{% with params=bare %}<b{{ params|fd_attributes('only') }}>{% endwith %}"
    ),
    "fd-attributes-bad-name": "<p{{ bad_attributes|fd_attributes('x') }}>",
    "fd-attributes-written-in-place": (
        "{% with params=bare %}<p{{ params|fd_attributes(\"b<'&\", false, none, '', 0, 'm&', safe, 3, text,"
        " 'w-' ~ number, point.x and 'x', seq) }}>"
        "{% set kept = params|fd_attributes('kept') %}{{ kept }}"
        "{% set buffered %}<q{{ params|fd_attributes('in-set', 'on') }}>{% endset %}{{ buffered }}"
        "{% macro m(p) %}<m{{ p|fd_attributes('in-macro', text) }}>{% endmacro %}"
        "{{ m(params) }}{{ m(classy) }}"
        "{% for x in seq %}<l{{ params|fd_attributes('loop', x > 1 and x) }}>{% endfor %}"
        "<c{{ classy|fd_attributes('classy', 'mod') }}>{% endwith %}"
    ),
    "html-param": "{{ params.html }}{{ params.html if params.html is not none else params.title }}",
    # Tests
    "tests-inline": (
        "{{ none is none }}{{ text is none }}{{ text is not none }}{{ params.nothing is none }}"
        "{{ text is defined }}{{ missing is defined }}{{ missing is undefined }}{{ params.sub.opt is none }}"
    ),
    "tests-with-args": (
        "{{ 6 is divisibleby 3 }}{{ 2 is in [1, 2] }}{{ text is string }}{{ seq is sequence }}"
    ),
    "defined-guard": (
        "{% if missing is defined %}{{ missing }}{% else %}none{% endif %}{{ missing | default('d') }}"
    ),
    # Undefined names (StrictUndefined)
    "undefined-output": "{{ missing }}",
    "undefined-attribute": "{{ missing.attr }}",
    "undefined-in-if": "{% if missing %}x{% endif %}",
    "undefined-item": "{{ params.attributes['nope'] }}",
    "undefined-if-without-else": "{{ 'x' if false }}",
    "undefined-in-default": "{{ missing or 'fallback' }}",
    # Free names, globals and shadowing
    "global-and-context": "{{ who }}|{{ plain(who) }}|{{ range(3) | list }}|{{ dict(a=1) }}",
    "context-shadows-global": "{{ shadowed }}",
    "set-shadows-context": "{{ who }}{% set who = 'set' %}{{ who }}",
    "set-before-use-in-macro": "{% set who = 'outer' %}{% macro m() %}{{ who }}{% endmacro %}{{ m() }}",
    "names-in-nested-scopes": (
        "{% for x in seq %}{% set who = who ~ x %}{{ who }}{% endfor %}|{{ who }}"
        "{% if true %}{% set who = 'if-leaks' %}{% endif %}|{{ who }}"
    ),
    # pass_context, pass_environment, pass_eval_context
    "pass-context-global": "{{ context_name() }}|{{ context_name('text') }}",
    "pass-context-shadowed-by-set": "{% set who = 'local' %}{{ context_name() }}",
    "pass-environment-global": "{{ environment_autoescape() }}",
    "pass-eval-context-global": "{{ eval_autoescape('e') }}",
    "pass-context-callable-object": "{{ callable_object() }}",
    "pass-context-from-context": "{{ ctx_function() }}",
    "pass-context-filter": "{{ text | shout }}",
    "pass-context-shadowing-a-called-global": "{{ plain_global() }}|{% include name_of_calling_partial %}",
    "pass-context-in-included-templates": (
        "{% with who='with-local' %}{% include 'calls_context.html' %}|{% include 'filters_context.html' %}"
        "|{% include 'calls_plain_global.html' %}{% endwith %}"
    ),
    "include-recursive": "{% with depth=0 %}{% include 'recursive.html' %}{% endwith %}",
    "pass-context-through-attribute-or-item": (
        "{{ holder.function() }}|{{ functions[0]() }}|{{ holder.plain(1) }}"
    ),
    "call-star-args": "{{ plain(*seq, **kw) }}|{{ plain(1, *seq, c=2, **kw) }}",
    "call-method-of-context-value": (
        "{{ point.items | join(',') }}|{{ text.upper() }}|{{ kw.items() | list }}"
    ),
    # Loops
    "loop-basics": (
        "{% for x in seq %}{{ loop.index }}{{ loop.index0 }}{{ loop.first }}{{ loop.last }}"
        "{{ loop.length }}{{ loop.revindex }}{{ loop.cycle('o', 'e') }}:{{ x }} {% endfor %}"
    ),
    "loop-else-and-filter": "{% for x in seq if x > 1 %}{{ x }}{% else %}empty{% endfor %}"
    "{% for x in [] %}{{ x }}{% else %}empty{% endfor %}",
    "loop-unpacking": "{% for k, v in kw | dictsort %}{{ k }}={{ v }};{% endfor %}",
    "loop-items-objects": (
        "{% for item in params.items %}{{ item.text }}{% if item.label %}/{{ item.label.val }}"
        "{% endif %}{{ item.tags | join('+') }};{% endfor %}"
    ),
    "loop-nested-loop-var": (
        "{% for a in seq %}{% set outer = loop %}{% for b in seq %}{{ outer.index }}{{ loop.index }},"
        "{% endfor %}{% endfor %}"
    ),
    "loop-recursive": (
        "{% for node in tree recursive %}<{{ node.name }}>{% if node.children %}{{ loop(node.children) }}"
        "{% endif %}{% endfor %}"
    ),
    "loop-prev-next-changed": (
        "{% for x in [1, 1, 2] %}{{ loop.previtem | default('-') }}{{ loop.nextitem | default('-') }}"
        "{{ loop.changed(x) }};{% endfor %}"
    ),
    "loop-variable-does-not-leak": "{% for who in seq %}{% endfor %}{{ who }}",
    "loop-target-read-from-context-elsewhere": "{% for item in params.items %}{% endfor %}{{ item.text }}",
    "loop-over-dicts": "{% for d in dicts %}{{ d.name }}{{ d['name'] }}{% endfor %}",
    # set scoping
    "set-block": (
        "{% set block_value %}<i>{{ text }}</i>{% endset %}{{ block_value }}|{{ block_value | length }}"
    ),
    "set-block-filtered": "{% set upper | upper %}{{ text }}{% endset %}{{ upper }}",
    "set-object-chain": "{% set s = params.sub %}{% set v = s.val %}{{ s.val }}{{ s.n }}{{ v }}",
    "set-conditional-binding": "{% set s = params.sub if params.flag else point %}{{ s.val }}",
    "set-two-kinds": (
        "{% if params.flag %}{% set s = params.sub %}{% else %}{% set s = dicts[0] %}{% endif %}{{ s.val }}"
    ),
    "set-tuple": "{% set a, b = seq[0], seq[1] %}{{ a }}{{ b }}",
    "namespace": "{% set ns = namespace(total=0) %}{% for x in seq %}{% set ns.total = ns.total + x %}"
    "{% endfor %}{{ ns.total }}",
    "with-scoping": (
        "{% with who='with', params=params.sub %}{{ who }}{{ params.val }}{% set inner = 1 %}{% endwith %}"
        "{{ who }}{{ params.title }}{{ inner is defined }}"
    ),
    "with-nested-shadowing": (
        "{% with a=1 %}{% with a=a + 1, b=a %}{{ a }}{{ b }}{% endwith %}{{ a }}{% endwith %}"
    ),
    # Includes (inlined when the name is constant and the context is passed)
    "include-inlined": "{% include 'partial.html' %}{{ local is defined }}",
    "include-with-params": (
        "{% with params=params.sub, extra='<x>' %}{% include 'uses_with.html' %}{% endwith %}"
    ),
    "include-with-hint-id": (
        "{% with params=params.sub, extra=1, hint_id='h-1' %}{% include 'uses_with.html' %}{% endwith %}"
    ),
    "include-nested": "{% include 'nested.html' %}",
    "include-sets-do-not-leak": "{% include 'sets.html' %}|{{ who }}",
    "include-in-loop": "{% for who in seq %}{% include 'partial.html' %}{% endfor %}",
    "include-variable-name": "{% include name_of_partial %}",
    "include-list-of-names": "{% include ['no-such.html', 'partial.html'] %}",
    "include-without-context": "{% include 'sets.html' without context %}",
    "include-ignore-missing": "{% include 'no-such.html' ignore missing %}ok",
    "include-missing": "{% include 'no-such.html' %}",
    "include-with-blocks": "{% include 'blocky.html' %}",
    "include-chain": "{% include 'loop_a.html' %}",
    # Macros, call blocks, imports
    "macro-defaults-varargs-kwargs": (
        "{% macro m(a, b='B') %}{{ a }}{{ b }}{{ varargs }}{{ kwargs }}{% endmacro %}"
        "{{ m(1) }}|{{ m(1, 2, 3) }}|{{ m(1, c=4) }}|{{ m(a='x') }}"
    ),
    "macro-recursive": "{% macro count(n) %}{{ n }}{% if n > 0 %}{{ count(n - 1) }}{% endif %}{% endmacro %}"
    "{{ count(3) }}",
    "macro-closure": (
        "{% set who = 'closed' %}{% macro m() %}{{ who }}{% endmacro %}{% set who = 'later' %}{{ m() }}"
    ),
    "macro-caller": (
        "{% macro wrap(tag) %}<{{ tag }}>{{ caller() }}|{{ caller() }}</{{ tag }}>{% endmacro %}"
        "{% call wrap('p') %}{{ text }}{% endcall %}"
    ),
    "macro-caller-with-args": (
        "{% macro each(xs) %}{% for x in xs %}{{ caller(x, loop.index) }}{% endfor %}{% endmacro %}"
        "{% call(x, i) each(seq) %}[{{ i }}:{{ x }}]{% endcall %}"
    ),
    "macro-caller-forwarded": (
        "{% macro inner() %}({{ caller() }}){% endmacro %}"
        "{% macro outer() %}{{ caller() }}{% call inner() %}in{% endcall %}{% endmacro %}"
        "{% call outer() %}x{% endcall %}"
    ),
    "import-macros": (
        "{% import 'macros.html' as m %}{{ m.hello('Ann') }}|{{ m.exported }}|"
        "{% call m.wrap('p') %}in{% endcall %}"
    ),
    "from-import-with-context": "{% from 'macros.html' import who_am_i with context %}{{ who_am_i() }}",
    "from-import-without-context": (
        "{% from 'macros.html' import who_am_i, hello as hi %}{{ who_am_i() }}{{ hi('B') }}"
    ),
    "fd-call-block-inset-text": "{% call fd.inset_text() %}<p>{{ text }}</p>{% endcall %}",
    "fd-components": "{{ fd.button(text=text) }}{{ fd.tag(text='Paid', attributes={'data-x': text}) }}",
    "fd-call-block": "{% call fd.button() %}<b>{{ text }}</b>{% endcall %}",
    "fd-call-block-refused": "{% call fd.tag(text='Paid') %}x{% endcall %}",
    "fd-bad-params": "{{ fd.button(text='Go', variant='huge') }}",
    # Filters
    "filters-common": (
        "{{ seq | join(', ') }}|{{ text | upper }}|{{ text | length }}|{{ seq | sum }}|{{ seq | first }}"
        "|{{ seq | last }}|{{ seq | reverse | list }}|{{ seq | sort(reverse=true) | list }}"
        "|{{ '  x ' | trim }}|{{ 'a b' | replace('a', '<') }}|{{ '%s-%s' | format(1, text) }}"
    ),
    "filters-objects": (
        "{{ params.items | map(attribute='text') | join }}"
        "|{{ params.items | selectattr('label') | list | length }}"
        "|{{ dicts | map(attribute='name') | list }}|{{ kw | dictsort }}|{{ kw | tojson }}"
    ),
    "filters-chained-with-markup": (
        "{{ (text ~ safe) | striptags }}|{{ safe | string }}|{{ text | escape | safe }}"
    ),
    "filter-block": "{% filter upper %}{{ text }} in {{ who }}{% endfilter %}",
    "filter-indent-wordwrap": "{{ 'a\nb' | indent(2, first=true) }}|{{ 'x y z' | wordwrap(3) }}",
    "filter-default-boolean": "{{ '' | default('empty', true) }}{{ none | default('none') }}",
    # Expressions
    "expressions": (
        "{{ 7 // 2 }}{{ 7 % 3 }}{{ 2 ** 3 }}{{ -seq[0] }}{{ not params.flag }}{{ 1 < 2 < 3 }}"
        "{{ 'a' in text }}{{ seq[1:] }}{{ seq[::-1] }}{{ (1, 2) }}{{ text ~ number }}"
        "{{ params.flag and 'yes' or 'no' }}{{ 'k' if params.sub.n else 'z' }}"
    ),
    "getattr-on-dicts-and-objects": (
        "{{ kw.a }}|{{ kw['a'] }}|{{ point.x }}|{{ point['x'] }}|{{ dicts[0].name }}"
    ),
    "getattr-missing-on-context-object": "{{ point.z is defined }}",
    "getitem-on-params": "{{ params['title'] }}",
    # Whitespace control and raw
    "whitespace-control": (
        "a  {%- if true -%}  b  {%- endif -%}  c {{- ' d ' -}} e\n  {%+ if true %}f{% endif %}"
    ),
    "trim-and-lstrip-blocks": "<ul>\n  {% for x in seq %}\n  <li>{{ x }}</li>\n  {% endfor %}\n</ul>\n",
    "keep-newline-with-plus": "{% if true %}a{% endif +%}\nb",
    "raw": "{% raw %}{{ not evaluated }}{% endraw %}",
    "comments": "a{# comment #}b{#- trimmed -#} c",
    # Extends and blocks
    "extends-super-self": (
        "{% extends 'base.html' %}{% block head %}{{ super() }}<x>{{ self.body() }}</x>{% endblock %}"
        "{% block body %}child {{ text }}{% endblock %}{% block looped %}<{{ i }}>{% endblock %}"
    ),
    "extends-variable": "{% extends base_name %}{% block body %}v{% endblock %}",
    # gettext
    "gettext": (
        "{{ _('Back') }}|{{ _('Hello %(name)s', name=text) }}|{{ _('Hi %(x)s', x=safe) }}"
        "|{{ ngettext('%(num)s item', '%(num)s items', 2) }}|{{ gettext('Back') }}"
    ),
    # Jinja's default globals
    "default-globals": (
        "{% set c = cycler('a', 'b') %}{{ c.next() }}{{ c.next() }}{{ c.next() }}"
        "{% set j = joiner('|') %}{% for x in seq %}{{ j() }}{{ x }}{% endfor %}{{ lipsum is defined }}"
    ),
    "autoescape-block-not-used": "{{ text }}",
}

ERRORS = {
    "undefined-output",
    "undefined-attribute",
    "undefined-in-if",
    "undefined-item",
    "undefined-in-default",
    "include-missing",
    "fd-call-block-refused",
    "fd-bad-params",
    "fd-attributes-bad-name",
}
"""The cases that raise (the same error both ways): the corpus is not all errors, nor errors by mistake."""


def context() -> dict[str, Any]:
    """A fresh context for one render (templates may write to it)."""
    return {
        "params": Params(),
        "text": "<script>&'\"",
        "safe": Markup("<i>ok</i>"),
        "obj": WithHtml(),
        "number": 5,
        "floaty": 2.5,
        "lazy": lazy_gettext("Back"),
        "none": None,
        "seq": [1, 2, 3],
        "kw": {"a": "<A>", "b": 2},
        "point": Point(1, 2),
        "dicts": [{"name": "first", "val": "dv"}, {"name": "second", "val": "dv2"}],
        "tree": [{"name": "a", "children": [{"name": "b", "children": []}]}, {"name": "c", "children": []}],
        "shadowed": "from-context",
        "item": {"text": "item-from-context"},
        "plain_global": context_name,
        "name_of_calling_partial": "calls_plain_global_too.html",
        "holder": Holder(),
        "functions": [context_name],
        "bare": Bare(),
        "classy": Bare(classes="given", attributes={"data-a": "<a>", "data-none": None}),
        "bad_attributes": Bare(attributes={"on click": "x"}),
        "ctx_function": context_name,
        "name_of_partial": "partial.html",
        "base_name": "base.html",
    }


def environment(stock_jinja: bool) -> ComponentEnvironment:
    """Our environment over the corpus, with globals of every kind a call may need."""
    env = build_environment(DictLoader({**LIBRARY, **CORPUS}), stock_jinja=stock_jinja)
    env.globals.update(
        fd=fd,
        who="global-who",
        shadowed="from-globals",
        plain=plain,
        plain_global=plain,
        context_name=context_name,
        environment_autoescape=environment_autoescape,
        eval_autoescape=eval_autoescape,
        callable_object=CallableWithContext(),
    )
    env.filters["shout"] = shout_filter
    return env


def outcome(render: Callable[[], str]) -> str:
    """What a render gives: its text, or the error it raises."""
    try:
        return "ok: " + str(render())
    except Exception as error:
        return f"error: {type(error).__name__}: {error}"


def renders(name: str) -> Iterator[tuple[str, str]]:
    """How each way renders ``name``: Jinja's own, ours through ``render()``, ours through the
    fast renderer."""
    stock, fast = environment(stock_jinja=True), environment(stock_jinja=False)
    yield "stock", outcome(lambda: stock.get_template(name).render(context()))
    yield "fast render()", outcome(lambda: fast.get_template(name).render(context()))
    yield "fast renderer", outcome(lambda: fast.renderer(name)(context()))


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_renders_the_same_as_stock_jinja(name: str) -> None:
    (_, expected), *ours = renders(name)
    for way, got in ours:
        assert got == expected, f"{way} differs from stock Jinja"
    assert expected.startswith("error: ") == (name in ERRORS), expected


def test_corpus_covers_the_constructs() -> None:
    """Each kind of node the generator compiles in its own way, or could, appears in the corpus."""
    env = environment(stock_jinja=True)
    found = {
        type(node)
        for source in [*CORPUS.values(), *LIBRARY.values()]
        for node in env.parse(source).find_all(nodes.Node)
    }
    wanted = {
        nodes.Include,
        nodes.Assign,
        nodes.AssignBlock,
        nodes.With,
        nodes.For,
        nodes.If,
        nodes.CallBlock,
        nodes.Macro,
        nodes.Import,
        nodes.FromImport,
        nodes.Extends,
        nodes.Block,
        nodes.FilterBlock,
        nodes.Test,
        nodes.Filter,
        nodes.Call,
        nodes.CondExpr,
        nodes.Getattr,
        nodes.Getitem,
        nodes.Slice,
        nodes.NSRef,
        nodes.Concat,
        nodes.Compare,
        nodes.And,
        nodes.Or,
        nodes.Not,
        nodes.Tuple,
        nodes.Dict,
        nodes.List,
        nodes.TemplateData,
        nodes.Output,
    }
    assert wanted <= found, wanted - found


@pytest.mark.parametrize("locale", ["en", "ar"])
@pytest.mark.parametrize(
    ("model", "example"),
    [
        pytest.param(info.model, example, id=f"{name}-{example.slug}")
        for name, info in registry().items()
        for example in info.examples
    ],
)
def test_component_template_renders_the_same_as_stock_jinja(
    model: type[Component], example: Any, locale: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each component's own template through Jinja's own generator and renderer (the components
    it calls keep ours; the stock-mode test renders everything stock)."""
    with use_locale(locale):
        component = model(**example.resolved_params())
        ours = component.render()
        name = f"{model.component_name}/{model.component_name}.html"
        monkeypatch.setattr(model, "_renderer", component_environment(stock_jinja=True).renderer(name))
        assert component.render() == ours


TEXT = st.text(st.characters(codec="utf-8"), max_size=30)


@settings(max_examples=60, deadline=None)
@given(title=TEXT, value=TEXT, key=st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True))
def test_any_text_renders_the_same_as_stock_jinja(title: str, value: str, key: str) -> None:
    source = (
        "{{ params.title }}|{{ text }}|<p{{ params.attributes|xmlattr }}>{{ params.attributes[key] }}"
        "<p{{ params|fd_attributes('fd-x', text, params.title) }}>"
        "{% with params=bare %}<p{{ params|fd_attributes('fd-y', text, params.classes) }}>{% endwith %}"
    )
    params = Params(title=title, classes=title, attributes={key: value})
    variables = {"params": params, "text": value, "key": key, "bare": Bare()}
    stock = environment(stock_jinja=True).from_string(source).render(variables)
    fast_env = environment(stock_jinja=False)
    assert fast_env.from_string(source).render(variables) == stock
