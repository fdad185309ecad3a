"""`make demo`: serve the bundled fake PostHog on loopback, seed it, and run the privacy job on it.

No key and no network are needed: the fake accepts any phx_ key. The job itself
(examples/privacy_job.py) is the same code that runs against real PostHog. Then a second bulk
delete is interrupted after two batches and resumed from its journal, sending only the rest.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import anyio

from posthog_api import AsyncPostHog
from posthog_api.bulk import BulkDeleteReport
from posthog_api.testing import serve_fake

sys.path.insert(0, str(Path(__file__).resolve().parent))

import privacy_job

PERSONS = 20_000
RESUMED = 5_000  # more persons, for the job that is interrupted and resumed
ACTIONS = 300


async def interrupted_and_resumed(journal: Path) -> int:
    """Delete user-20000 ... user-24999, stopping after two batches, then resume from the journal."""
    distinct_ids = [f"user-{i}" for i in range(PERSONS, PERSONS + RESUMED)]
    async with AsyncPostHog() as ph:
        report = BulkDeleteReport()
        with anyio.CancelScope() as job:

            def stop_after_two_batches(progress: BulkDeleteReport) -> None:
                if progress.batches_ok == 2:
                    job.cancel()  # as Ctrl-C, SIGTERM or a deadline would

            await ph.persons.bulk_delete_batched(
                distinct_ids=distinct_ids,
                concurrency=1,
                journal=journal,
                report=report,
                on_progress=stop_after_two_batches,
            )
        print(f"interrupted job:\n{report.summary()}")
        again = await ph.persons.bulk_delete_batched(distinct_ids=distinct_ids, journal=journal)
        print(f"resumed from {journal.name}:\n{again.summary()}")
        return 0 if again.ok else 1


def main() -> int:
    started = time.monotonic()
    with serve_fake(seed_persons=PERSONS + RESUMED, seed_actions=ACTIONS) as server:
        print(f"FakePostHog on {server.url}: {PERSONS + RESUMED:,} persons, {ACTIONS} actions", flush=True)
        os.environ.update(server.env)  # what a user would export to point the job at it
        status = privacy_job.main(["--distinct-id-range", "user-", str(PERSONS)])
        with tempfile.TemporaryDirectory() as scratch:
            status = status or anyio.run(interrupted_and_resumed, Path(scratch) / "job.jsonl")
    print(f"demo finished in {time.monotonic() - started:.1f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
