"""README's "Adding an endpoint" is true: on a copy of the project, its YAML, `make generate` and one
fake handler give a typed, registered, working method, and nothing hand-written changes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from .test_readme import BLOCKS

ROOT = Path(__file__).resolve().parent.parent

CALL = """
import anyio, json
from posthog_api import APIStatusError
from posthog_api._generated.operations import OPERATIONS
from posthog_api.testing import FakePostHog

op = OPERATIONS["actions_references_retrieve"]
print("registry", op.method, op.path, op.scopes, op.rate_class, op.retry_safe)

async def main():
    fake = FakePostHog()
    fake.add_action(name="Signed up")
    async with fake.client(scopes=["action:read"]) as ph:
        try:
            result = await ph.actions.references(1)
        except APIStatusError as error:
            print("status", error.status_code, error)
        else:
            print("result", type(result).__name__, json.dumps(result.to_dict()))
    async with fake.client(scopes=["person:read"]) as ph:
        try:
            await ph.actions.references(1)
        except Exception as error:
            print("refused", type(error).__name__)

anyio.run(main)
"""

HANDLER = """

@handles("actions_references_retrieve")
def references(context: Context) -> Answer:
    _action(context)
    return 200, {"insights": [], "cohorts": []}
"""


def run(copy: Path, code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(copy / "src")}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=copy, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_readme_steps_add_a_working_endpoint(tmp_path: Path) -> None:
    (addition,) = [body for lang, body, _ in BLOCKS if lang == "yaml"]
    copy = tmp_path / "project"
    copy.mkdir()
    for part in ("openapi", "codegen", "src"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    hand_written = {
        path.relative_to(copy): path.read_bytes()
        for path in (copy / "src").rglob("*.py")
        if "_generated" not in path.parts and "_handlers" not in path.parts
    }

    # Step 1: the YAML, under paths.
    spec_path = copy / "openapi" / "posthog.yaml"
    spec = yaml.safe_load(spec_path.read_text())
    spec["paths"].update(yaml.safe_load(addition))
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))

    # Step 2: make generate (the same script, run in the copy).
    result = subprocess.run(
        [sys.executable, "codegen/generate.py"], cwd=copy, capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stdout + result.stderr
    method = (copy / "src/posthog_api/_generated/resources/actions.py").read_text()
    assert "async def references(" in method
    assert "actions_references_retrieve.ENDPOINT" in method

    # Without a handler the fake names what is missing; the scope check still comes first.
    output = run(copy, CALL)
    assert (
        "registry GET /api/projects/{project_id}/actions/{id}/references/ ('action:read',) crud True"
        in output
    )
    assert "status 501" in output
    assert "actions_references_retrieve (GET /api/projects/{project_id}/actions/{id}/references/)" in output
    assert "not implemented in FakePostHog" in output
    assert "refused MissingScopeError" in output

    # Step 4: one handler in the resource's handler module.
    handlers = copy / "src/posthog_api/testing/_handlers/actions.py"
    handlers.write_text(handlers.read_text() + textwrap.dedent(HANDLER))
    output = run(copy, CALL)
    assert 'result AnalyticsResult {"insights": [], "cohorts": []}' in output

    # Nothing hand-written outside the fake's handlers changed.
    for path, content in hand_written.items():
        assert (copy / path).read_bytes() == content, path
