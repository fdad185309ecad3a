# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharingConfiguration")


@_attrs_define
class SharingConfiguration:
    """
    Attributes:
        created_at (datetime.datetime):
        access_token (None | str):
        share_passwords (str):
        enabled (bool | Unset):
        settings (Any | Unset): Free-form sharing settings (any value, null included).
        password_required (bool | Unset):
    """

    created_at: datetime.datetime
    access_token: None | str
    share_passwords: str
    enabled: bool | Unset = UNSET
    settings: Any | Unset = UNSET
    password_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        access_token: None | str
        access_token = self.access_token

        share_passwords = self.share_passwords

        enabled = self.enabled

        settings = self.settings

        password_required = self.password_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "access_token": access_token,
                "share_passwords": share_passwords,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if settings is not UNSET:
            field_dict["settings"] = settings
        if password_required is not UNSET:
            field_dict["password_required"] = password_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_access_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        access_token = _parse_access_token(d.pop("access_token"))

        share_passwords = d.pop("share_passwords")

        enabled = d.pop("enabled", UNSET)

        settings = d.pop("settings", UNSET)

        password_required = d.pop("password_required", UNSET)

        sharing_configuration = cls(
            created_at=created_at,
            access_token=access_token,
            share_passwords=share_passwords,
            enabled=enabled,
            settings=settings,
            password_required=password_required,
        )

        sharing_configuration.additional_properties = d
        return sharing_configuration

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
