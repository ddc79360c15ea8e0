"""Radios: ids, checked state, fieldset and describedby, CSS-only conditional reveal, dividers, errors."""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.assets import css_bundle
from components.radios import Radios
from components.registry import get
from tests.components.css import css_rules
from tests.components.jinja import agency_environment

COMPONENTS = Path(__file__).parents[2] / "components"
CSS = "\n".join(
    path.read_text() for path in (COMPONENTS / "choice_list.css", COMPONENTS / "radios" / "radios.css")
)
RULES = css_rules(css_bundle())
TEMPLATE = (COMPONENTS / "choice_list.html").read_text()
PHYSICAL = re.compile(
    r"(margin|padding|border)-(left|right|top|bottom)\b|(?<![-\w])(left|right|top|bottom)\s*:"
    r"|(text-align|float|clear)\s*:\s*(left|right)"
)
VOID = {"input", "br", "hr", "img", "meta", "link"}


@dataclass
class Element:
    """A parsed element: enough of a DOM to check order, nesting and attributes."""

    tag: str
    attrs: dict[str, str]
    parent: Element | None = None
    children: list[Element] = field(default_factory=list)
    text: str = ""

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def walk(self) -> list[Element]:
        return [self] + [found for child in self.children for found in child.walk()]

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Element]:
        return [
            element
            for element in self.walk()[1:]
            if (tag is None or element.tag == tag) and (cls is None or cls in element.classes)
        ]

    def by_id(self, element_id: str) -> Element:
        found = [element for element in self.walk() if element.attrs.get("id") == element_id]
        assert len(found) == 1, f"{len(found)} elements with id {element_id!r}"
        return found[0]

    def next_sibling(self) -> Element | None:
        assert self.parent is not None
        siblings = self.parent.children
        index = siblings.index(self)
        return siblings[index + 1] if index + 1 < len(siblings) else None

    def all_text(self) -> str:
        return self.text + "".join(child.all_text() for child in self.children)


class TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.root = Element("#root", {})
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {key: value or "" for key, value in attrs}, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_endtag(self, tag: str) -> None:
        assert self.current.tag == tag, f"</{tag}> closes <{self.current.tag}>"
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.text += data


def tree(html: str) -> Element:
    """Parse ``html`` into a small element tree."""
    builder = TreeBuilder()
    builder.feed(str(html))
    builder.close()
    assert builder.current is builder.root, "an element was left open"
    return builder.root


def described_ids(root: Element, element: Element) -> list[str]:
    """The ids in an element's aria-describedby, each checked to exist exactly once."""
    ids = element.attrs.get("aria-describedby", "").split()
    for element_id in ids:
        root.by_id(element_id)
    return ids


LEGEND = {"legend": {"text": "Do you rent your home?"}}
YES_NO = [{"value": "yes", "text": "Yes"}, {"value": "no", "text": "No"}]


def radios(**params: Any) -> Radios:
    return Radios(**{"name": "rent", "fieldset": LEGEND, "items": YES_NO, **params})


def test_item_ids_start_from_the_name_then_number_on() -> None:
    root = tree(radios(items=[*YES_NO, {"value": "maybe", "text": "Maybe"}]).render())
    inputs = root.find_all("input")
    assert [i.attrs["id"] for i in inputs] == ["rent", "rent-2", "rent-3"]
    assert all(i.attrs["type"] == "radio" and i.attrs["name"] == "rent" for i in inputs)
    for label in root.find_all("label"):
        assert root.by_id(label.attrs["for"]).tag == "input"


def test_id_prefix_and_item_id_override_the_defaults() -> None:
    root = tree(radios(id_prefix="home", items=[YES_NO[0], {**YES_NO[1], "id": "renter-no"}]).render())
    assert [i.attrs["id"] for i in root.find_all("input")] == ["home", "renter-no"]


def test_value_checks_only_the_matching_item() -> None:
    root = tree(radios(value="no").render())
    checked = [i.attrs["value"] for i in root.find_all("input") if "checked" in i.attrs]
    assert checked == ["no"]
    root = tree(radios(items=[YES_NO[0], {**YES_NO[1], "checked": True}]).render())
    assert [i.attrs["value"] for i in root.find_all("input") if "checked" in i.attrs] == ["no"]
    assert not [i for i in tree(radios().render()).find_all("input") if "checked" in i.attrs]


def test_two_checked_items_are_refused() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        radios(items=[{**YES_NO[0], "checked": True}, YES_NO[1]], value="no")
    assert "Radios" in str(raised.value)
    assert "only one radio can be checked" in str(raised.value)


def test_group_hint_and_error_describe_the_fieldset_not_each_input() -> None:
    params = radios(hint={"text": "Pick one."}, error_message={"text": "Select yes if you rent"})
    root = tree(params.render())
    fieldset = root.find_all("fieldset")[0]
    assert described_ids(root, fieldset) == ["rent-hint", "rent-error"]
    assert "Select yes if you rent" in root.by_id("rent-error").all_text()
    for radio in root.find_all("input"):
        assert "aria-describedby" not in radio.attrs
        assert "aria-invalid" not in radio.attrs
    group = root.children[0]
    assert group.classes == ["fd-form-group", "fd-form-group--error"]


def test_fieldset_described_by_is_kept_before_the_group_ids() -> None:
    html = Radios(
        name="rent", fieldset={**LEGEND, "described_by": "intro"}, hint={"text": "Pick one."}, items=YES_NO
    ).render()
    root = tree('<p id="intro">About renting</p>' + str(html))
    assert described_ids(root, root.find_all("fieldset")[0]) == ["intro", "rent-hint"]


def test_item_hint_is_linked_to_its_own_input() -> None:
    root = tree(radios(items=[{**YES_NO[0], "hint": "You pay a landlord."}, YES_NO[1]]).render())
    first, second = root.find_all("input")
    assert described_ids(root, first) == ["rent-item-hint"]
    assert root.by_id("rent-item-hint").all_text() == "You pay a landlord."
    assert "aria-describedby" not in second.attrs


def test_legend_as_page_heading_puts_an_h1_inside_the_legend() -> None:
    root = tree(
        radios(fieldset={"legend": {"text": "Do you rent?", "is_page_heading": True, "size": "l"}}).render()
    )
    legend = root.find_all("legend")[0]
    assert "fd-fieldset__legend--l" in legend.classes
    assert [child.tag for child in legend.children] == ["h1"]
    assert legend.children[0].all_text() == "Do you rent?"
    assert not root.find_all("legend")[0].text.strip()


def test_conditional_content_follows_its_item_and_needs_no_script_or_aria_state() -> None:
    html = radios(
        items=[{**YES_NO[0], "conditional_html": '<p id="rent-more">How much rent?</p>'}, YES_NO[1]],
        value="yes",
    ).render()
    root = tree(html)
    item = root.by_id("rent").parent
    assert item is not None and "fd-radios__item" in item.classes
    revealed = item.next_sibling()
    assert revealed is not None and "fd-radios__conditional" in revealed.classes
    assert revealed.by_id("rent-more").tag == "p"
    for attribute in ("aria-expanded", "aria-controls", "hidden", "style"):
        assert attribute not in html
    assert "<script" not in html and not re.search(r"\son[a-z]+=", html)


def test_css_hides_unchosen_conditional_content_with_has_and_checked() -> None:
    hidden = RULES[".fd-radios__item:has(.fd-radios__input:not(:checked))+.fd-radios__conditional"]
    assert hidden == {"display": "none"}


def test_no_fieldset_is_refused_for_more_than_one_item() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Radios(name="rent", items=YES_NO)
    assert "'fieldset'" in str(raised.value)


def test_a_single_item_without_fieldset_gets_the_group_ids_on_its_input() -> None:
    root = tree(
        Radios(
            name="confirm",
            items=[{"value": "yes", "text": "Yes, this is my address", "hint": "We will mail it here."}],
            hint={"text": "Check the address first."},
            error_message={"text": "Confirm your address"},
        ).render()
    )
    assert not root.find_all("fieldset")
    assert described_ids(root, root.by_id("confirm")) == [
        "confirm-hint",
        "confirm-error",
        "confirm-item-hint",
    ]


def test_hint_or_error_on_the_fieldset_itself_is_refused() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        radios(fieldset={**LEGEND, "id": "f", "hint": {"text": "Pick one."}})
    assert "'fieldset'" in str(raised.value) and "hint" in str(raised.value)


def test_inline_with_conditional_content_is_refused() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        radios(inline=True, items=[{**YES_NO[0], "conditional_html": "<p>More</p>"}, YES_NO[1]])
    assert "inline" in str(raised.value)


def test_divider_shows_or_by_default_and_its_own_text() -> None:
    items = [YES_NO[0], {"divider": True}, YES_NO[1], {"divider": "or else"}, {"value": "x", "text": "X"}]
    dividers = tree(radios(items=items).render()).find_all("div", "fd-radios__divider")
    assert [d.all_text() for d in dividers] == ["or", "or else"]


def test_default_divider_text_is_translated(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"or": "o"}.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    with i18n.locale.use_locale("es"):
        html = radios(items=[YES_NO[0], {"divider": True}, YES_NO[1]]).render()
    assert '<div class="fd-radios__divider">o</div>' in html


def test_divider_with_other_params_and_item_without_value_are_refused() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        radios(items=[*YES_NO, {"divider": True, "value": "or"}])
    assert "'items.2'" in str(raised.value) and "divider" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        radios(items=[YES_NO[0], {"text": "No"}])
    assert "'items.1'" in str(raised.value) and "value" in str(raised.value)


def test_unknown_item_param_is_named_with_a_guess() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        radios(items=[YES_NO[0], {**YES_NO[1], "checkd": True}])
    assert "'items.1.checkd'" in str(raised.value)
    assert "did you mean 'checked'" in str(raised.value)


def test_two_items_with_one_id_are_refused() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        radios(items=[YES_NO[0], {**YES_NO[1], "id": "rent"}])
    assert "'rent'" in str(raised.value)


def test_item_text_and_hint_are_escaped_item_html_is_not() -> None:
    html = radios(
        items=[{"value": "a", "text": "<b>A</b>", "hint": "<i>h</i>"}, {"value": "b", "html": "<b>B</b>"}]
    ).render()
    assert "&lt;b&gt;A&lt;/b&gt;" in html and "&lt;i&gt;h&lt;/i&gt;" in html
    assert "<b>B</b>" in html


def test_disabled_inline_and_small_modifiers() -> None:
    root = tree(radios(inline=True, small=True, items=[YES_NO[0], {**YES_NO[1], "disabled": True}]).render())
    assert root.find_all("div", "fd-radios")[0].classes == [
        "fd-radios",
        "fd-radios--inline",
        "fd-radios--small",
    ]
    assert "disabled" in root.by_id("rent-2").attrs and "disabled" not in root.by_id("rent").attrs


def test_works_from_jinja() -> None:
    html = (
        agency_environment()
        .from_string(
            '{{ fd.radios(name="rent", fieldset={"legend": {"text": "Rent?"}}, items=items, value="yes") }}'
        )
        .render(items=YES_NO)
    )
    assert 'value="yes" checked' in html and "<legend" in html


def test_examples_ids_are_unique_across_the_gallery_page() -> None:
    info = get("radios")
    ids: list[str] = []
    for example in info.examples:
        ids += [
            e.attrs["id"]
            for e in tree(info.model(**example.resolved_params()).render()).walk()
            if "id" in e.attrs
        ]
    assert len(ids) == len(set(ids))


def test_css_is_logical_focus_visible_and_forced_colours_safe() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert RULES[".fd-radios__input:focus-visible"]["outline"].endswith("var(--fd-color-focus)")
    for selector in (".fd-radios__input", ".fd-radios__item>.fd-radios__label::after"):
        assert RULES[f"@media (forced-colors:active) {selector}"]["border-color"] == "CanvasText"
    assert RULES[".fd-radios__item>.fd-radios__label"]["min-height"] == "var(--fd-target-size)"
    assert RULES[".fd-radios__input"]["border-radius"] == "50%"
    assert "display" not in RULES[".fd-radios__input"]
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
