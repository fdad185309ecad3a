# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_deletion_error import PersonDeletionError


T = TypeVar("T", bound="PersonBulkDeleteResponse")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "persons_found",
        "persons_deleted",
        "events_queued_for_deletion",
        "recordings_queued_for_deletion",
        "deletion_errors",
    }
)


@_attrs_define
class PersonBulkDeleteResponse:
    """
    Attributes:
        persons_found (int): How many of the given ids matched a person.
        persons_deleted (int):
        events_queued_for_deletion (bool):
        recordings_queued_for_deletion (bool):
        deletion_errors (list[PersonDeletionError]): The persons that were found but could not be deleted.
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
    """

    persons_found: int
    persons_deleted: int
    events_queued_for_deletion: bool
    recordings_queued_for_deletion: bool
    deletion_errors: list[PersonDeletionError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        persons_found = self.persons_found
        field_dict["persons_found"] = persons_found

        persons_deleted = self.persons_deleted
        field_dict["persons_deleted"] = persons_deleted

        events_queued_for_deletion = self.events_queued_for_deletion
        field_dict["events_queued_for_deletion"] = events_queued_for_deletion

        recordings_queued_for_deletion = self.recordings_queued_for_deletion
        field_dict["recordings_queued_for_deletion"] = recordings_queued_for_deletion

        deletion_errors = []
        for deletion_errors_item_data in self.deletion_errors:
            deletion_errors_item = deletion_errors_item_data.to_dict()
            deletion_errors.append(deletion_errors_item)

        field_dict["deletion_errors"] = deletion_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        self = cls.__new__(cls)
        self.persons_found = d["persons_found"]
        self.persons_deleted = d["persons_deleted"]
        self.events_queued_for_deletion = d["events_queued_for_deletion"]
        self.recordings_queued_for_deletion = d["recordings_queued_for_deletion"]
        _v = d["deletion_errors"]
        self.deletion_errors = [PersonDeletionError.from_dict(_item) for _item in _v]
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


# Imported here, once, rather than inside the methods: models may refer to each other.
from ..models.person_deletion_error import PersonDeletionError  # noqa: E402
