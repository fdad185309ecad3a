# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.url_matching_enum import UrlMatchingEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_step_properties_type_0 import ActionStepPropertiesType0


T = TypeVar("T", bound="ActionStep")


@_attrs_define
class ActionStep:
    """One way an event can match the action; any step matching is enough.

    Attributes:
        id (str | Unset):
        event (None | str | Unset):
        tag_name (None | str | Unset):
        text (None | str | Unset):
        href (None | str | Unset):
        selector (None | str | Unset):
        url (None | str | Unset):
        name (None | str | Unset):
        url_matching (None | Unset | UrlMatchingEnum): How `url` is matched; the server uses `contains` when none is
            given.
        properties (ActionStepPropertiesType0 | None | Unset):
    """

    id: str | Unset = UNSET
    event: None | str | Unset = UNSET
    tag_name: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    href: None | str | Unset = UNSET
    selector: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    url_matching: None | Unset | UrlMatchingEnum = UNSET
    properties: ActionStepPropertiesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_step_properties_type_0 import ActionStepPropertiesType0  # noqa: PLC0415

        id = self.id

        event: None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event

        tag_name: None | str | Unset
        if isinstance(self.tag_name, Unset):
            tag_name = UNSET
        else:
            tag_name = self.tag_name

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        href: None | str | Unset
        if isinstance(self.href, Unset):
            href = UNSET
        else:
            href = self.href

        selector: None | str | Unset
        if isinstance(self.selector, Unset):
            selector = UNSET
        else:
            selector = self.selector

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        url_matching: None | str | Unset
        if isinstance(self.url_matching, Unset):
            url_matching = UNSET
        elif isinstance(self.url_matching, UrlMatchingEnum):
            url_matching = self.url_matching.value
        else:
            url_matching = self.url_matching

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, ActionStepPropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if event is not UNSET:
            field_dict["event"] = event
        if tag_name is not UNSET:
            field_dict["tag_name"] = tag_name
        if text is not UNSET:
            field_dict["text"] = text
        if href is not UNSET:
            field_dict["href"] = href
        if selector is not UNSET:
            field_dict["selector"] = selector
        if url is not UNSET:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if url_matching is not UNSET:
            field_dict["url_matching"] = url_matching
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_step_properties_type_0 import ActionStepPropertiesType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_event(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        def _parse_tag_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag_name = _parse_tag_name(d.pop("tag_name", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_href(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        href = _parse_href(d.pop("href", UNSET))

        def _parse_selector(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selector = _parse_selector(d.pop("selector", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_url_matching(data: object) -> None | Unset | UrlMatchingEnum:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                url_matching_type_0 = UrlMatchingEnum(data)

                return url_matching_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UrlMatchingEnum, data)

        url_matching = _parse_url_matching(d.pop("url_matching", UNSET))

        def _parse_properties(data: object) -> ActionStepPropertiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = ActionStepPropertiesType0.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionStepPropertiesType0 | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        action_step = cls(
            id=id,
            event=event,
            tag_name=tag_name,
            text=text,
            href=href,
            selector=selector,
            url=url,
            name=name,
            url_matching=url_matching,
            properties=properties,
        )

        action_step.additional_properties = d
        return action_step

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
