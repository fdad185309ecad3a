"""``AsyncPaginator``: limit/offset lists as one awaitable, item iterator and page iterator."""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Sequence
from typing import Any, Generic, Protocol, TypeVar

import anyio

from ._errors import first_error
from ._generated.endpoint import Endpoint
from ._requester import Requester

__all__ = ["AsyncPaginator"]


class Page(Protocol):
    """What a limit/offset page model has."""

    @property
    def count(self) -> object: ...  # the total, or UNSET where the server does not count (persons)

    @property
    def results(self) -> Sequence[Any]: ...

    @property
    def next_(self) -> object: ...


ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound=Page)


class AsyncPaginator(Generic[ItemT, PageT]):
    """One list call: ``await`` it for the first page, or iterate.

    - ``await ph.actions.list(limit=100)``: the first page model.
    - ``async for action in ph.actions.list()``: every item of every page, in server order.
    - ``async for page in ph.actions.list().pages()``: every page model.

    With ``concurrency=1`` (the default) iteration follows each page's ``next`` URL, which the
    transport refuses to follow off the client's host. With ``concurrency=N`` it fetches up to N
    pages at once by offset once the first page gives ``count``; all N finish before any of their
    items is yielded, so breaking out of the loop or cancelling leaves no task or connection
    behind, and memory holds at most N pages. ``max_items`` stops after that many items.
    """

    def __init__(
        self,
        requester: Requester,
        endpoint: Endpoint[..., PageT],
        arguments: dict[str, Any],
        *,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> None:
        if max_items is not None and (
            isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0
        ):
            raise ValueError(f"max_items must be a whole number, zero or more, or None, not {max_items!r}")
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be a whole number, 1 or more, not {concurrency!r}")
        self._requester = requester
        self._endpoint = endpoint
        self._arguments = arguments
        self._max_items = max_items
        self._concurrency = concurrency

    def __repr__(self) -> str:
        return (
            f"AsyncPaginator({self._endpoint.operation_id}, "
            f"max_items={self._max_items}, concurrency={self._concurrency})"
        )

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._fetch(self._arguments).__await__()

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._items()

    def pages(self) -> AsyncIterator[PageT]:
        """Every page, fetched as iteration needs it (stopping once ``max_items`` are covered)."""
        return self._pages()

    async def _fetch(self, arguments: dict[str, Any]) -> PageT:
        return await self._requester.request(self._endpoint, **arguments)

    async def _items(self) -> AsyncIterator[ItemT]:
        remaining = self._max_items
        if remaining == 0:
            return
        async for page in self._pages():
            for item in page.results:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return

    def _wanted(self, items_so_far: int) -> bool:
        return self._max_items is None or items_so_far < self._max_items

    async def _pages(self) -> AsyncIterator[PageT]:
        # Only the page being yielded is referenced here: earlier pages can be freed.
        page = await self._fetch(self._arguments)
        count, first_size, seen = page.count, len(page.results), len(page.results)
        next_url = _next_url(page)
        yield page
        del page
        # Pages are fetched several at a time by offset only when the server gives the total;
        # without it (persons), they follow the next links one at a time.
        if self._concurrency > 1 and isinstance(count, int):
            if next_url is not None:
                async for offset_page in self._pages_by_offset(count, first_size):
                    yield offset_page
            return
        while next_url is not None and self._wanted(seen):
            page = await self._requester.request_url(self._endpoint, next_url)
            seen += len(page.results)
            next_url = _next_url(page)
            yield page
            del page

    async def _pages_by_offset(self, count: int, first_size: int) -> AsyncIterator[PageT]:
        size = first_size  # the server's page size: it may give fewer than the limit asked for
        start = self._arguments.get("offset")
        offset = (start if isinstance(start, int) else 0) + first_size
        seen = first_size
        while offset < count and self._wanted(seen):
            window = [offset + i * size for i in range(self._concurrency) if offset + i * size < count]
            if self._max_items is not None:
                window = window[: -(-(self._max_items - seen) // size)]
            pages = await self._fetch_window(window, size)
            for index in range(len(pages)):
                page, pages[index] = pages[index], None
                assert page is not None
                if not page.results:
                    return  # the list shrank while we walked it
                seen += len(page.results)
                yield page
                del page
            offset = window[-1] + size

    async def _fetch_window(self, offsets: list[int], size: int) -> list[PageT | None]:
        """The pages at ``offsets``, fetched concurrently; every task ends before this returns."""
        pages: list[PageT | None] = [None] * len(offsets)

        async def fetch(index: int, offset: int) -> None:
            pages[index] = await self._fetch({**self._arguments, "offset": offset, "limit": size})

        try:
            async with anyio.create_task_group() as group:
                for index, offset in enumerate(offsets):
                    group.start_soon(fetch, index, offset)
        except BaseExceptionGroup as failures:
            raise first_error(failures) from None
        return pages


def _next_url(page: Page) -> str | None:
    """The page's ``next`` URL, or None at the end (or on an empty page, to never loop)."""
    if isinstance(page.next_, str) and page.next_ and page.results:
        return page.next_
    return None
