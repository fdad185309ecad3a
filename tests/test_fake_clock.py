"""FakePostHog's latency and its rate limits run on one injectable clock."""

import pytest

from posthog_api import RateLimitError
from posthog_api.testing import FakePostHog

from ._support import FakeClock

pytestmark = pytest.mark.anyio


async def test_latency_and_the_rate_limit_window_advance_on_the_same_clock(clock: FakeClock) -> None:
    fake = FakePostHog(latency=10, clock=clock)
    fake.set_rate_limit(2, 60, retry_after=True)
    start = clock.now
    async with fake.client(max_retries=0) as ph:
        await ph.actions.list()  # admitted at start + 10, after its latency
        await ph.actions.list()  # admitted at start + 20
        with pytest.raises(RateLimitError) as caught:
            await ph.actions.list()  # at start + 30 the window is full until start + 70
        assert caught.value.retry_after == 40
        await clock.sleep(40)
        await ph.actions.list()  # at start + 80 both earlier admissions have left the window
    assert clock.sleeps == [10, 10, 10, 40, 10]
    assert clock.now == start + 80
    assert [r.status for r in fake.requests] == [200, 200, 429, 200]


async def test_latency_waits_on_the_injected_clock_only(clock: FakeClock) -> None:
    fake = FakePostHog(latency=3600, clock=clock)
    async with fake.client() as ph:
        assert (await ph.actions.list()).count == 0  # an hour of latency, passed at once
    assert clock.sleeps == [3600]
