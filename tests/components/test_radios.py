"""Radios: ids, checked state, fieldset and describedby, CSS-only conditional reveal, dividers, errors."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.assets import css_bundle
from components.radios import Radios
from components.registry import get
from tests.components.css import FOCUS_RING, PHYSICAL, css_rules, focus_style
from tests.components.jinja import agency_environment
from tests.components.structure import described_ids
from tests.html import attr, classes, one, parse, select, text

COMPONENTS = Path(__file__).parents[2] / "components"
CSS = "\n".join(
    path.read_text() for path in (COMPONENTS / "choice_list.css", COMPONENTS / "radios" / "radios.css")
)
RULES = css_rules(css_bundle())
TEMPLATE = (COMPONENTS / "choice_list.html").read_text()
LEGEND = {"legend": {"text": "Do you rent your home?"}}
YES_NO = [{"value": "yes", "text": "Yes"}, {"value": "no", "text": "No"}]


def radios(**params: Any) -> Radios:
    return Radios(**{"name": "rent", "fieldset": LEGEND, "items": YES_NO, **params})


def test_item_ids_start_from_the_name_then_number_on() -> None:
    page = parse(radios(items=[*YES_NO, {"value": "maybe", "text": "Maybe"}]).render())
    inputs = select(page, "input")
    assert [attr(i, "id") for i in inputs] == ["rent", "rent-2", "rent-3"]
    assert all(attr(i, "type") == "radio" and attr(i, "name") == "rent" for i in inputs)
    for label in select(page, "label"):
        assert one(page, f"#{attr(label, 'for')}").name == "input"


def test_id_prefix_and_item_id_override_the_defaults() -> None:
    page = parse(radios(id_prefix="home", items=[YES_NO[0], {**YES_NO[1], "id": "renter-no"}]).render())
    assert [attr(i, "id") for i in select(page, "input")] == ["home", "renter-no"]


def test_value_checks_only_the_matching_item() -> None:
    assert [attr(i, "value") for i in select(radios(value="no").render(), "input[checked]")] == ["no"]
    chosen = radios(items=[YES_NO[0], {**YES_NO[1], "checked": True}]).render()
    assert [attr(i, "value") for i in select(chosen, "input[checked]")] == ["no"]
    assert not select(radios().render(), "input[checked]")


def test_two_checked_items_are_refused() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        radios(items=[{**YES_NO[0], "checked": True}, YES_NO[1]], value="no")
    assert "Radios" in str(raised.value)
    assert "only one radio can be checked" in str(raised.value)


def test_group_hint_and_error_describe_the_fieldset_not_each_input() -> None:
    params = radios(hint={"text": "Pick one."}, error_message={"text": "Select yes if you rent"})
    page = parse(params.render())
    fieldset = one(page, ".fd-form-group > fieldset")
    assert described_ids(page, fieldset) == ["rent-hint", "rent-error"]
    assert text(one(fieldset, "p#rent-error")) == "Error: Select yes if you rent"
    assert not select(page, "input[aria-describedby], input[aria-invalid]")
    group = one(page, "div.fd-form-group")
    assert classes(group) == ["fd-form-group", "fd-form-group--error"]


def test_fieldset_described_by_is_kept_before_the_group_ids() -> None:
    html = Radios(
        name="rent", fieldset={**LEGEND, "described_by": "intro"}, hint={"text": "Pick one."}, items=YES_NO
    ).render()
    page = parse('<p id="intro">About renting</p>' + str(html))
    assert described_ids(page, one(page, "fieldset")) == ["intro", "rent-hint"]


def test_item_hint_is_linked_to_its_own_input() -> None:
    page = parse(radios(items=[{**YES_NO[0], "hint": "You pay a landlord."}, YES_NO[1]]).render())
    first, second = select(page, "input")
    assert described_ids(page, first) == ["rent-item-hint"]
    hint = one(page, "#rent-item-hint")
    assert (text(hint), classes(hint)) == ("You pay a landlord.", ["fd-hint", "fd-radios__hint"])
    assert hint.parent is first.parent
    assert attr(second, "aria-describedby") is None


def test_legend_as_page_heading_puts_an_h1_inside_the_legend() -> None:
    page = parse(
        radios(fieldset={"legend": {"text": "Do you rent?", "is_page_heading": True, "size": "l"}}).render()
    )
    legend = one(page, "fieldset > legend")
    assert "fd-fieldset__legend--l" in classes(legend)
    assert [child.name for child in legend.find_all(recursive=False)] == ["h1"]
    assert text(legend) == text(one(legend, "h1")) == "Do you rent?"


def test_conditional_content_follows_its_item_and_needs_no_script_or_aria_state() -> None:
    html = radios(
        items=[{**YES_NO[0], "conditional_html": '<p id="rent-more">How much rent?</p>'}, YES_NO[1]],
        value="yes",
    ).render()
    page = parse(html)
    item = one(page, "#rent").parent
    assert item is not None and classes(item) == ["fd-radios__item"]
    revealed = item.find_next_sibling()
    assert revealed is not None and classes(revealed) == ["fd-radios__conditional"]
    assert attr(revealed, "id") == "rent-conditional"
    assert one(revealed, "#rent-more").name == "p"
    assert not select(page, "[aria-expanded], [aria-controls], [hidden], [style], script")
    assert not [name for element in select(page, "*") for name in element.attrs if name.startswith("on")]


def test_css_hides_unchosen_conditional_content_with_has_and_checked() -> None:
    hidden = RULES[".fd-radios__item:has(.fd-radios__input:not(:checked))+.fd-radios__conditional"]
    assert hidden == {"display": "none"}


def test_no_fieldset_is_refused_for_more_than_one_item() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Radios(name="rent", items=YES_NO)
    assert "'fieldset'" in str(raised.value)


def test_a_single_item_without_fieldset_gets_the_group_ids_on_its_input() -> None:
    page = parse(
        Radios(
            name="confirm",
            items=[{"value": "yes", "text": "Yes, this is my address", "hint": "We will mail it here."}],
            hint={"text": "Check the address first."},
            error_message={"text": "Confirm your address"},
        ).render()
    )
    assert not select(page, "fieldset")
    assert described_ids(page, one(page, "#confirm")) == [
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
    group = one(radios(items=items).render(), "div.fd-radios")
    children = [(classes(child)[0], text(child)) for child in group.find_all(recursive=False)]
    assert children == [
        ("fd-radios__item", "Yes"),
        ("fd-radios__divider", "or"),
        ("fd-radios__item", "No"),
        ("fd-radios__divider", "or else"),
        ("fd-radios__item", "X"),
    ]


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
    assert text(one(html, "div.fd-radios__divider")) == "o"


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
    first, second = select(html, ".fd-radios__item")
    assert text(one(first, "label")) == "<b>A</b>" and not select(first, "b")
    assert text(one(first, ".fd-radios__hint")) == "<i>h</i>" and not select(first, "i")
    assert text(one(second, "label > b")) == "B"


def test_disabled_inline_and_small_modifiers() -> None:
    page = parse(radios(inline=True, small=True, items=[YES_NO[0], {**YES_NO[1], "disabled": True}]).render())
    assert classes(one(page, "fieldset > div")) == ["fd-radios", "fd-radios--inline", "fd-radios--small"]
    assert [attr(i, "id") for i in select(page, "input[disabled]")] == ["rent-2"]


def test_works_from_jinja() -> None:
    html = (
        agency_environment()
        .from_string(
            '{{ fd.radios(name="rent", fieldset={"legend": {"text": "Rent?"}}, items=items, value="yes") }}'
        )
        .render(items=YES_NO)
    )
    assert text(one(html, "fieldset > legend")) == "Rent?"
    assert [attr(i, "value") for i in select(html, "input[checked]")] == ["yes"]


def test_examples_ids_are_unique_across_the_gallery_page() -> None:
    info = get("radios")
    ids: list[str] = []
    for example in info.examples:
        ids += [attr(e, "id") or "" for e in select(info.model(**example.resolved_params()).render(), "[id]")]
    assert len(ids) == len(set(ids))


def test_css_is_logical_focus_visible_and_forced_colours_safe() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert focus_style(".fd-radios__input", RULES)["outline"] == FOCUS_RING
    for selector in (".fd-radios__input", ".fd-radios__item>.fd-radios__label::after"):
        assert RULES[f"@media (forced-colors:active) {selector}"]["border-color"] == "CanvasText"
    assert RULES[".fd-radios__item>.fd-radios__label"]["min-height"] == "var(--fd-target-size)"
    assert RULES[".fd-radios__input"]["border-radius"] == "50%"
    assert "display" not in RULES[".fd-radios__input"]
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
