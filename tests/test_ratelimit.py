"""Client-side rate limiting: sliding windows, the cloud defaults, and pauses after a 429."""

import logging
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import respx

from posthog_api import AsyncPostHog, RateLimitError
from posthog_api._generated.operations import OPERATIONS
from posthog_api._ratelimit import CLOUD_RATE_LIMITS, RateLimiter, SlidingWindow

from ._support import ACTION_JSON, KEY, FakeClock, page

# ------------------------------------------------------------------ the state machine


def test_admits_up_to_the_limit_then_says_how_long_to_wait() -> None:
    window = SlidingWindow([(3, 10.0)])
    assert [window.try_admit(t) for t in (0.0, 1.0, 2.0)] == [0.0, 0.0, 0.0]
    assert window.try_admit(2.5) == pytest.approx(7.5)  # the request at 0.0 leaves at 10.0
    assert window.try_admit(10.0) == 0.0
    assert window.try_admit(10.5) == pytest.approx(0.5)  # the one at 1.0 leaves at 11.0


def test_every_window_is_respected() -> None:
    window = SlidingWindow([(2, 1.0), (3, 100.0)])
    assert window.try_admit(0.0) == 0.0
    assert window.try_admit(0.1) == 0.0
    assert window.try_admit(0.2) == pytest.approx(0.8)  # per-second window
    assert window.try_admit(1.0) == 0.0
    assert window.try_admit(5.0) == pytest.approx(95.0)  # the long window is full


def test_no_window_ever_holds_more_than_its_limit() -> None:
    window = SlidingWindow([(5, 2.0), (12, 10.0)])
    admitted: list[float] = []
    now = 0.0
    while now < 60:
        wait = window.try_admit(now)
        if wait == 0:
            admitted.append(now)
            now += 0.05
        else:
            now += wait
    for start in admitted:
        assert sum(start <= t < start + 2.0 for t in admitted) <= 5
        assert sum(start <= t < start + 10.0 for t in admitted) <= 12
    assert len(admitted) >= 12 * 6 - 1  # and the long window's ceiling is reached


def test_the_margin_delays_slot_reuse_by_at_most_5_percent_of_the_window() -> None:
    window = SlidingWindow([(1, 10.0)], margin=0.1)
    assert window.try_admit(0.0) == 0.0
    assert window.try_admit(0.0) == pytest.approx(10.1)
    short = SlidingWindow([(1, 1.0)], margin=0.1)
    assert short.try_admit(0.0) == 0.0
    assert short.try_admit(0.0) == pytest.approx(1.05)


def test_a_pause_blocks_until_it_ends() -> None:
    window = SlidingWindow([(100, 60.0)])
    window.pause_until(30.0)
    assert window.paused_for(10.0) == 20.0
    assert window.try_admit(10.0) == 20.0
    assert window.try_admit(30.0) == 0.0


# ------------------------------------------------------------------ the async limiter


@pytest.mark.anyio
async def test_tasks_share_the_limit_and_sleep_on_the_clock() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter({"crud": [(3, 60.0)]}, clock)
    sent: list[float] = []

    async def call() -> None:
        await limiter.acquire("crud", max_pause=60)
        sent.append(clock.monotonic())

    async with anyio.create_task_group() as group:
        for _ in range(7):
            group.start_soon(call)
    # Each slot is reused 60 s plus the safety margin (0.1 s) after it was taken.
    assert sorted(sent) == pytest.approx([0.0, 0.0, 0.0, 60.1, 60.1, 60.1, 120.2])


@pytest.mark.anyio
async def test_an_unlimited_class_never_waits() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter({"crud": [(1, 60.0)]}, clock)
    for _ in range(5):
        await limiter.acquire("analytics", max_pause=60)
    assert clock.sleeps == []


@pytest.mark.anyio
async def test_a_long_pause_raises_without_waiting() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter({"crud": [(100, 60.0)]}, clock)
    limiter.pause("crud", 3600)
    with pytest.raises(RateLimitError) as caught:
        await limiter.acquire("crud", max_pause=60)
    assert caught.value.retry_after == 3600
    assert caught.value.response is None
    assert clock.sleeps == []


# ------------------------------------------------------------------ the client


@pytest.mark.parametrize(
    ("host", "expected"),
    [("us", CLOUD_RATE_LIMITS), ("eu", CLOUD_RATE_LIMITS), ("https://posthog.example.com", None)],
)
def test_on_by_default_for_cloud_hosts_only(clean_env: None, host: str, expected: Any) -> None:
    ph = AsyncPostHog(api_key=KEY, host=host)
    limiter = ph._shared.limiter
    assert (limiter is not None) == (expected is not None)


def test_cloud_limits_follow_api_facts() -> None:
    # API-FACTS: analytics 240/minute and 1200/hour, crud 480/minute and 4800/hour, per team; the
    # client reads them from the spec's x-posthog-rate-classes through the registry.
    assert CLOUD_RATE_LIMITS == {
        "analytics": ((240, 60.0), (1200, 3600.0)),
        "crud": ((480, 60.0), (4800, 3600.0)),
    }


def test_rate_limits_can_be_disabled_or_customised(clean_env: None) -> None:
    assert AsyncPostHog(api_key=KEY, rate_limits=None)._shared.limiter is None
    custom = AsyncPostHog(api_key=KEY, host="https://posthog.example.com", rate_limits={"crud": [(10, 1)]})
    assert custom._shared.limiter is not None


@pytest.mark.parametrize(
    ("rate_limits", "message"),
    [
        ({"queries": [(1, 1)]}, "unknown rate class 'queries'"),
        ({"crud": [(0, 60)]}, "requests must be a whole number"),
        ({"crud": [(10, 0)]}, "window must be > 0"),
        ({"crud": [10]}, "is not \\(requests, window seconds\\)"),
        ([("crud", 1)], "must be a mapping"),
    ],
)
def test_bad_rate_limits_raise(clean_env: None, rate_limits: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        AsyncPostHog(api_key=KEY, rate_limits=rate_limits)


@pytest.mark.anyio
async def test_the_registry_rate_class_picks_the_limiter(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    api.get("/api/projects/1/actions/").respond(200, json=page([ACTION_JSON]))
    api.get("/api/projects/1/persons/trends/").respond(200, json={})
    async with make_client(rate_limits={"analytics": [(1, 60)], "crud": [(2, 60)]}) as ph:
        await ph.actions.list()
        await ph.actions.list()
        await ph.persons.trends()  # analytics has its own window: no wait
        assert clock.sleeps == []
        await ph.actions.list()  # the third crud call waits for the crud window (and the margin)
        assert clock.sleeps == pytest.approx([60.1])
        await ph.persons.trends()  # the analytics window passed meanwhile
        assert clock.sleeps == pytest.approx([60.1])
        await ph.persons.trends()
        assert clock.sleeps == pytest.approx([60.1, 60.1])


@pytest.mark.anyio
async def test_person_reads_share_the_analytics_window_and_leave_crud_alone(clock: FakeClock) -> None:
    from posthog_api.testing import FakePostHog

    fake = FakePostHog()
    fake.add_person(distinct_ids=["ada"], properties={"email": "ada@example.com", "plan": "pro"})
    limits = {"analytics": [(3, 60)], "crud": [(100, 60)]}
    async with fake.client(rate_limits=limits, _clock=clock, _random=lambda: 0.0) as ph:
        ada = await ph.persons.find(distinct_id="ada")
        assert ada is not None
        await ph.persons.retrieve(str(ada.id))
        await ph.persons.values(key="plan")
        await ph.actions.list()  # crud: its own window
        assert clock.sleeps == []
        await ph.persons.list(email="ada@example.com")  # the fourth person read waits
        assert clock.sleeps == pytest.approx([60.1])
    assert {OPERATIONS[r.operation_id or ""].rate_class for r in fake.requests} == {"analytics", "crud"}


@pytest.mark.anyio
async def test_429_with_retry_after_pauses_the_class_for_every_task(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    sent_at: list[tuple[str, float]] = []
    answers = iter([httpx.Response(429, headers={"Retry-After": "30"})])

    def actions(request: httpx.Request) -> httpx.Response:
        sent_at.append(("actions", clock.monotonic()))
        return next(answers, httpx.Response(200, json=page([])))

    def journeys(request: httpx.Request) -> httpx.Response:
        sent_at.append(("journeys", clock.monotonic()))
        return httpx.Response(200, json=page([]))

    def trends(request: httpx.Request) -> httpx.Response:
        sent_at.append(("trends", clock.monotonic()))
        return httpx.Response(200, json={})

    api.get("/api/projects/1/actions/").mock(side_effect=actions)
    api.get("/api/environments/1/customer_journeys/").mock(side_effect=journeys)
    api.get("/api/projects/1/persons/trends/").mock(side_effect=trends)
    start = clock.monotonic()
    async with make_client() as ph:
        await ph.actions.list()  # 429, then retried after the pause
        await ph.customer_journeys.list()  # same class: waits out the pause too
        await ph.persons.trends()  # another class: not paused
    times = {name: [t - start for n, t in sent_at if n == name] for name in ("actions", "journeys", "trends")}
    assert times["actions"] == [0.0, 30.0]
    assert times["journeys"][0] >= 30.0
    assert times["trends"][0] >= 0.0


@pytest.mark.anyio
async def test_while_paused_a_call_that_would_wait_too_long_raises_without_sending(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    first = api.get("/api/projects/1/actions/").respond(429, headers={"Retry-After": "600"})
    second = api.get("/api/environments/1/customer_journeys/").respond(200, json=page([]))
    async with make_client(max_retry_after=60) as ph:
        with pytest.raises(RateLimitError) as caught:
            await ph.actions.list()
        assert caught.value.retry_after == 600
        with pytest.raises(RateLimitError) as paused:
            await ph.customer_journeys.list()
    assert first.call_count == 1
    assert not second.called
    assert paused.value.retry_after == 600
    assert clock.sleeps == []


@pytest.mark.anyio
async def test_429_without_retry_after_backs_off_only_that_request(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    api.get("/api/projects/1/actions/").mock(
        side_effect=[httpx.Response(429), httpx.Response(200, json=page([]))]
    )
    other = api.get("/api/environments/1/customer_journeys/").respond(200, json=page([]))
    async with make_client() as ph:
        await ph.actions.list()
        assert clock.sleeps == [0.5]  # this request's own backoff
        before = clock.monotonic()
        await ph.customer_journeys.list()
        assert clock.monotonic() == before  # nobody else waits
    assert other.called


def test_the_real_clock_runs_on_trios_mock_clock() -> None:
    import trio
    import trio.testing

    from posthog_api._clock import SystemClock

    async def main() -> float:
        limiter = RateLimiter({"crud": [(2, 60.0)]}, SystemClock())
        start = trio.current_time()
        for _ in range(5):
            await limiter.acquire("crud", max_pause=60)
        return trio.current_time() - start

    elapsed = trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))
    assert elapsed == pytest.approx(120.2)


# ------------------------------------------------------------------ what a caller meets


@pytest.mark.parametrize(
    ("rate_limits", "message"),
    [
        ([("crud", 1)], "rate_limits must be a mapping like {'crud': [(480, 60)]}, or None"),
        ({"crud": [("480", 60)]}, "rate_limits['crud']: requests must be a whole number >= 1, not '480'"),
        ({"crud": [(480, "60")]}, "rate_limits['crud']: window must be > 0 seconds, not '60'"),
        (
            {"analytics": [(2.5, 60)]},
            "rate_limits['analytics']: requests must be a whole number >= 1, not 2.5",
        ),
    ],
)
def test_bad_rate_limits_say_exactly_what_is_wrong(clean_env: None, rate_limits: Any, message: str) -> None:
    with pytest.raises(ValueError, match="rate_limits") as caught:
        AsyncPostHog(api_key=KEY, rate_limits=rate_limits)
    assert str(caught.value) == message


@pytest.mark.anyio
async def test_a_pause_too_long_to_wait_is_a_throttled_429_naming_the_class() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter({"analytics": [(100, 60.0)]}, clock)
    limiter.pause("analytics", 120.4)
    with pytest.raises(RateLimitError) as caught:
        await limiter.acquire("analytics", max_pause=60)
    error = caught.value
    assert (error.status_code, error.type, error.code) == (429, "throttled_error", "throttled")
    assert error.retry_after == 121  # whole seconds, rounded up
    assert str(error) == (
        "429 throttled: the analytics rate class is paused after a 429 from the server; retry after 121 s"
    )


@pytest.mark.anyio
async def test_a_pause_exactly_as_long_as_the_longest_wait_allowed_is_waited_out() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter({"crud": [(100, 60.0)]}, clock)
    limiter.pause("crud", 60)
    await limiter.acquire("crud", max_pause=60)
    assert clock.sleeps == [60.0]


@pytest.mark.anyio
async def test_with_no_pause_a_zero_longest_wait_still_sends() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter({"crud": [(100, 60.0)]}, clock)
    for _ in range(3):
        await limiter.acquire("crud", max_pause=0)
    assert clock.sleeps == []


@pytest.mark.anyio
async def test_a_429_pauses_even_a_class_without_limits() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter({"crud": [(100, 60.0)]}, clock)
    limiter.pause("analytics", 30)
    await limiter.acquire("analytics", max_pause=60)
    await limiter.acquire("analytics", max_pause=60)
    assert clock.sleeps == [30.0]


@pytest.mark.anyio
async def test_waiters_are_admitted_one_at_a_time_in_the_order_they_asked() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter({"crud": [(1, 10.0)]}, clock)
    admitted: list[tuple[int, float]] = []

    async def call(number: int) -> None:
        await limiter.acquire("crud", max_pause=60)
        admitted.append((number, clock.monotonic()))

    async with anyio.create_task_group() as group:
        for number in range(3):
            group.start_soon(call, number)
            await anyio.lowlevel.checkpoint()
    # One waiter sleeps at a time: nobody sleeps for a slot another waiter will take first.
    assert [number for number, _ in admitted] == [0, 1, 2]
    assert [when for _, when in admitted] == pytest.approx([0.0, 10.1, 20.2])
    assert clock.sleeps == pytest.approx([10.1, 10.1])


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("paused", "notice"),
    [
        (False, "waiting 60 s for the crud rate limit"),
        (True, "waiting 45 s for the crud rate limit (paused after a 429 from the server)"),
    ],
)
async def test_a_long_limiter_wait_is_logged_naming_the_class_and_a_429_pause(
    caplog: pytest.LogCaptureFixture, paused: bool, notice: str
) -> None:
    caplog.set_level(logging.INFO, logger="posthog_api")
    clock = FakeClock(start=0.0)
    limiter = RateLimiter({"crud": [(1, 60.0)]}, clock)
    if paused:
        limiter.pause("crud", 45)
    else:
        await limiter.acquire("crud", max_pause=60)
    await limiter.acquire("crud", max_pause=60)
    assert [record.getMessage() for record in caplog.records if record.name == "posthog_api"] == [notice]


@pytest.mark.anyio
async def test_a_429_pause_that_arrives_while_waiting_for_a_slot_raises_naming_the_class() -> None:
    class PausedWhileAsleep(FakeClock):
        limiter: RateLimiter

        async def sleep(self, seconds: float) -> None:
            await super().sleep(seconds)
            self.limiter.pause("crud", 3600)  # another task met a 429 meanwhile

    clock = PausedWhileAsleep(start=0.0)
    limiter = clock.limiter = RateLimiter({"crud": [(1, 60.0)]}, clock)
    await limiter.acquire("crud", max_pause=60)
    with pytest.raises(RateLimitError) as caught:
        await limiter.acquire("crud", max_pause=60)
    assert caught.value.detail == "the crud rate class is paused after a 429 from the server"
    assert clock.sleeps == pytest.approx([60.1])
