# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.byweekday_enum import ByweekdayEnum
from ..models.frequency_enum import FrequencyEnum
from ..models.target_type_enum import TargetTypeEnum
from ..types import (
    BOOLEAN,
    DATE_TIME,
    FAST_PATH_FAILURES,
    INTEGER,
    IS_INT,
    STRING,
    UNSET,
    Drift,
    EnumOf,
    Field,
    ListOf,
    Nullable,
    Unset,
    ValidationIssue,
    check_items,
    dump_tolerant,
    enum_member,
    model_repr,
    parse_tolerant,
)

T = TypeVar("T", bound="PatchedSubscriptionRequest")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "dashboard",
        "insight",
        "target_type",
        "target_value",
        "frequency",
        "interval",
        "byweekday",
        "bysetpos",
        "count",
        "start_date",
        "until_date",
        "deleted",
        "title",
        "invite_message",
        "dashboard_export_insights",
        "integration_id",
        "summary_enabled",
        "summary_prompt_guide",
    }
)


@_attrs_define
class PatchedSubscriptionRequest:
    """
    Attributes:
        dashboard (int | None | Unset):
        insight (int | None | Unset):
        target_type (TargetTypeEnum | Unset):
        target_value (str | Unset):
        frequency (FrequencyEnum | Unset):
        interval (int | Unset):
        byweekday (list[ByweekdayEnum] | None | Unset):
        bysetpos (int | None | Unset):
        count (int | None | Unset):
        start_date (datetime.datetime | Unset):
        until_date (datetime.datetime | None | Unset):
        deleted (bool | Unset):
        title (None | str | Unset):
        invite_message (None | str | Unset):
        dashboard_export_insights (list[int] | Unset): For a dashboard subscription, the ids of the dashboard's insights
            to include (at most 6).
        integration_id (int | None | Unset): The id of the Slack integration to deliver through (needed when
            `target_type` is slack).
        summary_enabled (bool | Unset): Attach an AI-written summary to each delivery (insight and dashboard
            subscriptions).
        summary_prompt_guide (str | Unset): Free-text guidance for the AI summary.
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
    """

    dashboard: int | None | Unset = UNSET
    insight: int | None | Unset = UNSET
    target_type: TargetTypeEnum | Unset = UNSET
    target_value: str | Unset = UNSET
    frequency: FrequencyEnum | Unset = UNSET
    interval: int | Unset = UNSET
    byweekday: list[ByweekdayEnum] | None | Unset = UNSET
    bysetpos: int | None | Unset = UNSET
    count: int | None | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    until_date: datetime.datetime | None | Unset = UNSET
    deleted: bool | Unset = UNSET
    title: None | str | Unset = UNSET
    invite_message: None | str | Unset = UNSET
    dashboard_export_insights: list[int] | Unset = UNSET
    integration_id: int | None | Unset = UNSET
    summary_enabled: bool | Unset = UNSET
    summary_prompt_guide: str | Unset = UNSET
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
        dashboard: int | None | Unset
        if isinstance(self.dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = self.dashboard
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard

        insight: int | None | Unset
        if isinstance(self.insight, Unset):
            insight = UNSET
        else:
            insight = self.insight
        if insight is not UNSET:
            field_dict["insight"] = insight

        target_type: str | Unset = UNSET
        if not isinstance(self.target_type, Unset):
            target_type = self.target_type.value

        if target_type is not UNSET:
            field_dict["target_type"] = target_type

        target_value = self.target_value
        if target_value is not UNSET:
            field_dict["target_value"] = target_value

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        if frequency is not UNSET:
            field_dict["frequency"] = frequency

        interval = self.interval
        if interval is not UNSET:
            field_dict["interval"] = interval

        byweekday: list[str] | None | Unset
        if isinstance(self.byweekday, Unset):
            byweekday = UNSET
        elif isinstance(self.byweekday, list):
            byweekday = []
            for byweekday_type_0_item_data in self.byweekday:
                byweekday_type_0_item = byweekday_type_0_item_data.value
                byweekday.append(byweekday_type_0_item)

        else:
            byweekday = self.byweekday
        if byweekday is not UNSET:
            field_dict["byweekday"] = byweekday

        bysetpos: int | None | Unset
        if isinstance(self.bysetpos, Unset):
            bysetpos = UNSET
        else:
            bysetpos = self.bysetpos
        if bysetpos is not UNSET:
            field_dict["bysetpos"] = bysetpos

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count
        if count is not UNSET:
            field_dict["count"] = count

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        until_date: None | str | Unset
        if isinstance(self.until_date, Unset):
            until_date = UNSET
        elif isinstance(self.until_date, datetime.datetime):
            until_date = self.until_date.isoformat()
        else:
            until_date = self.until_date
        if until_date is not UNSET:
            field_dict["until_date"] = until_date

        deleted = self.deleted
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        invite_message: None | str | Unset
        if isinstance(self.invite_message, Unset):
            invite_message = UNSET
        else:
            invite_message = self.invite_message
        if invite_message is not UNSET:
            field_dict["invite_message"] = invite_message

        dashboard_export_insights: list[int] | Unset = UNSET
        if not isinstance(self.dashboard_export_insights, Unset):
            dashboard_export_insights = self.dashboard_export_insights

        if dashboard_export_insights is not UNSET:
            field_dict["dashboard_export_insights"] = dashboard_export_insights

        integration_id: int | None | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id

        summary_enabled = self.summary_enabled
        if summary_enabled is not UNSET:
            field_dict["summary_enabled"] = summary_enabled

        summary_prompt_guide = self.summary_prompt_guide
        if summary_prompt_guide is not UNSET:
            field_dict["summary_prompt_guide"] = summary_prompt_guide

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
        _v = get("dashboard", UNSET)
        if _v.__class__ is not int and _v is not None and _v is not UNSET:
            raise Drift
        self.dashboard = _v
        _v = get("insight", UNSET)
        if _v.__class__ is not int and _v is not None and _v is not UNSET:
            raise Drift
        self.insight = _v
        _v = get("target_type", UNSET)
        if _v is not UNSET:
            _v = TargetTypeEnum._value2member_map_.get(_v) or enum_member(TargetTypeEnum, _v)
        self.target_type = _v
        _v = get("target_value", UNSET)
        if _v.__class__ is not str and _v is not UNSET:
            raise Drift
        self.target_value = _v
        _v = get("frequency", UNSET)
        if _v is not UNSET:
            _v = FrequencyEnum._value2member_map_.get(_v) or enum_member(FrequencyEnum, _v)
        self.frequency = _v
        _v = get("interval", UNSET)
        if _v.__class__ is not int and _v is not UNSET:
            raise Drift
        self.interval = _v
        _v = get("byweekday", UNSET)
        if _v is not None and _v is not UNSET:
            if _v.__class__ is not list:
                raise Drift
            _v = [
                (ByweekdayEnum._value2member_map_.get(_item) or enum_member(ByweekdayEnum, _item))
                for _item in _v
            ]
        self.byweekday = _v
        _v = get("bysetpos", UNSET)
        if _v.__class__ is not int and _v is not None and _v is not UNSET:
            raise Drift
        self.bysetpos = _v
        _v = get("count", UNSET)
        if _v.__class__ is not int and _v is not None and _v is not UNSET:
            raise Drift
        self.count = _v
        _v = get("start_date", UNSET)
        if _v is not UNSET:
            _v = datetime.datetime.fromisoformat(_v)
        self.start_date = _v
        _v = get("until_date", UNSET)
        if _v is not None and _v is not UNSET:
            _v = datetime.datetime.fromisoformat(_v)
        self.until_date = _v
        _v = get("deleted", UNSET)
        if _v.__class__ is not bool and _v is not UNSET:
            raise Drift
        self.deleted = _v
        _v = get("title", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.title = _v
        _v = get("invite_message", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.invite_message = _v
        _v = get("dashboard_export_insights", UNSET)
        if _v.__class__ is not list and _v is not UNSET:
            raise Drift
        check_items(_v, IS_INT)
        self.dashboard_export_insights = _v
        _v = get("integration_id", UNSET)
        if _v.__class__ is not int and _v is not None and _v is not UNSET:
            raise Drift
        self.integration_id = _v
        _v = get("summary_enabled", UNSET)
        if _v.__class__ is not bool and _v is not UNSET:
            raise Drift
        self.summary_enabled = _v
        _v = get("summary_prompt_guide", UNSET)
        if _v.__class__ is not str and _v is not UNSET:
            raise Drift
        self.summary_prompt_guide = _v
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
    """The field table of ``PatchedSubscriptionRequest`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("dashboard", "dashboard", False, Nullable(INTEGER)),
        ("insight", "insight", False, Nullable(INTEGER)),
        ("target_type", "target_type", False, EnumOf(TargetTypeEnum)),
        ("target_value", "target_value", False, STRING),
        ("frequency", "frequency", False, EnumOf(FrequencyEnum)),
        ("interval", "interval", False, INTEGER),
        ("byweekday", "byweekday", False, Nullable(ListOf(EnumOf(ByweekdayEnum)))),
        ("bysetpos", "bysetpos", False, Nullable(INTEGER)),
        ("count", "count", False, Nullable(INTEGER)),
        ("start_date", "start_date", False, DATE_TIME),
        ("until_date", "until_date", False, Nullable(DATE_TIME)),
        ("deleted", "deleted", False, BOOLEAN),
        ("title", "title", False, Nullable(STRING)),
        ("invite_message", "invite_message", False, Nullable(STRING)),
        ("dashboard_export_insights", "dashboard_export_insights", False, ListOf(INTEGER)),
        ("integration_id", "integration_id", False, Nullable(INTEGER)),
        ("summary_enabled", "summary_enabled", False, BOOLEAN),
        ("summary_prompt_guide", "summary_prompt_guide", False, STRING),
    )
