# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATE_TIME,
    FAST_PATH_FAILURES,
    INTEGER,
    IS_INT,
    IS_STR,
    STRING,
    UNSET,
    Drift,
    Field,
    ListOf,
    Nullable,
    Unset,
    ValidationIssue,
    check_items,
    dump_tolerant,
    model_repr,
    parse_tolerant,
)

T = TypeVar("T", bound="PersonalAPIKey")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "label",
        "mask_value",
        "created_at",
        "scopes",
        "scoped_teams",
        "scoped_organizations",
        "last_used_at",
        "user_id",
        "last_rolled_at",
    }
)


@_attrs_define
class PersonalAPIKey:
    """
    Attributes:
        id (str):
        label (str):
        mask_value (None | str): The key with all but its first and last characters masked.
        created_at (datetime.datetime):
        scopes (list[str]): The scopes the key grants; `["*"]` for a key created without explicit scopes.
        scoped_teams (list[int] | None): The project ids the key is restricted to; empty when it is not restricted.
        scoped_organizations (list[str] | None): The organization ids the key is restricted to; empty when it is not
            restricted.
        last_used_at (datetime.datetime | None | Unset):
        user_id (int | Unset):
        last_rolled_at (datetime.datetime | None | Unset):
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
    """

    id: str
    label: str
    mask_value: None | str
    created_at: datetime.datetime
    scopes: list[str]
    scoped_teams: list[int] | None
    scoped_organizations: list[str] | None
    last_used_at: datetime.datetime | None | Unset = UNSET
    user_id: int | Unset = UNSET
    last_rolled_at: datetime.datetime | None | Unset = UNSET
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
        id = self.id
        field_dict["id"] = id

        label = self.label
        field_dict["label"] = label

        mask_value: None | str
        mask_value = self.mask_value
        field_dict["mask_value"] = mask_value

        created_at = self.created_at.isoformat()
        field_dict["created_at"] = created_at

        scopes = self.scopes

        field_dict["scopes"] = scopes

        scoped_teams: list[int] | None
        if isinstance(self.scoped_teams, list):
            scoped_teams = self.scoped_teams

        else:
            scoped_teams = self.scoped_teams
        field_dict["scoped_teams"] = scoped_teams

        scoped_organizations: list[str] | None
        if isinstance(self.scoped_organizations, list):
            scoped_organizations = self.scoped_organizations

        else:
            scoped_organizations = self.scoped_organizations
        field_dict["scoped_organizations"] = scoped_organizations

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        last_rolled_at: None | str | Unset
        if isinstance(self.last_rolled_at, Unset):
            last_rolled_at = UNSET
        elif isinstance(self.last_rolled_at, datetime.datetime):
            last_rolled_at = self.last_rolled_at.isoformat()
        else:
            last_rolled_at = self.last_rolled_at
        if last_rolled_at is not UNSET:
            field_dict["last_rolled_at"] = last_rolled_at

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
        if _v.__class__ is not str:
            raise Drift
        self.id = _v
        _v = d["label"]
        if _v.__class__ is not str:
            raise Drift
        self.label = _v
        _v = d["mask_value"]
        if _v.__class__ is not str and _v is not None:
            raise Drift
        self.mask_value = _v
        _v = d["created_at"]
        _v = datetime.datetime.fromisoformat(_v)
        self.created_at = _v
        _v = d["scopes"]
        if _v.__class__ is not list:
            raise Drift
        check_items(_v, IS_STR)
        self.scopes = _v
        _v = d["scoped_teams"]
        if _v.__class__ is not list and _v is not None:
            raise Drift
        check_items(_v, IS_INT)
        self.scoped_teams = _v
        _v = d["scoped_organizations"]
        if _v.__class__ is not list and _v is not None:
            raise Drift
        check_items(_v, IS_STR)
        self.scoped_organizations = _v
        _v = get("last_used_at", UNSET)
        if _v is not None and _v is not UNSET:
            _v = datetime.datetime.fromisoformat(_v)
        self.last_used_at = _v
        _v = get("user_id", UNSET)
        if _v.__class__ is not int and _v is not UNSET:
            raise Drift
        self.user_id = _v
        _v = get("last_rolled_at", UNSET)
        if _v is not None and _v is not UNSET:
            _v = datetime.datetime.fromisoformat(_v)
        self.last_rolled_at = _v
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
    """The field table of ``PersonalAPIKey`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("id", "id", True, STRING),
        ("label", "label", True, STRING),
        ("mask_value", "mask_value", True, Nullable(STRING)),
        ("created_at", "created_at", True, DATE_TIME),
        ("scopes", "scopes", True, ListOf(STRING)),
        ("scoped_teams", "scoped_teams", True, Nullable(ListOf(INTEGER))),
        ("scoped_organizations", "scoped_organizations", True, Nullable(ListOf(STRING))),
        ("last_used_at", "last_used_at", False, Nullable(DATE_TIME)),
        ("user_id", "user_id", False, INTEGER),
        ("last_rolled_at", "last_rolled_at", False, Nullable(DATE_TIME)),
    )
