"""The runner's site-level check: a title of its own per page, within each language."""

from __future__ import annotations

from a11y_tests.runner import TITLE_RULE, PageResult, titles_unique


def page(url: str, title: str, lang: str) -> PageResult:
    return PageResult(url, title, (), 0.0, (), lang)


def test_pages_in_one_language_must_not_share_a_title() -> None:
    checked = titles_unique([page("/a", "Apply - Benefits", "en"), page("/b", " apply -  BENEFITS", "en")])
    assert all(TITLE_RULE in result.rules for result in checked)
    assert "/b" in checked[0].violations[0].nodes[0].summary


def test_the_same_page_in_two_languages_may_share_a_title() -> None:
    checked = titles_unique([page("/en/", "Front Door", "en"), page("/tl/", "Front Door", "tl")])
    assert not any(result.violations for result in checked)
