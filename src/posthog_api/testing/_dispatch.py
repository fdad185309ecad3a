"""Answering one request: find its operation, apply the knobs (latency, injected faults, rate limits),
authenticate and authorize the key, then call the operation's handler (501 when it has none).

Every way in (the ASGI app, the in-process transport) ends in ``Dispatcher.handle``.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping
from typing import Literal, TypeAlias
from urllib.parse import urlencode

import orjson
from attrs import frozen

from .._clock import Clock
from .._generated.operations import OPERATIONS, Operation
from .._ratelimit import RATE_CLASSES, SlidingWindow
from .._registry import OperationIndex
from .._scopes import missing_scopes
from . import _validation as v
from ._http import NO_BODY, Answer, ApiError, Context, Handler, Request, not_found
from ._store import DEFAULT_ORGANIZATION_ID, DEFAULT_PROJECT_ID, ApiKey, Organization, Project, Store

Fault: TypeAlias = int | Literal["connect"]

CURRENT_KEY_OPERATION = "personal_api_keys_current_retrieve"  # the key's own record: no scope needed


@frozen
class RecordedRequest:
    """A request the fake answered (or refused)."""

    method: str
    path: str
    query: str
    operation_id: str | None
    status: int


class DropConnection(Exception):
    """Injected fault: the server closes the connection without answering."""


class Dispatcher:
    """Answers requests from the store through the handlers, applying the fake's knobs on the way."""

    def __init__(self, store: Store, handlers: Mapping[str, Handler], clock: Clock) -> None:
        self.index = OperationIndex()
        unknown = sorted(set(handlers) - set(OPERATIONS))
        if unknown:
            raise ValueError(f"handlers for operations the spec does not have: {', '.join(unknown)}")
        self.store = store
        self.handlers = handlers
        self.clock = clock  # one clock for the latency and the rate limits
        self.latency = 0.0
        self.enforce_key_access = False
        self.accept_any_key = True
        self.requests: list[RecordedRequest] = []
        self._faults: dict[str, deque[Fault]] = {}
        self._rate_limits: dict[str | None, tuple[SlidingWindow, bool]] = {}

    # ------------------------------------------------------------------ knobs

    def fail(self, operation_id: str, *faults: Fault) -> None:
        """Queue faults for the next requests of ``operation_id``."""
        for fault in faults:
            if fault != "connect" and not (isinstance(fault, int) and 400 <= fault <= 599):
                raise ValueError(f"a fault is an error status (400-599) or 'connect', not {fault!r}")
        self._faults.setdefault(operation_id, deque()).extend(faults)

    def take_connect_fault(self, method: str, path: str) -> bool:
        """Whether the next fault queued for this request's operation is a connection failure (taken)."""
        matched = self.index.match(method, path)
        if matched is None:
            return False
        queue = self._faults.get(matched[0].operation_id)
        if queue and queue[0] == "connect":
            queue.popleft()
            return True
        return False

    def set_rate_limit(
        self, requests: int, window: float, *, retry_after: bool, rate_class: str | None
    ) -> None:
        """Answer 429 past ``requests`` per ``window`` seconds of the clock, per rate class or for all."""
        if rate_class is not None and rate_class not in RATE_CLASSES:
            raise ValueError(f"unknown rate class {rate_class!r}")
        self._rate_limits[rate_class] = (SlidingWindow([(requests, window)]), retry_after)

    def clear_rate_limits(self) -> None:
        """Stop answering 429."""
        self._rate_limits.clear()

    # ------------------------------------------------------------------ answering

    async def handle(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        """Answer one request: status, extra headers and the body."""
        matched = self.index.match(request.method, request.path)
        operation = matched[0] if matched else None
        try:
            if self.latency:
                await self.clock.sleep(self.latency)
            if matched is None:
                allowed = self.index.methods_for(request.path)
                if allowed:
                    raise ApiError(
                        405,
                        f'Method "{request.method}" not allowed.',
                        code="method_not_allowed",
                        headers={"Allow": ", ".join(sorted(allowed))},
                    )
                raise not_found()
            status, body = self._dispatch(request, *matched)
            headers: dict[str, str] = {}
        except ApiError as error:
            status, body, headers = error.status, error.body, error.headers
        self.requests.append(
            RecordedRequest(
                method=request.method,
                path=request.path,
                query=urlencode(request.query),
                operation_id=operation.operation_id if operation else None,
                status=status,
            )
        )
        payload = b"" if body is NO_BODY else orjson.dumps(body)
        return status, headers, payload

    def _take_fault(self, operation_id: str) -> Fault | None:
        queue = self._faults.get(operation_id)
        return queue.popleft() if queue else None

    def _dispatch(self, request: Request, operation: Operation, params: dict[str, str]) -> Answer:
        fault = self._take_fault(operation.operation_id)
        if fault == "connect":
            raise DropConnection(operation.operation_id)
        if fault is not None:
            raise ApiError(int(fault), f"Injected fault {fault}.", type="server_error", code="injected")
        key = self._authenticate(request)
        self._throttle(operation)
        self._check_query(request)
        context = Context(request=request, operation=operation, params=params, key=key, store=self.store)
        if operation.operation_id != CURRENT_KEY_OPERATION:
            self._authorize(context)
        handler = self.handlers.get(operation.operation_id)
        if handler is None:
            raise ApiError(
                501,
                f"{operation.operation_id} ({operation.method} {operation.path}) is not implemented in "
                "FakePostHog",
                type="server_error",
                code="not_implemented",
            )
        return handler(context)

    @staticmethod
    def _check_query(request: Request) -> None:
        """Refuse query values outside their enums, as PostHog does."""
        requested = request.query.get("format")
        if requested and requested not in v.FORMATS:
            # DRF's content negotiation answers an unknown format with 404 and ignores an empty one.
            raise not_found()
        target_type = request.query.get("target_type")
        if target_type is not None and target_type not in v.TARGET_TYPES:
            raise v.validation_error(
                f'Select a valid choice. "{target_type}" is not one of the available choices.', "target_type"
            )
        created_by = request.query.get("created_by")
        if created_by:
            v.check_value("created_by", v.UUID_STRING, created_by)

    # ------------------------------------------------------------------ the key

    def _authenticate(self, request: Request) -> ApiKey:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise ApiError(
                401,
                "Authentication credentials were not provided.",
                type="authentication_error",
                code="not_authenticated",
            )
        value = value.strip()
        known = self.store.keys.get(value)
        if known is not None:
            return known
        if self.accept_any_key and value.startswith("phx_"):
            return ApiKey(value=value, label="any phx_ key")
        raise ApiError(
            401, "Personal API key is invalid.", type="authentication_error", code="authentication_failed"
        )

    def _throttle(self, operation: Operation) -> None:
        for rate_class in (None, operation.rate_class):
            limit = self._rate_limits.get(rate_class)
            if limit is None:
                continue
            window, with_retry_after = limit
            wait = window.try_admit(self.clock.monotonic())
            if wait > 0:
                seconds = max(1, math.ceil(wait))
                raise ApiError(
                    429,
                    f"Request was throttled. Expected available in {seconds} seconds.",
                    type="throttled_error",
                    code="throttled",
                    headers={"Retry-After": str(seconds)} if with_retry_after else None,
                )

    def _authorize(self, context: Context) -> None:
        operation, key = context.operation, context.key
        missing = missing_scopes(frozenset(key.scopes), operation.scopes)
        if missing:
            raise ApiError(
                403,
                f"API key missing required scope '{missing[0]}'",
                type="authentication_error",
                code="permission_denied",
            )
        if self.enforce_key_access and not operation.scopes:
            raise ApiError(
                403,
                "This action does not support Personal API Key access",
                type="authentication_error",
                code="permission_denied",
            )
        if "project_id" in context.params:
            context.project = self._resolve_project(context.params["project_id"], key)
        if "organization_id" in context.params:
            context.organization = self._resolve_organization(context.params["organization_id"], key)

    def _resolve_project(self, value: str, key: ApiKey) -> Project:
        if value == "@current":
            project_id = key.scoped_teams[0] if key.scoped_teams else DEFAULT_PROJECT_ID
        elif value.isascii() and value.isdigit():
            project_id = int(value)
        else:
            raise not_found()
        if key.scoped_teams and project_id not in key.scoped_teams:
            raise ApiError(
                403,
                f"API key does not have access to the requested project: ID {project_id}.",
                type="authentication_error",
                code="permission_denied",
            )
        project = self.store.projects.get(project_id)
        if project is None:
            raise not_found()
        return project

    def _resolve_organization(self, value: str, key: ApiKey) -> Organization:
        organization_id = value.lower()
        if organization_id == "@current":
            organization_id = (
                key.scoped_organizations[0] if key.scoped_organizations else DEFAULT_ORGANIZATION_ID
            )
        if key.scoped_organizations and organization_id not in key.scoped_organizations:
            raise ApiError(
                403,
                f"API key does not have access to the requested organization: ID {organization_id}.",
                type="authentication_error",
                code="permission_denied",
            )
        organization = self.store.organizations.get(organization_id)
        if organization is None:
            raise not_found()
        return organization
