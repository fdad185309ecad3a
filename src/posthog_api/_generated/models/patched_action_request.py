# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOLEAN,
    DATE_TIME,
    FAST_PATH_FAILURES,
    STRING,
    UNSET,
    Drift,
    Field,
    ListOf,
    ModelOf,
    Nullable,
    Unset,
    ValidationIssue,
    dump_tolerant,
    model_repr,
    parse_tolerant,
)

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
    validation_issues: tuple[ValidationIssue, ...] = _attrs_field(init=False, default=(), eq=False)
    """What of the response did not fit the spec (kept as received); empty when everything fit."""

    # The fields that are set: UNSET ones are left out.
    __repr__ = model_repr

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        """The JSON fields as ``(name, value)`` pairs, so ``dict(model) == model.to_dict()``: how FastAPI's
        ``jsonable_encoder`` (and other encoders of arbitrary objects) read a model returned from a route."""
        return iter(self.to_dict().items())

    def to_dict(self) -> dict[str, Any]:
        if self.validation_issues:
            return dump_tolerant(self, _fields())
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
        """A model of ``src_dict``, keeping every value; what does not fit the spec is kept as
        received and listed in ``validation_issues``.

        Raises:
            TypeError: ``src_dict`` is not a JSON object.
        """
        try:
            return cls._parse_fast(src_dict)
        except FAST_PATH_FAILURES:
            return parse_tolerant(cls, src_dict, _fields())

    @classmethod
    def _parse_fast(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        self = cls.__new__(cls)
        self.validation_issues = ()
        _v: Any
        _v = get("name", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.name = _v
        _v = get("description", UNSET)
        if _v.__class__ is not str and _v is not UNSET:
            raise Drift
        self.description = _v
        _v = get("tags", UNSET)
        if _v.__class__ is not list and _v is not UNSET:
            raise Drift
        self.tags = _v
        _v = get("post_to_slack", UNSET)
        if _v.__class__ is not bool and _v is not UNSET:
            raise Drift
        self.post_to_slack = _v
        _v = get("slack_message_format", UNSET)
        if _v.__class__ is not str and _v is not UNSET:
            raise Drift
        self.slack_message_format = _v
        _v = get("steps", UNSET)
        if _v is not UNSET:
            if _v.__class__ is not list:
                raise Drift
            _v = [ActionStep._parse_fast(_item) for _item in _v]
        self.steps = _v
        _v = get("deleted", UNSET)
        if _v.__class__ is not bool and _v is not UNSET:
            raise Drift
        self.deleted = _v
        _v = get("last_calculated_at", UNSET)
        if _v is not UNSET:
            _v = datetime.datetime.fromisoformat(_v)
        self.last_calculated_at = _v
        _v = get("pinned_at", UNSET)
        if _v is not None and _v is not UNSET:
            _v = datetime.datetime.fromisoformat(_v)
        self.pinned_at = _v
        _v = get("_create_in_folder", UNSET)
        if _v.__class__ is not str and _v is not UNSET:
            raise Drift
        self.create_in_folder = _v
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


@cache
def _fields() -> tuple[Field, ...]:
    """The field table of ``PatchedActionRequest`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("name", "name", False, Nullable(STRING)),
        ("description", "description", False, STRING),
        ("tags", "tags", False, ListOf(ANY)),
        ("post_to_slack", "post_to_slack", False, BOOLEAN),
        ("slack_message_format", "slack_message_format", False, STRING),
        ("steps", "steps", False, ListOf(ModelOf(ActionStep))),
        ("deleted", "deleted", False, BOOLEAN),
        ("last_calculated_at", "last_calculated_at", False, DATE_TIME),
        ("pinned_at", "pinned_at", False, Nullable(DATE_TIME)),
        ("_create_in_folder", "create_in_folder", False, STRING),
    )


# Imported here, once, rather than inside the methods: models may refer to each other.
from ..models.action_step import ActionStep  # noqa: E402
