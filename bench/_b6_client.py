"""B6's job process: a batched bulk delete of N ids with a journal, then its account and peak RSS.

``python -m bench._b6_client N JOURNAL`` runs ``posthog_api.bulk.bulk_delete_batched`` over a
generator of N distinct ids (every 50th a repeat of an earlier one) in batches of 1000, four at a
time, against an in-process endpoint that accepts nine batches in ten and fails the tenth (so
failed ids go to the journal as they happen), and prints ``{"read", "accepted", "failed",
"duplicate", "maxrss_kib", "hwm_kib"}``. Started through ``sh`` for the reason given in
``bench._b3_client``.
"""

from __future__ import annotations

import json
import resource
import sys
from collections.abc import Iterator
from typing import Any

import anyio

from posthog_api import PostHogError
from posthog_api.bulk import IdKind, bulk_delete_batched
from posthog_api.types import PersonBulkDeleteResponse

from ._b3_client import high_water_kib


def distinct_ids(count: int) -> Iterator[str]:
    for i in range(count):
        yield f"user-{i - 7 if i % 50 == 49 else i}"  # a repeat within the duplicate window


async def run(count: int, journal: str) -> dict[str, int]:
    batches = 0

    async def send(kind: IdKind, batch: list[Any]) -> PersonBulkDeleteResponse:
        nonlocal batches
        batches += 1
        await anyio.lowlevel.checkpoint()
        if batches % 10 == 0:
            raise PostHogError("503 injected: this batch fails")
        return PersonBulkDeleteResponse(
            persons_found=len(batch),
            persons_deleted=len(batch),
            events_queued_for_deletion=False,
            recordings_queued_for_deletion=False,
        )

    report = await bulk_delete_batched(
        send, kind="distinct_ids", source=distinct_ids(count), concurrency=4, journal=journal
    )
    return {
        "read": report.ids_read,
        "accepted": report.ids_accepted,
        "failed": report.ids_failed,
        "duplicate": report.ids_duplicate,
    }


def main(argv: list[str]) -> int:
    count, journal = int(argv[0]), argv[1]
    account = anyio.run(run, count, journal)
    account["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    account["hwm_kib"] = high_water_kib()
    print(json.dumps(account))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
