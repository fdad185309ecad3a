# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonBulkDeleteRequest")


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
    """

    ids: list[UUID] | Unset = UNSET
    distinct_ids: list[str] | Unset = UNSET
    delete_events: bool | Unset = False
    delete_recordings: bool | Unset = False
    keep_person: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = []
            for ids_item_data in self.ids:
                ids_item = str(ids_item_data)
                ids.append(ids_item)

        distinct_ids: list[str] | Unset = UNSET
        if not isinstance(self.distinct_ids, Unset):
            distinct_ids = self.distinct_ids

        delete_events = self.delete_events

        delete_recordings = self.delete_recordings

        keep_person = self.keep_person

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if distinct_ids is not UNSET:
            field_dict["distinct_ids"] = distinct_ids
        if delete_events is not UNSET:
            field_dict["delete_events"] = delete_events
        if delete_recordings is not UNSET:
            field_dict["delete_recordings"] = delete_recordings
        if keep_person is not UNSET:
            field_dict["keep_person"] = keep_person

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ids = d.pop("ids", UNSET)
        ids: list[UUID] | Unset = UNSET
        if _ids is not UNSET:
            ids = []
            for ids_item_data in _ids:
                ids_item = UUID(ids_item_data)

                ids.append(ids_item)

        distinct_ids = cast(list[str], d.pop("distinct_ids", UNSET))

        delete_events = d.pop("delete_events", UNSET)

        delete_recordings = d.pop("delete_recordings", UNSET)

        keep_person = d.pop("keep_person", UNSET)

        person_bulk_delete_request = cls(
            ids=ids,
            distinct_ids=distinct_ids,
            delete_events=delete_events,
            delete_recordings=delete_recordings,
            keep_person=keep_person,
        )

        person_bulk_delete_request.additional_properties = d
        return person_bulk_delete_request

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
