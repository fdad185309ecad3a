# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, cached_uuid

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
    """Exactly one of `ids` and `distinct_ids`, with at most 1000 entries.

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

    def to_dict(self) -> dict[str, Any]:
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
        d = src_dict
        get = d.get
        self = cls.__new__(cls)
        _v = get("ids", UNSET)
        self.ids = _v if _v is UNSET else [cached_uuid(_item) for _item in _v]
        self.distinct_ids = get("distinct_ids", UNSET)
        self.delete_events = get("delete_events", UNSET)
        self.delete_recordings = get("delete_recordings", UNSET)
        self.keep_person = get("keep_person", UNSET)
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
