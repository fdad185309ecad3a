# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST_PATH_FAILURES,
    INTEGER,
    STRING,
    Drift,
    Field,
    ValidationIssue,
    dump_tolerant,
    model_repr,
    parse_tolerant,
)

T = TypeVar("T", bound="PersonPropertyValue")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "count",
    }
)


@_attrs_define
class PersonPropertyValue:
    """
    Attributes:
        name (str): A value of the property, as text: `true`/`false` for booleans, JSON (keys sorted) for objects and
            arrays.
        count (int): How many persons have it.
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
    """

    name: str
    count: int
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
        name = self.name
        field_dict["name"] = name

        count = self.count
        field_dict["count"] = count

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
        _v = d["name"]
        if _v.__class__ is not str:
            raise Drift
        self.name = _v
        _v = d["count"]
        if _v.__class__ is not int:
            raise Drift
        self.count = _v
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
    """The field table of ``PersonPropertyValue`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("name", "name", True, STRING),
        ("count", "count", True, INTEGER),
    )
