"""The ``frontdoor`` command collects the sub-commands each package registers."""

from __future__ import annotations

import argparse
from importlib.metadata import EntryPoint

import pytest

from components import cli


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_package_registers_its_own_commands() -> None:
    assert sorted(_commands(cli.build_parser())) == [
        "a11y",
        "assets",
        "demo",
        "feedback",
        "i18n",
        "plain-language",
    ]


def test_a_command_whose_extra_is_missing_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = EntryPoint("feedback", "no_such_frontdoor_module:add", cli.ENTRY_POINT_GROUP)
    monkeypatch.setattr(cli, "entry_points", lambda group: [missing])
    assert list(_commands(cli.build_parser())) == ["feedback"]
    assert cli.main(["feedback", "migrate"]) == 1
    error = capsys.readouterr().err
    assert "pip install 'frontdoor[feedback]'" in error
    assert "no_such_frontdoor_module" in error


def test_assets_writes_the_static_files(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["assets", str(tmp_path / "static")]) == 0
    written = {line.rsplit("/", 1)[-1] for line in capsys.readouterr().out.splitlines()}
    assert {"frontdoor.css", "frontdoor.js", "htmx.min.js"} <= written
