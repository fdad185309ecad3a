# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_step_matching_enum import ActionStepMatchingEnum
from ..types import (
    FAST_PATH_FAILURES,
    STRING,
    UNSET,
    Drift,
    EnumOf,
    Field,
    ListOf,
    ModelOf,
    Nullable,
    Unset,
    ValidationIssue,
    dump_tolerant,
    enum_member,
    model_repr,
    parse_tolerant,
)

if TYPE_CHECKING:
    from ..models.property_filter import PropertyFilter


T = TypeVar("T", bound="ActionStep")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "event",
        "properties",
        "selector",
        "tag_name",
        "text",
        "text_matching",
        "href",
        "href_matching",
        "url",
        "url_matching",
        "name",
    }
)


@_attrs_define
class ActionStep:
    """One way an event can match the action; any step matching is enough.

    Corrected: the actions doc page shows `properties` as an object; PostHog's published
    schema (`ActionStepJSON`) and the server take and send a list of property filters, or
    null. The page's `id` and `name` are not in the published schema and stay optional.

        Attributes:
            id (str | Unset):
            event (None | str | Unset):
            properties (list[PropertyFilter] | None | Unset):
            selector (None | str | Unset):
            tag_name (None | str | Unset):
            text (None | str | Unset):
            text_matching (ActionStepMatchingEnum | None | Unset): How `text` is matched.
            href (None | str | Unset):
            href_matching (ActionStepMatchingEnum | None | Unset): How `href` is matched.
            url (None | str | Unset):
            url_matching (ActionStepMatchingEnum | None | Unset): How `url` is matched; the server uses `contains` when none
                is given.
            name (None | str | Unset):
            additional_properties (dict[str, Any]): fields the spec does not describe,
                kept as received (``model["field"]`` reads one).
    """

    id: str | Unset = UNSET
    event: None | str | Unset = UNSET
    properties: list[PropertyFilter] | None | Unset = UNSET
    selector: None | str | Unset = UNSET
    tag_name: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    text_matching: ActionStepMatchingEnum | None | Unset = UNSET
    href: None | str | Unset = UNSET
    href_matching: ActionStepMatchingEnum | None | Unset = UNSET
    url: None | str | Unset = UNSET
    url_matching: ActionStepMatchingEnum | None | Unset = UNSET
    name: None | str | Unset = UNSET
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

        properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, list):
            properties = []
            for properties_type_0_item_data in self.properties:
                properties_type_0_item = properties_type_0_item_data.to_dict()
                properties.append(properties_type_0_item)

        else:
            properties = self.properties
        if properties is not UNSET:
            field_dict["properties"] = properties

        selector: None | str | Unset
        if isinstance(self.selector, Unset):
            selector = UNSET
        else:
            selector = self.selector
        if selector is not UNSET:
            field_dict["selector"] = selector

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

        text_matching: None | str | Unset
        if isinstance(self.text_matching, Unset):
            text_matching = UNSET
        elif isinstance(self.text_matching, ActionStepMatchingEnum):
            text_matching = self.text_matching.value
        else:
            text_matching = self.text_matching
        if text_matching is not UNSET:
            field_dict["text_matching"] = text_matching

        href: None | str | Unset
        if isinstance(self.href, Unset):
            href = UNSET
        else:
            href = self.href
        if href is not UNSET:
            field_dict["href"] = href

        href_matching: None | str | Unset
        if isinstance(self.href_matching, Unset):
            href_matching = UNSET
        elif isinstance(self.href_matching, ActionStepMatchingEnum):
            href_matching = self.href_matching.value
        else:
            href_matching = self.href_matching
        if href_matching is not UNSET:
            field_dict["href_matching"] = href_matching

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url
        if url is not UNSET:
            field_dict["url"] = url

        url_matching: None | str | Unset
        if isinstance(self.url_matching, Unset):
            url_matching = UNSET
        elif isinstance(self.url_matching, ActionStepMatchingEnum):
            url_matching = self.url_matching.value
        else:
            url_matching = self.url_matching
        if url_matching is not UNSET:
            field_dict["url_matching"] = url_matching

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name

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
        _v = get("id", UNSET)
        if _v.__class__ is not str and _v is not UNSET:
            raise Drift
        self.id = _v
        _v = get("event", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.event = _v
        _v = get("properties", UNSET)
        if _v is not None and _v is not UNSET:
            if _v.__class__ is not list:
                raise Drift
            _v = [PropertyFilter._parse_fast(_item) for _item in _v]
        self.properties = _v
        _v = get("selector", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.selector = _v
        _v = get("tag_name", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.tag_name = _v
        _v = get("text", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.text = _v
        _v = get("text_matching", UNSET)
        if _v is not None and _v is not UNSET:
            _v = ActionStepMatchingEnum._value2member_map_.get(_v) or enum_member(
                ActionStepMatchingEnum, _v
            )
        self.text_matching = _v
        _v = get("href", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.href = _v
        _v = get("href_matching", UNSET)
        if _v is not None and _v is not UNSET:
            _v = ActionStepMatchingEnum._value2member_map_.get(_v) or enum_member(
                ActionStepMatchingEnum, _v
            )
        self.href_matching = _v
        _v = get("url", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.url = _v
        _v = get("url_matching", UNSET)
        if _v is not None and _v is not UNSET:
            _v = ActionStepMatchingEnum._value2member_map_.get(_v) or enum_member(
                ActionStepMatchingEnum, _v
            )
        self.url_matching = _v
        _v = get("name", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.name = _v
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
    """The field table of ``ActionStep`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("id", "id", False, STRING),
        ("event", "event", False, Nullable(STRING)),
        ("properties", "properties", False, Nullable(ListOf(ModelOf(PropertyFilter)))),
        ("selector", "selector", False, Nullable(STRING)),
        ("tag_name", "tag_name", False, Nullable(STRING)),
        ("text", "text", False, Nullable(STRING)),
        ("text_matching", "text_matching", False, Nullable(EnumOf(ActionStepMatchingEnum))),
        ("href", "href", False, Nullable(STRING)),
        ("href_matching", "href_matching", False, Nullable(EnumOf(ActionStepMatchingEnum))),
        ("url", "url", False, Nullable(STRING)),
        ("url_matching", "url_matching", False, Nullable(EnumOf(ActionStepMatchingEnum))),
        ("name", "name", False, Nullable(STRING)),
    )


# Imported here, once, rather than inside the methods: models may refer to each other.
from ..models.property_filter import PropertyFilter  # noqa: E402
