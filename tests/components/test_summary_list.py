"""Summary list: keys and values in a description list, actions that name what they change, cards."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.summary_list import SummaryList
from tests.components.css import PHYSICAL, css_rules
from tests.html import Tag, attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "summary_list" / "summary_list.css").read_text()


def row(key: str, value: str | None = "x", *actions: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {"key": {"text": key}, "actions": list(actions)}
    if value is not None:
        found["value"] = {"text": value}
    return found


def hidden(link: Tag) -> str:
    return text(one(link, ":scope > span.fd-visually-hidden:last-child"))


def test_a_description_list_of_rows_with_key_value_and_action() -> None:
    html = SummaryList(rows=[row("Name", "Ana Ruiz", {"href": "/name"}), row("Age", "41")]).render()
    dl = one(html, "dl")
    assert classes(dl) == ["fd-summary-list"]
    rows = select(dl, ":scope > div")
    assert [classes(r) for r in rows] == [["fd-summary-list__row"]] * 2
    assert [(child.name, classes(child)) for child in rows[0].find_all(recursive=False)] == [
        ("dt", ["fd-summary-list__key"]),
        ("dd", ["fd-summary-list__value"]),
        ("dd", ["fd-summary-list__actions"]),
    ]
    assert [child.name for child in rows[1].find_all(recursive=False)] == ["dt", "dd"]
    assert [text(e) for e in select(rows[0], "dt, .fd-summary-list__value")] == ["Name", "Ana Ruiz"]
    link = one(rows[0], ".fd-summary-list__actions > a.fd-link")
    assert attr(link, "href") == "/name"
    assert text(link) == "Change Name"
    assert hidden(link) == "Name"


def test_hidden_words_can_be_given_or_left_out() -> None:
    html = SummaryList(
        rows=[
            row("Email", "a@example.com", {"href": "#e", "visually_hidden_text": "email address"}),
            row("Phone", "555", {"href": "#p", "visually_hidden_text": "", "html": "Edit <span>it</span>"}),
        ]
    ).render()
    email, phone = select(html, ".fd-summary-list__actions > a")
    assert text(email) == "Change email address"
    assert hidden(email) == "email address"
    assert text(phone) == "Edit it"
    assert not select(phone, ".fd-visually-hidden")


def test_key_given_as_html_gives_its_words_without_tags_to_the_link() -> None:
    key = {"html": "Date <em>of</em> birth"}
    html = SummaryList(rows=[{"key": key, "value": {"text": "x"}, "actions": [{"href": "#d"}]}]).render()
    assert text(one(html, "dt > em")) == "of"
    assert hidden(one(html, ".fd-summary-list__actions a")) == "Date of birth"


def test_more_than_one_action_is_a_list() -> None:
    html = SummaryList(
        rows=[row("Lease", "lease.pdf", {"href": "#c"}, {"href": "#r", "text": "Remove"})]
    ).render()
    items = select(html, ".fd-summary-list__actions > ul.fd-summary-list__actions-list > li")
    assert [classes(li) for li in items] == [["fd-summary-list__actions-item"]] * 2
    assert [(text(a), attr(a, "href")) for a in select(html, "li > a.fd-link")] == [
        ("Change Lease", "#c"),
        ("Remove Lease", "#r"),
    ]


def test_a_row_without_value_has_its_actions_only() -> None:
    html = SummaryList(rows=[row("Ana Ruiz", None, {"href": "#c"})]).render()
    assert [child.name for child in one(html, ".fd-summary-list__row").find_all(recursive=False)] == [
        "dt",
        "dd",
    ]
    assert not select(html, ".fd-summary-list__value")


def test_a_row_needs_a_value_or_actions() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        SummaryList(rows=[row("Name", None)])
    assert str(raised.value).startswith("SummaryList: invalid params")
    assert "'rows.0': Value error, give the row a 'value'" in str(raised.value)


def test_rows_are_required() -> None:
    with pytest.raises(ComponentParamsError, match="'rows'"):
        SummaryList(rows=[])


def test_key_needs_text_or_html() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        SummaryList(rows=[{"key": {}, "value": {"text": "x"}}])
    assert "'rows.0.key': Value error, give 'text' or 'html'" in str(raised.value)


def test_action_needs_an_href() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        SummaryList(rows=[row("Name", "x", {"text": "Change"})])
    assert "'rows.0.actions.0.href' is required" in str(raised.value)


def test_text_is_escaped_and_html_is_not() -> None:
    html = SummaryList(
        rows=[
            {
                "key": {"text": "<b>k</b>"},
                "value": {"text": "<i>v</i>"},
                "actions": [{"href": "#", "text": "<u>"}],
            },
            {"key": {"html": "<b>k</b>"}, "value": {"html": "<i>v</i>"}},
        ]
    ).render()
    first, second = select(html, ".fd-summary-list__row")
    assert not select(first, "b, i, u")
    assert text(one(first, "dt")) == "<b>k</b>"
    assert text(one(first, "a")) == "<u> <b>k</b>"
    assert text(one(second, "dt > b")) == "k" and text(one(second, "dd > i")) == "v"


def test_no_border_variant_and_outer_classes_and_attributes() -> None:
    html = SummaryList(rows=[row("a")], borders=False, classes="extra", attributes={"data-x": "1"}).render()
    dl = one(html, "dl")
    assert classes(dl) == ["fd-summary-list", "fd-summary-list--no-border", "extra"]
    assert attr(dl, "data-x") == "1"


def test_default_link_text_is_translated(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"Change": "Cambiar", "%(what)s (%(card)s)": "%(what)s de %(card)s"}.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    params: dict[str, Any] = {"rows": [row("Nombre", "x", {"href": "#n"})], "card": {"title_text": "Ana"}}
    with i18n.locale.use_locale("es"):
        html = SummaryList(**params).render()
    assert text(one(html, ".fd-summary-list__actions a")) == "Cambiar Nombre de Ana"


def card_list(**card: Any) -> SummaryList:
    rows = [
        row("Name", "Luis", {"href": "#n"}),
        row("Age", "12", {"href": "#a", "visually_hidden_text": "age"}),
    ]
    return SummaryList(rows=rows, card={"title_text": "Luis <Ruiz>", **card}, classes="extra")


def test_card_has_a_title_actions_and_the_list() -> None:
    page = parse(card_list(actions=[{"href": "#remove", "text": "Remove"}]).render())
    card = one(page, "div.fd-summary-list-card")
    assert classes(card) == ["fd-summary-list-card", "extra"]
    header, content = card.find_all(recursive=False)
    assert classes(header) == ["fd-summary-list-card__header"]
    assert (text(one(header, "h2.fd-summary-list-card__title")), classes(content)) == (
        "Luis <Ruiz>",
        ["fd-summary-list-card__content"],
    )
    remove = one(header, "ul.fd-summary-list-card__actions > li.fd-summary-list-card__action > a.fd-link")
    assert (attr(remove, "href"), text(remove), hidden(remove)) == (
        "#remove",
        "Remove Luis <Ruiz>",
        "Luis <Ruiz>",
    )
    assert classes(one(content, ":scope > dl")) == ["fd-summary-list"]


def test_in_a_card_each_row_action_names_the_card_too() -> None:
    links = select(card_list().render(), ".fd-summary-list__actions a")
    assert [hidden(link) for link in links] == ["Name (Luis <Ruiz>)", "age (Luis <Ruiz>)"]


def test_card_without_actions_has_no_list_of_them() -> None:
    assert not select(card_list().render(), "ul")


@pytest.mark.parametrize("level", [3, 6])
def test_card_heading_level(level: int) -> None:
    headings = select(card_list(heading_level=level).render(), "h1, h2, h3, h4, h5, h6")
    assert [h.name for h in headings] == [f"h{level}"]


@pytest.mark.parametrize(
    ("card", "field"), [({}, "title_text"), ({"title_text": "A", "heading_level": 1}, "heading_level")]
)
def test_card_errors_name_the_field(card: dict[str, Any], field: str) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        SummaryList(rows=[row("a")], card=card)
    assert "SummaryList" in str(raised.value)
    assert field in str(raised.value)


def test_columns_line_up_and_stack_on_narrow_screens() -> None:
    rules = css_rules(CSS)
    wide = "@media (min-width:40rem)"
    assert ".fd-summary-list__row" not in rules or "display" not in rules[".fd-summary-list__row"]
    assert rules[f"{wide} .fd-summary-list__row"]["display"] == "grid"
    columns = {
        name: rules[f"{wide} .fd-summary-list__{name}"]["grid-column"] for name in ("key", "value", "actions")
    }
    assert columns == {"key": "1", "value": "2", "actions": "3"}
    assert rules[f"{wide} .fd-summary-list__actions"]["text-align"] == "end"


def test_action_links_are_44px_targets() -> None:
    link = css_rules(CSS)[".fd-summary-list__actions a"]
    assert link["min-block-size"] == link["min-inline-size"] == "var(--fd-target-size)"


def test_css_is_logical_and_keeps_the_card_header_apart_in_forced_colors() -> None:
    assert not PHYSICAL.search(CSS)
    header = css_rules(CSS)["@media (forced-colors:active) .fd-summary-list-card__header"]
    assert "CanvasText" in header["border-block-end"]
