"""B6: a batched bulk delete's memory: peak RSS of a 10,000,000-id job vs a 1,000,000-id one.

Each job runs in a fresh process (``bench._b6_client``, forked by ``sh``) with a journal, so that
failed ids go to disk as they happen; one batch in ten fails. The ids come from a generator. If
the job holds only the batches in flight, the one being filled and the duplicate window, a
tenfold more ids cost no more memory. Both sizes are past the duplicate window (100,000 ids), so
both hold a full window.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ._common import MB, Figure, Target, check, listing, median

ROOT = Path(__file__).resolve().parent.parent
JOB_TIMEOUT = 1800.0


@dataclass(frozen=True)
class Sizes:
    small: int
    large: int
    rounds: int


FULL = Sizes(small=1_000_000, large=10_000_000, rounds=1)
QUICK = Sizes(small=150_000, large=300_000, rounds=1)


def peak_rss(count: int) -> tuple[float, float]:
    """Bytes of peak RSS of a fresh process running a job of ``count`` ids, and its seconds."""
    with tempfile.TemporaryDirectory() as scratch:
        journal = str(Path(scratch) / "job.jsonl")
        job = [sys.executable, "-m", "bench._b6_client", str(count), journal]
        started = time.perf_counter()
        result = subprocess.run(
            ["/bin/sh", "-c", '"$@"; exit $?', "sh", *job],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=JOB_TIMEOUT,
            check=False,
        )
        took = time.perf_counter() - started
    check(result.returncode == 0, f"the job process failed:\n{result.stdout}{result.stderr}")
    account = json.loads(result.stdout)
    check(account["read"] == count, f"the job read {account['read']} ids, not {count}")
    check(
        account["accepted"] + account["failed"] + account["duplicate"] == count,
        f"the account does not add up: {account}",
    )
    check(account["failed"] > 0, "no batch failed: the journal's failed records were not exercised")
    maxrss, own = account["maxrss_kib"] * 1024, account["hwm_kib"] * 1024
    check(own < 0 or maxrss <= own + 2 * MB, "ru_maxrss counts the process that launched the job")
    return float(maxrss), took


def run(quick: bool) -> list[Figure]:
    sizes = QUICK if quick else FULL
    larges: list[float] = []
    smalls: list[float] = []
    times: list[float] = []
    for _ in range(sizes.rounds):
        for count, into in ((sizes.large, larges), (sizes.small, smalls)):
            peak, took = peak_rss(count)
            into.append(peak)
            times.append(took)
    project, reference = median(larges) / MB, median(smalls) / MB
    return [
        Figure(
            id="B6",
            name=f"peak RSS of a {sizes.large:,}-id bulk delete",
            project=project,
            reference=reference,
            unit="MB",
            target=Target("<=", 10, on="difference", unit="MB"),
            notes=(
                f"reference: the same job over {sizes.small:,} ids; batches of 1000, 4 in flight, one in "
                f"ten failing into the journal; growth {project - reference:+.1f} MB (1 MB = 10^6 bytes)",
                f"fresh job processes forked by sh: {listing(larges, scale=MB)} vs "
                f"{listing(smalls, scale=MB)} MB; jobs took {listing(times)} s; the endpoint is in "
                "process (no HTTP), so the figure is the job's own memory",
            ),
        )
    ]
