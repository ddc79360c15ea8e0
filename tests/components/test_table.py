"""Table: a caption, column and row headers, numbers at the end, an empty state, a scrolling box."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.table import Table
from tests.components.css import FOCUS_RING, PHYSICAL, css_rules, focus_style
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "table" / "table.css").read_text()


def cells(*values: str) -> list[dict[str, Any]]:
    return [{"text": value} for value in values]


def table(**params: Any) -> Table:
    defaults: dict[str, Any] = {
        "caption_text": "Payments",
        "head": cells("Month", "Amount"),
        "rows": [cells("May", "$10"), cells("June", "$20")],
    }
    return Table(**{**defaults, **params})


def test_a_plain_table_with_caption_column_headers_and_cells() -> None:
    wrapper = one(table().render(), "div")
    assert classes(wrapper) == ["fd-table"]
    assert not any(attr(wrapper, name) for name in ("role", "tabindex", "aria-labelledby"))
    html_table = one(wrapper, ":scope > table.fd-table__table")
    assert [child.name for child in html_table.find_all(recursive=False)] == ["caption", "thead", "tbody"]
    caption = one(html_table, ":scope > caption")
    assert (text(caption), classes(caption), attr(caption, "id")) == ("Payments", ["fd-table__caption"], None)
    headers = select(html_table, "thead.fd-table__head > tr > th")
    assert [(text(th), attr(th, "scope"), classes(th)) for th in headers] == [
        ("Month", "col", ["fd-table__header"]),
        ("Amount", "col", ["fd-table__header"]),
    ]
    rows = select(html_table, "tbody > tr")
    assert [
        [(cell.name, classes(cell), text(cell)) for cell in row.find_all(recursive=False)] for row in rows
    ] == [
        [("td", ["fd-table__cell"], "May"), ("td", ["fd-table__cell"], "$10")],
        [("td", ["fd-table__cell"], "June"), ("td", ["fd-table__cell"], "$20")],
    ]


def test_first_cell_of_each_row_can_be_its_header() -> None:
    rows = select(table(first_cell_is_header=True).render(), "tbody > tr")
    for row in rows:
        first, second = row.find_all(recursive=False)
        assert (first.name, attr(first, "scope"), classes(first)) == ("th", "row", ["fd-table__header"])
        assert (second.name, attr(second, "scope")) == ("td", None)


def test_numeric_cells_and_headers_get_the_numeric_modifier() -> None:
    numeric = {"text": "$10", "format": "numeric"}
    html = table(
        head=[{"text": "Month"}, {"text": "Amount", "format": "numeric"}],
        rows=[[{"text": "May"}, numeric]],
        first_cell_is_header=True,
    ).render()
    assert [classes(th) for th in select(html, "thead th")] == [
        ["fd-table__header"],
        ["fd-table__header", "fd-table__header--numeric"],
    ]
    assert classes(one(html, "tbody td")) == ["fd-table__cell", "fd-table__cell--numeric"]
    header = one(table(rows=[[numeric, {"text": "x"}]], first_cell_is_header=True).render(), "tbody th")
    assert classes(header) == ["fd-table__header", "fd-table__header--numeric"]


def test_unknown_format_names_the_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        table(rows=[[{"text": "1", "format": "number"}, {"text": "2"}]])
    assert "'rows.0.0.format'" in str(raised.value)


def test_numbers_line_up_at_the_end_in_digits_of_one_width() -> None:
    rules = css_rules(CSS)
    for selector in (".fd-table__cell--numeric", ".fd-table__header--numeric"):
        assert rules[selector]["text-align"] == "end"
        assert rules[selector]["font-variant-numeric"] == "tabular-nums"


@pytest.mark.parametrize("size", ["m", "l", "xl"])
def test_caption_sizes(size: str) -> None:
    caption = one(table(caption_size=size).render(), "caption")
    assert classes(caption) == ["fd-table__caption", f"fd-table__caption--{size}"]
    assert "font-size" in css_rules(CSS)[f".fd-table__caption--{size}"]


def test_caption_size_out_of_range_names_the_field() -> None:
    with pytest.raises(ComponentParamsError, match="'caption_size'"):
        table(caption_size="xxl")


def test_caption_is_required() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Table(head=cells("A"), rows=[cells("1")])
    assert str(raised.value).startswith("Table: invalid params")
    assert "'caption_text' or 'caption_html'" in str(raised.value)


def test_text_is_escaped_and_html_is_not() -> None:
    html = Table(
        caption_text="<b>c</b>",
        head=[{"text": "<i>h</i>"}, {"html": "<i>h</i>"}],
        rows=[[{"text": "<u>x</u>"}, {"html": "<a href='#y'>y</a>"}]],
    ).render()
    assert text(one(html, "caption")) == "<b>c</b>" and not select(html, "caption b")
    first, second = select(html, "thead th")
    assert text(first) == "<i>h</i>" and not select(first, "i")
    assert text(one(second, "i")) == "h"
    assert not select(html, "u")
    assert attr(one(html, "td > a"), "href") == "#y"
    caption = one(
        Table(caption_html="Paid <abbr title='year'>yr</abbr>", rows=[cells("1")]).render(), "caption"
    )
    assert text(one(caption, "abbr")) == "yr"


def test_every_row_has_as_many_cells_as_the_head() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        table(rows=[cells("May", "$10"), cells("June")])
    assert "'rows.1' has 1 cell; every row needs 2, as many as the head" in str(raised.value)
    with pytest.raises(ComponentParamsError, match="as many as the first row"):
        table(head=[], rows=[cells("a", "b"), cells("c", "d", "e")])


def test_empty_table_says_so_across_its_columns() -> None:
    html = table(rows=[], empty_text="No <payments> yet.").render()
    assert [text(th) for th in select(html, "thead th")] == ["Month", "Amount"]
    cell = one(html, "tbody > tr > td")
    assert classes(cell) == ["fd-table__cell", "fd-table__cell--empty"]
    assert (attr(cell, "colspan"), text(cell)) == ("2", "No <payments> yet.")
    assert not select(cell, "payments")
    assert "color" in css_rules(CSS)[".fd-table__cell--empty"]


def test_empty_table_with_one_column_and_html_message() -> None:
    cell = one(table(head=cells("Date"), rows=[], empty_html="<p>None</p>").render(), "tbody td")
    assert attr(cell, "colspan") is None
    assert text(one(cell, "p")) == "None"


def test_default_empty_message_is_translated(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"There is nothing to show.": "No hay nada que mostrar."}.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    assert text(one(table(rows=[]).render(), "tbody td")) == "There is nothing to show."
    with i18n.locale.use_locale("es"):
        assert text(one(table(rows=[]).render(), "tbody td")) == "No hay nada que mostrar."


def test_a_table_needs_rows_or_a_head() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Table(caption_text="Nothing")
    assert "give 'rows', or a 'head'" in str(raised.value)


def test_a_scrollable_table_is_a_focusable_region_named_by_its_caption() -> None:
    page = parse(table(scrollable=True, id="pay", classes="extra", attributes={"data-x": "1"}).render())
    wrapper = one(page, "div")
    assert classes(wrapper) == ["fd-table", "fd-table--scrollable", "extra"]
    assert (attr(wrapper, "role"), attr(wrapper, "tabindex"), attr(wrapper, "data-x")) == ("region", "0", "1")
    assert attr(wrapper, "aria-labelledby") == attr(one(page, "caption"), "id") == "pay-caption"
    assert attr(one(page, "table"), "id") == "pay"


def test_a_table_that_does_not_scroll_is_not_a_tab_stop() -> None:
    page = parse(table(id="pay").render())
    assert not select(page, "[tabindex], [role]")
    assert attr(one(page, "caption"), "id") == "pay-caption"


def test_a_scrollable_table_needs_an_id() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        table(scrollable=True)
    assert "'scrollable' table needs an 'id'" in str(raised.value)


def test_the_scrolling_box_scrolls_shows_focus_and_keeps_its_caption_in_view() -> None:
    rules = css_rules(CSS)
    box = rules[".fd-table--scrollable"]
    assert box["overflow-x"] == "auto"
    assert box["container-type"] == "inline-size"
    assert focus_style(".fd-table--scrollable", rules)["outline"] == FOCUS_RING
    caption = rules[".fd-table--scrollable .fd-table__caption"]
    assert (caption["position"], caption["inset-inline-start"], caption["max-inline-size"]) == (
        "sticky",
        "0",
        "100cqi",
    )


def test_css_is_logical_and_the_box_keeps_its_edges_in_forced_colors() -> None:
    assert not PHYSICAL.search(CSS)
    rules = css_rules(CSS)
    assert rules[".fd-table__header"]["text-align"] == "start"
    assert "CanvasText" in rules["@media (forced-colors:active) .fd-table--scrollable"]["border"]


def test_words_break_to_fit_a_narrow_screen_but_numbers_and_scrolling_tables_do_not() -> None:
    rules = css_rules(CSS)
    assert (
        rules[".fd-table__cell"]["overflow-wrap"] == rules[".fd-table__header"]["overflow-wrap"] == "anywhere"
    )
    for selector in (
        ".fd-table__cell--numeric",
        ".fd-table__header--numeric",
        ".fd-table--scrollable .fd-table__cell",
        ".fd-table--scrollable .fd-table__header",
    ):
        assert rules[selector]["overflow-wrap"] == "normal", selector
