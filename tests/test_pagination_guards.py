"""The paginator's guards: never looping, never over-fetching, never skipping a server-capped page."""

from typing import Any

import httpx
import pytest

from ._support import ACTION_JSON, HOST, page

pytestmark = pytest.mark.anyio

LIST = f"{HOST}/api/projects/1/actions/"


def actions(start: int, stop: int) -> list[dict[str, Any]]:
    return [{**ACTION_JSON, "id": i, "name": f"action {i}"} for i in range(start, stop)]


class CappedList:
    """``total`` actions by limit/offset; like PostHog, a page holds at most ``cap`` (default 100)."""

    def __init__(self, total: int, *, cap: int = 100) -> None:
        self.total = total
        self.cap = cap
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        limit = min(int(request.url.params.get("limit", self.cap)), self.cap)
        offset = int(request.url.params.get("offset", 0))
        stop = min(offset + limit, self.total)
        next_url = f"{LIST}?limit={limit}&offset={stop}&via=next" if stop < self.total else None
        return httpx.Response(200, json=page(actions(offset, stop), count=self.total, next_url=next_url))

    def offsets(self) -> list[int]:
        return sorted(int(request.url.params.get("offset", 0)) for request in self.requests)

    def followed_next(self) -> bool:
        """Whether any page was fetched through a ``next`` URL rather than by offset."""
        return any("via" in request.url.params for request in self.requests)


def client_for(make_client: Any, handler: Any) -> Any:
    return make_client(transport=httpx.MockTransport(handler))


# ------------------------------------------------------------------ never loop


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_an_empty_page_with_a_next_url_ends_the_iteration(make_client: Any, concurrency: int) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)  # a server bug: an empty page that points at itself, with a count
        assert len(sent) <= 10, "the paginator loops"
        return httpx.Response(200, json=page([], count=500, next_url=f"{LIST}?limit=100&offset=0"))

    async with client_for(make_client, handler) as ph:
        items = [a async for a in ph.actions.list(limit=100, concurrency=concurrency)]
        pages = [p async for p in ph.actions.list(limit=100, concurrency=concurrency).pages()]
    assert items == []
    assert len(pages) == 1
    assert len(sent) == 2


async def test_an_empty_next_string_ends_the_iteration(make_client: Any) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        assert len(sent) <= 10, "the paginator loops"
        return httpx.Response(200, json={**page(actions(0, 2), count=10), "next": ""})

    async with client_for(make_client, handler) as ph:
        ids = [a.id async for a in ph.actions.list()]
    assert ids == [0, 1]
    assert len(sent) == 1


async def test_a_page_that_empties_mid_walk_ends_the_concurrent_iteration(make_client: Any) -> None:
    fake = CappedList(1000)

    def shrinking(request: httpx.Request) -> httpx.Response:
        if int(request.url.params.get("offset", 0)) >= 300:
            fake.requests.append(request)
            return httpx.Response(200, json=page([], count=1000))  # deleted while we walked
        return fake(request)

    async with client_for(make_client, shrinking) as ph:
        ids = [a.id async for a in ph.actions.list(limit=100, concurrency=4)]
    assert ids == list(range(300))
    assert fake.offsets() == [0, 100, 200, 300, 400]  # one window of 4 after the first page, no more


# ------------------------------------------------------------------ max_items


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_pages_with_max_items_sends_no_request_past_the_items_wanted(
    make_client: Any, concurrency: int
) -> None:
    fake = CappedList(1000)
    async with client_for(make_client, fake) as ph:
        pages = [p async for p in ph.actions.list(limit=100, max_items=200, concurrency=concurrency).pages()]
        assert [len(p.results) for p in pages] == [100, 100]
        assert fake.offsets() == [0, 100]
        fake.requests.clear()
        pages = [p async for p in ph.actions.list(limit=100, max_items=100, concurrency=concurrency).pages()]
        assert len(pages) == 1
        assert fake.offsets() == [0]


async def test_max_items_zero_sends_nothing_when_iterated(make_client: Any) -> None:
    fake = CappedList(10)
    async with client_for(make_client, fake) as ph:
        assert [a async for a in ph.actions.list(max_items=0)] == []
    assert fake.requests == []


# ------------------------------------------------------------------ concurrency


async def test_concurrency_without_limit_walks_by_the_servers_page_size(make_client: Any) -> None:
    fake = CappedList(190, cap=40)  # no limit asked: the server's default page holds 40
    async with client_for(make_client, fake) as ph:
        ids = [a.id async for a in ph.actions.list(concurrency=3)]
    assert ids == list(range(190))
    assert fake.offsets() == [0, 40, 80, 120, 160]
    assert not fake.followed_next()
    assert [request.url.params.get("limit") for request in fake.requests] == [None, "40", "40", "40", "40"]


async def test_concurrency_with_a_server_capped_page_size_skips_nothing(make_client: Any) -> None:
    fake = CappedList(1050, cap=100)  # asked for 250 a page, the server gives 100
    async with client_for(make_client, fake) as ph:
        ids = [a.id async for a in ph.actions.list(limit=250, concurrency=4)]
    assert ids == list(range(1050))
    assert fake.offsets() == list(range(0, 1100, 100))
    assert not fake.followed_next()


async def test_concurrency_starts_after_the_first_pages_offset(make_client: Any) -> None:
    fake = CappedList(500)
    async with client_for(make_client, fake) as ph:
        ids = [a.id async for a in ph.actions.list(limit=100, offset=150, concurrency=2)]
    assert ids == list(range(150, 500))
    assert fake.offsets() == [150, 250, 350, 450]


# ------------------------------------------------------------------ counts are numbers, not booleans


@pytest.mark.parametrize("argument", ["max_items", "concurrency"])
async def test_true_is_refused_where_the_paginator_expects_a_count(make_client: Any, argument: str) -> None:
    fake = CappedList(10)
    async with client_for(make_client, fake) as ph:
        with pytest.raises(ValueError, match=argument):
            ph.actions.list(**{argument: True})
    assert fake.requests == []
