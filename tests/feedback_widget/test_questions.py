"""Question sets: the built-in sets, show_if, the check of a submission, and an agency's own sets."""

from __future__ import annotations

import gettext as _gettext
import json
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

import i18n.locale
from feedback_widget.config_files import ConfigError
from feedback_widget.questions import (
    BUILT_IN_SETS,
    DRIVERS,
    PAGE_HELPFUL,
    POST_TRANSACTION,
    SEVEN_STATEMENTS,
    FeedbackInvalid,
    LocalizedText,
    Question,
    QuestionSet,
    validate_answers,
)
from i18n import LazyString, lazy_gettext, use_locale


class _Shouting(_gettext.NullTranslations):
    """A stand-in catalog that upper-cases every message (placeholders kept) to show it was used."""

    @staticmethod
    def _shout(message: str) -> str:
        return re.sub(r"%\((\w+)\)S", lambda match: f"%({match.group(1).lower()})s", message.upper())

    def gettext(self, message: str) -> str:
        return self._shout(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._shout(singular if n == 1 else plural)


@pytest.fixture
def shouting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.locale, "translations_for", lambda code: _Shouting())


def _errors(question_set: QuestionSet, raw: dict) -> dict[str, str]:
    with pytest.raises(FeedbackInvalid) as caught:
        validate_answers(question_set, raw)
    return caught.value.errors


# --- the built-in sets ---------------------------------------------------------------------------


def test_built_in_sets_by_key() -> None:
    assert set(BUILT_IN_SETS) == {"post_transaction", "seven_statements", "page_helpful"}


def test_post_transaction_set() -> None:
    keys = [question.key for question in POST_TRANSACTION.questions]
    assert keys == ["trust", "positive_drivers", "negative_drivers", "comment"]
    trust = POST_TRANSACTION.question("trust")
    assert trust.kind == "thumbs" and trust.required and trust.option_keys == ("up", "down")
    for key, answer in (("positive_drivers", "up"), ("negative_drivers", "down")):
        drivers = POST_TRANSACTION.question(key)
        assert drivers.kind == "choices" and drivers.multiple and not drivers.required
        assert drivers.option_keys == DRIVERS
        assert drivers.show_if == {"trust": (answer,)}
    assert DRIVERS == ("effectiveness", "ease", "efficiency", "transparency", "humanity", "employee", "other")
    comment = POST_TRANSACTION.question("comment")
    assert comment.kind == "text" and not comment.required and comment.max_length == 1000


def test_seven_statements_set() -> None:
    scales = [question for question in SEVEN_STATEMENTS.questions if question.kind == "scale"]
    assert [question.key for question in scales] == [
        "satisfaction",
        "trust",
        "effectiveness",
        "ease",
        "efficiency",
        "equity_transparency",
        "employee_helpfulness",
    ]
    for question in scales:
        assert question.option_keys == ("1", "2", "3", "4", "5")
        assert str(question.options[0].label) == "Strongly disagree"
        assert str(question.options[4].label) == "Strongly agree"
    assert SEVEN_STATEMENTS.questions[-1].key == "comment"


def test_page_helpful_set() -> None:
    helpful, looking_for = PAGE_HELPFUL.questions
    assert (helpful.key, helpful.kind, helpful.required, helpful.option_keys) == (
        "helpful",
        "yes_no",
        True,
        ("yes", "no"),
    )
    assert (looking_for.key, looking_for.kind, looking_for.required, looking_for.max_length) == (
        "looking_for",
        "text",
        False,
        200,
    )
    assert str(helpful.text) == "Was this page helpful?"


def test_every_built_in_text_is_translated_text(shouting: None) -> None:
    for question_set in BUILT_IN_SETS.values():
        texts = [question_set.title]
        for question in question_set.questions:
            texts += [question.text, *([question.hint] if question.hint else [])]
            texts += [option.label for option in question.options]
        for text in texts:
            assert isinstance(text.source, str)
            assert str(text) == text.source.upper(), text.source


# --- show_if -------------------------------------------------------------------------------------


def test_show_if_follows_the_trust_answer() -> None:
    positive = POST_TRANSACTION.question("positive_drivers")
    negative = POST_TRANSACTION.question("negative_drivers")
    assert positive.is_shown({"trust": ["up"]}) and not negative.is_shown({"trust": ["up"]})
    assert negative.is_shown({"trust": ["down"]}) and not positive.is_shown({"trust": ["down"]})
    assert not positive.is_shown({}) and not negative.is_shown({})
    assert POST_TRANSACTION.question("comment").is_shown({})


def test_positive_answers_keep_the_positive_drivers_only() -> None:
    answers = validate_answers(
        POST_TRANSACTION,
        {
            "trust": "up",
            "positive_drivers": ["other", "ease", "ease"],
            "negative_drivers": ["efficiency"],
            "comment": "  Quick and clear.  ",
        },
    )
    assert answers == {
        "trust": ["up"],
        "positive_drivers": ["ease", "other"],
        "comment": ["Quick and clear."],
    }


def test_negative_answers_keep_the_negative_drivers_only() -> None:
    answers = validate_answers(
        POST_TRANSACTION,
        {"trust": "down", "positive_drivers": "ease", "negative_drivers": ["efficiency", "employee"]},
    )
    assert answers == {"trust": ["down"], "negative_drivers": ["efficiency", "employee"]}


def test_a_hidden_question_is_not_checked() -> None:
    # A bad value in the list that does not apply is dropped with the list, not an error.
    assert validate_answers(POST_TRANSACTION, {"trust": "up", "negative_drivers": "nonsense"}) == {
        "trust": ["up"]
    }


def test_show_if_on_a_scale_with_several_values() -> None:
    question_set = QuestionSet(
        key="scaled_trust",
        title="Scaled trust",
        questions=[
            Question(key="trust", kind="scale", required=True, text="I trust this office."),
            Question(
                key="why_not",
                kind="choices",
                show_if={"trust": ["1", "2"]},
                text="What went wrong?",
                options=[{"key": "slow", "label": "Slow"}, {"key": "rude", "label": "Rude"}],
            ),
        ],
    )
    assert validate_answers(question_set, {"trust": "2", "why_not": "slow"}) == {
        "trust": ["2"],
        "why_not": ["slow"],
    }
    assert validate_answers(question_set, {"trust": "4", "why_not": "slow"}) == {"trust": ["4"]}


# --- checking a submission -----------------------------------------------------------------------


def test_missing_required_answers_name_each_question() -> None:
    assert _errors(POST_TRANSACTION, {}) == {"trust": "Choose thumbs up or thumbs down"}
    assert _errors(PAGE_HELPFUL, {"looking_for": "forms"}) == {"helpful": "Choose yes or no"}
    errors = _errors(SEVEN_STATEMENTS, {"satisfaction": "5"})
    assert set(errors) == {"trust", "effectiveness", "ease", "efficiency", "equity_transparency"}
    assert errors["trust"] == "Choose an answer from 1 to 5"


def test_empty_values_count_as_no_answer() -> None:
    assert _errors(POST_TRANSACTION, {"trust": "  ", "comment": ""}) == {
        "trust": "Choose thumbs up or thumbs down"
    }
    assert validate_answers(PAGE_HELPFUL, {"helpful": "no", "looking_for": ["  "]}) == {"helpful": ["no"]}


def test_values_not_offered_are_rejected() -> None:
    assert _errors(POST_TRANSACTION, {"trust": "sideways"}) == {"trust": "Choose thumbs up or thumbs down"}
    assert _errors(POST_TRANSACTION, {"trust": "up", "positive_drivers": ["ease", "speed"]}) == {
        "positive_drivers": "Choose only from the answers shown"
    }
    assert _errors(SEVEN_STATEMENTS, {"satisfaction": "6"})["satisfaction"] == "Choose an answer from 1 to 5"


def test_one_answer_questions_take_one_answer() -> None:
    assert _errors(PAGE_HELPFUL, {"helpful": ["yes", "no"]}) == {"helpful": "Choose only one answer"}
    assert validate_answers(PAGE_HELPFUL, {"helpful": ["yes", "yes"]}) == {"helpful": ["yes"]}
    assert _errors(PAGE_HELPFUL, {"helpful": "yes", "looking_for": ["a", "b"]}) == {
        "looking_for": "Enter your answer as text"
    }


def test_unknown_questions_are_rejected_unless_ignored() -> None:
    assert _errors(PAGE_HELPFUL, {"helpful": "yes", "name": "Jo"}) == {
        "name": "This question is not part of this form"
    }
    assert validate_answers(PAGE_HELPFUL, {"helpful": "yes", "csrf": "x"}, ignore_unknown=True) == {
        "helpful": ["yes"]
    }


def test_long_text_is_rejected_with_the_limit() -> None:
    assert _errors(PAGE_HELPFUL, {"helpful": "no", "looking_for": "x" * 201}) == {
        "looking_for": "Your answer must be 200 characters or fewer"
    }
    assert validate_answers(PAGE_HELPFUL, {"helpful": "no", "looking_for": "x" * 200})["looking_for"] == [
        "x" * 200
    ]
    errors = _errors(POST_TRANSACTION, {"trust": "up", "comment": "x" * 1001})
    assert errors == {"comment": "Your answer must be 1,000 characters or fewer"}


def test_text_is_tidied() -> None:
    answers = validate_answers(PAGE_HELPFUL, {"helpful": "no", "looking_for": " tax\r\nforms\x00\x07 "})
    assert answers["looking_for"] == ["tax\nforms"]


def test_values_of_the_wrong_type_get_a_message_not_a_crash() -> None:
    assert validate_answers(
        SEVEN_STATEMENTS,
        dict.fromkeys(
            ["satisfaction", "trust", "effectiveness", "ease", "efficiency", "equity_transparency"], 4
        ),
    )["trust"] == ["4"]
    assert _errors(PAGE_HELPFUL, {"helpful": True}) == {"helpful": "Choose yes or no"}
    assert _errors(PAGE_HELPFUL, {"helpful": {"a": 1}}) == {"helpful": "Choose yes or no"}
    assert _errors(PAGE_HELPFUL, {"helpful": "yes", "looking_for": [None]}) == {
        "looking_for": "Enter your answer as text"
    }


def test_errors_come_in_question_order() -> None:
    errors = _errors(POST_TRANSACTION, {"zzz": "1", "comment": "x" * 2000})
    assert list(errors) == ["trust", "comment", "zzz"]


def test_messages_go_through_the_catalog(shouting: None) -> None:
    with use_locale("es"):
        assert _errors(POST_TRANSACTION, {"comment": "x" * 1001, "extra": "1"}) == {
            "trust": "CHOOSE THUMBS UP OR THUMBS DOWN",
            "comment": "YOUR ANSWER MUST BE 1,000 CHARACTERS OR FEWER",
            "extra": "THIS QUESTION IS NOT PART OF THIS FORM",
        }


def test_messages_in_spanish_come_back_in_spanish_or_english() -> None:
    with use_locale("es"):
        errors = _errors(POST_TRANSACTION, {})
    assert errors["trust"]  # new strings fall back to English until the catalogs are updated


# --- text per language ---------------------------------------------------------------------------


def test_localized_text_picks_the_current_language() -> None:
    text = LocalizedText({"en": "Your visit", "es": "Su visita", "zh_Hant": "您的訪問"})
    assert (str(text), text.lang) == ("Your visit", "en")
    with use_locale("es"):
        assert (str(text), text.lang) == ("Su visita", "es")
    with use_locale("zh-Hant"):
        assert (str(text), text.lang) == ("您的訪問", "zh-Hant")
    with use_locale("ko"):
        assert (str(text), text.lang) == ("Your visit", "en")


def test_localized_text_without_english_falls_back_to_the_first() -> None:
    text = LocalizedText({"es-US": "Hola", "fr": "Bonjour"})
    with use_locale("es"):
        assert str(text) == "Hola"
    with use_locale("ar"):
        assert (str(text), text.lang) == ("Hola", "es-US")


def test_plain_and_catalog_text() -> None:
    plain = LocalizedText("Library visit")
    lazy = LocalizedText(lazy_gettext("Yes"))
    with use_locale("es"):
        assert (str(plain), plain.lang) == ("Library visit", "en")
        assert lazy.lang == "es"
    assert isinstance(POST_TRANSACTION.title._value, LazyString)
    assert str(LocalizedText("<b>").__html__()) == "&lt;b&gt;"


# --- an agency's own sets ------------------------------------------------------------------------

LIBRARY_TOML = """
key = "library_visit"
title = { en = "Your library visit", es = "Su visita a la biblioteca" }

[[questions]]
key = "rating"
kind = "scale"
required = true
text = { en = "The library had what I needed.", es = "La biblioteca tenía lo que necesitaba." }

[[questions]]
key = "missing"
kind = "choices"
show_if = { rating = ["1", "2"] }
text = "What was missing?"
options = [
  { key = "books", label = { en = "Books", es = "Libros" } },
  { key = "computers", label = "Computers" },
]

[[questions]]
key = "comment"
kind = "text"
max_length = 300
text = { en = "Anything else?", es = "¿Algo más?" }
"""


def test_custom_set_from_a_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "library.toml"
    path.write_text(LIBRARY_TOML, encoding="utf-8")
    library = QuestionSet.from_file(path)
    assert library.key == "library_visit"
    assert library.question("comment").max_length == 300
    assert library.question("rating").option_keys == ("1", "2", "3", "4", "5")
    with use_locale("es"):
        assert str(library.title) == "Su visita a la biblioteca"
        assert str(library.question("missing").options[0].label) == "Libros"
        assert str(library.question("missing").options[1].label) == "Computers"
    assert validate_answers(library, {"rating": "1", "missing": ["computers"], "comment": "More hours"}) == {
        "rating": ["1"],
        "missing": ["computers"],
        "comment": ["More hours"],
    }
    assert validate_answers(library, {"rating": "5", "missing": ["computers"]}) == {"rating": ["5"]}


def test_custom_set_from_a_json_file(tmp_path: Path) -> None:
    path = tmp_path / "quick.json"
    path.write_text(
        json.dumps(
            {"key": "quick", "title": "Quick", "questions": [{"key": "ok", "kind": "yes_no", "text": "OK?"}]}
        )
    )
    assert QuestionSet.from_file(path).question("ok").option_keys == ("yes", "no")


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        (
            'key = "a"\ntitle = "A"\n[[questions]]\nkey = "q"\nkind = "stars"\ntext = "Q"',
            "questions[0] (key 'q').kind: Input should be 'thumbs', 'scale', 'yes_no', 'choices' or 'text'",
        ),
        ('key = "a"\ntitle = "A"\n[[questions]]\nkey = "q"\nkind = "choices"\ntext = "Q"', "needs options"),
        ('key = "a"\ntitle = "A"\n[[questions]]\nkey = "Bad Key"\nkind = "text"\ntext = "Q"', "questions[0]"),
        ('key = "a"\ntitle = "A"\n[[questions]]\nkey = "q"\nkind = "text"\ntext = ""', "the text is empty"),
        (
            'key = "a"\ntitle = "A"\n[[questions]]\nkey = "q"\nkind = "text"\ntext = "Q"\ncolour = "red"',
            "colour",
        ),
        (
            'key = "a"\ntitle = "A"\n[[questions]]\nkey = "q"\nkind = "text"\ntext = "Q"\n'
            'show_if = { r = "1" }',
            "'r', which is not a question before it",
        ),
        (
            'key = "a"\ntitle = "A"\n[[questions]]\nkey = "q"\nkind = "yes_no"\ntext = "Q"\n'
            '[[questions]]\nkey = "r"\nkind = "text"\ntext = "R"\nshow_if = { q = "maybe" }',
            "whose answers are yes, no",
        ),
        (
            'key = "a"\ntitle = "A"\n[[questions]]\nkey = "q"\nkind = "text"\ntext = "Q"\n'
            '[[questions]]\nkey = "q"\nkind = "text"\ntext = "Q2"',
            "two questions have the key 'q'",
        ),
        ('key = "a"\ntitle = "A"\nquestions = []', "questions"),
        ('key = "a"\ntitle = { english = "A" }\nquestions = []', "'english' is not a locale code"),
        ('key = "a"\ntitle = "A"\n[[questions]\n', "not valid TOML"),
    ],
)
def test_bad_custom_set_names_file_and_field(tmp_path: Path, toml: str, expected: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        QuestionSet.from_file(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_missing_or_unknown_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        QuestionSet.from_file(tmp_path / "none.toml")
    with pytest.raises(ConfigError, match=r"use a \.toml or \.json file"):
        QuestionSet.from_file(tmp_path / "set.yaml")


def test_a_set_declared_in_python() -> None:
    question_set = QuestionSet(
        key="kiosk",
        title={"en": "Kiosk", "es": "Quiosco"},
        questions=[Question(key="easy", kind="thumbs", text="It was easy.", required=True)],
    )
    assert validate_answers(question_set, {"easy": "down"}) == {"easy": ["down"]}
    with pytest.raises(ValidationError, match="option keys are up, down"):
        Question(
            key="x",
            kind="thumbs",
            text="X",
            options=[{"key": "yes", "label": "Y"}, {"key": "no", "label": "N"}],
        )
    with pytest.raises(ValidationError, match="max_length is for text questions only"):
        Question(key="x", kind="yes_no", text="X", max_length=5)


def test_scale_labels_can_be_replaced() -> None:
    labels = ["Very bad", "Bad", "OK", "Good", "Very good"]
    question = Question(
        key="rating",
        kind="scale",
        text="How was it?",
        options=[{"key": str(number), "label": label} for number, label in enumerate(labels, 1)],
    )
    assert [str(option.label) for option in question.options] == labels


def test_a_set_has_a_json_schema_and_a_plain_dump() -> None:
    assert "properties" in QuestionSet.model_json_schema()
    dumped = PAGE_HELPFUL.model_dump()
    assert dumped["title"] == "Help us improve this page"
    assert dumped["questions"][0]["options"][0] == {"key": "yes", "label": "Yes"}


def test_questions_by_key() -> None:
    assert list(POST_TRANSACTION.questions_by_key) == [
        question.key for question in POST_TRANSACTION.questions
    ]
    assert POST_TRANSACTION.question("comment") is POST_TRANSACTION.questions[-1]
    with pytest.raises(KeyError):
        POST_TRANSACTION.question("missing")
    assert "questions_by_key" not in POST_TRANSACTION.model_dump()


def test_choices_are_stored_once_each_in_the_order_offered() -> None:
    answers = validate_answers(
        POST_TRANSACTION, {"trust": "up", "positive_drivers": ["efficiency", " ease", "ease"]}
    )
    assert answers["positive_drivers"] == ["ease", "efficiency"]
