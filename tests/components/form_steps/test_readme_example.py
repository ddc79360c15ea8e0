"""The README's form-steps example runs as written, declares its flow in 30 lines, and passes the checks."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from components.form_steps import check_flow, flow_to_data, load_flow

README = Path(__file__).resolve().parents[3] / "README.md"


def test_the_readme_example_serves_its_flow() -> None:
    section = README.read_text().split("## Form steps", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code is not None
    flow_statement = next(
        node
        for node in ast.parse(code.group(1)).body
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "flow"
    )
    assert flow_statement.end_lineno is not None
    assert flow_statement.end_lineno - flow_statement.lineno + 1 <= 30  # a flow declared in 30 lines
    names: dict[str, Any] = {"KEY": "a-secret-key-from-configuration"}
    exec(code.group(1), names)
    assert check_flow(names["flow"]) == []
    client = TestClient(names["app"])
    response = client.get("/help/")
    assert response.status_code == 200
    assert "Do you live in the United States?" in response.text


def test_the_readme_yaml_is_the_same_flow_in_30_lines(tmp_path: Path) -> None:
    section = README.read_text().split("## Form steps", 1)[1]
    python_code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    written = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert python_code is not None and written is not None
    assert len(written.group(1).splitlines()) <= 30
    names: dict[str, Any] = {"KEY": "a-secret-key-from-configuration"}
    exec(python_code.group(1), names)
    (tmp_path / "help.yaml").write_text(written.group(1))
    loaded = load_flow(tmp_path / "help.yaml")
    assert flow_to_data(loaded) == flow_to_data(names["flow"])
