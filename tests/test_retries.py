"""Retries: which failures are retried, how many times, and how long the client waits."""

import email.utils
from typing import Any

import httpx
import pytest
import respx

from posthog_api import APIConnectionError, APITimeoutError, InternalServerError, RateLimitError
from posthog_api._retries import backoff_delay, parse_retry_after, retryable_error, retryable_status

from ._support import ACTION_JSON, FakeClock, page

pytestmark = pytest.mark.anyio

LIST = "/api/projects/1/actions/"
CREATE = LIST
OK_PAGE = page([ACTION_JSON])


async def test_503_503_200_is_retried_twice_then_succeeds(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    route = api.get(LIST).mock(
        side_effect=[httpx.Response(503), httpx.Response(503), httpx.Response(200, json=OK_PAGE)]
    )
    async with make_client() as ph:
        result = await ph.actions.list()
    assert route.call_count == 3
    assert result.results[0].id == 7
    assert clock.sleeps == [0.5, 1.0]


async def test_persistent_500_gives_up_after_max_retries(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    route = api.get(LIST).respond(
        500, json={"type": "server_error", "code": "error", "detail": "boom", "attr": None}
    )
    async with make_client() as ph:
        with pytest.raises(InternalServerError, match="boom"):
            await ph.actions.list()
    assert route.call_count == 3
    assert clock.sleeps == [0.5, 1.0]


async def test_post_create_on_500_is_not_retried(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    route = api.post(CREATE).respond(500)
    async with make_client() as ph:
        with pytest.raises(InternalServerError):
            await ph.actions.create(name="Signed up")
    assert route.call_count == 1
    assert clock.sleeps == []


async def test_bulk_delete_is_retry_safe_though_it_is_a_post(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    summary = {
        "persons_found": 1,
        "persons_deleted": 1,
        "events_queued_for_deletion": False,
        "recordings_queued_for_deletion": False,
        "deletion_errors": [],
    }
    route = api.post("/api/projects/1/persons/bulk_delete/").mock(
        side_effect=[httpx.Response(502), httpx.Response(202, json=summary)]
    )
    async with make_client() as ph:
        result = await ph.persons.bulk_delete(distinct_ids=["user-1"])
    assert route.call_count == 2
    assert result.persons_deleted == 1


async def test_429_with_retry_after_waits_that_long_even_for_a_post(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    created = {**ACTION_JSON, "id": 8}
    route = api.post(CREATE).mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(201, json=created)]
    )
    async with make_client() as ph:
        action = await ph.actions.create(name="Signed up")
    assert route.call_count == 2
    assert action.id == 8
    assert clock.sleeps == [7.0]


async def test_429_without_retry_after_backs_off(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    route = api.get(LIST).mock(
        side_effect=[httpx.Response(429), httpx.Response(429), httpx.Response(200, json=OK_PAGE)]
    )
    async with make_client() as ph:
        await ph.actions.list()
    assert route.call_count == 3
    assert clock.sleeps == [0.5, 1.0]


async def test_retry_after_over_the_cap_raises_at_once(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    route = api.get(LIST).respond(429, headers={"Retry-After": "3600"})
    async with make_client(max_retry_after=60) as ph:
        with pytest.raises(RateLimitError) as caught:
            await ph.actions.list()
    assert route.call_count == 1
    assert caught.value.retry_after == 3600
    assert clock.sleeps == []


async def test_retry_after_as_an_http_date(make_client: Any, api: respx.MockRouter, clock: FakeClock) -> None:
    when = email.utils.formatdate(clock.time() + 12, usegmt=True)
    api.get(LIST).mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200, json=OK_PAGE)]
    )
    async with make_client() as ph:
        await ph.actions.list()
    assert len(clock.sleeps) == 1
    assert 11 <= clock.sleeps[0] <= 12


async def test_connection_refused_is_retried_for_any_operation(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    route = api.post(CREATE).mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(201, json=ACTION_JSON)]
    )
    async with make_client() as ph:
        await ph.actions.create(name="Signed up")
    assert route.call_count == 2


async def test_read_timeout_retried_for_get_but_not_for_create(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    get_route = api.get(LIST).mock(side_effect=[httpx.ReadTimeout("slow"), httpx.Response(200, json=OK_PAGE)])
    post_route = api.post(CREATE).mock(side_effect=httpx.ReadTimeout("slow"))
    async with make_client() as ph:
        await ph.actions.list()
        with pytest.raises(APITimeoutError):
            await ph.actions.create(name="x")
    assert get_route.call_count == 2
    assert post_route.call_count == 1


async def test_connection_errors_exhaust_retries(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    route = api.get(LIST).mock(side_effect=httpx.ConnectError("refused"))
    async with make_client(max_retries=3) as ph:
        with pytest.raises(APIConnectionError):
            await ph.actions.list()
    assert route.call_count == 4
    assert clock.sleeps == [0.5, 1.0, 2.0]


async def test_with_options_copies_the_client_with_other_retries(
    make_client: Any, api: respx.MockRouter, clock: FakeClock
) -> None:
    route = api.get(LIST).respond(503)
    async with make_client() as ph:
        quick = ph.with_options(max_retries=0, timeout=5)
        with pytest.raises(InternalServerError):
            await quick.actions.list()
        assert route.call_count == 1
        with pytest.raises(InternalServerError):
            await ph.actions.list()
        assert route.call_count == 4
        assert quick._shared is ph._shared  # one pool, one scope cache
        assert quick.http.timeout.read == 5


def test_backoff_doubles_from_half_a_second_capped_at_8_minus_jitter() -> None:
    assert [backoff_delay(n, 0.0) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff_delay(1, 0.999999) == pytest.approx(0.375, abs=1e-5)
    assert backoff_delay(5, 0.5) == 7.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [("5", 5.0), (" 2 ", 2.0), ("1.5", 1.5), ("-3", 0.0), ("soon", None), (None, None), ("nan", None)],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=0.0) == expected


def test_retryable_statuses_depend_on_retry_safety() -> None:
    assert retryable_status(429, retry_safe=False)
    for status in (408, 500, 502, 503, 504):
        assert retryable_status(status, retry_safe=True)
        assert not retryable_status(status, retry_safe=False)
    for status in (400, 401, 403, 404, 405, 501):
        assert not retryable_status(status, retry_safe=True)


def test_retryable_errors_depend_on_whether_the_request_was_sent() -> None:
    request = httpx.Request("POST", "https://us.posthog.com/")
    for unsent in (
        httpx.ConnectError("x", request=request),
        httpx.ConnectTimeout("x"),
        httpx.PoolTimeout("x"),
    ):
        assert retryable_error(unsent, retry_safe=False)
    for sent in (httpx.ReadTimeout("x"), httpx.ReadError("x"), httpx.RemoteProtocolError("x")):
        assert retryable_error(sent, retry_safe=True)
        assert not retryable_error(sent, retry_safe=False)
