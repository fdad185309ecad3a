"""The ways in over HTTP: the ASGI app (served by uvicorn, or by httpx in process) and the in-process
``httpx`` transport, which also simulates connection failures."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, TypeAlias
from urllib.parse import parse_qsl, quote

import httpx

from ._dispatch import Dispatcher
from ._http import Request

Scope: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send: TypeAlias = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp: TypeAlias = Callable[[Scope, Receive, Send], Awaitable[None]]


class ASGIAdapter:
    """An ASGI 3 application answering through a ``Dispatcher`` (lifespan events are acknowledged)."""

    def __init__(self, dispatcher: Dispatcher) -> None:
        self._dispatcher = dispatcher

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        raw_path = scope.get("raw_path")
        path = raw_path.decode("latin-1").split("?", 1)[0] if raw_path else quote(scope["path"])
        host = headers.get("host") or "{}:{}".format(*scope.get("server", ("localhost", 80)))
        request = Request(
            method=scope["method"].upper(),
            path=path,
            query=dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)),
            headers=headers,
            body=body,
            base_url=f"{scope.get('scheme', 'http')}://{host}",
        )
        status, extra_headers, payload = await self._dispatcher.handle(request)
        response_headers = [(b"content-length", str(len(payload)).encode())]
        if payload:
            response_headers.append((b"content-type", b"application/json"))
        response_headers += [(k.lower().encode(), str(v).encode()) for k, v in extra_headers.items()]
        await send({"type": "http.response.start", "status": status, "headers": response_headers})
        await send({"type": "http.response.body", "body": payload})


class FakeTransport(httpx.AsyncBaseTransport):
    """The fake's ASGI app in process, with connection failures raised as ``httpx.ConnectError``."""

    def __init__(self, dispatcher: Dispatcher, app: ASGIApp) -> None:
        self._dispatcher = dispatcher
        self._asgi = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.raw_path.decode().split("?", 1)[0]
        if self._dispatcher.take_connect_fault(request.method, path):
            raise httpx.ConnectError("connection refused (injected by FakePostHog)", request=request)
        return await self._asgi.handle_async_request(request)
