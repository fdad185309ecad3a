# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
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
        d = src_dict
        get = d.get
        self = cls.__new__(cls)
        self.id = d["id"]
        self.label = d["label"]
        self.mask_value = d["mask_value"]
        _v = d["created_at"]
        self.created_at = datetime.datetime.fromisoformat(_v)
        self.scopes = d["scopes"]
        self.scoped_teams = d["scoped_teams"]
        self.scoped_organizations = d["scoped_organizations"]
        _v = get("last_used_at", UNSET)
        self.last_used_at = (
            _v if _v is UNSET else (None if _v is None else datetime.datetime.fromisoformat(_v))
        )
        self.user_id = get("user_id", UNSET)
        _v = get("last_rolled_at", UNSET)
        self.last_rolled_at = (
            _v if _v is UNSET else (None if _v is None else datetime.datetime.fromisoformat(_v))
        )
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
