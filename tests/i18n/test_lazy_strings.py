"""Lazy strings: translated when shown, escaped exactly once in HTML, however they are put in."""

from __future__ import annotations

from markupsafe import Markup, escape

from i18n import lazy_gettext as _l
from i18n import use_locale


def test_escaped_once_by_format_percent_and_escape() -> None:
    text = _l("driver's license & <ID>")
    expected = "driver&#39;s license &amp; &lt;ID&gt;"
    assert str(Markup("<b>{}</b>").format(text)) == f"<b>{expected}</b>"
    assert str(Markup("<b>%s</b>") % text) == f"<b>{expected}</b>"
    assert str(escape(text)) == expected


def test_translated_when_shown() -> None:
    text = _l("Continue")
    with use_locale("es"):
        assert str(Markup("{}").format(text)) == "Continuar"
    assert str(text) == "Continue"
