"""Bundles for a choice of components: what each needs is found, nothing else is sent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2 import DictLoader

from components import cli, make_environment
from components.assets import (
    classes_rendered,
    css_bundle,
    css_sources,
    minify_css,
    needs,
    prune_css,
    script_bundle,
    script_sources,
)
from components.registry import registry
from components.usage import components_used
from tests.components.css import FOCUS_RING, css_rules


def _styled(css: str) -> set[str]:
    return set(re.findall(r"\.(fd-[\w-]+)", css))


@pytest.mark.parametrize("name", sorted(registry()))
def test_a_components_own_bundle_styles_every_class_it_renders(name: str) -> None:
    """Whatever the whole bundle styles among the classes a component renders, its own bundle styles too."""
    missing = (classes_rendered(name) & _styled(css_bundle())) - _styled(css_bundle([name]))
    assert not missing


def test_a_choice_brings_what_it_renders_and_nothing_else() -> None:
    assert {"label", "hint", "error_message", "fieldset"} <= needs("radios")
    assert needs("button") == frozenset()
    names = [path.name for path in css_sources(["button"])]
    assert names == ["tokens.css", "base.css", "button.css"]
    assert "choice_list.css" in [path.name for path in css_sources(["radios"])]
    assert len(css_bundle(["button"])) < len(css_bundle(["radios"])) < len(css_bundle())


def test_scripts_come_only_with_the_components_that_have_them() -> None:
    assert [path.name for path in script_sources(["button"])] == ["frontdoor.js"]
    assert "data-fd-timeout-warning" not in script_bundle(["button"])
    assert "data-fd-timeout-warning" in script_bundle(["timeout_warning"])
    every = {path.name for path in script_sources()}
    assert {"frontdoor.js", "message.js", "start.js", "timeout_warning.js", "character_count.js"} <= every
    # The helpers come with the scripts that call them, before them; a page with no scripts has neither.
    assert [path.name for path in script_sources(["timeout_warning"])] == [
        "frontdoor.js",
        "message.js",
        "start.js",
        "timeout_warning.js",
    ]
    assert [path.name for path in script_sources(["tabs"])] == ["frontdoor.js", "start.js", "tabs.js"]
    assert "FrontDoor.message" not in script_bundle(["button", "radios"])
    assert "FrontDoor.start" not in script_bundle(["button", "radios"])


def test_an_unknown_component_is_named() -> None:
    with pytest.raises(KeyError, match="'buton'"):
        css_bundle(["buton"])


def test_the_environment_reports_what_templates_use() -> None:
    env = make_environment(
        loader=DictLoader(
            {
                "question.html": '{% extends "frontdoor/page/page.html" %}{% block content %}'
                '{% include "parts/buttons.html" %}{{ fd.radios(name="x", items=[]) }}{% endblock %}',
                "parts/buttons.html": "{{ fd.button(text='Go') }}{{ fd.not_a_component }}",
            }
        )
    )
    used = components_used(env, ["question.html"])
    assert {"page", "radios", "button", "header", "footer", "banner", "skip_link"} <= used
    assert "not_a_component" not in used and "table" not in used


def test_the_command_writes_bundles_for_a_choice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "start.html").write_text("{{ fd.tag(text='New') }}", encoding="utf-8")
    out = tmp_path / "static"
    assert cli.main(["assets", str(out), "--components", "button", "--templates", str(templates)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "components: button, tag"
    assert (out / "frontdoor.css").read_text(encoding="utf-8") == css_bundle(["button", "tag"])
    assert (out / "frontdoor.js").read_text(encoding="utf-8") == script_bundle(["button", "tag"])


def test_the_command_names_an_unknown_component(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["assets", str(tmp_path), "--components", "button,nope"]) == 2
    assert "'nope'" in capsys.readouterr().err


def test_a_bundle_drops_the_selectors_and_tokens_of_components_left_out() -> None:
    radios = css_bundle(["radios"])
    assert ".fd-radios__item" in radios and "fd-checkboxes" not in radios  # choice_list.css shares both
    assert radios.count("{") == radios.count("}")
    assert "--fd-color-start:" not in radios  # only the start button reads it
    assert "--fd-color-start:" in css_bundle(["button"]) and "--fd-color-start:" in css_bundle()
    every_token = set(re.findall(r"(--fd-[\w-]+):", css_bundle()))
    for name in ("radios", "page", "table"):
        bundle = css_bundle([name])
        read = set(re.findall(r"var\((--fd-[\w-]+)", bundle))
        assert read <= set(re.findall(r"(--fd-[\w-]+):", bundle)) <= every_token


def test_pruning_keeps_rules_whole_and_splits_selectors_only_at_the_top_level() -> None:
    css = ".a,.fd-gone__x{color:red}@media (x){.fd-gone{b:1}.c:is(.d,.fd-gone){e:2}}.fd-kept:not(.x,.y){f:3}"
    assert prune_css(css, {"fd-gone"}) == ".a{color:red}.fd-kept:not(.x,.y){f:3}"


def test_minifying_drops_the_zero_before_a_decimal_point_but_not_inside_strings_or_numbers() -> None:
    css = 'a { margin: 0.5rem 10.05px calc(0.25 * 1em) 0; content: "0.5"; opacity: 0.6 }'
    assert minify_css(css) == 'a{margin:.5rem 10.05px calc(.25 * 1em) 0;content:"0.5";opacity:.6}'


def test_every_element_of_ours_gets_the_focus_ring_unless_its_component_draws_another() -> None:
    rules = css_rules(css_bundle())
    assert rules['[class*="fd-"]:focus-visible']["outline"] == FOCUS_RING
    dropped = [key for key, rule in rules.items() if ":focus" in key and rule.get("outline") in {"none", "0"}]
    # The main area takes focus only from our script, after a swap; a link card rings the whole card.
    assert dropped == [".fd-main-wrapper:focus", ".fd-card--link .fd-card__link:focus-visible"]
