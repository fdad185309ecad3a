"""The transport stack every request passes through, generated functions included.

``PostHogTransport`` wraps the transport that does the I/O (httpx's connection pool, or a
caller's ``httpx.AsyncClient``) and, in this order:

1. refuses a URL outside the configured host (scheme, host and port), so the key never leaves it;
2. adds ``Authorization: Bearer <key>``;
3. checks the operation's scopes, and for ``scopes="auto"`` the key's project and organization
   restrictions, raising before anything is sent;
4. before every attempt, waits for the client-side rate limiter (``_ratelimit.RateLimiter``,
   shared by every task of a client) to admit one request of the operation's rate class; a 429
   with ``Retry-After`` pauses that class for everyone;
5. sends, retrying as ``_retries`` decides and sleeping on the injected clock;
6. reads the body, and turns an error status into an ``APIStatusError`` subclass.

Parsing is not done here: the requester (``_requester``) parses a success body.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any, Literal

import anyio
import httpx
from attrs import frozen

from ._clock import Clock
from ._config import SecretKey
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    MissingScopeError,
    PermissionDeniedError,
    PostHogError,
    error_from_response,
)
from ._generated.endpoint import untie
from ._generated.operations import OPERATIONS, Operation
from ._ratelimit import RateLimiter
from ._registry import OperationIndex
from ._retries import backoff_delay, parse_retry_after, retryable_error, retryable_status
from ._scopes import missing_scopes
from ._waiting import announce

logger = logging.getLogger("posthog_api")

CURRENT_KEY_OPERATION = OPERATIONS["personal_api_keys_current_retrieve"]
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})


class ClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller's ``httpx.AsyncClient``: its pool, proxies, hooks and transport.

    The caller owns that client: closing this transport leaves it open.
    """

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True)


@frozen
class KeyInfo:
    """What ``GET /api/personal_api_keys/@current/`` says about the calling key."""

    scopes: frozenset[str]
    scoped_teams: frozenset[int]
    scoped_organizations: frozenset[str]

    @classmethod
    def from_json(cls, body: Any) -> KeyInfo:
        if not isinstance(body, dict) or not isinstance(body.get("scopes"), list):
            raise ValueError("no 'scopes' list")
        teams = body.get("scoped_teams") or []
        organizations = body.get("scoped_organizations") or []
        if not isinstance(teams, list) or not isinstance(organizations, list):
            # A string would be read character by character: "12" as teams 1 and 2.
            raise ValueError("'scoped_teams' and 'scoped_organizations' must be lists")
        return cls(
            scopes=frozenset(str(s) for s in body["scopes"]),
            scoped_teams=frozenset(int(t) for t in teams),
            scoped_organizations=frozenset(str(o).lower() for o in organizations),
        )


class ScopeGuard:
    """The key's scopes, as given or fetched once; shared by a client and its copies."""

    def __init__(self, scopes: frozenset[str] | Literal["auto"] | None) -> None:
        self._mode = scopes
        self._info: KeyInfo | None = None
        if isinstance(scopes, frozenset):
            self._info = KeyInfo(scopes=scopes, scoped_teams=frozenset(), scoped_organizations=frozenset())
        self._lock: anyio.Lock | None = None

    @property
    def enabled(self) -> bool:
        return self._mode is not None

    async def key_info(self, fetch: Callable[[], Awaitable[KeyInfo]]) -> KeyInfo:
        if self._info is None:
            if self._lock is None:
                self._lock = anyio.Lock()
            async with self._lock:
                if self._info is None:
                    self._info = await fetch()
        return self._info

    async def check(
        self,
        operation: Operation,
        path_values: dict[str, str],
        fetch: Callable[[], Awaitable[KeyInfo]],
    ) -> None:
        """Raise ``PermissionDeniedError`` (``MissingScopeError`` for scopes) if the key may not call it."""
        if not self.enabled or operation is CURRENT_KEY_OPERATION:
            return
        info = await self.key_info(fetch)
        missing = missing_scopes(info.scopes, operation.scopes)
        if missing:
            raise MissingScopeError(operation_id=operation.operation_id, missing_scopes=missing)
        project = path_values.get("project_id", "")
        if (
            info.scoped_teams
            and project.isascii()
            and project.isdigit()
            and int(project) not in info.scoped_teams
        ):
            raise PermissionDeniedError(
                status_code=403,
                type="authentication_error",
                code="permission_denied",
                detail=f"API key does not have access to the requested project: ID {project}.",
                operation_id=operation.operation_id,
            )
        organization = path_values.get("organization_id", "").lower()
        if (
            info.scoped_organizations
            and organization not in ("", "@current")
            and organization not in info.scoped_organizations
        ):
            raise PermissionDeniedError(
                status_code=403,
                type="authentication_error",
                code="permission_denied",
                detail=f"API key does not have access to the requested organization: ID {organization}.",
                operation_id=operation.operation_id,
            )


class PostHogTransport(httpx.AsyncBaseTransport):
    """Origin check, auth, scope checks, retries and error mapping around ``inner``."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        api_key: SecretKey,
        base_url: httpx.URL,
        max_retries: int,
        max_retry_after: float,
        scope_guard: ScopeGuard,
        clock: Clock,
        random_value: Callable[[], float] = random.random,
        owns_inner: bool = True,
        index: OperationIndex | None = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        self._inner = inner
        self._api_key = api_key
        self._base_url = base_url
        self._max_retries = max_retries
        self._max_retry_after = max_retry_after
        self._scope_guard = scope_guard
        self._clock = clock
        self._random = random_value
        self._owns_inner = owns_inner
        self._index = index or OperationIndex()
        self._limiter = limiter

    def __repr__(self) -> str:
        return f"PostHogTransport(base_url={str(self._base_url)!r}, max_retries={self._max_retries})"

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._check_origin(request)
        identified = self._index.identify(request, self._base_url.path)
        operation, path_values = identified if identified else (None, {})
        request.headers["Authorization"] = f"Bearer {self._api_key.reveal()}"
        if operation is not None:
            await self._scope_guard.check(operation, path_values, lambda: self._fetch_key_info(request))
        return await self._send(request, operation)

    def _check_origin(self, request: httpx.Request) -> None:
        url, base = request.url, self._base_url
        if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
            raise PostHogError(
                f"refusing to send a request to {url.scheme}://{url.netloc.decode()}: it is not the "
                f"configured host {base.scheme}://{base.netloc.decode()}, and the API key must not leave it"
            )

    async def _fetch_key_info(self, original: httpx.Request) -> KeyInfo:
        url = self._base_url.copy_with(path=self._base_url.path.rstrip("/") + CURRENT_KEY_OPERATION.path)
        request = httpx.Request(
            "GET",
            url,
            headers={"Authorization": f"Bearer {self._api_key.reveal()}", "Accept": "application/json"},
            extensions={k: v for k, v in original.extensions.items() if k == "timeout"},
        )
        response = await self._send(request, CURRENT_KEY_OPERATION)
        await response.aread()
        try:
            return KeyInfo.from_json(response.json())
        except (ValueError, TypeError) as exc:
            raise APIResponseValidationError(
                f"could not read the key's scopes from {CURRENT_KEY_OPERATION.path}: {exc}",
                response=response,
                operation_id=CURRENT_KEY_OPERATION.operation_id,
            ) from None

    async def _send(self, request: httpx.Request, operation: Operation | None) -> httpx.Response:
        retry_safe = operation.retry_safe if operation else request.method in IDEMPOTENT_METHODS
        operation_id = operation.operation_id if operation else None
        rate_class = operation.rate_class if operation else "crud"
        retries = 0
        while True:
            if self._limiter is not None:
                await self._limiter.acquire(rate_class, max_pause=self._max_retry_after)
            try:
                response = await self._inner.handle_async_request(request)
                if response.is_stream_consumed and response.status_code < 400:
                    # Built with its content (mock and in-process transports): nothing to read.
                    logger.debug("%s %s -> %d", request.method, request.url.path, response.status_code)
                    return response
                response, raw = await self._read(response)
            except httpx.TransportError as exc:
                if retries < self._max_retries and retryable_error(exc, retry_safe=retry_safe):
                    retries += 1
                    delay = backoff_delay(retries, self._random())
                    await self._wait(request, retries, delay, type(exc).__name__)
                    continue
                raise self._connection_error(exc, request) from exc

            status = response.status_code
            logger.debug("%s %s -> %d", request.method, request.url.path, status)
            if status < 400:
                return httpx.Response(
                    status,
                    headers=response.headers,
                    stream=httpx.ByteStream(raw),
                    extensions=response.extensions,
                    request=request,
                )
            retry_after = parse_retry_after(response.headers.get("Retry-After"), now=self._clock.time())
            too_long = retry_after is not None and retry_after > self._max_retry_after
            if status == 429 and retry_after is not None and self._limiter is not None:
                # Every task of this rate class waits, not only this one.
                self._limiter.pause(rate_class, retry_after)
            if (
                retries < self._max_retries
                and retryable_status(status, retry_safe=retry_safe)
                and not too_long
            ):
                retries += 1
                if status == 429 and retry_after is not None and self._limiter is not None:
                    self._log_retry(request, retries, retry_after, str(status))  # the limiter waits
                else:
                    delay = retry_after if retry_after is not None else backoff_delay(retries, self._random())
                    await self._wait(request, retries, delay, str(status))
                continue
            error_response = await _readable(response, raw, request)
            raise error_from_response(
                error_response,
                operation_id=operation_id,
                retry_after=retry_after,
                redact=self._api_key.reveal(),
            )

    @staticmethod
    async def _read(response: httpx.Response) -> tuple[httpx.Response, bytes]:
        """The whole body, read here so that a broken read is retried like a failed send."""
        if response.is_stream_consumed:
            # A response built with its content holds it decoded.
            headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
            plain = httpx.Response(response.status_code, headers=headers, extensions=response.extensions)
            return plain, response.content
        try:
            raw = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
            untie(response)  # sent through a caller's http_client: bound to its stream there
        return response, raw

    async def _wait(self, request: httpx.Request, retry: int, delay: float, reason: str) -> None:
        self._log_retry(request, retry, delay, reason)
        await announce(delay, f"to retry after {reason}")
        await self._clock.sleep(delay)

    def _log_retry(self, request: httpx.Request, retry: int, delay: float, reason: str) -> None:
        logger.info(
            "%s %s: %s; retry %d of %d in %.2f s",
            request.method,
            request.url.path,
            reason,
            retry,
            self._max_retries,
            delay,
        )

    def _connection_error(self, exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
        where = f"{request.method} {request.url.scheme}://{request.url.netloc.decode()}{request.url.path}"
        text = str(exc).replace(self._api_key.reveal(), "phx_***") or type(exc).__name__
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{where} timed out: {text}", request=request)
        return APIConnectionError(f"{where} failed: {type(exc).__name__}: {text}", request=request)


async def _readable(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    """A response with ``raw`` as its body, decoded (or left raw if its encoding is broken)."""
    readable = httpx.Response(
        response.status_code, headers=response.headers, stream=httpx.ByteStream(raw), request=request
    )
    try:
        await readable.aread()
    except httpx.DecodingError:
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
        readable = httpx.Response(response.status_code, headers=headers, content=raw, request=request)
    return readable


__all__ = ["ClientTransport", "KeyInfo", "PostHogTransport", "ScopeGuard"]
