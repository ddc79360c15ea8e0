"""``frontdoor i18n``: checks anywhere, writes catalogs only in a source checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from components.cli import main
from i18n import catalogs


def test_check_passes_on_our_catalogs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["i18n", "check"]) == 0
    assert capsys.readouterr().out.strip().endswith("all complete and up to date")


def test_source_checkout_is_told_apart_from_an_installed_copy(tmp_path: Path) -> None:
    assert catalogs.is_source_checkout()
    assert not catalogs.is_source_checkout(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "agency-service"\n')
    assert not catalogs.is_source_checkout(tmp_path)


@pytest.mark.parametrize("action", ["extract", "update", "compile"])
def test_writing_actions_refuse_an_installed_copy(
    action: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(catalogs, "ROOT", tmp_path)  # as if installed: no pyproject.toml beside us
    before = {path: path.stat().st_mtime_ns for path in catalogs.LOCALES_DIR.rglob("*") if path.is_file()}
    assert main(["i18n", action]) == 1
    assert "source checkout" in capsys.readouterr().err
    after = {path: path.stat().st_mtime_ns for path in catalogs.LOCALES_DIR.rglob("*") if path.is_file()}
    assert after == before
