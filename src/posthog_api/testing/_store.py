"""The fake's state: organizations, projects, keys and the objects in them (``Store`` holds them all)."""

from __future__ import annotations

import datetime
import itertools
import secrets
import uuid
from collections.abc import Iterator
from typing import Any

from attrs import define, field

DEFAULT_ORGANIZATION_ID = "0190a3c5-5e1d-7000-8000-00000000c0de"
DEFAULT_PROJECT_ID = 1
DEFAULT_HOST = "https://us.posthog.com"
DEFAULT_USER: dict[str, Any] = {
    "id": 1,
    "uuid": "0190a3c5-5e1d-7000-8000-0000000000a1",
    "distinct_id": "fake-user",
    "first_name": "Fake",
    "last_name": "User",
    "email": "fake.user@example.com",
    "is_email_verified": True,
    "hedgehog_config": None,
    "role_at_organization": "engineering",
}


def now() -> str:
    """The current time as PostHog writes it."""
    return datetime.datetime.now(datetime.UTC).isoformat().replace("+00:00", "Z")


def new_uuid() -> str:
    return str(uuid.uuid4())


def token() -> str:
    return secrets.token_urlsafe(16)


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


class Collection:
    """Objects by id, in creation order, with the live (not soft-deleted) ones cached for listing."""

    def __init__(self) -> None:
        self._items: dict[str, dict[str, Any]] = {}
        self._live: list[dict[str, Any]] | None = None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self._items.values())

    def add(self, key: object, item: dict[str, Any]) -> dict[str, Any]:
        self._items[str(key)] = item
        self._live = None
        return item

    def get(self, key: object) -> dict[str, Any] | None:
        item = self._items.get(str(key))
        if item is None or item.get("deleted") is True:
            return None
        return item

    def changed(self) -> None:
        """Call after changing an item in place."""
        self._live = None

    def remove(self, key: object) -> dict[str, Any] | None:
        self._live = None
        return self._items.pop(str(key), None)

    def live(self) -> list[dict[str, Any]]:
        if self._live is None:
            self._live = [item for item in self._items.values() if item.get("deleted") is not True]
        return self._live


@define
class Person:
    """A person of the fake: its UUID, distinct ids and properties, integer id and creation time."""

    uuid: str
    distinct_ids: list[str]
    properties: dict[str, Any] = field(factory=dict)
    id: int = 0
    created_at: str = field(factory=now)

    def to_json(self) -> dict[str, Any]:
        """The person as ``retrieve`` shows it (``name`` as PostHog derives it)."""
        return {
            "id": self.id,
            "uuid": self.uuid,
            "name": self.display_name(),
            "distinct_ids": list(self.distinct_ids),
            "properties": dict(self.properties),
            "created_at": self.created_at,
        }

    def to_actor_json(self) -> dict[str, Any]:
        """The person as the list shows it: PostHog serializes listed persons as actors, whose
        ``id`` is the UUID. The fake keeps no events, so it has never seen the person
        (``last_seen_at``); it counts a person identified when a distinct id is not a UUID."""
        return {
            "type": "person",
            "id": self.uuid,
            "uuid": self.uuid,
            "created_at": self.created_at,
            "last_seen_at": None,
            "properties": dict(self.properties),
            "is_identified": any(not _is_uuid(d) for d in self.distinct_ids),
            "name": self.display_name(),
            "distinct_ids": list(self.distinct_ids),
            "matched_recordings": [],
            "value_at_data_point": None,
        }

    def display_name(self) -> str:
        """PostHog's default: the first of these properties that is set, else a distinct id."""
        for key in ("email", "Email", "$email", "name", "Name", "username", "Username", "UserName"):
            if self.properties.get(key):
                return str(self.properties[key])
        return self.distinct_ids[0] if self.distinct_ids else str(self.id)


@define
class SharingConfiguration:
    """A recording's sharing configuration and its passwords."""

    created_at: str = field(factory=now)
    enabled: bool = False
    access_token: str = field(factory=token)
    settings: Any = None
    password_required: bool = False
    passwords: list[str] = field(factory=list)

    def to_json(self) -> dict[str, Any]:
        """The configuration as the API shows it."""
        return {
            "created_at": self.created_at,
            "enabled": self.enabled,
            "access_token": self.access_token,
            "settings": self.settings,
            "password_required": self.password_required,
            "share_passwords": ",".join(self.passwords),
        }


@define
class Project:
    """A project of the fake and everything in it; change it directly to set up a test."""

    id: int
    organization_id: str
    actions: Collection = field(factory=Collection)
    subscriptions: Collection = field(factory=Collection)
    customer_journeys: Collection = field(factory=Collection)
    conversation_views: Collection = field(factory=Collection)
    integrations: dict[int, str] = field(factory=dict)
    sharing: dict[str, SharingConfiguration] = field(factory=dict)
    persons: dict[str, Person] = field(factory=dict)
    person_by_distinct_id: dict[str, str] = field(factory=dict)
    person_ids: Iterator[int] = field(factory=lambda: itertools.count(1), repr=False)

    def add_person(self, distinct_ids: list[str], properties: dict[str, Any] | None = None) -> Person:
        """Add a person owning ``distinct_ids`` (each may belong to one person only)."""
        for distinct_id in distinct_ids:
            if distinct_id in self.person_by_distinct_id:
                raise ValueError(f"distinct id {distinct_id!r} already belongs to a person")
        person = Person(
            uuid=new_uuid(),
            distinct_ids=list(distinct_ids),
            properties=dict(properties or {}),
            id=next(self.person_ids),
        )
        self.persons[person.uuid] = person
        for distinct_id in distinct_ids:
            self.person_by_distinct_id[distinct_id] = person.uuid
        return person

    def delete_person(self, person_uuid: str) -> None:
        """Remove a person and free its distinct ids."""
        person = self.persons.pop(person_uuid)
        for distinct_id in person.distinct_ids:
            self.person_by_distinct_id.pop(distinct_id, None)


@define
class Organization:
    """An organization of the fake and its domains."""

    id: str
    domains: Collection = field(factory=Collection)


@define
class ApiKey:
    """A personal API key the fake knows."""

    value: str
    scopes: tuple[str, ...] = ("*",)
    scoped_teams: tuple[int, ...] = ()
    scoped_organizations: tuple[str, ...] = ()
    label: str = "test key"
    id: str = field(factory=new_uuid)
    created_at: str = field(factory=now)

    def to_json(self) -> dict[str, Any]:
        """The key as ``/api/personal_api_keys/@current/`` shows it (never its value)."""
        return {
            "id": self.id,
            "label": self.label,
            "mask_value": f"{self.value[:4]}...{self.value[-4:]}",
            "created_at": self.created_at,
            "last_used_at": now(),
            "user_id": DEFAULT_USER["id"],
            "scopes": list(self.scopes),
            "scoped_teams": list(self.scoped_teams),
            "scoped_organizations": list(self.scoped_organizations),
            "last_rolled_at": None,
        }


class Store:
    """Everything the fake holds: organizations, projects, keys, and the integer ids it hands out."""

    def __init__(self) -> None:
        self.organizations: dict[str, Organization] = {}
        self.projects: dict[int, Project] = {}
        self.keys: dict[str, ApiKey] = {}
        self._ids = itertools.count(1)

    def next_id(self) -> int:
        """A new integer id (actions, subscriptions and integrations share one sequence)."""
        return next(self._ids)

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
