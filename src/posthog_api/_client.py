"""``AsyncPostHog``: configuration, the transport stack, and the resource namespaces."""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterable
from functools import cached_property
from types import EllipsisType, TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

import httpx
from attrs import evolve, frozen

from . import _config
from ._clock import Clock, SystemClock
from ._generated.resources import Resources
from ._ratelimit import RateLimiter, RateLimits, validate_rate_limits
from ._requester import HTTPRequester, ProjectRef
from ._transport import ClientTransport, PostHogTransport, ScopeGuard
from ._version import __version__

if TYPE_CHECKING:
    from ._resources import PersonsResource

__all__ = ["AsyncPostHog"]


@frozen
class _Settings:
    api_key: _config.SecretKey
    base_url: httpx.URL
    project_id: str | None
    organization_id: str | None
    timeout: float
    max_retries: int
    max_retry_after: float
    strict_response_validation: bool


@frozen
class _Shared:
    """What a client shares with its ``with_options`` copies: pool, scopes, limiter and clock."""

    inner: httpx.AsyncBaseTransport
    scope_guard: ScopeGuard
    limiter: RateLimiter | None
    clock: Clock
    random_value: Callable[[], float]
    # (operation id, field path with list indexes dropped) already warned about: one warning each.
    warned: set[tuple[str, str]]


class AsyncPostHog(Resources):
    """An async client for PostHog's management API.

    Every setting falls back to an environment variable; bad settings raise ``ValueError`` naming
    the setting, before anything is sent::

        async with AsyncPostHog(project_id=12345) as ph:   # key from POSTHOG_PERSONAL_API_KEY
            page = await ph.actions.list(limit=100)

    Args:
        api_key: a personal API key (``phx_...``); default: ``POSTHOG_PERSONAL_API_KEY``.
        host: ``"us"``, ``"eu"`` or a URL; default: ``POSTHOG_HOST``, else ``https://us.posthog.com``.
            Plain ``http://`` is refused unless the host is loopback or ``allow_insecure_http``.
        project_id: the default project of project methods; default: ``POSTHOG_PROJECT_ID``.
        organization_id: the default organization (domains); default: ``POSTHOG_ORGANIZATION_ID``.
        scopes: ``None`` (no client-side check), the key's scopes (a list), or ``"auto"`` to read
            them once from ``/api/personal_api_keys/@current/``, with the key's project and
            organization restrictions. A call the key may not make then raises before sending.
        timeout: seconds per request attempt.
        max_retries: retries after the first attempt (see the README's retry policy).
        http_client: an ``httpx.AsyncClient`` to send through (its pool, proxies, hooks); it
            still gets auth, scope checks and retries, and stays open when this client closes.
        transport: an ``httpx.AsyncBaseTransport`` to send through instead of a connection pool
            (e.g. ``FakePostHog().transport()``, or ``httpx.MockTransport``); it is closed with
            this client. Give ``http_client`` or ``transport``, not both.
        max_retry_after: the longest ``Retry-After`` (seconds) worth waiting for; a longer one
            raises ``RateLimitError`` at once.
        allow_insecure_http: allow ``http://`` to a non-loopback host.
        rate_limits: client-side limits per rate class, shared by every task of this client:
            ``{"crud": [(480, 60), (4800, 3600)], "analytics": [(240, 60), (1200, 3600)]}``
            (requests, window seconds; a class not given is not limited). Default: PostHog
            cloud's limits on cloud hosts, none elsewhere; ``None`` turns limiting off.
        strict_response_validation: raise ``APIResponseValidationError`` when a response field
            does not fit the spec. Default ``False``: the value is kept as received, listed in
            the model's ``validation_issues``, and logged once per operation and field.

    Attributes:
        http: the ``httpx.AsyncClient`` this client sends through, with the transport stack (auth,
            scope checks, rate limits, retries, typed errors); give it to a generated endpoint
            module's ``asyncio_detailed`` for the raw response.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        host: str | None = None,
        project_id: ProjectRef | None = None,
        organization_id: str | None = None,
        scopes: Iterable[str] | Literal["auto"] | None = None,
        timeout: float = 30.0,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_retry_after: float = 60,
        allow_insecure_http: bool = False,
        rate_limits: RateLimits | EllipsisType | None = ...,
        strict_response_validation: bool = False,
        _clock: Clock | None = None,
        _random: Callable[[], float] | None = None,
    ) -> None:
        environ = os.environ
        settings = _Settings(
            api_key=_config.SecretKey(_config.resolve_api_key(api_key, environ)),
            base_url=_config.resolve_host(host, allow_insecure_http=allow_insecure_http, environ=environ),
            project_id=_config.resolve_project_id(
                project_id if project_id is not None else environ.get(_config.ENV_PROJECT_ID) or None
            ),
            organization_id=_config.resolve_organization_id(
                organization_id
                if organization_id is not None
                else environ.get(_config.ENV_ORGANIZATION_ID) or None
            ),
            timeout=_config.positive_number("timeout", timeout),
            max_retries=_config.retries(max_retries),
            max_retry_after=_config.positive_number("max_retry_after", max_retry_after, allow_zero=True),
            strict_response_validation=_config.flag("strict_response_validation", strict_response_validation),
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ValueError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ValueError(f"transport must be an httpx.AsyncBaseTransport, not {type(transport).__name__}")
        if http_client is not None and transport is not None:
            raise ValueError("give http_client or transport, not both")
        inner: httpx.AsyncBaseTransport
        if http_client is not None:
            inner = ClientTransport(http_client)
        else:
            inner = transport if transport is not None else httpx.AsyncHTTPTransport()
        limits = validate_rate_limits(rate_limits, cloud=_config.is_cloud_host(settings.base_url))
        clock = _clock or SystemClock()
        shared = _Shared(
            inner=inner,
            scope_guard=ScopeGuard(_config.resolve_scopes(scopes)),
            limiter=RateLimiter(limits, clock) if limits else None,
            clock=clock,
            random_value=_random or random.random,
            warned=set(),
        )
        self._setup(settings, shared, owns_inner=http_client is None)

    def _setup(self, settings: _Settings, shared: _Shared, *, owns_inner: bool) -> None:
        self._settings = settings
        self._shared = shared
        transport = PostHogTransport(
            shared.inner,
            api_key=settings.api_key,
            base_url=settings.base_url,
            max_retries=settings.max_retries,
            max_retry_after=settings.max_retry_after,
            scope_guard=shared.scope_guard,
            clock=shared.clock,
            random_value=shared.random_value,
            owns_inner=owns_inner,
            limiter=shared.limiter,
        )
        self.http = httpx.AsyncClient(
            base_url=str(settings.base_url),
            transport=transport,
            timeout=settings.timeout,
            headers={"User-Agent": f"posthog-api-python/{__version__}", "Accept": "application/json"},
        )
        super().__init__(
            HTTPRequester(
                self.http,
                project_id=settings.project_id,
                organization_id=settings.organization_id,
                max_retry_after=settings.max_retry_after,
                strict_response_validation=settings.strict_response_validation,
                warned=shared.warned,
            )
        )

    @cached_property
    def persons(self) -> PersonsResource:
        """``persons``: the generated methods, ``bulk_delete`` checking its ids, and
        ``bulk_delete_batched`` for any number of ids."""
        from ._resources import PersonsResource

        return PersonsResource(self._requester)

    @property
    def host(self) -> str:
        """The base URL requests go to, e.g. ``https://us.posthog.com``."""
        return str(self._settings.base_url).rstrip("/")

    @property
    def project_id(self) -> str | None:
        """The default project id, or None."""
        return self._settings.project_id

    @property
    def organization_id(self) -> str | None:
        """The default organization id, or None."""
        return self._settings.organization_id

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | None = None,
        max_retry_after: float | None = None,
        project_id: ProjectRef | None = None,
        organization_id: str | None = None,
        strict_response_validation: bool | None = None,
    ) -> Self:
        """A copy with other settings, sharing this client's connection pool and scope cache.

        The copy is of this client's class (a subclass stays a subclass, with its attributes).

        The copy needs no closing of its own; closing this client closes the shared pool.
        """
        changes: dict[str, Any] = {}
        if max_retries is not None:
            changes["max_retries"] = _config.retries(max_retries)
        if timeout is not None:
            changes["timeout"] = _config.positive_number("timeout", timeout)
        if max_retry_after is not None:
            changes["max_retry_after"] = _config.positive_number(
                "max_retry_after", max_retry_after, allow_zero=True
            )
        if project_id is not None:
            changes["project_id"] = _config.resolve_project_id(project_id)
        if organization_id is not None:
            changes["organization_id"] = _config.resolve_organization_id(organization_id)
        if strict_response_validation is not None:
            changes["strict_response_validation"] = _config.flag(
                "strict_response_validation", strict_response_validation
            )
        copy = object.__new__(type(self))
        copy._setup(evolve(self._settings, **changes), self._shared, owns_inner=False)
        # A subclass's own attributes carry over; resources are built afresh on the copy's settings.
        for name, value in vars(self).items():
            if name not in vars(copy) and not isinstance(getattr(type(self), name, None), cached_property):
                setattr(copy, name, value)
        return copy

    async def aclose(self) -> None:
        """Close the connection pool (a caller's ``http_client`` is left open)."""
        await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        s = self._settings
        return (
            f"AsyncPostHog(host={self.host!r}, project_id={s.project_id!r}, "
            f"organization_id={s.organization_id!r}, max_retries={s.max_retries})"
        )
