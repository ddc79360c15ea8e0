"""The WCAG data: every A and AA criterion once, check names the runner knows, rules whose tags name
their criteria, and the tables the documentation is made from."""

from __future__ import annotations

from a11y_tests import wcag
from a11y_tests.checks import BROWSER_CHECKS
from a11y_tests.results import Violation
from a11y_tests.runner import AXE, HTML_VALIDATION, NO_JAVASCRIPT, TITLE_RULE

CHECK_NAMES = {AXE, *BROWSER_CHECKS, NO_JAVASCRIPT, HTML_VALIDATION, TITLE_RULE}


def test_every_level_a_and_aa_criterion_once_in_order() -> None:
    numbers = [criterion.number for criterion in wcag.CRITERIA]
    assert len(numbers) == len(set(numbers)) == 55  # WCAG 2.2: 31 at level A, 24 at AA
    assert numbers == sorted(numbers, key=lambda number: tuple(map(int, number.split("."))))
    assert sum(criterion.level == "A" for criterion in wcag.CRITERIA) == 31
    assert {criterion.level for criterion in wcag.CRITERIA} == {"A", "AA"}
    assert not {criterion.number for criterion in wcag.OTHER_CRITERIA} & set(numbers)


def test_a_criterion_says_what_its_checks_test() -> None:
    words = {
        "axe": "axe",
        "keyboard": "keyboard",
        "reflow": "reflow",
        "text-spacing": "text spacing",
        "forced-colors": "forced colours",
        "reduced-motion": "reduced motion",
        "page-basics": "page basics",
        "no-javascript": "no JavaScript",
        "html-validation": "the HTML checker",
    }
    for criterion in wcag.CRITERIA:
        assert set(criterion.checks) <= CHECK_NAMES, criterion.number
        assert bool(criterion.tested) == bool(criterion.checks), criterion.number
        for check in criterion.checks:
            assert words[check] in criterion.tested, (criterion.number, check)


def test_names_tags_and_links() -> None:
    contrast = wcag.criterion("1.4.3")
    assert contrast is not None
    assert contrast.title == "1.4.3 Contrast (Minimum) (AA)"
    assert (contrast.tag, contrast.level_tag) == ("wcag143", "wcag2aa")
    assert contrast.understanding_url == "https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum.html"
    reflow = wcag.criterion("1.4.10")
    assert reflow is not None and reflow.level_tag == "wcag21aa"
    assert wcag.criterion_name("2.5.8") == "2.5.8 Target Size (Minimum) (AA)"
    assert wcag.criterion_name("9.9.9") == "9.9.9"
    assert wcag.criterion("4.1.1") is not None


def test_each_rule_is_tagged_with_its_criteria() -> None:
    assert len({rule.rule for rule in wcag.RULES}) == len(wcag.RULES)
    for rule in wcag.RULES:
        assert rule.check in CHECK_NAMES, rule.rule
        found = Violation(rule.rule, "serious", "", rule.help, rule.tags, ())
        assert found.wcag_criteria == rule.criteria, rule.rule
        assert ("best-practice" in rule.tags) == rule.best_practice, rule.rule
        assert rule.best_practice or rule.criteria, f"{rule.rule}: neither a criterion nor a best practice"
        assert rule.help.startswith("https://"), rule.rule
    assert wcag.rule("keyboard-trap").tags == ("wcag2a", "wcag212")
    assert wcag.rule("reduced-motion").tags == ("best-practice", "wcag21aaa", "wcag233")
    assert wcag.rule("page-h1").help.endswith("/info-and-relationships.html")
    assert wcag.rule("no-js-content").help.endswith("/conformance.html")


def test_tables_for_the_documentation() -> None:
    printed = wcag.criteria_table() + "\n" + wcag.rules_table()
    rows = [line for line in printed.splitlines() if line.startswith("| ")]
    assert len(rows) == 2 + len(wcag.CRITERIA) + 2 + len(wcag.RULES)
    assert "| 2.1.2 No Keyboard Trap | A | keyboard | keyboard: focus can always move on" in printed
    assert "| 1.2.2 Captions (Prerecorded) | A | a person |  |" in printed
    assert "| `keyboard-trap` | keyboard | 2.1.2 No Keyboard Trap (A) |" in printed
    assert "| `page-h1` | page-basics | best practice (see 1.3.1) |" in printed
