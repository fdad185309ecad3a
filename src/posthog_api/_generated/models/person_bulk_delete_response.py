# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_deletion_error import PersonDeletionError


T = TypeVar("T", bound="PersonBulkDeleteResponse")


@_attrs_define
class PersonBulkDeleteResponse:
    """
    Attributes:
        persons_found (int): How many of the given ids matched a person.
        persons_deleted (int):
        events_queued_for_deletion (bool):
        recordings_queued_for_deletion (bool):
        deletion_errors (list[PersonDeletionError]): The persons that were found but could not be deleted.
    """

    persons_found: int
    persons_deleted: int
    events_queued_for_deletion: bool
    recordings_queued_for_deletion: bool
    deletion_errors: list[PersonDeletionError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        persons_found = self.persons_found

        persons_deleted = self.persons_deleted

        events_queued_for_deletion = self.events_queued_for_deletion

        recordings_queued_for_deletion = self.recordings_queued_for_deletion

        deletion_errors = []
        for deletion_errors_item_data in self.deletion_errors:
            deletion_errors_item = deletion_errors_item_data.to_dict()
            deletion_errors.append(deletion_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "persons_found": persons_found,
                "persons_deleted": persons_deleted,
                "events_queued_for_deletion": events_queued_for_deletion,
                "recordings_queued_for_deletion": recordings_queued_for_deletion,
                "deletion_errors": deletion_errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_deletion_error import PersonDeletionError  # noqa: PLC0415

        d = dict(src_dict)
        persons_found = d.pop("persons_found")

        persons_deleted = d.pop("persons_deleted")

        events_queued_for_deletion = d.pop("events_queued_for_deletion")

        recordings_queued_for_deletion = d.pop("recordings_queued_for_deletion")

        deletion_errors = []
        _deletion_errors = d.pop("deletion_errors")
        for deletion_errors_item_data in _deletion_errors:
            deletion_errors_item = PersonDeletionError.from_dict(deletion_errors_item_data)

            deletion_errors.append(deletion_errors_item)

        person_bulk_delete_response = cls(
            persons_found=persons_found,
            persons_deleted=persons_deleted,
            events_queued_for_deletion=events_queued_for_deletion,
            recordings_queued_for_deletion=recordings_queued_for_deletion,
            deletion_errors=deletion_errors,
        )

        person_bulk_delete_response.additional_properties = d
        return person_bulk_delete_response

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
