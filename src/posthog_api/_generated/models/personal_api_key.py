# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonalAPIKey")


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
        id = self.id

        label = self.label

        mask_value: None | str
        mask_value = self.mask_value

        created_at = self.created_at.isoformat()

        scopes = self.scopes

        scoped_teams: list[int] | None
        if isinstance(self.scoped_teams, list):
            scoped_teams = self.scoped_teams

        else:
            scoped_teams = self.scoped_teams

        scoped_organizations: list[str] | None
        if isinstance(self.scoped_organizations, list):
            scoped_organizations = self.scoped_organizations

        else:
            scoped_organizations = self.scoped_organizations

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        user_id = self.user_id

        last_rolled_at: None | str | Unset
        if isinstance(self.last_rolled_at, Unset):
            last_rolled_at = UNSET
        elif isinstance(self.last_rolled_at, datetime.datetime):
            last_rolled_at = self.last_rolled_at.isoformat()
        else:
            last_rolled_at = self.last_rolled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "mask_value": mask_value,
                "created_at": created_at,
                "scopes": scopes,
                "scoped_teams": scoped_teams,
                "scoped_organizations": scoped_organizations,
            }
        )
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if last_rolled_at is not UNSET:
            field_dict["last_rolled_at"] = last_rolled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        def _parse_mask_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mask_value = _parse_mask_value(d.pop("mask_value"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        scopes = cast(list[str], d.pop("scopes"))

        def _parse_scoped_teams(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scoped_teams_type_0 = cast(list[int], data)

                return scoped_teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        scoped_teams = _parse_scoped_teams(d.pop("scoped_teams"))

        def _parse_scoped_organizations(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scoped_organizations_type_0 = cast(list[str], data)

                return scoped_organizations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        scoped_organizations = _parse_scoped_organizations(d.pop("scoped_organizations"))

        def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at", UNSET))

        user_id = d.pop("user_id", UNSET)

        def _parse_last_rolled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_rolled_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_rolled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_rolled_at = _parse_last_rolled_at(d.pop("last_rolled_at", UNSET))

        personal_api_key = cls(
            id=id,
            label=label,
            mask_value=mask_value,
            created_at=created_at,
            scopes=scopes,
            scoped_teams=scoped_teams,
            scoped_organizations=scoped_organizations,
            last_used_at=last_used_at,
            user_id=user_id,
            last_rolled_at=last_rolled_at,
        )

        personal_api_key.additional_properties = d
        return personal_api_key

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
