"""A site's own catalogs, such as a flow's questions, are found by the same gettext as ours."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from components.form_steps import Flow, Section, Step, YesNo
from components.form_steps.pages import Chrome, question_page
from i18n import add_catalogs, gettext, locale, use_locale
from tests.html import one, parse, text

QUESTION = "Do you fish in the park?"


@pytest.fixture
def agency_catalogs(tmp_path: Path) -> Iterator[Path]:
    """An agency's catalog for Spanish, holding its question and one of our texts, added for the test."""
    catalog = Catalog(locale="es", domain="agency")
    catalog.add(QUESTION, "¿Pesca en el parque?")
    catalog.add("Continue", "Seguir adelante")  # theirs wins over ours
    folder = tmp_path / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "agency.mo").open("wb") as out:
        write_mo(out, catalog)
    try:
        add_catalogs(tmp_path, domain="agency")
        yield tmp_path
    finally:
        locale._AGENCY_CATALOGS.clear()
        locale.translations_for.cache_clear()


def test_a_flows_own_text_is_translated_by_the_agencys_catalog(agency_catalogs: Path) -> None:
    with use_locale("es"):
        assert gettext(QUESTION) == "¿Pesca en el parque?"
        assert gettext("Select the box to confirm your answers are true.") == (
            "Marque la casilla para confirmar que sus respuestas son verdaderas."
        )  # ours are still there
        step = Step(id="fish", question=YesNo(label=QUESTION))
        Flow(id="parks", title="Parks", sections=[Section(id="s", title="Tell us", steps=[step])])
        page = parse(
            question_page(step, chrome=Chrome({}, {}), action="/fish", back_href=None, entered={}, errors={})
        )
    assert text(one(page, "h1")) == "¿Pesca en el parque?"
    assert text(one(page, "form button")) == "Seguir adelante"
    with use_locale("fr"):
        assert gettext(QUESTION) == QUESTION  # no French catalog: the source text
