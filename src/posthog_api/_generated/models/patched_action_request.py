# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_step import ActionStep


T = TypeVar("T", bound="PatchedActionRequest")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "tags",
        "post_to_slack",
        "slack_message_format",
        "steps",
        "deleted",
        "last_calculated_at",
        "pinned_at",
        "_create_in_folder",
    }
)


@_attrs_define
class PatchedActionRequest:
    """The writable fields of an action; each one sent is changed.

    Attributes:
        name (None | str | Unset):
        description (str | Unset):
        tags (list[Any] | Unset):
        post_to_slack (bool | Unset):
        slack_message_format (str | Unset):
        steps (list[ActionStep] | Unset):
        deleted (bool | Unset):
        last_calculated_at (datetime.datetime | Unset):
        pinned_at (datetime.datetime | None | Unset): When the action was pinned in the UI, or null.
        create_in_folder (str | Unset): The folder of PostHog's project tree to file a new action in (requests only).
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
    """

    name: None | str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[Any] | Unset = UNSET
    post_to_slack: bool | Unset = UNSET
    slack_message_format: str | Unset = UNSET
    steps: list[ActionStep] | Unset = UNSET
    deleted: bool | Unset = UNSET
    last_calculated_at: datetime.datetime | Unset = UNSET
    pinned_at: datetime.datetime | None | Unset = UNSET
    create_in_folder: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        tags: list[Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        if tags is not UNSET:
            field_dict["tags"] = tags

        post_to_slack = self.post_to_slack
        if post_to_slack is not UNSET:
            field_dict["post_to_slack"] = post_to_slack

        slack_message_format = self.slack_message_format
        if slack_message_format is not UNSET:
            field_dict["slack_message_format"] = slack_message_format

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        if steps is not UNSET:
            field_dict["steps"] = steps

        deleted = self.deleted
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        last_calculated_at: str | Unset = UNSET
        if not isinstance(self.last_calculated_at, Unset):
            last_calculated_at = self.last_calculated_at.isoformat()
        if last_calculated_at is not UNSET:
            field_dict["last_calculated_at"] = last_calculated_at

        pinned_at: None | str | Unset
        if isinstance(self.pinned_at, Unset):
            pinned_at = UNSET
        elif isinstance(self.pinned_at, datetime.datetime):
            pinned_at = self.pinned_at.isoformat()
        else:
            pinned_at = self.pinned_at
        if pinned_at is not UNSET:
            field_dict["pinned_at"] = pinned_at

        create_in_folder = self.create_in_folder
        if create_in_folder is not UNSET:
            field_dict["_create_in_folder"] = create_in_folder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        self = cls.__new__(cls)
        self.name = get("name", UNSET)
        self.description = get("description", UNSET)
        self.tags = get("tags", UNSET)
        self.post_to_slack = get("post_to_slack", UNSET)
        self.slack_message_format = get("slack_message_format", UNSET)
        _v = get("steps", UNSET)
        self.steps = _v if _v is UNSET else [ActionStep.from_dict(_item) for _item in _v]
        self.deleted = get("deleted", UNSET)
        _v = get("last_calculated_at", UNSET)
        self.last_calculated_at = _v if _v is UNSET else datetime.datetime.fromisoformat(_v)
        _v = get("pinned_at", UNSET)
        self.pinned_at = (
            _v if _v is UNSET else (None if _v is None else datetime.datetime.fromisoformat(_v))
        )
        self.create_in_folder = get("_create_in_folder", UNSET)
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
from ..models.action_step import ActionStep  # noqa: E402
