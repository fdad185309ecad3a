"""AsyncPaginator: first page, every item, every page, max_items, prefetch, and the host check."""

import gc
import json
import weakref
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import respx

from posthog_api import InternalServerError, PostHogError
from posthog_api._generated.models import PaginatedActionList

from ._support import ACTION_JSON, HOST, KEY, page

pytestmark = pytest.mark.anyio

LIST = f"{HOST}/api/projects/1/actions/"


def actions(start: int, stop: int) -> list[dict[str, Any]]:
    return [{**ACTION_JSON, "id": i, "name": f"action {i}"} for i in range(start, stop)]


class FakeList:
    """A limit/offset list of ``total`` actions answering like PostHog (absolute ``next`` URLs)."""

    def __init__(
        self,
        total: int,
        *,
        next_host: str = HOST,
        fail_offsets: frozenset[int] = frozenset(),
        overlap: int = 1,
    ) -> None:
        self.total = total
        self.next_host = next_host
        self.fail_offsets = fail_offsets
        self.overlap = overlap  # hold each answer until this many requests are in flight (or give up)
        self.requests: list[httpx.Request] = []
        self.in_flight = 0
        self.max_in_flight = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            for _ in range(100):  # let concurrent requests arrive, so overlap is visible
                if self.in_flight >= self.overlap:
                    break
                await anyio.lowlevel.checkpoint()
            limit = int(request.url.params.get("limit", 100))
            offset = int(request.url.params.get("offset", 0))
            if offset in self.fail_offsets:
                return httpx.Response(500)
            stop = min(offset + limit, self.total)
            next_url = (
                f"{self.next_host}/api/projects/1/actions/?limit={limit}&offset={stop}"
                if stop < self.total
                else None
            )
            return httpx.Response(200, json=page(actions(offset, stop), count=self.total, next_url=next_url))
        finally:
            self.in_flight -= 1


def client_for(make_client: Any, fake: FakeList, **kwargs: Any) -> Any:
    return make_client(http_client=httpx.AsyncClient(transport=httpx.MockTransport(fake)), **kwargs)


async def test_await_gives_the_first_page(make_client: Any) -> None:
    fake = FakeList(250)
    async with client_for(make_client, fake) as ph:
        first = await ph.actions.list(limit=100)
    assert isinstance(first, PaginatedActionList)
    assert (first.count, len(first.results), first.results[0].id) == (250, 100, 0)
    assert len(fake.requests) == 1


async def test_async_for_yields_every_item_following_next(make_client: Any) -> None:
    fake = FakeList(250)
    async with client_for(make_client, fake) as ph:
        ids = [action.id async for action in ph.actions.list(limit=100)]
    assert ids == list(range(250))
    assert [r.url.params.get("offset") for r in fake.requests] == [None, "100", "200"]
    assert all(r.headers["Authorization"] == f"Bearer {KEY}" for r in fake.requests)


async def test_pages_yields_page_models(make_client: Any) -> None:
    fake = FakeList(250)
    async with client_for(make_client, fake) as ph:
        sizes = [len(p.results) async for p in ph.actions.list(limit=100).pages()]
    assert sizes == [100, 100, 50]


async def test_max_items_stops_early_without_fetching_more(make_client: Any) -> None:
    fake = FakeList(1000)
    async with client_for(make_client, fake) as ph:
        ids = [a.id async for a in ph.actions.list(limit=100, max_items=150)]
        none = [a async for a in ph.actions.list(max_items=0)]
    assert ids == list(range(150))
    assert none == []
    assert len(fake.requests) == 2


async def test_an_empty_list_yields_nothing(make_client: Any) -> None:
    fake = FakeList(0)
    async with client_for(make_client, fake) as ph:
        assert [a async for a in ph.actions.list()] == []
        assert [a async for a in ph.actions.list(concurrency=4)] == []


@pytest.mark.parametrize(
    "next_host",
    ["https://evil.example.com", "http://us.posthog.com", "https://us.posthog.com:8443"],
)
async def test_a_next_url_off_the_clients_host_is_never_requested(make_client: Any, next_host: str) -> None:
    with respx.mock(assert_all_called=False) as router:
        first = router.get(LIST).respond(
            200, json=page(actions(0, 2), count=4, next_url=f"{next_host}/api/projects/1/actions/?offset=2")
        )
        elsewhere = router.route(url__startswith=next_host + "/").respond(200, json=page([]))
        async with make_client() as ph:
            with pytest.raises(PostHogError, match="refusing to send a request"):
                _ = [a async for a in ph.actions.list()]
    assert first.call_count == 1
    assert not elsewhere.called


async def test_concurrency_prefetches_by_offset_and_keeps_server_order(make_client: Any) -> None:
    fake = FakeList(1050, overlap=4)
    async with client_for(make_client, fake) as ph:
        ids = [a.id async for a in ph.actions.list(limit=100, concurrency=4)]
    assert ids == list(range(1050))
    assert fake.max_in_flight == 4
    offsets = sorted(int(r.url.params.get("offset", 0)) for r in fake.requests)
    assert offsets == list(range(0, 1100, 100))


async def test_concurrency_with_max_items_fetches_only_the_pages_needed(make_client: Any) -> None:
    fake = FakeList(10_000)
    async with client_for(make_client, fake) as ph:
        ids = [a.id async for a in ph.actions.list(limit=100, concurrency=8, max_items=250)]
    assert ids == list(range(250))
    assert len(fake.requests) == 3


async def test_a_failing_page_raises_after_its_retries(make_client: Any, clock: Any) -> None:
    fake = FakeList(1000, fail_offsets=frozenset({300}))
    seen: list[int] = []

    async def walk(ph: Any) -> None:
        async for action in ph.actions.list(limit=100, concurrency=4):
            seen.append(action.id)

    async with client_for(make_client, fake) as ph:
        with pytest.raises(InternalServerError):
            await walk(ph)
    assert seen == list(range(100))  # the window holding offset 300 never yields
    assert sum(1 for r in fake.requests if r.url.params.get("offset") == "300") == 3  # 1 + 2 retries
    assert fake.in_flight == 0


async def test_breaking_out_leaves_no_request_running(make_client: Any) -> None:
    fake = FakeList(5000)
    async with client_for(make_client, fake) as ph:
        async for action in ph.actions.list(limit=100, concurrency=8):
            if action.id == 150:
                break
        requests_at_break = len(fake.requests)
        for _ in range(20):
            await anyio.lowlevel.checkpoint()
        assert fake.in_flight == 0
        assert len(fake.requests) == requests_at_break


async def test_cancelling_leaves_no_request_running(make_client: Any) -> None:
    started = anyio.Event()

    async def never_answers(request: httpx.Request) -> httpx.Response:
        started.set()
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    fake = FakeList(5000)
    calls = {"n": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return await (fake(request) if calls["n"] == 1 else never_answers(request))

    async with make_client(http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))) as ph:
        with anyio.move_on_after(5) as scope:
            async with anyio.create_task_group() as group:

                async def walk() -> None:
                    async for _ in ph.actions.list(limit=100, concurrency=4):
                        pass

                group.start_soon(walk)
                await started.wait()
                group.cancel_scope.cancel()
        assert not scope.cancelled_caught
    assert fake.in_flight == 0


async def test_iteration_holds_only_the_current_page(make_client: Any) -> None:
    fake = FakeList(600)
    refs: list[weakref.ref[Any]] = []
    async with client_for(make_client, fake) as ph:
        async for current in ph.actions.list(limit=100).pages():
            refs.append(weakref.ref(current))
            del current
            gc.collect()
            assert sum(ref() is not None for ref in refs) <= 1


async def test_sharing_list_is_a_plain_list_not_a_paginator(make_client: Any, api: respx.MockRouter) -> None:
    sharing = {"created_at": "2026-01-01T00:00:00Z", "access_token": "t", "share_passwords": ""}
    api.get("/api/environments/1/session_recordings/r/sharing/").respond(200, json=[sharing])
    async with make_client() as ph:
        result = await ph.session_recording_sharing.list("r")
    assert isinstance(result, list)


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"max_items": -1}, "max_items"), ({"concurrency": 0}, "concurrency")]
)
async def test_bad_paginator_arguments_raise_before_sending(
    make_client: Any, kwargs: dict[str, Any], message: str
) -> None:
    fake = FakeList(10)
    async with client_for(make_client, fake) as ph:
        with pytest.raises(ValueError, match=message):
            ph.actions.list(**kwargs)
    assert fake.requests == []


async def test_every_offset_paginated_list_returns_a_paginator(make_client: Any) -> None:
    from posthog_api._generated.operations import OPERATIONS
    from posthog_api._pagination import AsyncPaginator

    async with make_client(organization_id="01234567-89ab-cdef-0123-456789abcdef") as ph:
        for op in OPERATIONS.values():
            if op.is_offset_paginated:
                assert isinstance(getattr(getattr(ph, op.resource), op.resource_method)(), AsyncPaginator)


def test_page_json_round_trip_is_stable() -> None:
    body = page(actions(0, 2), count=2)
    assert PaginatedActionList.from_dict(json.loads(json.dumps(body))).count == 2


@pytest.mark.parametrize("concurrency", [1, 2, 3])
async def test_a_list_of_whole_pages_is_walked_without_an_extra_request(
    make_client: Any, concurrency: int
) -> None:
    fake = FakeList(300, overlap=min(concurrency, 2))
    async with client_for(make_client, fake) as ph:
        ids = [a.id async for a in ph.actions.list(limit=100, concurrency=concurrency)]
    assert ids == list(range(300))
    assert len(fake.requests) == 3  # with 3, the window after the first page holds 2 pages, not 3
    # concurrency 2 or more fetches the two pages after the first side by side
    assert fake.max_in_flight == min(concurrency, 2)


async def test_a_page_without_a_next_key_ends_the_list(make_client: Any, api: respx.MockRouter) -> None:
    body = page(actions(0, 2), count=10)
    del body["next"]
    route = api.get("/api/projects/1/actions/").respond(200, json=body)
    async with make_client() as ph:
        ids = [a.id async for a in ph.actions.list()]
    assert ids == [0, 1]
    assert route.call_count == 1
