"""Parsing an answer pauses Python's cyclic garbage collector, and always restores it.

The pause is what keeps a 100-action page near ``json.loads`` speed (B1): without it the
collector runs several times per page over objects that cannot be garbage yet.
"""

import gc
import weakref
from collections.abc import Iterator
from contextlib import AsyncExitStack
from typing import Any

import httpx
import pytest
import respx

from posthog_api import APIResponseValidationError
from posthog_api.endpoints import actions_list
from posthog_api.testing import FakePostHog

from ._support import ACTION_JSON, page

pytestmark = pytest.mark.anyio


@pytest.fixture
def gc_state() -> Iterator[None]:
    """Whatever a test does to the collector, the next test starts with it on."""
    try:
        yield
    finally:
        gc.enable()


def recording(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record, for each parse of ``actions_list``, whether the collector was on during it."""
    seen: list[bool] = []
    original = actions_list.ENDPOINT.parse_response

    def parse_response(response: httpx.Response) -> Any:
        seen.append(gc.isenabled())
        return original(response)

    monkeypatch.setattr(actions_list.ENDPOINT, "parse_response", parse_response)
    return seen


def answer(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, request=httpx.Request("GET", "https://x/"))


def test_the_collector_is_off_during_a_parse_and_on_after(
    gc_state: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = recording(monkeypatch)
    parsed = actions_list.ENDPOINT.parse(answer(httpx.Response(200, json=page([ACTION_JSON])).content))
    assert seen == [False]
    assert gc.isenabled()
    assert parsed.results[0].id == ACTION_JSON["id"]


def test_the_collector_is_back_on_when_the_parse_raises(gc_state: None) -> None:
    with pytest.raises(ValueError, match="unexpected character"):
        actions_list.ENDPOINT.parse(answer(b"{not json"))
    assert gc.isenabled()


def test_a_collector_the_caller_switched_off_stays_off(
    gc_state: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = recording(monkeypatch)
    gc.disable()
    actions_list.ENDPOINT.parse(answer(httpx.Response(200, json=page([ACTION_JSON])).content))
    assert seen == [False]
    assert not gc.isenabled()


async def test_client_calls_and_the_raw_path_parse_with_the_collector_paused(
    gc_state: None, make_client: Any, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.get("/api/projects/1/actions/").respond(200, json=page([ACTION_JSON]))
    seen = recording(monkeypatch)
    async with make_client() as ph:
        await ph.actions.list()
        raw = await actions_list.asyncio_detailed("1", client=ph.http)
    assert seen == [False, False]
    assert raw.parsed.results[0].id == ACTION_JSON["id"]
    assert gc.isenabled()


async def test_a_response_that_fails_to_parse_leaves_the_collector_on(
    gc_state: None, make_client: Any, api: respx.MockRouter
) -> None:
    api.get("/api/projects/1/actions/").respond(200, content=b"{not json")
    async with make_client() as ph:
        with pytest.raises(APIResponseValidationError):
            await ph.actions.list()
    assert gc.isenabled()


@pytest.mark.parametrize("own_http_client", [False, True], ids=["own transport", "caller's http_client"])
async def test_a_response_is_freed_by_reference_counting_once_parsed(
    gc_state: None, own_http_client: bool
) -> None:
    """httpx ties each response to its stream in a cycle; the library unties the responses it
    has read, so a walk over many large pages does not keep their bodies until the collector
    runs (B3). Both responses are looked at: the client's own, and, given an ``http_client``,
    the one that client answered."""
    fake = FakePostHog()
    fake.seed_actions(3)
    seen: list[weakref.ref[httpx.Response]] = []

    async def keep_a_weak_reference(response: httpx.Response) -> None:
        seen.append(weakref.ref(response))

    hooks = {"response": [keep_a_weak_reference]}
    http = httpx.AsyncClient(transport=fake.transport(), event_hooks=hooks) if own_http_client else None
    async with AsyncExitStack() as stack:
        if http is not None:
            await stack.enter_async_context(http)
        ph = await stack.enter_async_context(fake.client(http_client=http) if http else fake.client())
        ph.http.event_hooks["response"].append(keep_a_weak_reference)
        gc.collect()
        gc.disable()
        page = await ph.actions.list(limit=2)
        assert page.count == 3
        assert len(seen) == (2 if own_http_client else 1)
        alive = [ref() for ref in seen]
        assert alive == [None] * len(seen), "garbage that only the cyclic collector could free"
