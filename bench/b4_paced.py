"""B4: a paced bulk job under a server rate limit: throughput vs the ceiling, and 429s.

FakePostHog (in process, no latency) answers 429 with ``Retry-After`` past ``limit`` requests in
any ``window`` seconds; the client's limiter is set to the same limit for both rate classes, and
``max_retries=0`` turns every 429 into a failed batch. The job is paced by the limit, so this
benchmark takes real time: that is what it measures. The same job with the limiter off shows
what the limiter prevents.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import anyio

from posthog_api.testing import FakePostHog

from ._common import Figure, Target, check, client_mode, client_settings, posthog_client


@dataclass(frozen=True)
class Sizes:
    requests: int
    batch_size: int
    limit: int  # requests allowed in any `window` seconds
    window: float
    concurrency: int

    @property
    def windows(self) -> list[tuple[int, float]]:
        return [(self.limit, self.window)]


FULL = Sizes(requests=200, batch_size=50, limit=60, window=2.0, concurrency=8)
QUICK = Sizes(requests=60, batch_size=50, limit=20, window=0.5, concurrency=8)


@dataclass(frozen=True)
class Outcome:
    wall: float
    throttled: int  # 429 answers
    batches_failed: int
    ids_accepted: int


def earliest_schedule(requests: int, windows: Sequence[tuple[int, float]]) -> list[float]:
    """The earliest send time of each request when the first goes at 0 and at most ``limit`` may
    go in any ``seconds``-long span, for every (limit, seconds) window.

    Request ``k`` cannot go before request ``k - limit`` + ``seconds`` (else those ``limit + 1``
    requests would share one window), nor before request ``k - 1``; sending each one at the
    latest of these bounds meets them all with equality, so no schedule finishes sooner.
    """
    times: list[float] = []
    for k in range(requests):
        bounds = [times[k - limit] + seconds for limit, seconds in windows if k >= limit]
        times.append(max([times[-1], *bounds] if times else bounds, default=0.0))
    return times


def describe_schedule(times: Sequence[float]) -> str:
    """E.g. ``60 at 0 s, 60 at 2 s, 60 at 4 s, 20 at 6 s``."""
    return ", ".join(f"{count} at {at:g} s" for at, count in sorted(Counter(times).items()))


async def _job(sizes: Sizes, *, limiter: bool) -> Outcome:
    ids = sizes.requests * sizes.batch_size
    fake = FakePostHog()
    fake.set_rate_limit(sizes.limit, sizes.window, retry_after=True)
    fake.seed_persons(ids)
    rate_limits = {"crud": sizes.windows, "analytics": sizes.windows} if limiter else None
    settings = client_settings(rate_limits=rate_limits, max_retries=0)
    async with posthog_client(fake.transport(), **settings) as ph:
        start = time.perf_counter()
        report = await ph.persons.bulk_delete_batched(
            distinct_ids=[f"user-{i}" for i in range(ids)],
            batch_size=sizes.batch_size,
            concurrency=sizes.concurrency,
        )
        wall = time.perf_counter() - start
    throttled = sum(1 for request in fake.requests if request.status == 429)
    check(len(fake.requests) == sizes.requests, f"{len(fake.requests)} requests, not {sizes.requests}")
    check(report.batches_failed == throttled, f"{report.batches_failed} failed batches but {throttled} 429s")
    check(report.ids_accepted == ids - throttled * sizes.batch_size, "accepted ids do not add up")
    return Outcome(wall, throttled, report.batches_failed, report.ids_accepted)


async def _both(sizes: Sizes) -> tuple[Outcome, Outcome]:
    return await _job(sizes, limiter=True), await _job(sizes, limiter=False)


def run(quick: bool) -> list[Figure]:
    sizes = QUICK if quick else FULL
    paced, unpaced = anyio.run(_both, sizes)
    schedule = earliest_schedule(sizes.requests, sizes.windows)
    fastest = schedule[-1]
    limit = f"{sizes.limit} per {sizes.window:g} s"
    return [
        Figure(
            id="B4",
            name=f"paced job ({limit}): throughput",
            project=sizes.requests / paced.wall,
            reference=sizes.requests / fastest,
            unit="req/s",
            target=Target(">=", 0.9),
            notes=(
                f"{sizes.requests} requests of {sizes.batch_size} ids, concurrency {sizes.concurrency}, "
                f"max_retries=0, client limiter {limit}; took {paced.wall:.2f} s; client: {client_mode()}",
                f"ceiling: earliest schedule under any-{sizes.window:g}-s-window limits: "
                f"{describe_schedule(schedule)} -> {fastest:g} s; {sizes.requests} / {fastest:g} s",
            ),
        ),
        Figure(
            id="B4",
            name="paced job: 429s with the client limiter",
            project=paced.throttled,
            reference=0,
            unit="",
            target=Target("<=", 0, on="difference"),
            notes=(f"{paced.batches_failed} failed batches, {paced.ids_accepted:,} ids accepted",),
        ),
        Figure(
            id="B4",
            name="same job, limiter off: 429s (contrast)",
            project=unpaced.throttled,
            reference=0,
            unit="",
            target=None,
            notes=(
                f"took {unpaced.wall:.2f} s; {unpaced.batches_failed} failed batches, "
                f"{unpaced.ids_accepted:,} ids accepted",
            ),
        ),
    ]
