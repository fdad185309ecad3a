"""``FakePostHog``: an in-memory PostHog management API for tests, contract checks and the demo.

The parts, each in its own module: the state (``_store``), answering a request (``_dispatch``:
latency, injected faults, rate limits, the key's authentication, scopes and restrictions, then the
operation's handler), the handlers, one module per resource (``_handlers``), request-body checks
(``_validation``, from the spec's ``_generated/request_checks.py``), the ways in over HTTP
(``_asgi``) and serving it in a subprocess (``_serve``). This class puts them together and is
what tests use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._clock import Clock, SystemClock
from .._generated.request_checks import REQUEST_BODIES
from . import _validation as v
from ._asgi import ASGIAdapter, ASGIApp, FakeTransport
from ._dispatch import Dispatcher, Fault, RecordedRequest
from ._handlers import HANDLERS
from ._handlers.actions import new_action
from ._http import Handler
from ._serve import FAKE_API_KEY
from ._store import (
    DEFAULT_HOST,
    DEFAULT_ORGANIZATION_ID,
    DEFAULT_PROJECT_ID,
    ApiKey,
    Organization,
    Person,
    Project,
    Store,
)

if TYPE_CHECKING:
    from .._client import AsyncPostHog

__all__ = ["FakePostHog", "Fault", "RecordedRequest"]


class FakePostHog:
    """An in-memory PostHog: every operation of the spec, with real state per project.

    By default any key starting with ``phx_`` is accepted with every scope, and there is one
    project (id 1) in one organization (``FakePostHog.DEFAULT_ORGANIZATION_ID``). Tests register
    stricter keys, more projects and seed data through the methods below, then reach the fake in
    one of three ways:

    - in process: ``fake.client()`` (an ``AsyncPostHog``), ``fake.http_client()`` or
      ``fake.transport()`` (an ``httpx`` transport to pass to your own ``httpx.AsyncClient``);
    - over HTTP: ``fake.app`` is an ASGI app (``python -m posthog_api.testing`` serves it, and
      ``serve_fake()`` runs that in a subprocess for the length of a ``with`` block);
    - in pytest: the ``posthog_fake`` fixture.

    Knobs: ``latency`` (seconds added to every answer), ``set_rate_limit`` (429s with or without
    ``Retry-After``), ``fail`` (a sequence of statuses or connection failures for one operation),
    ``enforce_key_access`` (answer 403 on operations that PostHog refuses to personal API keys,
    instead of a small valid answer). ``requests`` records what was asked.

    ``clock``: the time the latency waits on and the rate limits count in: an object with
    ``monotonic()`` and ``async sleep(seconds)``, like the client's. By default anyio's clock, so
    trio's ``MockClock`` drives both; a fake clock makes ``latency`` and ``set_rate_limit``
    windows pass without waiting.

    ``handlers``: the operations the fake answers, by operation id (default:
    ``posthog_api.testing.HANDLERS``, every operation of the spec). An operation of the spec
    without a handler answers 501 with PostHog's error body, its detail naming the operation;
    pass a subset of ``HANDLERS`` to check how your code takes an endpoint the server lacks.
    """

    DEFAULT_ORGANIZATION_ID = DEFAULT_ORGANIZATION_ID
    DEFAULT_PROJECT_ID = DEFAULT_PROJECT_ID

    def __init__(
        self,
        *,
        latency: float = 0.0,
        enforce_key_access: bool = False,
        handlers: Mapping[str, Handler] = HANDLERS,
        clock: Clock | None = None,
    ) -> None:
        self._store = Store()
        self._dispatcher = Dispatcher(self._store, handlers, clock or SystemClock())
        self._app = ASGIAdapter(self._dispatcher)
        self.latency = latency
        self.enforce_key_access = enforce_key_access
        self._store.add_organization(DEFAULT_ORGANIZATION_ID)
        self._store.add_project(DEFAULT_PROJECT_ID)

    # ------------------------------------------------------------------ knobs and records

    @property
    def latency(self) -> float:
        """Seconds added to every answer."""
        return self._dispatcher.latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        self._dispatcher.latency = seconds

    @property
    def enforce_key_access(self) -> bool:
        """Answer 403 where PostHog refuses personal API keys (else a small valid answer)."""
        return self._dispatcher.enforce_key_access

    @enforce_key_access.setter
    def enforce_key_access(self, enforce: bool) -> None:
        self._dispatcher.enforce_key_access = enforce

    @property
    def accept_any_key(self) -> bool:
        """Accept any ``phx_`` key with every scope (default True); else only keys from ``add_key``."""
        return self._dispatcher.accept_any_key

    @accept_any_key.setter
    def accept_any_key(self, accept: bool) -> None:
        self._dispatcher.accept_any_key = accept

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request answered (or refused), in order."""
        return self._dispatcher.requests

    @property
    def organizations(self) -> dict[str, Organization]:
        """The organizations, by id."""
        return self._store.organizations

    @property
    def projects(self) -> dict[int, Project]:
        """The projects, by id."""
        return self._store.projects

    @property
    def keys(self) -> dict[str, ApiKey]:
        """The keys registered with ``add_key``, by value."""
        return self._store.keys

    # ------------------------------------------------------------------ setup

    def add_organization(self, organization_id: str | None = None) -> Organization:
        """Add an organization (a new UUID when none is given)."""
        return self._store.add_organization(organization_id)

    def add_project(self, project_id: int, *, organization_id: str = DEFAULT_ORGANIZATION_ID) -> Project:
        """Add a project to an organization (which must exist)."""
        return self._store.add_project(project_id, organization_id=organization_id)

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
        self._store.keys[key] = record
        return record

    def project(self, project_id: int = DEFAULT_PROJECT_ID) -> Project:
        """A project's state (actions, persons, ...), to inspect or change directly."""
        return self._store.projects[project_id]

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
        checked = v.check_body({"name": name, **fields}, REQUEST_BODIES["actions_create"])
        return new_action(self._store, project, checked)

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
        integration_id = self._store.next_id()
        self.project(project_id).integrations[integration_id] = kind
        return integration_id

    def set_rate_limit(
        self, requests: int, window: float, *, retry_after: bool = True, rate_class: str | None = None
    ) -> None:
        """Answer 429 past ``requests`` per ``window`` seconds (sliding), per rate class or for all.

        ``retry_after``: whether the 429 carries ``Retry-After`` (newer servers do; concurrency
        limits and older servers do not).
        """
        self._dispatcher.set_rate_limit(requests, window, retry_after=retry_after, rate_class=rate_class)

    def clear_rate_limits(self) -> None:
        """Stop answering 429."""
        self._dispatcher.clear_rate_limits()

    def fail(self, operation_id: str, *faults: Fault) -> None:
        """Answer the next requests of ``operation_id`` with these statuses (or ``"connect"``:
        a connection failure) before answering normally again."""
        self._dispatcher.fail(operation_id, *faults)

    # ------------------------------------------------------------------ ways in

    @property
    def app(self) -> ASGIApp:
        """The ASGI application."""
        return self._app

    def transport(self) -> httpx.AsyncBaseTransport:
        """An in-process ``httpx`` transport to the fake (connection-failure faults included)."""
        return FakeTransport(self._dispatcher, self._app)

    def http_client(self, base_url: str = DEFAULT_HOST) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` talking to the fake in process."""
        return httpx.AsyncClient(base_url=base_url, transport=self.transport())

    def client(self, **kwargs: Any) -> AsyncPostHog:
        """An ``AsyncPostHog`` talking to the fake in process.

        Defaults: a ``phx_`` key, project 1, the default organization, no client-side rate
        limits; any ``AsyncPostHog`` argument overrides them.
        """
        from .._client import AsyncPostHog

        kwargs.setdefault("api_key", FAKE_API_KEY)
        kwargs.setdefault("project_id", DEFAULT_PROJECT_ID)
        kwargs.setdefault("organization_id", DEFAULT_ORGANIZATION_ID)
        kwargs.setdefault("rate_limits", None)
        kwargs.setdefault("host", DEFAULT_HOST)
        if "http_client" not in kwargs:
            kwargs.setdefault("transport", self.transport())
        return AsyncPostHog(**kwargs)

    # ------------------------------------------------------------------ introspection

    def person_count(self, project_id: int = DEFAULT_PROJECT_ID) -> int:
        """How many persons the project has."""
        return len(self.project(project_id).persons)

    def person(self, distinct_id: str, project_id: int = DEFAULT_PROJECT_ID) -> Person | None:
        """The person owning ``distinct_id``, or None."""
        project = self.project(project_id)
        person_uuid = project.person_by_distinct_id.get(distinct_id)
        return project.persons.get(person_uuid) if person_uuid else None
