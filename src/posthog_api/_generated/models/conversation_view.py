# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_view_filters import ConversationViewFilters
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="ConversationView")


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
    """

    id: UUID
    short_id: str
    name: str
    created_at: datetime.datetime
    created_by: None | UserBasic
    filters: ConversationViewFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        id = str(self.id)

        short_id = self.short_id

        name = self.name

        created_at = self.created_at.isoformat()

        created_by: dict[str, Any] | None
        if isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "short_id": short_id,
                "name": name,
                "created_at": created_at,
                "created_by": created_by,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_view_filters import ConversationViewFilters  # noqa: PLC0415
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        short_id = d.pop("short_id")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_created_by(data: object) -> None | UserBasic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = UserBasic.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserBasic, data)

        created_by = _parse_created_by(d.pop("created_by"))

        _filters = d.pop("filters", UNSET)
        filters: ConversationViewFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = ConversationViewFilters.from_dict(_filters)

        conversation_view = cls(
            id=id,
            short_id=short_id,
            name=name,
            created_at=created_at,
            created_by=created_by,
            filters=filters,
        )

        conversation_view.additional_properties = d
        return conversation_view

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
