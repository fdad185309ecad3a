"""``FakePostHog``: an in-memory PostHog management API for tests, contract checks and the demo."""

from __future__ import annotations

import itertools
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias
from urllib.parse import parse_qsl, quote, urlencode

import anyio
import httpx
import orjson
from attrs import define, frozen

from .._generated.operations import Operation
from .._ratelimit import RATE_CLASSES, SlidingWindow
from .._registry import OperationIndex
from .._scopes import missing_scopes
from . import _validation as v
from ._store import (
    DEFAULT_HOST,
    DEFAULT_ORGANIZATION_ID,
    DEFAULT_PROJECT_ID,
    DEFAULT_USER,
    ApiKey,
    Organization,
    Person,
    Project,
    SharingConfiguration,
    new_uuid,
    now,
    token,
)
from ._validation import ApiError

if TYPE_CHECKING:
    from .._client import AsyncPostHog

__all__ = ["FakePostHog", "Fault", "RecordedRequest"]

Fault: TypeAlias = int | Literal["connect"]
Scope: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send: TypeAlias = Callable[[MutableMapping[str, Any]], Awaitable[None]]
JSONResponse: TypeAlias = tuple[int, Any]

NO_BODY = object()  # a handler's answer that has no body (204, 202, ...)
CURRENT_KEY_OPERATION = "personal_api_keys_current_retrieve"
PAGE_SIZE = 100
MAX_BULK_IDS = 1000


@frozen
class RecordedRequest:
    """A request the fake answered (or refused)."""

    method: str
    path: str
    query: str
    operation_id: str | None
    status: int


@define
class _Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    base_url: str

    def json(self) -> Any:
        if not self.body:
            return None
        try:
            return orjson.loads(self.body)
        except ValueError:
            raise ApiError(400, "JSON parse error", type="invalid_request", code="parse_error") from None


@define
class _Context:
    request: _Request
    operation: Operation
    params: dict[str, str]
    key: ApiKey
    project: Project | None = None
    organization: Organization | None = None

    @property
    def project_(self) -> Project:
        assert self.project is not None
        return self.project

    @property
    def organization_(self) -> Organization:
        assert self.organization is not None
        return self.organization


class _DropConnection(Exception):
    """Injected fault: the server closes the connection without answering."""


def _not_found() -> ApiError:
    return ApiError(404, "Not found.", code="not_found")


def _int_id(value: str) -> int:
    if not (value.isascii() and value.isdigit()):
        raise _not_found()
    return int(value)


class FakePostHog:
    """An in-memory PostHog: every operation of the spec, with real state per project.

    By default any key starting with ``phx_`` is accepted with every scope, and there is one
    project (id 1) in one organization (``FakePostHog.DEFAULT_ORGANIZATION_ID``). Tests register
    stricter keys, more projects and seed data through the methods below, then reach the fake in
    one of three ways:

    - in process: ``fake.client()`` (an ``AsyncPostHog``), ``fake.http_client()`` or
      ``fake.transport()`` (an ``httpx`` transport to pass to your own ``httpx.AsyncClient``);
    - over HTTP: ``fake.app`` is an ASGI app (``python -m posthog_api.testing`` serves it);
    - in pytest: the ``posthog_fake`` fixture.

    Knobs: ``latency`` (seconds added to every answer), ``set_rate_limit`` (429s with or without
    ``Retry-After``), ``fail`` (a sequence of statuses or connection failures for one operation),
    ``enforce_key_access`` (answer 403 on operations that PostHog refuses to personal API keys,
    instead of a small valid answer). ``requests`` records what was asked.
    """

    DEFAULT_ORGANIZATION_ID = DEFAULT_ORGANIZATION_ID
    DEFAULT_PROJECT_ID = DEFAULT_PROJECT_ID

    def __init__(self, *, latency: float = 0.0, enforce_key_access: bool = False) -> None:
        self.latency = latency
        self.enforce_key_access = enforce_key_access
        self.accept_any_key = True
        self.requests: list[RecordedRequest] = []
        self.organizations: dict[str, Organization] = {}
        self.projects: dict[int, Project] = {}
        self.keys: dict[str, ApiKey] = {}
        self._index = OperationIndex()
        self._ids = itertools.count(1)
        self._faults: dict[str, deque[Fault]] = {}
        self._rate_limits: dict[str | None, tuple[SlidingWindow, bool]] = {}
        self.add_organization(DEFAULT_ORGANIZATION_ID)
        self.add_project(DEFAULT_PROJECT_ID)
        self._handlers: dict[str, Callable[[_Context], JSONResponse]] = self._routes()

    # ------------------------------------------------------------------ setup

    def add_organization(self, organization_id: str | None = None) -> Organization:
        """Add an organization (a new UUID when none is given)."""
        organization = Organization(id=str(organization_id or new_uuid()).lower())
        self.organizations[organization.id] = organization
        return organization

    def add_project(self, project_id: int, *, organization_id: str = DEFAULT_ORGANIZATION_ID) -> Project:
        """Add a project to an organization (which must exist)."""
        if organization_id.lower() not in self.organizations:
            raise ValueError(f"no organization {organization_id!r}: add_organization() it first")
        project = Project(id=project_id, organization_id=organization_id.lower())
        self.projects[project_id] = project
        return project

    def add_key(
        self,
        key: str,
        *,
        scopes: Iterable[str] = ("*",),
        scoped_teams: Iterable[int] = (),
        scoped_organizations: Iterable[str] = (),
        label: str = "test key",
    ) -> ApiKey:
        """Register a personal API key with its scopes and project/organization restrictions."""
        record = ApiKey(
            value=key,
            scopes=tuple(scopes),
            scoped_teams=tuple(scoped_teams),
            scoped_organizations=tuple(o.lower() for o in scoped_organizations),
            label=label,
        )
        self.keys[key] = record
        return record

    def project(self, project_id: int = DEFAULT_PROJECT_ID) -> Project:
        """A project's state (actions, persons, ...), to inspect or change directly."""
        return self.projects[project_id]

    def add_person(
        self,
        *,
        distinct_ids: Iterable[str],
        project_id: int = DEFAULT_PROJECT_ID,
        properties: Mapping[str, Any] | None = None,
    ) -> str:
        """Add a person with these distinct ids; returns its UUID."""
        return self.project(project_id).add_person(list(distinct_ids), dict(properties or {})).uuid

    def seed_persons(
        self, count: int, *, project_id: int = DEFAULT_PROJECT_ID, prefix: str = "user-"
    ) -> None:
        """Add ``count`` persons with distinct ids ``user-0`` ... ``user-{count-1}``."""
        project = self.project(project_id)
        start = len(project.persons)
        for i in range(start, start + count):
            project.add_person([f"{prefix}{i}"])

    def add_action(self, *, project_id: int = DEFAULT_PROJECT_ID, name: str, **fields: Any) -> dict[str, Any]:
        """Add an action as if created through the API; returns it as the API shows it."""
        project = self.project(project_id)
        checked = v.check_body({"name": name, **fields}, v.ACTION_FIELDS)
        return self._new_action(project, checked)

    def seed_actions(self, count: int, *, project_id: int = DEFAULT_PROJECT_ID) -> None:
        """Add ``count`` actions, each with one pageview step filtered on a property."""
        for i in range(count):
            self.add_action(
                project_id=project_id,
                name=f"Action {i}",
                steps=[
                    {
                        "event": "$pageview",
                        "url": f"/page/{i}",
                        "url_matching": "contains",
                        "properties": [
                            {"key": "$browser", "value": "Chrome", "operator": "exact", "type": "event"}
                        ],
                    }
                ],
            )

    def add_integration(self, kind: str = "linkedin-ads", *, project_id: int = DEFAULT_PROJECT_ID) -> int:
        """Add an integration; returns its id."""
        integration_id = next(self._ids)
        self.project(project_id).integrations[integration_id] = kind
        return integration_id

    def set_rate_limit(
        self, requests: int, window: float, *, retry_after: bool = True, rate_class: str | None = None
    ) -> None:
        """Answer 429 past ``requests`` per ``window`` seconds (sliding), per rate class or for all.

        ``retry_after``: whether the 429 carries ``Retry-After`` (newer servers do; concurrency
        limits and older servers do not).
        """
        if rate_class is not None and rate_class not in RATE_CLASSES:
            raise ValueError(f"unknown rate class {rate_class!r}")
        self._rate_limits[rate_class] = (SlidingWindow([(requests, window)]), retry_after)

    def clear_rate_limits(self) -> None:
        """Stop answering 429."""
        self._rate_limits.clear()

    def fail(self, operation_id: str, *faults: Fault) -> None:
        """Answer the next requests of ``operation_id`` with these statuses (or ``"connect"``:
        a connection failure) before answering normally again."""
        for fault in faults:
            if fault != "connect" and not (isinstance(fault, int) and 400 <= fault <= 599):
                raise ValueError(f"a fault is an error status (400-599) or 'connect', not {fault!r}")
        self._faults.setdefault(operation_id, deque()).extend(faults)

    # ------------------------------------------------------------------ ways in

    @property
    def app(self) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
        """The ASGI application."""
        return self._asgi

    def transport(self) -> httpx.AsyncBaseTransport:
        """An in-process ``httpx`` transport to the fake (connection-failure faults included)."""
        return _FakeTransport(self)

    def http_client(self, base_url: str = DEFAULT_HOST) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` talking to the fake in process."""
        return httpx.AsyncClient(base_url=base_url, transport=self.transport())

    def client(self, **kwargs: Any) -> AsyncPostHog:
        """An ``AsyncPostHog`` talking to the fake in process.

        Defaults: a ``phx_`` key, project 1, the default organization, no client-side rate
        limits; any ``AsyncPostHog`` argument overrides them.
        """
        from .._client import AsyncPostHog

        kwargs.setdefault("api_key", "phx_fake_posthog_key")
        kwargs.setdefault("project_id", DEFAULT_PROJECT_ID)
        kwargs.setdefault("organization_id", DEFAULT_ORGANIZATION_ID)
        kwargs.setdefault("rate_limits", None)
        kwargs.setdefault("host", DEFAULT_HOST)
        if "http_client" not in kwargs:
            kwargs.setdefault("transport", self.transport())
        return AsyncPostHog(**kwargs)

    # ------------------------------------------------------------------ HTTP

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
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
        request = _Request(
            method=scope["method"].upper(),
            path=path,
            query=dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)),
            headers=headers,
            body=body,
            base_url=f"{scope.get('scheme', 'http')}://{host}",
        )
        status, extra_headers, payload = await self.handle(request)
        response_headers = [(b"content-length", str(len(payload)).encode())]
        if payload:
            response_headers.append((b"content-type", b"application/json"))
        response_headers += [(k.lower().encode(), str(v).encode()) for k, v in extra_headers.items()]
        await send({"type": "http.response.start", "status": status, "headers": response_headers})
        await send({"type": "http.response.body", "body": payload})

    async def handle(self, request: _Request) -> tuple[int, dict[str, str], bytes]:
        """Answer one request: status, extra headers and the body."""
        matched = self._index.match(request.method, request.path)
        operation = matched[0] if matched else None
        try:
            if self.latency:
                await anyio.sleep(self.latency)
            if matched is None:
                allowed = self._index.methods_for(request.path)
                if allowed:
                    raise ApiError(
                        405,
                        f'Method "{request.method}" not allowed.',
                        code="method_not_allowed",
                        headers={"Allow": ", ".join(sorted(allowed))},
                    )
                raise _not_found()
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

    def _dispatch(self, request: _Request, operation: Operation, params: dict[str, str]) -> JSONResponse:
        fault = self._take_fault(operation.operation_id)
        if fault == "connect":
            raise _DropConnection(operation.operation_id)
        if fault is not None:
            raise ApiError(int(fault), f"Injected fault {fault}.", type="server_error", code="injected")
        key = self._authenticate(request)
        self._throttle(operation)
        self._check_query(request)
        context = _Context(request=request, operation=operation, params=params, key=key)
        if operation.operation_id != CURRENT_KEY_OPERATION:
            self._authorize(context)
        return self._handlers[operation.operation_id](context)

    @staticmethod
    def _check_query(request: _Request) -> None:
        """Refuse query values outside their enums, as PostHog does."""
        if request.query.get("format", "json") not in v.FORMATS:
            raise _not_found()  # DRF's content negotiation answers an unknown format with 404
        target_type = request.query.get("target_type")
        if target_type is not None and target_type not in v.TARGET_TYPES:
            raise v.validation_error(
                f'Select a valid choice. "{target_type}" is not one of the available choices.', "target_type"
            )
        created_by = request.query.get("created_by")
        if created_by:
            v.check_body({"created_by": created_by}, {"created_by": v.Field("uuid")})

    def _authenticate(self, request: _Request) -> ApiKey:
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
        known = self.keys.get(value)
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
            wait = window.try_admit(time.monotonic())
            if wait > 0:
                seconds = max(1, math.ceil(wait))
                raise ApiError(
                    429,
                    f"Request was throttled. Expected available in {seconds} seconds.",
                    type="throttled_error",
                    code="throttled",
                    headers={"Retry-After": str(seconds)} if with_retry_after else None,
                )

    def _authorize(self, context: _Context) -> None:
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
            raise _not_found()
        if key.scoped_teams and project_id not in key.scoped_teams:
            raise ApiError(
                403,
                f"API key does not have access to the requested project: ID {project_id}.",
                type="authentication_error",
                code="permission_denied",
            )
        project = self.projects.get(project_id)
        if project is None:
            raise _not_found()
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
        organization = self.organizations.get(organization_id)
        if organization is None:
            raise _not_found()
        return organization

    # ------------------------------------------------------------------ helpers

    def _page(self, context: _Context, items: list[dict[str, Any]]) -> dict[str, Any]:
        query = context.request.query
        limit = self._query_int(query, "limit", PAGE_SIZE, minimum=1)
        offset = self._query_int(query, "offset", 0, minimum=0)
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

    @staticmethod
    def _query_int(query: Mapping[str, str], name: str, default: int, *, minimum: int) -> int:
        if name not in query or query[name] == "":
            return default
        try:
            value = int(query[name])
        except ValueError:
            raise v.validation_error("A valid integer is required.", name) from None
        if value < minimum:
            raise v.validation_error(f"Ensure this value is greater than or equal to {minimum}.", name)
        return value

    @staticmethod
    def _required_query(context: _Context, name: str) -> str:
        value = context.request.query.get(name, "")
        if not value:
            raise v.validation_error("This field is required.", name, "required")
        return value

    # ------------------------------------------------------------------ operations

    def _routes(self) -> dict[str, Callable[[_Context], JSONResponse]]:
        routes: dict[str, Callable[[_Context], JSONResponse]] = {
            "actions_list": self._actions_list,
            "actions_create": self._actions_create,
            "actions_retrieve": self._actions_retrieve,
            "actions_partial_update": self._actions_update,
            "actions_destroy": self._hard_delete_refused,
            "actions_count_retrieve": self._actions_retrieve,
            "actions_people_retrieve": self._actions_people,
            "conversations_views_list": self._views_list,
            "conversations_views_create": self._views_create,
            "conversations_views_retrieve": self._views_retrieve,
            "conversations_views_destroy": self._views_destroy,
            "customer_journeys_list": self._journeys_list,
            "customer_journeys_create": self._journeys_create,
            "customer_journeys_retrieve": self._journeys_retrieve,
            "customer_journeys_partial_update": self._journeys_update,
            "customer_journeys_destroy": self._journeys_destroy,
            "domains_list": self._domains_list,
            "domains_create": self._domains_create,
            "domains_retrieve": self._domains_retrieve,
            "domains_partial_update": self._domains_update,
            "domains_destroy": self._domains_destroy,
            "integrations_linkedin_ads_accounts_retrieve": self._integration_resources("adAccounts"),
            "integrations_linkedin_ads_conversion_rules_retrieve": self._integration_resources(
                "conversionRules"
            ),
            "integrations_twilio_phone_numbers_retrieve": self._integration_resources("phone_numbers"),
            "integrations_authorize_retrieve": lambda context: (200, NO_BODY),
            "session_recordings_sharing_list": self._sharing_list,
            "session_recordings_sharing_passwords_create": self._sharing_password_create,
            "session_recordings_sharing_passwords_destroy": self._sharing_password_destroy,
            "session_recordings_sharing_refresh_create": self._sharing_refresh,
            "subscriptions_list": self._subscriptions_list,
            "subscriptions_create": self._subscriptions_create,
            "subscriptions_retrieve": self._subscriptions_retrieve,
            "subscriptions_partial_update": self._subscriptions_update,
            "subscriptions_destroy": self._hard_delete_refused,
            "persons_activity_retrieve": lambda context: (
                200,
                {"results": [], "next": None, "total_count": 0},
            ),
            "persons_bulk_delete_create": self._persons_bulk_delete,
            "persons_cohorts_retrieve": self._persons_cohorts,
            "persons_funnel_retrieve": self._analytics,
            "persons_funnel_create": self._analytics_with_body,
            "persons_funnel_correlation_retrieve": self._analytics,
            "persons_funnel_correlation_create": self._analytics_with_body,
            "persons_lifecycle_retrieve": self._persons_lifecycle,
            "persons_reset_person_distinct_id_create": self._persons_reset_distinct_id,
            "persons_stickiness_retrieve": self._analytics,
            "persons_trends_retrieve": self._analytics,
            "personal_api_keys_current_retrieve": lambda context: (200, context.key.to_json()),
        }
        return routes

    @staticmethod
    def _hard_delete_refused(context: _Context) -> JSONResponse:
        raise ApiError(
            405,
            'Method "DELETE" not allowed. Hard delete of this model is not allowed; PATCH "deleted": true.',
            code="method_not_allowed",
        )

    # actions

    def _new_action(self, project: Project, fields: dict[str, Any]) -> dict[str, Any]:
        action_id = next(self._ids)
        action: dict[str, Any] = {
            "id": action_id,
            "name": None,
            "description": "",
            "tags": [],
            "post_to_slack": False,
            "slack_message_format": "",
            "steps": [],
            "created_at": now(),
            "created_by": dict(DEFAULT_USER),
            "deleted": False,
            "is_calculating": False,
            "last_calculated_at": now(),
            "team_id": project.id,
            "is_action": True,
            "bytecode_error": None,
            "pinned_at": None,
            "creation_context": "",
            "user_access_level": "editor",
        }
        self._apply_action_fields(action, fields)
        return project.actions.add(action_id, action)

    @staticmethod
    def _apply_action_fields(action: dict[str, Any], fields: dict[str, Any]) -> None:
        fields.pop("_create_in_folder", None)
        if "steps" in fields:
            fields["steps"] = [
                dict.fromkeys(v.STEP_FIELDS, None) | v.check_body(step, v.STEP_FIELDS)
                for step in fields["steps"]
            ]
        action.update(fields)

    def _actions_list(self, context: _Context) -> JSONResponse:
        return 200, self._page(context, context.project_.actions.live())

    def _actions_create(self, context: _Context) -> JSONResponse:
        fields = v.check_body(context.request.json(), v.ACTION_FIELDS)
        return 201, self._new_action(context.project_, fields)

    def _action(self, context: _Context) -> dict[str, Any]:
        action = context.project_.actions.get(_int_id(context.params["id"]))
        if action is None:
            raise _not_found()
        return action

    def _actions_retrieve(self, context: _Context) -> JSONResponse:
        return 200, self._action(context)

    def _actions_update(self, context: _Context) -> JSONResponse:
        action = self._action(context)
        self._apply_action_fields(action, v.check_body(context.request.json(), v.ACTION_FIELDS, partial=True))
        context.project_.actions.changed()
        return 200, action

    def _actions_people(self, context: _Context) -> JSONResponse:
        live = context.project_.actions.live()
        if not live:
            raise _not_found()
        return 200, live[0]

    # conversations views

    def _views_list(self, context: _Context) -> JSONResponse:
        return 200, self._page(context, context.project_.conversation_views.live())

    def _views_create(self, context: _Context) -> JSONResponse:
        fields = v.check_body(context.request.json(), v.CONVERSATION_VIEW_FIELDS)
        short_id = token()[:10]
        view = {
            "id": new_uuid(),
            "short_id": short_id,
            "name": fields["name"],
            "filters": fields.get("filters", {}),
            "created_at": now(),
            "created_by": dict(DEFAULT_USER),
        }
        return 201, context.project_.conversation_views.add(short_id, view)

    def _views_retrieve(self, context: _Context) -> JSONResponse:
        view = context.project_.conversation_views.get(context.params["short_id"])
        if view is None:
            raise _not_found()
        return 200, view

    def _views_destroy(self, context: _Context) -> JSONResponse:
        if context.project_.conversation_views.remove(context.params["short_id"]) is None:
            raise _not_found()
        return 204, NO_BODY

    # customer journeys

    def _journeys_list(self, context: _Context) -> JSONResponse:
        return 200, self._page(context, context.project_.customer_journeys.live())

    def _journeys_create(self, context: _Context) -> JSONResponse:
        fields = v.check_body(context.request.json(), v.JOURNEY_FIELDS)
        journey = {
            "id": new_uuid(),
            "insight": fields["insight"],
            "name": fields["name"],
            "description": fields.get("description"),
            "created_at": now(),
            "created_by": DEFAULT_USER["id"],
            "updated_at": None,  # null until the journey is changed
        }
        return 201, context.project_.customer_journeys.add(journey["id"], journey)

    def _journey(self, context: _Context) -> dict[str, Any]:
        journey = context.project_.customer_journeys.get(context.params["id"].lower())
        if journey is None:
            raise _not_found()
        return journey

    def _journeys_retrieve(self, context: _Context) -> JSONResponse:
        return 200, self._journey(context)

    def _journeys_update(self, context: _Context) -> JSONResponse:
        journey = self._journey(context)
        journey.update(v.check_body(context.request.json(), v.JOURNEY_FIELDS, partial=True), updated_at=now())
        context.project_.customer_journeys.changed()
        return 200, journey

    def _journeys_destroy(self, context: _Context) -> JSONResponse:
        self._journey(context)
        context.project_.customer_journeys.remove(context.params["id"].lower())
        return 204, NO_BODY

    # domains

    def _domains_list(self, context: _Context) -> JSONResponse:
        return 200, self._page(context, context.organization_.domains.live())

    def _domains_create(self, context: _Context) -> JSONResponse:
        fields = v.check_body(context.request.json(), v.DOMAIN_FIELDS)
        if any(d["domain"] == fields["domain"] for d in context.organization_.domains):
            raise v.validation_error("Domain already exists.", "domain", "unique")
        domain = {
            "id": new_uuid(),
            "domain": fields["domain"],
            "is_verified": False,
            "verified_at": None,
            "verification_challenge": f"posthog_{token()}",
            "jit_provisioning_enabled": False,
            "sso_enforcement": "",
            "has_saml": False,
            "saml_entity_id": None,
            "saml_acs_url": None,
            "saml_x509_cert": None,
            "has_scim": False,
            "scim_enabled": False,
            "scim_base_url": None,
            "scim_bearer_token": None,
        }
        domain.update(fields)
        return 201, context.organization_.domains.add(domain["id"], domain)

    def _domain(self, context: _Context) -> dict[str, Any]:
        domain = context.organization_.domains.get(context.params["id"].lower())
        if domain is None:
            raise _not_found()
        return domain

    def _domains_retrieve(self, context: _Context) -> JSONResponse:
        return 200, self._domain(context)

    def _domains_update(self, context: _Context) -> JSONResponse:
        domain = self._domain(context)
        domain.update(v.check_body(context.request.json(), v.DOMAIN_FIELDS, partial=True))
        context.organization_.domains.changed()
        return 200, domain

    def _domains_destroy(self, context: _Context) -> JSONResponse:
        self._domain(context)
        context.organization_.domains.remove(context.params["id"].lower())
        return 204, NO_BODY

    # integrations

    @staticmethod
    def _integration_resources(name: str) -> Callable[[_Context], JSONResponse]:
        def answer(context: _Context) -> JSONResponse:
            if _int_id(context.params["id"]) not in context.project_.integrations:
                raise _not_found()
            return 200, {name: []}

        return answer

    # session recording sharing

    @staticmethod
    def _sharing(context: _Context) -> SharingConfiguration:
        return context.project_.sharing.setdefault(context.params["recording_id"], SharingConfiguration())

    def _sharing_list(self, context: _Context) -> JSONResponse:
        return 200, [self._sharing(context).to_json()]

    def _apply_sharing(self, context: _Context) -> SharingConfiguration:
        sharing = self._sharing(context)
        fields = v.check_body(context.request.json(), v.SHARING_FIELDS, partial=True)
        for name, value in fields.items():
            setattr(sharing, name, value)
        return sharing

    def _sharing_password_create(self, context: _Context) -> JSONResponse:
        sharing = self._apply_sharing(context)
        sharing.passwords.append(token()[:8])
        return 200, sharing.to_json()

    def _sharing_password_destroy(self, context: _Context) -> JSONResponse:
        sharing = self._sharing(context)
        if context.params["password_id"] not in sharing.passwords:
            raise _not_found()
        sharing.passwords.remove(context.params["password_id"])
        return 204, NO_BODY

    def _sharing_refresh(self, context: _Context) -> JSONResponse:
        sharing = self._apply_sharing(context)
        sharing.access_token = token()
        return 200, sharing.to_json()

    # subscriptions

    def _subscriptions_list(self, context: _Context) -> JSONResponse:
        items = context.project_.subscriptions.live()
        query = context.request.query
        for name in ("dashboard", "insight"):
            if query.get(name):
                wanted = self._query_int(query, name, 0, minimum=-(2**63))
                items = [s for s in items if s[name] == wanted]
        if query.get("target_type"):
            items = [s for s in items if s["target_type"] == query["target_type"]]
        if query.get("resource_type") in ("dashboard", "insight"):
            items = [s for s in items if s[query["resource_type"]] is not None]
        if query.get("created_by"):
            items = [s for s in items if s["created_by"] and s["created_by"]["uuid"] == query["created_by"]]
        if query.get("search"):
            needle = query["search"].lower()
            items = [s for s in items if needle in f"{s['title'] or ''} {s['target_value']}".lower()]
        ordering = query.get("ordering", "")
        field_name = ordering.lstrip("-")
        if field_name in ("id", "created_at", "title", "target_value"):
            items = sorted(items, key=lambda s: str(s[field_name] or ""), reverse=ordering.startswith("-"))
        return 200, self._page(context, items)

    def _subscriptions_create(self, context: _Context) -> JSONResponse:
        fields = v.check_body(context.request.json(), v.SUBSCRIPTION_FIELDS)
        subscription_id = next(self._ids)
        subscription = {
            "id": subscription_id,
            "dashboard": None,
            "insight": None,
            "interval": 1,
            "byweekday": None,
            "bysetpos": None,
            "count": None,
            "until_date": None,
            "created_at": now(),
            "created_by": dict(DEFAULT_USER),
            "deleted": False,
            "title": None,
            "invite_message": None,
            "next_delivery_date": fields["start_date"],
            "dashboard_export_insights": [],
            "integration_id": None,
            "summary_enabled": False,
            "summary_prompt_guide": "",
        }
        subscription.update(fields)
        self._describe_subscription(subscription)
        return 201, context.project_.subscriptions.add(subscription_id, subscription)

    @staticmethod
    def _describe_subscription(subscription: dict[str, Any]) -> None:
        """The read-only fields the server derives: the schedule summary and the resource's names."""
        subscription["summary"] = f"sent {subscription['frequency']}"
        insight = subscription["insight"]
        dashboard = subscription["dashboard"]
        subscription["insight_short_id"] = None if insight is None else f"Ins{insight}"
        subscription["resource_name"] = (
            f"Insight {insight}"
            if insight is not None
            else f"Dashboard {dashboard}"
            if dashboard is not None
            else None
        )

    def _subscription(self, context: _Context) -> dict[str, Any]:
        subscription = context.project_.subscriptions.get(_int_id(context.params["id"]))
        if subscription is None:
            raise _not_found()
        return subscription

    def _subscriptions_retrieve(self, context: _Context) -> JSONResponse:
        return 200, self._subscription(context)

    def _subscriptions_update(self, context: _Context) -> JSONResponse:
        subscription = self._subscription(context)
        subscription.update(v.check_body(context.request.json(), v.SUBSCRIPTION_FIELDS, partial=True))
        self._describe_subscription(subscription)
        context.project_.subscriptions.changed()
        return 200, subscription

    # persons

    def _persons_bulk_delete(self, context: _Context) -> JSONResponse:
        fields = v.check_body(context.request.json(), v.BULK_DELETE_FIELDS)
        ids, distinct_ids = fields.get("ids") or [], fields.get("distinct_ids") or []
        if bool(ids) == bool(distinct_ids):
            detail = (
                "Provide either ids or distinct_ids, not both." if ids else "Provide ids or distinct_ids."
            )
            raise v.validation_error(detail, None)
        if len(ids) > MAX_BULK_IDS or len(distinct_ids) > MAX_BULK_IDS:
            raise v.validation_error(f"You can only pass {MAX_BULK_IDS} ids in one call", None)
        project = context.project_
        if ids:
            found = {str(i).lower() for i in ids if str(i).lower() in project.persons}
        else:
            found = {
                project.person_by_distinct_id[d] for d in distinct_ids if d in project.person_by_distinct_id
            }
        keep = fields.get("keep_person", False)
        if not keep:
            for person_uuid in found:
                project.delete_person(person_uuid)
        return 202, {
            "persons_found": len(found),
            "persons_deleted": 0 if keep else len(found),
            "events_queued_for_deletion": bool(fields.get("delete_events", False)) and bool(found),
            "recordings_queued_for_deletion": bool(fields.get("delete_recordings", False)) and bool(found),
            "deletion_errors": [],
        }

    @staticmethod
    def _persons_activity(context: _Context) -> JSONResponse:
        return 200, {"results": [], "next": None, "total_count": 0}

    def _persons_cohorts(self, context: _Context) -> JSONResponse:
        self._required_query(context, "person_id")
        return 200, {"results": []}

    def _persons_lifecycle(self, context: _Context) -> JSONResponse:
        self._required_query(context, "target_date")
        self._required_query(context, "lifecycle_type")
        return self._analytics(context)

    @staticmethod
    def _analytics(context: _Context) -> JSONResponse:
        return 200, {"results": [{"people": [], "count": 0}], "next": None, "is_cached": False}

    def _analytics_with_body(self, context: _Context) -> JSONResponse:
        v.check_body(context.request.json(), v.PERSON_PROPERTIES_FIELDS)
        return self._analytics(context)

    def _persons_reset_distinct_id(self, context: _Context) -> JSONResponse:
        fields = v.check_body(context.request.json(), v.RESET_FIELDS)
        if fields["distinct_id"] in context.project_.person_by_distinct_id:
            raise v.validation_error("This distinct_id belongs to an existing person.", "distinct_id")
        return 202, NO_BODY

    # ------------------------------------------------------------------ introspection

    def person_count(self, project_id: int = DEFAULT_PROJECT_ID) -> int:
        """How many persons the project has."""
        return len(self.project(project_id).persons)

    def person(self, distinct_id: str, project_id: int = DEFAULT_PROJECT_ID) -> Person | None:
        """The person owning ``distinct_id``, or None."""
        project = self.project(project_id)
        person_uuid = project.person_by_distinct_id.get(distinct_id)
        return project.persons.get(person_uuid) if person_uuid else None


class _FakeTransport(httpx.AsyncBaseTransport):
    """The fake's ASGI app in process, with connection failures raised as ``httpx.ConnectError``."""

    def __init__(self, fake: FakePostHog) -> None:
        self._fake = fake
        self._asgi = httpx.ASGITransport(app=fake.app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        matched = self._fake._index.match(request.method, request.url.raw_path.decode().split("?", 1)[0])
        if matched is not None:
            queue = self._fake._faults.get(matched[0].operation_id)
            if queue and queue[0] == "connect":
                queue.popleft()
                raise httpx.ConnectError("connection refused (injected by FakePostHog)", request=request)
        return await self._asgi.handle_async_request(request)
