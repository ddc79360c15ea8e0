"""Flows round-trip through JSON and YAML, and loading checks them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from components.form_steps import FlowError, dump_flow, flow_from_data, flow_to_data, load_flow
from tests.components.form_steps.flows import help_flow


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_flow_round_trips_through_a_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"help{suffix}"
    dump_flow(help_flow(), path)
    assert load_flow(path) == help_flow()


def test_dumped_data_leaves_out_defaults() -> None:
    data = flow_to_data(help_flow())
    first = data["sections"][0]["steps"][0]
    assert first == {
        "kind": "step",
        "id": "in-us",
        "question": {"label": "Do you live in the United States?", "type": "yes_no"},
        "routes": [{"to": "not-eligible", "when": {"kind": "equals", "question": "in-us", "value": "no"}}],
    }
    assert "version" not in data and "draft_days" not in data


def test_loading_checks_the_flow(tmp_path: Path) -> None:
    data = flow_to_data(help_flow())
    data["sections"][0]["steps"][0]["routes"][0]["to"] = "nowhere"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(FlowError, match="step 'in-us', route 1: goes to 'nowhere'"):
        load_flow(path)


def test_a_misspelt_field_is_refused_naming_it() -> None:
    data = flow_to_data(help_flow())
    data["sections"][0]["steps"][0]["question"]["lable"] = "Typo?"
    with pytest.raises(ValueError, match="lable"):
        flow_from_data(data)
