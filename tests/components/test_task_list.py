"""Task list: rows of tasks, each name a link when it can start (its status and hint tied to it),
plain text when it cannot; statuses as words or tags; the whole row clickable through CSS; an empty
state; and clear errors."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n
import i18n.locale
from components import ComponentParamsError
from components.task_list import TaskList
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "task_list"
CSS = (FOLDER / "task_list.css").read_text()
RULES = css_rules(CSS)
TEMPLATE = (FOLDER / "task_list.html").read_text()
TASKS: list[dict[str, Any]] = [
    {"title": {"text": "Your details"}, "href": "/details", "status": {"text": "Completed"}},
    {
        "title": {"text": "Your home"},
        "href": "/home",
        "hint": {"text": "Have photos ready."},
        "status": {"tag": {"text": "Incomplete"}},
    },
    {"title": {"text": "Payment"}, "status": {"text": "Cannot start yet"}},
]


def error(**params: Any) -> str:
    with pytest.raises(ComponentParamsError) as raised:
        TaskList(**params)
    return str(raised.value)


def test_a_list_of_rows_with_a_name_and_a_status() -> None:
    page = parse(TaskList(items=TASKS).render())
    tasks = one(page, "ul")
    assert tasks.parent is page and classes(tasks) == ["fd-task-list"]
    items = select(tasks, ":scope > li")
    assert [classes(item) for item in items] == [
        ["fd-task-list__item", "fd-task-list__item--link"],
        ["fd-task-list__item", "fd-task-list__item--link"],
        ["fd-task-list__item"],
    ]
    for item in items:
        assert [(child.name, classes(child)[0]) for child in item.find_all(recursive=False)] == [
            ("div", "fd-task-list__name"),
            ("div", "fd-task-list__status"),
        ]
    assert [text(one(item, ".fd-task-list__name")) for item in items] == [
        "Your details",
        "Your home Have photos ready.",
        "Payment",
    ]
    assert [text(one(item, ".fd-task-list__status")) for item in items] == [
        "Completed",
        "Incomplete",
        "Cannot start yet",
    ]


def test_a_task_that_can_start_is_one_link_described_by_its_hint_and_status() -> None:
    page = parse(TaskList(items=TASKS, id_prefix="apply").render())
    links = select(page, "a")
    assert [(attr(a, "href"), text(a), classes(a)) for a in links] == [
        ("/details", "Your details", ["fd-link", "fd-task-list__link"]),
        ("/home", "Your home", ["fd-link", "fd-task-list__link"]),
    ]
    assert attr(links[0], "aria-describedby") == "apply-1-status"
    assert attr(links[1], "aria-describedby") == "apply-2-hint apply-2-status"
    assert text(one(page, "#apply-1-status")) == "Completed"
    hint = one(page, "#apply-2-hint")
    assert classes(hint) == ["fd-hint"] and text(hint) == "Have photos ready."
    assert hint.parent is one(page, "li:nth-child(2) > .fd-task-list__name")
    assert text(one(page, "#apply-2-status")) == "Incomplete"


def test_a_task_that_cannot_start_is_plain_text_with_a_grey_status() -> None:
    last = select(TaskList(items=TASKS).render(), "li")[-1]
    assert not select(last, "a, [aria-describedby]")
    status = one(last, ".fd-task-list__status")
    assert classes(status) == ["fd-task-list__status", "fd-task-list__status--cannot-start"]
    assert attr(status, "id") == "task-list-3-status"
    assert RULES[".fd-task-list__status--cannot-start"]["color"] == "var(--fd-color-text-secondary)"


def test_a_status_that_needs_action_is_a_tag_component() -> None:
    html = TaskList(
        items=[
            {"title": {"text": "Bank"}, "href": "/bank", "status": {"tag": {"text": "Late", "color": "red"}}}
        ]
    ).render()
    tag = one(html, ".fd-task-list__status > strong")
    assert classes(tag) == ["fd-tag", "fd-tag--red"] and text(tag) == "Late"
    words = one(TaskList(items=TASKS[:1]).render(), ".fd-task-list__status")
    assert not words.find_all() and text(words) == "Completed"


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    html = TaskList(
        items=[
            {
                "title": {"text": "<b>Name</b>"},
                "href": "/a",
                "hint": {"text": "<i>hint</i>"},
                "status": {"text": "<u>Done</u>"},
            },
            {
                "title": {"html": '<span lang="es">Hogar</span>'},
                "href": "/b",
                "hint": {"html": "<em>Soon</em>"},
                "status": {"html": '<span class="fd-visually-hidden">Status: </span>Done'},
            },
        ],
        empty_text="<s>none</s>",
    ).render()
    page = parse(html)
    assert not select(page, "b, i, u, s")
    assert [text(a) for a in select(page, "a")] == ["<b>Name</b>", "Hogar"]
    assert text(one(page, "a > span[lang=es]")) == "Hogar"
    assert text(one(page, ".fd-hint > em")) == "Soon"
    assert text(one(page, ".fd-task-list__status > .fd-visually-hidden")) == "Status:"


def test_no_tasks_shows_a_message_in_place_of_the_list() -> None:
    page = parse(TaskList().render())
    message = one(page, "p")
    assert message.parent is page and not select(page, "ul, li")
    assert classes(message) == ["fd-task-list", "fd-task-list--empty"]
    assert text(message) == "There is nothing to show."
    assert text(one(TaskList(items=[], empty_text="No tasks yet").render(), "p")) == "No tasks yet"
    block = one(TaskList(empty_html="<p>Start <a href='/new'>a new form</a></p>").render(), "div")
    assert classes(block) == ["fd-task-list", "fd-task-list--empty"]
    assert attr(one(block, "p > a"), "href") == "/new"


def test_default_words_go_through_gettext(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"There is nothing to show.": "No hay nada que mostrar."}.get(message, message)

    def translations(code: str) -> gettext.NullTranslations:
        return Spanish() if code == "es" else gettext.NullTranslations()

    monkeypatch.setattr(i18n.locale, "translations_for", translations)
    monkeypatch.setattr(i18n, "translations_for", translations)
    with i18n.locale.use_locale("es"):
        assert text(one(TaskList().render(), "p")) == "No hay nada que mostrar."


def test_wrong_params_name_the_component_and_field() -> None:
    assert error(items=[{"title": {"text": "A"}}]).startswith("TaskList: invalid params")
    assert "'items.0.status' is required" in error(items=[{"title": {"text": "A"}}])
    assert "'items.0.title' is required" in error(items=[{"status": {"text": "Done"}}])
    both = {"title": {"text": "A"}, "status": {"text": "Done", "tag": {"text": "Done"}}}
    assert "give the status one of 'text', 'html' or 'tag'" in error(items=[both])
    assert "give the status one of" in error(items=[{"title": {"text": "A"}, "status": {}}])
    assert "'items.0.title': Value error, give 'text' or 'html'" in error(
        items=[{"title": {}, "status": {"text": "Done"}}]
    )
    assert "'items.0.status.tag.color'" in error(
        items=[{"title": {"text": "A"}, "status": {"tag": {"text": "x", "color": "lime"}}}]
    )
    assert "'items.0.titel' is not a param of TaskList; did you mean 'title'?" in error(
        items=[{"titel": {"text": "A"}, "status": {"text": "x"}}]
    )
    assert "'id_prefix'" in error(id_prefix="")


def test_a_linked_name_cannot_hold_a_link() -> None:
    message = error(items=[{"title": {"html": "<a href='/x'>A</a>"}, "href": "/a", "status": {"text": "x"}}])
    assert "'title.html' goes inside the task's link" in message
    plain = TaskList(items=[{"title": {"html": "<a href='/x'>A</a>"}, "status": {"text": "x"}}])
    assert attr(one(plain.render(), "a"), "href") == "/x"  # no link of ours around it


def test_classes_attributes_and_call_from_a_template() -> None:
    tasks = one(TaskList(items=TASKS, classes="extra", attributes={"data-x": "1"}).render(), "ul")
    assert classes(tasks) == ["fd-task-list", "extra"] and attr(tasks, "data-x") == "1"
    empty = one(TaskList(classes="extra").render(), "p")
    assert classes(empty) == ["fd-task-list", "fd-task-list--empty", "extra"]
    html = agency_environment().from_string(
        "{{ fd.task_list(items=[{'title': {'text': 'A'}, 'href': '/a', 'status': {'text': 'Done'}}]) }}"
    )
    assert attr(one(html.render(), "ul > li > div > a"), "href") == "/a"


def test_the_whole_row_follows_the_link_through_css_alone() -> None:
    assert RULES[".fd-task-list__item"]["position"] == "relative"
    cover = RULES[".fd-task-list__link::after"]
    assert (cover["content"], cover["position"], cover["inset"]) == ('""', "absolute", "0")
    assert "background" in RULES[".fd-task-list__item--link:hover"]
    assert "<script" not in TEMPLATE and "onclick" not in TEMPLATE and "style=" not in TEMPLATE


def test_rows_are_tall_enough_and_the_css_is_logical() -> None:
    item = RULES[".fd-task-list__item"]
    assert item["padding"].startswith("var(--fd-space-3)")  # 2 x 0.75rem + a line of text: over 44px
    assert "border-block-end" in item
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
