"""`make demo`'s job runs end to end against the fake served on loopback."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_demo_walks_actions_and_deletes_every_person() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "walked 300 actions page by page" in out
    assert "soft-deleted subscription" in out
    summary = "20000 distinct_ids read: 20000 accepted in 20 batches, 0 in 0 failed batches, 0 rejected"
    assert summary in out
    assert "persons found: 20000 for 20000 ids accepted, deleted: 20000" in out
    assert "100.0%  20000/20000 ids" in result.stderr
    interrupted = out[out.index("interrupted job:") : out.index("resumed from")]
    assert "2000 accepted in 2 batches" in interrupted
    assert "not ok: the job stopped before the end: cancelled" in interrupted
    resumed = out[out.index("resumed from job.jsonl:") :]
    assert "3000 accepted in 3 batches, 0 in 0 failed batches" in resumed
    assert ", 2000 accepted by an earlier run" in resumed
    assert resumed.rstrip().splitlines()[-2] == "ok"
