"""What the handler modules share: their registration table and PostHog's list and query conventions."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urlencode

from .. import _validation as v
from .._http import Answer, ApiError, Context, Handler, not_found

PAGE_SIZE = 100  # PostHog's page size when the request gives no limit


class HandlerTable(Mapping[str, Handler]):
    """The handlers of one resource module, by operation id; register one with the decorator::

    handles = HandlerTable()

    @handles("actions_retrieve", "actions_count_retrieve")
    def retrieve(context: Context) -> Answer: ...
    """

    def __init__(self) -> None:
        self._handlers: dict[str, Handler] = {}

    def __call__(self, *operation_ids: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            for operation_id in operation_ids:
                if operation_id in self._handlers:
                    raise ValueError(f"{operation_id} has two handlers")
                self._handlers[operation_id] = handler
            return handler

        return register

    def __getitem__(self, operation_id: str) -> Handler:
        return self._handlers[operation_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._handlers)

    def __len__(self) -> int:
        return len(self._handlers)


def page(context: Context, items: list[dict[str, Any]]) -> dict[str, Any]:
    """One limit/offset page of ``items``, with absolute ``next``/``previous`` URLs on the caller's host."""
    query = context.request.query
    limit = query_int(query, "limit", PAGE_SIZE, minimum=1)
    offset = query_int(query, "offset", 0, minimum=0)
    stop = offset + limit
    base = context.request.base_url + context.request.path

    def link(at: int) -> str:
        return f"{base}?{urlencode({**query, 'limit': limit, 'offset': at})}"

    return {
        "count": len(items),
        "next": link(stop) if stop < len(items) else None,
        "previous": link(max(offset - limit, 0)) if offset > 0 else None,
        "results": items[offset:stop],
    }


def query_int(query: Mapping[str, str], name: str, default: int, *, minimum: int) -> int:
    """An integer query parameter (``default`` when absent or empty); a 400 when malformed or too small."""
    if name not in query or query[name] == "":
        return default
    try:
        value = int(query[name])
    except ValueError:
        raise v.validation_error("A valid integer is required.", name) from None
    if value < minimum:
        raise v.validation_error(f"Ensure this value is greater than or equal to {minimum}.", name)
    return value


def required_query(context: Context, name: str) -> str:
    """A query parameter the server cannot do without; a 400 naming it when absent or empty."""
    value = context.request.query.get(name, "")
    if not value:
        raise v.validation_error("This field is required.", name, "required")
    return value


def int_id(value: str) -> int:
    """A path id that must be an integer; 404 otherwise, as PostHog's URL patterns answer."""
    if not (value.isascii() and value.isdigit()):
        raise not_found()
    return int(value)


def refuse_hard_delete(context: Context) -> Answer:
    """PostHog's 405 for a DELETE of a model that is only ever soft-deleted."""
    raise ApiError(
        405,
        'Method "DELETE" not allowed. Hard delete of this model is not allowed; PATCH "deleted": true.',
        code="method_not_allowed",
    )
