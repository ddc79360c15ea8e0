"""The accessibility page: every WCAG 2.2 A and AA criterion of ``a11y_tests.wcag``, once, in the group
its checks put it in, with its checks and the question a person answers, in the reader's language."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from a11y_tests import wcag
from demo_site import accessibility, create_app
from tests.html import Tag, one, parse, select, text

GROUP_TITLES = ("Checked by machines", "Partly checked by machines", "Checked by people")


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def criteria_by_group(html: str) -> dict[str, list[Tag]]:
    """Each group's heading text, with the list items of the criteria under it."""
    page = one(parse(html), "main")
    found: dict[str, list[Tag]] = {}
    for heading in select(page, "h2"):
        for sibling in heading.find_next_siblings(["h2", "ul"]):
            if sibling.name == "h2":
                break
            if sibling.select("li > strong"):
                found[text(heading)] = sibling.select(":scope > li")
    return found


def test_each_criterion_is_shown_once_in_its_group(client: TestClient) -> None:
    groups = criteria_by_group(client.get("/en/accessibility").text)
    assert list(groups) == list(GROUP_TITLES)
    shown = {
        title: [text(one(item, "strong")).split()[0] for item in items] for title, items in groups.items()
    }
    assert sorted(number for numbers in shown.values() for number in numbers) == sorted(
        criterion.number for criterion in wcag.CRITERIA
    )
    machines, partly, people = shown.values()
    for criterion in wcag.CRITERIA:
        question = criterion.number in accessibility.QUESTIONS
        tested = criterion.checks or criterion.number in accessibility.TESTED_BY_COMPONENT_TESTS
        expected = people if not tested else partly if question else machines
        assert criterion.number in expected, criterion.number


def test_a_criterion_names_its_checks_level_and_question(client: TestClient) -> None:
    items = [
        item for items in criteria_by_group(client.get("/en/accessibility").text).values() for item in items
    ]
    [keyboard] = [item for item in items if text(one(item, "strong")) == "2.1.1 Keyboard"]
    assert "(A)." in text(keyboard)
    assert "Checked by: Keyboard and axe-core." in text(keyboard)
    assert "A person checks: Does every action work with the keyboard alone?" in text(keyboard)
    [reflow] = [item for item in items if text(one(item, "strong")) == "1.4.10 Reflow"]
    assert text(reflow) == "1.4.10 Reflow (AA). Checked by: Reflow."


def test_the_page_is_in_the_readers_language(client: TestClient) -> None:
    groups = criteria_by_group(client.get("/es/accessibility").text)
    assert len(groups) == 3
    names = [text(one(item, "strong")) for items in groups.values() for item in items]
    assert "1.1.1 Non-text content" not in names
    assert len(names) == len(wcag.CRITERIA)


def test_the_demo_words_cover_every_criterion_and_check() -> None:
    numbers = [criterion.number for criterion in wcag.CRITERIA]
    assert list(accessibility.NAMES) == numbers
    assert set(accessibility.QUESTIONS) <= set(numbers)
    assert set(numbers) >= accessibility.TESTED_BY_COMPONENT_TESTS
    for criterion in wcag.CRITERIA:
        # The page's sentence-case name is the W3C name, at most without a closing "(Prerecorded)".
        assert criterion.name.casefold().startswith(str(accessibility.NAMES[criterion.number]).casefold())
        assert set(criterion.checks) <= set(accessibility.CHECKS), criterion.number
        if not criterion.checks and criterion.number not in accessibility.TESTED_BY_COMPONENT_TESTS:
            assert criterion.number in accessibility.QUESTIONS, f"{criterion.number}: no one checks it"
