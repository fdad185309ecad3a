"""The benchmarks cannot rot: `python -m bench --quick` runs every one of them at tiny sizes."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_benchmark_runs_in_quick_mode() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    for benchmark in ("B1", "B2", "B3", "B4", "B5", "B6"):
        assert re.search(rf"^{benchmark} ", out, re.MULTILINE), f"no {benchmark} figure in:\n{out}"
        assert re.search(rf"^{benchmark}  took ", out, re.MULTILINE), f"{benchmark} did not finish:\n{out}"
    # B1: both pages against the target, and the peers on the realistic page's bytes.
    for row in (
        r"schema page .* ratio <= 1\.8",
        r"realistic page .* ratio <= 1\.8",
        r"peer: ours, from_dict",
        r"peer: stock openapi-python-client",
        r"peer: pydantic v2 model_validate_json",
    ):
        assert re.search(rf"^B1 +actions\.list\(limit=100\): {row}|^B1 +{row}", out, re.MULTILINE), (
            f"no B1 row {row!r} in:\n{out}"
        )


@pytest.mark.parametrize("only", ["B9", "", "B1,,X"])
def test_an_unknown_benchmark_is_refused(only: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--only", only], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2, result.stdout + result.stderr
