# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.byweekday_enum import ByweekdayEnum
from ..models.frequency_enum import FrequencyEnum
from ..models.target_type_enum import TargetTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """
    Attributes:
        id (int):
        target_type (TargetTypeEnum):
        target_value (str):
        frequency (FrequencyEnum):
        start_date (datetime.datetime):
        created_at (datetime.datetime):
        created_by (None | UserBasic):
        summary (str):
        next_delivery_date (datetime.datetime | None):
        dashboard (int | None | Unset):
        insight (int | None | Unset):
        interval (int | Unset):
        byweekday (list[ByweekdayEnum] | None | Unset):
        bysetpos (int | None | Unset):
        count (int | None | Unset):
        until_date (datetime.datetime | None | Unset):
        deleted (bool | Unset):
        title (None | str | Unset):
        invite_message (None | str | Unset):
    """

    id: int
    target_type: TargetTypeEnum
    target_value: str
    frequency: FrequencyEnum
    start_date: datetime.datetime
    created_at: datetime.datetime
    created_by: None | UserBasic
    summary: str
    next_delivery_date: datetime.datetime | None
    dashboard: int | None | Unset = UNSET
    insight: int | None | Unset = UNSET
    interval: int | Unset = UNSET
    byweekday: list[ByweekdayEnum] | None | Unset = UNSET
    bysetpos: int | None | Unset = UNSET
    count: int | None | Unset = UNSET
    until_date: datetime.datetime | None | Unset = UNSET
    deleted: bool | Unset = UNSET
    title: None | str | Unset = UNSET
    invite_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        id = self.id

        target_type = self.target_type.value

        target_value = self.target_value

        frequency = self.frequency.value

        start_date = self.start_date.isoformat()

        created_at = self.created_at.isoformat()

        created_by: dict[str, Any] | None
        if isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        summary = self.summary

        next_delivery_date: None | str
        if isinstance(self.next_delivery_date, datetime.datetime):
            next_delivery_date = self.next_delivery_date.isoformat()
        else:
            next_delivery_date = self.next_delivery_date

        dashboard: int | None | Unset
        if isinstance(self.dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = self.dashboard

        insight: int | None | Unset
        if isinstance(self.insight, Unset):
            insight = UNSET
        else:
            insight = self.insight

        interval = self.interval

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

        bysetpos: int | None | Unset
        if isinstance(self.bysetpos, Unset):
            bysetpos = UNSET
        else:
            bysetpos = self.bysetpos

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        until_date: None | str | Unset
        if isinstance(self.until_date, Unset):
            until_date = UNSET
        elif isinstance(self.until_date, datetime.datetime):
            until_date = self.until_date.isoformat()
        else:
            until_date = self.until_date

        deleted = self.deleted

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        invite_message: None | str | Unset
        if isinstance(self.invite_message, Unset):
            invite_message = UNSET
        else:
            invite_message = self.invite_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target_type": target_type,
                "target_value": target_value,
                "frequency": frequency,
                "start_date": start_date,
                "created_at": created_at,
                "created_by": created_by,
                "summary": summary,
                "next_delivery_date": next_delivery_date,
            }
        )
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if insight is not UNSET:
            field_dict["insight"] = insight
        if interval is not UNSET:
            field_dict["interval"] = interval
        if byweekday is not UNSET:
            field_dict["byweekday"] = byweekday
        if bysetpos is not UNSET:
            field_dict["bysetpos"] = bysetpos
        if count is not UNSET:
            field_dict["count"] = count
        if until_date is not UNSET:
            field_dict["until_date"] = until_date
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if title is not UNSET:
            field_dict["title"] = title
        if invite_message is not UNSET:
            field_dict["invite_message"] = invite_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        target_type = TargetTypeEnum(d.pop("target_type"))

        target_value = d.pop("target_value")

        frequency = FrequencyEnum(d.pop("frequency"))

        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

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

        summary = d.pop("summary")

        def _parse_next_delivery_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_delivery_date_type_0 = datetime.datetime.fromisoformat(data)

                return next_delivery_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_delivery_date = _parse_next_delivery_date(d.pop("next_delivery_date"))

        def _parse_dashboard(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dashboard = _parse_dashboard(d.pop("dashboard", UNSET))

        def _parse_insight(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        insight = _parse_insight(d.pop("insight", UNSET))

        interval = d.pop("interval", UNSET)

        def _parse_byweekday(data: object) -> list[ByweekdayEnum] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                byweekday_type_0 = []
                _byweekday_type_0 = data
                for byweekday_type_0_item_data in _byweekday_type_0:
                    byweekday_type_0_item = ByweekdayEnum(byweekday_type_0_item_data)

                    byweekday_type_0.append(byweekday_type_0_item)

                return byweekday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ByweekdayEnum] | None | Unset, data)

        byweekday = _parse_byweekday(d.pop("byweekday", UNSET))

        def _parse_bysetpos(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bysetpos = _parse_bysetpos(d.pop("bysetpos", UNSET))

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_until_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                until_date_type_0 = datetime.datetime.fromisoformat(data)

                return until_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        until_date = _parse_until_date(d.pop("until_date", UNSET))

        deleted = d.pop("deleted", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_invite_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invite_message = _parse_invite_message(d.pop("invite_message", UNSET))

        subscription = cls(
            id=id,
            target_type=target_type,
            target_value=target_value,
            frequency=frequency,
            start_date=start_date,
            created_at=created_at,
            created_by=created_by,
            summary=summary,
            next_delivery_date=next_delivery_date,
            dashboard=dashboard,
            insight=insight,
            interval=interval,
            byweekday=byweekday,
            bysetpos=bysetpos,
            count=count,
            until_date=until_date,
            deleted=deleted,
            title=title,
            invite_message=invite_message,
        )

        subscription.additional_properties = d
        return subscription

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
