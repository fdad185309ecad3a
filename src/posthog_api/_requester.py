"""The request core: an operation's arguments -> request -> send -> parsed success model.

Below the client (which composes it from an ``httpx.AsyncClient`` and the default ids) and
above the transport stack (which every request it sends passes through: auth, scopes, limits,
retries and error mapping happen there, never here).
"""

from __future__ import annotations

import logging
import re
from typing import Any, ParamSpec, Protocol, TypeVar

import httpx

from . import _config
from ._errors import APIConnectionError, APIResponseValidationError, APITimeoutError
from ._generated.endpoint import Endpoint
from ._generated.types import ValidationIssue
from ._registry import EXTENSION

__all__ = ["HTTPRequester", "ProjectRef", "Requester", "response_issues"]

ProjectRef = int | str
"""A project id: its number, or ``"@current"`` for the key's current project."""

P = ParamSpec("P")
T = TypeVar("T")

logger = logging.getLogger("posthog_api")
_INDEX = re.compile(r"\[\d+\]")


class Requester(Protocol):
    """What resource methods and paginators need to send an operation."""

    @property
    def max_retry_after(self) -> float:
        """The longest ``Retry-After`` waited for (a bulk job stops on a longer one)."""
        ...

    def resolve_project_id(self, value: ProjectRef | None, /) -> str:
        """The project id to use: ``value``, else the default (or ``ValueError``)."""
        ...

    def resolve_organization_id(self, value: str | None, /) -> str:
        """The organization id to use: ``value``, else the default (or ``ValueError``)."""
        ...

    async def request(self, endpoint: Endpoint[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Send ``endpoint`` with its arguments; return its parsed success body."""
        ...

    async def request_url(self, endpoint: Endpoint[..., T], url: str, /) -> T:
        """GET ``url`` (a page's ``next``) as ``endpoint``; return its parsed success body."""
        ...


def response_issues(parsed: object) -> list[ValidationIssue]:
    """What of a parsed response did not fit the spec: a model's issues, or each list item's."""
    if isinstance(parsed, list):
        return [
            issue.within(f"[{index}]")
            for index, item in enumerate(parsed)
            for issue in getattr(item, "validation_issues", ())
        ]
    return list(getattr(parsed, "validation_issues", ()))


def _given(name: str, value: str | None, variable: str) -> str:
    if value is None:
        raise ValueError(
            f"{name} is not set: pass {name}= to this call or to AsyncPostHog, or set the {variable} "
            "environment variable"
        )
    return value


class HTTPRequester:
    """Sends operations through one ``httpx.AsyncClient`` (whose transport is ``PostHogTransport``).

    Args:
        http: what to send through.
        project_id: the default project of project operations, or None.
        organization_id: the default organization of organization operations, or None.
        max_retry_after: the transport's longest ``Retry-After`` wait (read by bulk jobs).
        strict_response_validation: raise on a response field that does not fit the spec,
            instead of keeping it and logging it once.
        warned: (operation id, field path) pairs already logged; shared by a client's copies.
    """

    __slots__ = ("_http", "_max_retry_after", "_organization_id", "_project_id", "_strict", "_warned")

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        project_id: str | None,
        organization_id: str | None,
        max_retry_after: float,
        strict_response_validation: bool,
        warned: set[tuple[str, str]],
    ) -> None:
        self._http = http
        self._project_id = project_id
        self._organization_id = organization_id
        self._max_retry_after = max_retry_after
        self._strict = strict_response_validation
        self._warned = warned

    def __repr__(self) -> str:
        return f"HTTPRequester(project_id={self._project_id!r}, organization_id={self._organization_id!r})"

    @property
    def max_retry_after(self) -> float:
        """The longest ``Retry-After`` the transport waits for."""
        return self._max_retry_after

    def resolve_project_id(self, value: ProjectRef | None, /) -> str:
        """``value`` checked, else the default project; ``ValueError`` when neither is set."""
        return _given(
            "project_id", _config.resolve_project_id(value) or self._project_id, _config.ENV_PROJECT_ID
        )

    def resolve_organization_id(self, value: str | None, /) -> str:
        """``value`` checked, else the default organization; ``ValueError`` when neither is set."""
        organization_id = _config.resolve_organization_id(value) or self._organization_id
        return _given("organization_id", organization_id, _config.ENV_ORGANIZATION_ID)

    async def request(self, endpoint: Endpoint[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Build ``endpoint``'s request from the arguments, send it, parse the success body.

        Raises:
            ValueError: an argument the request cannot be built from (a path id that is empty,
                ``.`` or ``..``); nothing was sent. A ``TypeError`` or ``AttributeError`` from
                building is a bug, and is raised as it is.
            posthog_api.PostHogError: the request failed, or its answer does not fit the spec.
        """
        arguments = endpoint.build_request(*args, **kwargs)
        return await self._send(endpoint, arguments)

    async def request_url(self, endpoint: Endpoint[..., T], url: str, /) -> T:
        """GET ``url`` (a page's ``next``, already checked by the transport) as ``endpoint``."""
        return await self._send(
            endpoint, {"method": "GET", "url": url, "extensions": {EXTENSION: endpoint.operation_id}}
        )

    async def _send(self, endpoint: Endpoint[..., T], arguments: Any) -> T:
        operation_id = endpoint.operation_id
        try:
            response = await self._http.request(**arguments)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"{operation_id} timed out: {exc}") from exc
        except httpx.HTTPError as exc:
            raise APIConnectionError(f"{operation_id} failed: {type(exc).__name__}: {exc}") from exc
        try:
            parsed = endpoint.parse(response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # Parsing runs on the server's data: whatever it raises is the answer's fault.
            raise APIResponseValidationError(
                f"{operation_id}: the {response.status_code} response does not match the spec: "
                f"{type(exc).__name__}: {exc}",
                response=response,
                operation_id=operation_id,
            ) from exc
        issues = response_issues(parsed)
        if issues:
            self._report(operation_id, response, issues)
        return parsed

    def _report(self, operation_id: str, response: httpx.Response, issues: list[ValidationIssue]) -> None:
        """Raise in strict mode; else log each field path that did not fit once per client."""
        if self._strict:
            more = f" (and {len(issues) - 1} more)" if len(issues) > 1 else ""
            raise APIResponseValidationError(
                f"{operation_id}: the {response.status_code} response does not match the spec at "
                f"{issues[0]}{more}",
                response=response,
                operation_id=operation_id,
                issues=issues,
            )
        for issue in issues:
            key = (operation_id, _INDEX.sub("[]", issue.path))
            if key not in self._warned:
                self._warned.add(key)
                logger.warning(
                    "%s: the response field %s does not fit the spec (expected %s, got %s); kept as "
                    "received (strict_response_validation=True raises instead)",
                    operation_id,
                    key[1],
                    issue.expected,
                    issue.got,
                )
