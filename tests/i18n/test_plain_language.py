"""The plain-language checker: each rule fails the text it is for, and what we ship passes them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from components.cli import main
from components.form_steps import dump_flow
from demo_site.disaster_help import FLOW
from i18n.plain_language import (
    check_paths,
    check_text,
    check_texts,
    fernandez_huerta,
    flesch_kincaid_grade,
    shipped_catalogs,
    syllables,
)
from tests.components.form_steps.flows import help_flow


def rules(text: str, language: str = "en") -> list[str]:
    return [problem.rule for problem in check_text(text, language)]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen twenty twentyone.", "long-sentence"),
        ("We will utilize your answers.", "simpler-word"),
        ("Send it prior to the deadline.", "simpler-word"),
        ("To read the rules, click here.", "click-here"),
        ("Please note that the office is closed.", "please-note"),
        ("You must login to continue.", "login-verb"),
        ("Your answers are NOT saved.", "capitals"),
        ("Bring a document, e.g. a passport.", "latin"),
        ("Consequential administrative determinations necessitate comprehensive documentation. "
         "Organizational accountability requires institutional transparency. "
         "Interdepartmental communication facilitates operational effectiveness.", "grade"),
    ],
)  # fmt: skip
def test_each_rule_fails_its_text(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sign in to continue.",
        "Enter a ZIP code with 5 numbers, like 20500.",
        "The FOIA page says how to ask for records.",
        "We save your answers as you go. You can come back later. It takes about 15 minutes.",
        "Your login details are wrong.",  # login as a noun is fine
    ],
)
def test_plain_text_passes(text: str) -> None:
    assert rules(text) == []


def test_the_formulas() -> None:
    assert syllables("help") == 1 and syllables("application") == 4
    assert flesch_kincaid_grade("The cat sat. The dog ran. We ate.") < 2
    assert fernandez_huerta("El gato come. El perro corre. Yo como.") > 90
    assert (
        fernandez_huerta(
            "La administración gubernamental implementa procedimientos extraordinariamente complejos."
        )
        < 40
    )


def test_other_languages_get_sentence_length() -> None:
    long_russian = " ".join(["слово"] * 26) + "."
    assert rules(long_russian, "ru") == ["long-sentence"]
    assert rules(" ".join(["một"] * 30) + ".", "vi") == []  # Vietnamese words are syllables: 40
    assert rules("字" * 61 + "。", "zh") == ["long-sentence"]


def test_the_allow_list_lets_the_banner_wording_pass() -> None:
    banner = (
        "A lock icon %(icon)s or %(https)s at the start of the web address means your connection to the site "
        "is secure."
    )
    assert rules(banner) == ["long-sentence"]
    assert check_texts([banner], "banner") == []


def test_every_catalog_we_ship_passes() -> None:
    problems = check_paths(shipped_catalogs())
    assert problems == [], "\n".join(str(problem) for problem in problems)


@pytest.mark.parametrize("flow", [FLOW, help_flow()], ids=["disaster-help", "help"])
def test_flows_pass(flow: object) -> None:
    assert check_texts(flow.texts(), "flow") == []  # type: ignore[attr-defined]


def test_the_command_checks_flows_and_exits_1_on_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "help.yaml"
    dump_flow(help_flow(), good)
    assert main(["plain-language", "check", str(good)]) == 0
    bad_flow = help_flow().model_copy(update={"title": "Utilize this service in order to obtain assistance"})
    bad = tmp_path / "bad.json"
    dump_flow(bad_flow, bad)
    assert main(["plain-language", "check", str(bad)]) == 1
    output = capsys.readouterr().out
    assert f"{bad}: simpler-word" in output and '"utilize": use "use"' in output


def test_chinese_sentences_end_at_the_chinese_full_stop() -> None:
    assert rules("字" * 40 + "。" + "字" * 40 + "。", "zh") == []
