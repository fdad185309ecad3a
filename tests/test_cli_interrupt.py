"""Stopping the real ``posthog-api`` process mid-job, then running the same command again.

The fake is served on loopback with latency, so that the job is still running when the signal
arrives. The journal says what each run did; the fake says what is left.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from posthog_api._journal import read_records
from posthog_api.testing import serve_fake

PERSONS = 12_000
SCRIPT = str(Path(sys.executable).parent / "posthog-api")


def _input() -> list[str]:
    """Every seeded person once, some twice, and the lines a real export holds."""
    lines = [f"user-{i}" for i in range(PERSONS)]
    lines[100:100] = ["", " user-padded", "user-7", "user-ghost"]  # blank, rejected, duplicate, unknown
    lines += ["user-11999", "   "]
    return lines


def _positions(ranges: list[list[int]]) -> list[int]:
    return [p for first, last in ranges for p in range(first, last + 1)]


def _runs(journal: Path) -> list[dict[str, list[int]]]:
    """Per run: the input positions accepted, failed, not sent and rejected."""
    runs: list[dict[str, list[int]]] = []
    for record in read_records(journal):
        if "run" in record:
            runs.append({"accepted": [], "failed": [], "not_sent": [], "rejected": []})
        for kind in ("accepted", "failed", "not_sent"):
            if kind in record and "end" not in record:
                runs[-1][kind] += _positions(record[kind])
        if "rejected" in record:
            runs[-1]["rejected"].append(record["rejected"])
    return runs


def _wait_for_accepted_batches(journal: Path, count: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "the job ended before it could be interrupted"
        if journal.exists() and journal.read_bytes().count(b'{"accepted"') >= count:
            return
        time.sleep(0.01)
    raise AssertionError("the job did not get going")


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_job_resumes_and_the_two_runs_account_for_every_line(
    stop: signal.Signals, tmp_path: Path
) -> None:
    lines = _input()
    ids = tmp_path / "ids.txt"
    ids.write_text("".join(f"{line}\n" for line in lines))
    journal, failed = tmp_path / "job.jsonl", tmp_path / "failed.txt"
    failed.write_text("stale-id-from-an-earlier-job\n")
    command = [
        SCRIPT,
        "persons",
        "bulk-delete",
        "--distinct-ids-file",
        str(ids),
        "--journal",
        str(journal),
        "--failed-out",
        str(failed),
        "--batch-size",
        "100",
        "--concurrency",
        "4",
    ]
    with serve_fake(seed_persons=PERSONS, latency=0.04) as server:
        url = server.url
        environment = {k: v for k, v in os.environ.items() if not k.startswith("POSTHOG_")}
        environment.update(server.env)
        first = subprocess.Popen(
            command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        _wait_for_accepted_batches(journal, 10, first)
        first.send_signal(stop)
        out, err = first.communicate(timeout=60)
        assert first.returncode == 130, out + err
        assert f"posthog-api: interrupted ({stop.name})" in err
        assert f"the job stopped before the end: interrupted by {stop.name}" in out
        (run1,) = _runs(journal)
        accepted1 = set(run1["accepted"])
        assert 1000 <= len(accepted1) < len(lines) - 1000  # stopped mid-job
        # --failed-out was rewritten: every line not accepted, blank and rejected ones aside.
        left = failed.read_text().splitlines()
        assert "stale-id-from-an-earlier-job" not in left
        valid = {line for line in lines if line and line.strip() == line}
        assert set(left) == valid - {lines[p] for p in accepted1}
        assert len(left) == len(set(left))

        second = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120)
        # Exit status 1 only because the padded line is rejected again (and said so).
        assert second.returncode == 1, second.stdout + second.stderr
        assert "not ok: 1 ids rejected before sending\n" in second.stdout
        assert "rejected #102 ' user-padded': has surrounding whitespace" in second.stdout
        assert f"resuming: {len(accepted1):,} of {len(lines) - 2:,} already accepted" in second.stdout
        assert failed.read_text() == ""

        # The fake holds none of the persons any more.
        with httpx.Client(base_url=url, headers={"Authorization": "Bearer phx_signal"}) as http:
            found = 0
            for start in range(0, PERSONS, 1000):
                batch = [f"user-{i}" for i in range(start, start + 1000)]
                response = http.post("/api/projects/1/persons/bulk_delete/", json={"distinct_ids": batch})
                assert response.status_code == 202
                found += response.json()["persons_found"]
        assert found == 0

    run1, run2 = _runs(journal)
    # No line was accepted twice, except those in flight (not sent, to the client) at the stop.
    twice = set(run1["accepted"]) & set(run2["accepted"])
    assert twice <= set(run1["not_sent"])
    assert all(n == 1 for run in (run1, run2) for n in Counter(run["accepted"]).values())
    # Every line is accounted for, over both runs: accepted, failed, rejected, not sent, or a
    # repeat of an earlier line.
    covered = set().union(*(set(run[k]) for run in (run1, run2) for k in run))
    repeats = {p for p, line in enumerate(lines) if line in lines[:p]}
    assert covered | repeats == set(range(len(lines)))
    seen = {lines[p] for p in covered}
    assert seen == set(lines)
    assert {lines[p] for p in run2["rejected"]} == {"", " user-padded", "   "}
    assert not run1["failed"]
    assert not run2["failed"]
    assert not run2["not_sent"]
