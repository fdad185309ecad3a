# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_step import ActionStep
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        created_by (None | UserBasic):
        is_calculating (bool):
        team_id (int):
        is_action (bool):  Default: True.
        name (None | str | Unset):
        description (str | Unset):
        tags (list[Any] | Unset):
        post_to_slack (bool | Unset):
        slack_message_format (str | Unset):
        steps (list[ActionStep] | Unset):
        deleted (bool | Unset):
        last_calculated_at (datetime.datetime | None | Unset):
    """

    id: int
    created_at: datetime.datetime
    created_by: None | UserBasic
    is_calculating: bool
    team_id: int
    is_action: bool = True
    name: None | str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[Any] | Unset = UNSET
    post_to_slack: bool | Unset = UNSET
    slack_message_format: str | Unset = UNSET
    steps: list[ActionStep] | Unset = UNSET
    deleted: bool | Unset = UNSET
    last_calculated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        id = self.id

        created_at = self.created_at.isoformat()

        created_by: dict[str, Any] | None
        if isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        is_calculating = self.is_calculating

        team_id = self.team_id

        is_action = self.is_action

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description = self.description

        tags: list[Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        post_to_slack = self.post_to_slack

        slack_message_format = self.slack_message_format

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        deleted = self.deleted

        last_calculated_at: None | str | Unset
        if isinstance(self.last_calculated_at, Unset):
            last_calculated_at = UNSET
        elif isinstance(self.last_calculated_at, datetime.datetime):
            last_calculated_at = self.last_calculated_at.isoformat()
        else:
            last_calculated_at = self.last_calculated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "created_by": created_by,
                "is_calculating": is_calculating,
                "team_id": team_id,
                "is_action": is_action,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if post_to_slack is not UNSET:
            field_dict["post_to_slack"] = post_to_slack
        if slack_message_format is not UNSET:
            field_dict["slack_message_format"] = slack_message_format
        if steps is not UNSET:
            field_dict["steps"] = steps
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if last_calculated_at is not UNSET:
            field_dict["last_calculated_at"] = last_calculated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_step import ActionStep  # noqa: PLC0415
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        is_calculating = d.pop("is_calculating")

        team_id = d.pop("team_id")

        is_action = d.pop("is_action")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        description = d.pop("description", UNSET)

        tags = cast(list[Any], d.pop("tags", UNSET))

        post_to_slack = d.pop("post_to_slack", UNSET)

        slack_message_format = d.pop("slack_message_format", UNSET)

        _steps = d.pop("steps", UNSET)
        steps: list[ActionStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = ActionStep.from_dict(steps_item_data)

                steps.append(steps_item)

        deleted = d.pop("deleted", UNSET)

        def _parse_last_calculated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_calculated_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_calculated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_calculated_at = _parse_last_calculated_at(d.pop("last_calculated_at", UNSET))

        action = cls(
            id=id,
            created_at=created_at,
            created_by=created_by,
            is_calculating=is_calculating,
            team_id=team_id,
            is_action=is_action,
            name=name,
            description=description,
            tags=tags,
            post_to_slack=post_to_slack,
            slack_message_format=slack_message_format,
            steps=steps,
            deleted=deleted,
            last_calculated_at=last_calculated_at,
        )

        action.additional_properties = d
        return action

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
