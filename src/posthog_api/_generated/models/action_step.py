# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.url_matching_enum import UrlMatchingEnum
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.action_step_properties_type_0 import ActionStepPropertiesType0


T = TypeVar("T", bound="ActionStep")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "event",
        "tag_name",
        "text",
        "href",
        "selector",
        "url",
        "name",
        "url_matching",
        "properties",
    }
)


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
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        event: None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event
        if event is not UNSET:
            field_dict["event"] = event

        tag_name: None | str | Unset
        if isinstance(self.tag_name, Unset):
            tag_name = UNSET
        else:
            tag_name = self.tag_name
        if tag_name is not UNSET:
            field_dict["tag_name"] = tag_name

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text
        if text is not UNSET:
            field_dict["text"] = text

        href: None | str | Unset
        if isinstance(self.href, Unset):
            href = UNSET
        else:
            href = self.href
        if href is not UNSET:
            field_dict["href"] = href

        selector: None | str | Unset
        if isinstance(self.selector, Unset):
            selector = UNSET
        else:
            selector = self.selector
        if selector is not UNSET:
            field_dict["selector"] = selector

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url
        if url is not UNSET:
            field_dict["url"] = url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        url_matching: None | str | Unset
        if isinstance(self.url_matching, Unset):
            url_matching = UNSET
        elif isinstance(self.url_matching, UrlMatchingEnum):
            url_matching = self.url_matching.value
        else:
            url_matching = self.url_matching
        if url_matching is not UNSET:
            field_dict["url_matching"] = url_matching

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, ActionStepPropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        self = cls.__new__(cls)
        self.id = get("id", UNSET)
        self.event = get("event", UNSET)
        self.tag_name = get("tag_name", UNSET)
        self.text = get("text", UNSET)
        self.href = get("href", UNSET)
        self.selector = get("selector", UNSET)
        self.url = get("url", UNSET)
        self.name = get("name", UNSET)
        _v = get("url_matching", UNSET)
        self.url_matching = (
            _v if _v is UNSET else (None if _v is None else enum_member(UrlMatchingEnum, _v))
        )
        _v = get("properties", UNSET)
        self.properties = (
            _v if _v is UNSET else (None if _v is None else ActionStepPropertiesType0.from_dict(_v))
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


# Imported here, once, rather than inside the methods: models may refer to each other.
from ..models.action_step_properties_type_0 import ActionStepPropertiesType0  # noqa: E402
