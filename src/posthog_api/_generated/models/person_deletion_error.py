# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonDeletionError")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "person_uuid",
    }
)


@_attrs_define
class PersonDeletionError:
    """One person that could not be deleted: a free-form object, usually `{"person_uuid": ...}`
    (the key is not promised).

        Attributes:
            person_uuid (str | Unset):
            additional_properties (dict[str, Any]): fields the spec does not describe,
                kept as received (``model["field"]`` reads one).
    """

    person_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        person_uuid = self.person_uuid
        if person_uuid is not UNSET:
            field_dict["person_uuid"] = person_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        self = cls.__new__(cls)
        self.person_uuid = get("person_uuid", UNSET)
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
