# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    BOOLEAN,
    FAST_PATH_FAILURES,
    IS_STR,
    STRING,
    UNSET,
    UUID_STRING,
    Drift,
    Field,
    ListOf,
    Unset,
    ValidationIssue,
    cached_uuid,
    check_items,
    dump_tolerant,
    model_repr,
    parse_tolerant,
)

T = TypeVar("T", bound="PersonBulkDeleteRequest")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "ids",
        "distinct_ids",
        "delete_events",
        "delete_recordings",
        "keep_person",
    }
)


@_attrs_define
class PersonBulkDeleteRequest:
    """Exactly one of `ids` and `distinct_ids`, with at most 1000 entries (both at once is a 400).

    Attributes:
        ids (list[UUID] | Unset): PostHog person ids (UUIDs) to delete.
        distinct_ids (list[str] | Unset): Distinct ids whose persons to delete.
        delete_events (bool | Unset): Also delete the persons' events captured before the request (asynchronously).
            Default: False.
        delete_recordings (bool | Unset): Also delete the persons' session recordings (asynchronously). Default: False.
        keep_person (bool | Unset): Keep the person records and delete only their events and recordings. Default: False.
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
    """

    ids: list[UUID] | Unset = UNSET
    distinct_ids: list[str] | Unset = UNSET
    delete_events: bool | Unset = False
    delete_recordings: bool | Unset = False
    keep_person: bool | Unset = False
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
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = []
            for ids_item_data in self.ids:
                ids_item = str(ids_item_data)
                ids.append(ids_item)

        if ids is not UNSET:
            field_dict["ids"] = ids

        distinct_ids: list[str] | Unset = UNSET
        if not isinstance(self.distinct_ids, Unset):
            distinct_ids = self.distinct_ids

        if distinct_ids is not UNSET:
            field_dict["distinct_ids"] = distinct_ids

        delete_events = self.delete_events
        if delete_events is not UNSET:
            field_dict["delete_events"] = delete_events

        delete_recordings = self.delete_recordings
        if delete_recordings is not UNSET:
            field_dict["delete_recordings"] = delete_recordings

        keep_person = self.keep_person
        if keep_person is not UNSET:
            field_dict["keep_person"] = keep_person

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
        _v = get("ids", UNSET)
        if _v is not UNSET:
            if _v.__class__ is not list:
                raise Drift
            _v = [cached_uuid(_item) for _item in _v]
        self.ids = _v
        _v = get("distinct_ids", UNSET)
        if _v.__class__ is not list and _v is not UNSET:
            raise Drift
        check_items(_v, IS_STR)
        self.distinct_ids = _v
        _v = get("delete_events", UNSET)
        if _v.__class__ is not bool and _v is not UNSET:
            raise Drift
        self.delete_events = _v
        _v = get("delete_recordings", UNSET)
        if _v.__class__ is not bool and _v is not UNSET:
            raise Drift
        self.delete_recordings = _v
        _v = get("keep_person", UNSET)
        if _v.__class__ is not bool and _v is not UNSET:
            raise Drift
        self.keep_person = _v
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
    """The field table of ``PersonBulkDeleteRequest`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("ids", "ids", False, ListOf(UUID_STRING)),
        ("distinct_ids", "distinct_ids", False, ListOf(STRING)),
        ("delete_events", "delete_events", False, BOOLEAN),
        ("delete_recordings", "delete_recordings", False, BOOLEAN),
        ("keep_person", "keep_person", False, BOOLEAN),
    )
