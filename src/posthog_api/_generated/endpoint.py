# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""``Endpoint``: the typed descriptor every generated operation module exports as ``ENDPOINT``.

A resource method hands one to the requester with the operation's arguments; the requester
calls ``build_request(*args, **kwargs)``, sends the result, and parses the answer with ``parse``.
"""

import gc
from collections.abc import Callable
from typing import Any, Generic, ParamSpec, TypedDict, TypeVar, final

import httpx

P = ParamSpec("P")
T = TypeVar("T", covariant=True)


class RequestArgs(TypedDict, total=False):
    """Keyword arguments of ``httpx.AsyncClient.request`` for one operation."""

    method: str
    url: str
    extensions: dict[str, Any]
    headers: dict[str, Any]
    json: Any
    data: Any
    content: Any
    files: Any


class UnexpectedStatus(ValueError):
    """A response status the spec does not give as a success of the operation."""

    def __init__(self, operation_id: str, status_code: int, content: bytes) -> None:
        self.operation_id = operation_id
        self.status_code = status_code
        self.content = content
        super().__init__(f"{operation_id}: unexpected {status_code} response")


def untie(response: httpx.Response) -> None:
    """Let reference counting free a closed ``response`` as soon as nobody holds it.

    An ``httpx.AsyncClient`` binds every response it returns to its stream (the stream keeps the
    response, to set ``elapsed`` when it closes): a reference cycle, so the response, its body and
    its request stay in memory until Python's cyclic collector runs. Once the stream is closed it
    is not needed: a read body is kept by the response itself, and a consumed stream cannot be
    read again.
    """
    if response.is_closed:
        response.stream = _CLOSED


_CLOSED = httpx.ByteStream(b"")


@final
class Endpoint(Generic[P, T]):
    """One operation: its id, its request builder, its success parser and success type.

    Attributes:
        operation_id: the spec's ``operationId`` (also the registry key).
        build_request: the operation's arguments -> ``httpx.AsyncClient.request`` keyword arguments.
        parse_response: a success response -> its parsed body (``ValueError`` on anything else).
        success_type: the runtime class of the parsed body (a model, ``list``, ``object`` or
            ``NoneType``).
        success_statuses: the statuses ``parse_response`` accepts (none: every answer is an error,
            as for a hard ``DELETE`` PostHog refuses with 405).
    """

    __slots__ = (
        "build_request",
        "operation_id",
        "parse_response",
        "success_statuses",
        "success_type",
    )

    def __init__(
        self,
        operation_id: str,
        build_request: Callable[P, RequestArgs],
        parse_response: Callable[[httpx.Response], T],
        success_type: type[Any],
        success_statuses: tuple[int, ...],
    ) -> None:
        self.operation_id = operation_id
        self.build_request = build_request
        self.parse_response = parse_response
        self.success_type = success_type
        self.success_statuses = success_statuses

    def parse(self, response: httpx.Response) -> T:
        """``parse_response(response)`` with Python's cyclic garbage collector paused.

        A page builds thousands of small, acyclic objects (decoded JSON, then models); left on,
        the collector runs several times per page over objects that cannot be garbage yet, which
        costs about a third of the parse. Reference counting still frees everything at once;
        the collector is switched back on (only if it was on) as soon as the parse returns or
        raises, and the parse never awaits, so no other task runs meanwhile. The response is
        untied first (``untie``): with the collector run less often, a cycle would keep it longer.
        """
        untie(response)
        if not gc.isenabled():
            return self.parse_response(response)
        gc.disable()
        try:
            return self.parse_response(response)
        finally:
            gc.enable()

    def __repr__(self) -> str:
        return f"Endpoint({self.operation_id!r})"


__all__ = ["Endpoint", "RequestArgs", "UnexpectedStatus", "untie"]
