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
    DATE_TIME,
    FAST_PATH_FAILURES,
    STRING,
    UNSET,
    UUID_STRING,
    Drift,
    Field,
    ModelOf,
    Nullable,
    Unset,
    ValidationIssue,
    cached_uuid,
    dump_tolerant,
    model_repr,
    parse_tolerant,
)

if TYPE_CHECKING:
    from ..models.conversation_view_filters import ConversationViewFilters
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="ConversationView")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "short_id",
        "name",
        "created_at",
        "created_by",
        "filters",
    }
)


@_attrs_define
class ConversationView:
    """
    Attributes:
        id (UUID):
        short_id (str):
        name (str):
        created_at (datetime.datetime):
        created_by (None | UserBasic):
        filters (ConversationViewFilters | Unset):
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
    """

    id: UUID
    short_id: str
    name: str
    created_at: datetime.datetime
    created_by: None | UserBasic
    filters: ConversationViewFilters | Unset = UNSET
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

        short_id = self.short_id
        field_dict["short_id"] = short_id

        name = self.name
        field_dict["name"] = name

        created_at = self.created_at.isoformat()
        field_dict["created_at"] = created_at

        created_by: dict[str, Any] | None
        if isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by
        field_dict["created_by"] = created_by

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()
        if filters is not UNSET:
            field_dict["filters"] = filters

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
        _v = d["short_id"]
        if _v.__class__ is not str:
            raise Drift
        self.short_id = _v
        _v = d["name"]
        if _v.__class__ is not str:
            raise Drift
        self.name = _v
        _v = d["created_at"]
        _v = datetime.datetime.fromisoformat(_v)
        self.created_at = _v
        _v = d["created_by"]
        if _v is not None:
            _v = UserBasic._parse_fast(_v)
        self.created_by = _v
        _v = get("filters", UNSET)
        if _v is not UNSET:
            _v = ConversationViewFilters._parse_fast(_v)
        self.filters = _v
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
    """The field table of ``ConversationView`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("id", "id", True, UUID_STRING),
        ("short_id", "short_id", True, STRING),
        ("name", "name", True, STRING),
        ("created_at", "created_at", True, DATE_TIME),
        ("created_by", "created_by", True, Nullable(ModelOf(UserBasic))),
        ("filters", "filters", False, ModelOf(ConversationViewFilters)),
    )


# Imported here, once, rather than inside the methods: models may refer to each other.
from ..models.conversation_view_filters import ConversationViewFilters  # noqa: E402
from ..models.user_basic import UserBasic  # noqa: E402
