"""The Accessibility Conformance Report: evidence recorded by a run, the level of each row, the pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from components.registry import registry
from demo_site import accessibility, create_app
from demo_site.conformance import Evidence, report, row
from tests.html import attr, one, parse, select, text

CRITERIA = {criterion.number: criterion for criterion in accessibility.criteria()}


def _evidence() -> Evidence:
    evidence = Evidence(date="2026-12-01", tools={"axe-core": "4.14.1"})
    for code in ("en", "es", "ar"):
        prefix = {"en": "/en", "es": "/es", "ar": "/ar"}[code]
        evidence.record(f"{prefix}/components/button", ["axe", "page-basics", "reflow", "text-spacing"])
        evidence.record(f"{prefix}/components/button/primary/preview", ["axe", "keyboard", "forced-colors"])
    evidence.record("/en/components/tag", ["axe"], [("color-contrast", ["1.4.3"])])
    evidence.record("/en/components/tag/grey/preview", ["keyboard"], errors=["keyboard"])
    evidence.record("/en/accessibility", ["axe"])  # not a component's page: left out
    evidence.record("/xx/components/button", ["axe"])  # no such language: left out
    return evidence


def test_evidence_is_recorded_per_component_and_read_back() -> None:
    evidence = _evidence()
    assert sorted(evidence.components) == ["button", "tag"]
    axe = evidence.components["button"].checks["axe"]
    assert (axe.pages, sorted(axe.languages)) == (6, ["ar", "en", "es"])
    assert evidence.components["tag"].problems == {"1.4.3": {"color-contrast"}}
    again = Evidence.from_json(json.loads(json.dumps(evidence.to_json())))
    assert again.to_json() == evidence.to_json()


@pytest.mark.parametrize(
    ("number", "component", "level"),
    [
        ("1.2.1", "button", "not-applicable"),  # no component plays media
        ("3.2.3", "button", "not-applicable"),  # a whole service's navigation
        ("2.5.2", "button", "not-evaluated"),  # no machine check exists
        ("1.4.12", "button", "supports"),  # text spacing ran on its pages and found nothing
        ("2.4.7", "button", "supports"),  # keyboard and forced colors both ran
        ("1.3.1", "button", "not-evaluated"),  # the HTML checker did not run in this evidence
        ("1.4.3", "tag", "partially"),  # axe found a contrast problem
        ("2.1.2", "tag", "partially"),  # the keyboard check could not run on one page
        ("1.4.12", "tag", "not-evaluated"),  # text spacing never ran on the tag's pages
    ],
)
def test_each_row_gets_the_level_its_evidence_allows(number: str, component: str, level: str) -> None:
    found = row(component, CRITERIA[number], _evidence().components[component])
    assert found.level == level
    assert found.remarks


def test_a_problem_is_named_in_the_remarks() -> None:
    found = row("tag", CRITERIA["1.4.3"], _evidence().components["tag"])
    assert any("color-contrast" in remark for remark in found.remarks)
    assert any(remark.startswith("A person checks:") for remark in found.remarks)


def test_without_evidence_nothing_a_machine_checks_is_claimed() -> None:
    levels = {found.level for found in report("button", None)}
    assert levels == {"not-applicable", "not-evaluated"}


@pytest.fixture()
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    path = tmp_path / "evidence.json"
    path.write_text(json.dumps(_evidence().to_json()), encoding="utf-8")
    monkeypatch.setenv("FRONTDOOR_CONFORMANCE_EVIDENCE", str(path))
    return TestClient(create_app())


def test_the_summary_has_a_row_per_component_and_a_column_per_level(client: TestClient) -> None:
    page = parse(client.get("/accessibility/conformance").text)
    headings = [text(cell) for cell in select(page, "thead th")]
    assert headings == ["Component", "Supports", "Partially supports", "Not applicable", "Not evaluated"]
    rows = select(page, "tbody tr")
    assert len(rows) == len(registry())
    tag = next(r for r in rows if text(one(r, "th")) == "Tag")
    counts = [int(text(cell)) for cell in select(tag, "td")]
    # Partly: 1.4.3 (a contrast problem) and the five criteria of the keyboard check that could not run.
    assert sum(counts) == len(CRITERIA) and counts[1] == 6
    assert "December 1, 2026" in text(page)


def test_a_components_report_has_a_table_per_level(client: TestClient) -> None:
    page = parse(client.get("/accessibility/conformance/button").text)
    tables = select(page, "table")
    assert len(tables) == 2
    for table, level in zip(tables, ("A", "AA"), strict=True):
        numbers = [text(cell).split()[0] for cell in select(table, "tbody th[scope=row]")]
        assert numbers == [c.number for c in CRITERIA.values() if c.level == level]
        region = table.find_parent(attrs={"role": "region"})
        assert region is not None and attr(region, "aria-labelledby") == f"level-{level.lower()}"
    assert client.get("/accessibility/conformance/no_such_component").status_code == 404


def test_with_no_recorded_run_the_report_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTDOOR_CONFORMANCE_EVIDENCE", str(tmp_path / "none.json"))
    page = parse(TestClient(create_app()).get("/es/accessibility/conformance/radios").text)
    assert select(page, "table") and one(page, "html").get("lang") == "es"
