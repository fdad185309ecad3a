"""B2: ``persons.bulk_delete_batched`` against FakePostHog with per-request latency, vs the ideal.

With ``concurrency`` requests always in flight and nothing else costing time, ``N`` batches take
``ceil(N / concurrency)`` latencies. The fake runs in process (its latency is a real sleep, which
is what this figure is about); seeding it is not timed. The client's limiter is off.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace

import anyio

from posthog_api.testing import FakePostHog

from ._common import MS, Figure, Target, check, client_mode, client_settings, listing, median, posthog_client


@dataclass(frozen=True)
class Sizes:
    ids: int
    batch_size: int
    concurrency: int
    latency: float  # seconds the fake adds to every answer
    rounds: int

    @property
    def batches(self) -> int:
        return math.ceil(self.ids / self.batch_size)

    @property
    def ideal(self) -> float:
        """Seconds: every wave of ``concurrency`` requests costs one latency, nothing else does."""
        return math.ceil(self.batches / self.concurrency) * self.latency


FULL = Sizes(ids=100_000, batch_size=1000, concurrency=8, latency=0.05, rounds=5)
QUICK = Sizes(ids=4_000, batch_size=500, concurrency=4, latency=0.01, rounds=1)


async def _one_job(sizes: Sizes) -> float:
    """Seconds one batched delete of every seeded person takes; checks that every id went through."""
    fake = FakePostHog(latency=sizes.latency)
    fake.seed_persons(sizes.ids)
    distinct_ids = [f"user-{i}" for i in range(sizes.ids)]
    async with posthog_client(fake.transport(), **client_settings()) as ph:
        start = time.perf_counter()
        report = await ph.persons.bulk_delete_batched(
            distinct_ids=distinct_ids, batch_size=sizes.batch_size, concurrency=sizes.concurrency
        )
        wall = time.perf_counter() - start
    check(report.ok, f"the job did not accept every id: {report.summary()}")
    check(report.ids_accepted == sizes.ids, f"ids_accepted {report.ids_accepted} != {sizes.ids}")
    check(fake.person_count() == 0, f"{fake.person_count()} persons are left in the fake")
    check(len(fake.requests) == sizes.batches, f"{len(fake.requests)} requests for {sizes.batches} batches")
    return wall


async def _rounds(sizes: Sizes) -> tuple[list[float], float]:
    """The walls of ``sizes.rounds`` jobs, and of one more without latency: the CPU floor."""
    walls = [await _one_job(sizes) for _ in range(sizes.rounds)]
    return walls, await _one_job(replace(sizes, latency=0.0))


def run(quick: bool) -> list[Figure]:
    sizes = QUICK if quick else FULL
    walls, floor = anyio.run(_rounds, sizes)
    return [
        Figure(
            id="B2",
            name=f"bulk_delete_batched {sizes.ids:,} ids: wall",
            project=median(walls) / MS,
            reference=sizes.ideal / MS,
            unit="ms",
            target=Target("<=", 1.15),
            notes=(
                f"reference: ideal = ceil({sizes.batches} batches / concurrency {sizes.concurrency}) x "
                f"{sizes.latency / MS:g} ms latency; fake in process, limiter off, client: {client_mode()}",
                f"median of {sizes.rounds} jobs, walls: {listing(walls, scale=MS, digits=0)} ms; "
                f"every job: all {sizes.ids:,} ids accepted, 0 persons left",
                f"the same job with no latency takes {floor / MS:.0f} ms: the CPU of client and in-process "
                "fake together, which the waves overlap only partly",
            ),
        )
    ]
