# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    BOOLEAN,
    DATE_TIME,
    FAST_PATH_FAILURES,
    INTEGER,
    IS_STR,
    STRING,
    UNSET,
    UUID_STRING,
    Drift,
    Either,
    Field,
    ListOf,
    ModelOf,
    Nullable,
    Unset,
    ValidationIssue,
    cached_uuid,
    check_items,
    dump_tolerant,
    model_repr,
    parse_tolerant,
)

if TYPE_CHECKING:
    from ..models.person_properties import PersonProperties


T = TypeVar("T", bound="Person")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "uuid",
        "distinct_ids",
        "properties",
        "created_at",
        "name",
        "is_identified",
        "last_seen_at",
    }
)


@_attrs_define
class Person:
    """A person. Either `id` or `uuid` addresses it in `persons/{id}/` paths.

    Corrected: the published schema gives `id` as an integer and `name` and `created_at` as
    never null. `retrieve` answers the integer id, but the list serializes persons as actors:
    its `id` is the UUID again, beside `type`, `last_seen_at`, `is_identified`,
    `matched_recordings` and `value_at_data_point`. PostHog's serializer sends `name` and
    `created_at` as null for a person it only knows by a distinct id.

        Attributes:
            id (int | str): The person's integer id (from `retrieve`), or its UUID (from the list).
            uuid (UUID): The person's UUID (what `bulk_delete`'s `ids` take).
            distinct_ids (list[str]): Every distinct id of the person, identified ones first.
            properties (PersonProperties): The person's properties.
            created_at (datetime.datetime | None):
            name (None | str | Unset): A display name: the first of the email or name properties the project shows, else a
                distinct id. PostHog sends that property's value as it is, so a property holding a number arrives as one (kept
                as received, listed in `validation_issues`).
            is_identified (bool | None | Unset): Whether the person was identified (sent by the list).
            last_seen_at (datetime.datetime | None | Unset): When an event of the person was last seen (sent by the list).
            additional_properties (dict[str, Any]): fields the spec does not describe,
                kept as received (``model["field"]`` reads one).
    """

    id: int | str
    uuid: UUID
    distinct_ids: list[str]
    properties: PersonProperties
    created_at: datetime.datetime | None
    name: None | str | Unset = UNSET
    is_identified: bool | None | Unset = UNSET
    last_seen_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    validation_issues: tuple[ValidationIssue, ...] = _attrs_field(init=False, default=(), eq=False)
    """What of the response did not fit the spec (kept as received); empty when everything fit."""

    # The fields that are set: UNSET ones are left out.
    __repr__ = model_repr

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        """The JSON fields as ``(name, value)`` pairs, so ``dict(model) == model.to_dict()``: how FastAPI's
        ``jsonable_encoder`` (and other encoders of arbitrary objects) read a model returned from a route."""
        return iter(self.to_dict().items())

    def to_dict(self) -> dict[str, Any]:
        if self.validation_issues:
            return dump_tolerant(self, _fields())
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id: int | str
        id = self.id
        field_dict["id"] = id

        uuid = str(self.uuid)
        field_dict["uuid"] = uuid

        distinct_ids = self.distinct_ids

        field_dict["distinct_ids"] = distinct_ids

        properties = self.properties.to_dict()
        field_dict["properties"] = properties

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at
        field_dict["created_at"] = created_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        is_identified: bool | None | Unset
        if isinstance(self.is_identified, Unset):
            is_identified = UNSET
        else:
            is_identified = self.is_identified
        if is_identified is not UNSET:
            field_dict["is_identified"] = is_identified

        last_seen_at: None | str | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        elif isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of ``src_dict``, keeping every value; what does not fit the spec is kept as
        received and listed in ``validation_issues``.

        Raises:
            TypeError: ``src_dict`` is not a JSON object.
        """
        try:
            return cls._parse_fast(src_dict)
        except FAST_PATH_FAILURES:
            return parse_tolerant(cls, src_dict, _fields())

    @classmethod
    def _parse_fast(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        self = cls.__new__(cls)
        self.validation_issues = ()
        _v: Any
        _v = d["id"]
        if _v.__class__ is not int and _v.__class__ is not str:
            raise Drift
        self.id = _v
        _v = d["uuid"]
        _v = cached_uuid(_v)
        self.uuid = _v
        _v = d["distinct_ids"]
        if _v.__class__ is not list:
            raise Drift
        check_items(_v, IS_STR)
        self.distinct_ids = _v
        _v = d["properties"]
        _v = PersonProperties._parse_fast(_v)
        self.properties = _v
        _v = d["created_at"]
        if _v is not None:
            _v = datetime.datetime.fromisoformat(_v)
        self.created_at = _v
        _v = get("name", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.name = _v
        _v = get("is_identified", UNSET)
        if _v.__class__ is not bool and _v is not None and _v is not UNSET:
            raise Drift
        self.is_identified = _v
        _v = get("last_seen_at", UNSET)
        if _v is not None and _v is not UNSET:
            _v = datetime.datetime.fromisoformat(_v)
        self.last_seen_at = _v
        if d.keys() <= _KNOWN_FIELDS:
            self.additional_properties = {}
        else:
            self.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_FIELDS}
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@cache
def _fields() -> tuple[Field, ...]:
    """The field table of ``Person`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("id", "id", True, Either(INTEGER, STRING)),
        ("uuid", "uuid", True, UUID_STRING),
        ("distinct_ids", "distinct_ids", True, ListOf(STRING)),
        ("properties", "properties", True, ModelOf(PersonProperties)),
        ("created_at", "created_at", True, Nullable(DATE_TIME)),
        ("name", "name", False, Nullable(STRING)),
        ("is_identified", "is_identified", False, Nullable(BOOLEAN)),
        ("last_seen_at", "last_seen_at", False, Nullable(DATE_TIME)),
    )


# Imported here, once, rather than inside the methods: models may refer to each other.
from ..models.person_properties import PersonProperties  # noqa: E402
