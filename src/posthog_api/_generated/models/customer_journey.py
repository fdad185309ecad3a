# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATE_TIME,
    FAST_PATH_FAILURES,
    INTEGER,
    STRING,
    UNSET,
    UUID_STRING,
    Drift,
    Field,
    Nullable,
    Unset,
    ValidationIssue,
    cached_uuid,
    dump_tolerant,
    model_repr,
    parse_tolerant,
)

T = TypeVar("T", bound="CustomerJourney")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "insight",
        "name",
        "created_at",
        "created_by",
        "updated_at",
        "description",
    }
)


@_attrs_define
class CustomerJourney:
    """
    Attributes:
        id (UUID):
        insight (int):
        name (str):
        created_at (datetime.datetime):
        created_by (int | None): The id of the user who created the journey.
        updated_at (datetime.datetime | None): When the journey was last changed, or null.

            Corrected: the customer journeys doc page shows a date-time only; the server may send
            null.
        description (None | str | Unset):
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
    """

    id: UUID
    insight: int
    name: str
    created_at: datetime.datetime
    created_by: int | None
    updated_at: datetime.datetime | None
    description: None | str | Unset = UNSET
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
        id = str(self.id)
        field_dict["id"] = id

        insight = self.insight
        field_dict["insight"] = insight

        name = self.name
        field_dict["name"] = name

        created_at = self.created_at.isoformat()
        field_dict["created_at"] = created_at

        created_by: int | None
        created_by = self.created_by
        field_dict["created_by"] = created_by

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at
        field_dict["updated_at"] = updated_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description

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
        _v = cached_uuid(_v)
        self.id = _v
        _v = d["insight"]
        if _v.__class__ is not int:
            raise Drift
        self.insight = _v
        _v = d["name"]
        if _v.__class__ is not str:
            raise Drift
        self.name = _v
        _v = d["created_at"]
        _v = datetime.datetime.fromisoformat(_v)
        self.created_at = _v
        _v = d["created_by"]
        if _v.__class__ is not int and _v is not None:
            raise Drift
        self.created_by = _v
        _v = d["updated_at"]
        if _v is not None:
            _v = datetime.datetime.fromisoformat(_v)
        self.updated_at = _v
        _v = get("description", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.description = _v
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
    """The field table of ``CustomerJourney`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("id", "id", True, UUID_STRING),
        ("insight", "insight", True, INTEGER),
        ("name", "name", True, STRING),
        ("created_at", "created_at", True, DATE_TIME),
        ("created_by", "created_by", True, Nullable(INTEGER)),
        ("updated_at", "updated_at", True, Nullable(DATE_TIME)),
        ("description", "description", False, Nullable(STRING)),
    )
