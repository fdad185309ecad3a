"""The import rules of pyproject.toml hold, and import-linter would catch each kind of breach."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(source_root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(ROOT / "pyproject.toml")],
        capture_output=True,
        text=True,
        env=env,
        cwd=source_root,
        timeout=120,
    )


def test_the_package_keeps_its_import_rules() -> None:
    result = lint_imports(ROOT / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("_generated/types.py", "from posthog_api import _client", "Generated code never imports"),
        ("_transport.py", "import posthog_api.testing", "Library code never imports the testing kit"),
        ("_requester.py", "from posthog_api import _client", "Layers"),
        ("_generated/api/actions/actions_list.py", "from posthog_api._generated import resources", "Layers"),
    ],
)
def test_a_breach_is_caught(tmp_path: Path, module: str, line: str, contract: str) -> None:
    copy = tmp_path / "posthog_api"
    shutil.copytree(ROOT / "src" / "posthog_api", copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    target.write_text(target.read_text() + f"\n{line}  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert broken, result.stdout
    assert any(line.startswith(contract) for line in broken), broken
