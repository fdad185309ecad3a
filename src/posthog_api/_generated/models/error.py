# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST_PATH_FAILURES,
    STRING,
    UNSET,
    Drift,
    Field,
    ModelOf,
    Nullable,
    Unset,
    ValidationIssue,
    dump_tolerant,
    model_repr,
    parse_tolerant,
)

if TYPE_CHECKING:
    from ..models.error_extra_type_0 import ErrorExtraType0


T = TypeVar("T", bound="Error")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "code",
        "detail",
        "attr",
        "extra",
    }
)


@_attrs_define
class Error:
    """PostHog's error body. `type` is one of `validation_error`, `authentication_error`,
    `invalid_request`, `throttled_error` or `server_error` (servers may add more).

        Attributes:
            type_ (str):  Example: authentication_error.
            code (str):  Example: permission_denied.
            detail (str):  Example: API key missing required scope 'person:write'.
            attr (None | str): The request field the error is about, if any.
            extra (ErrorExtraType0 | None | Unset): Further details some errors carry.
            additional_properties (dict[str, Any]): fields the spec does not describe,
                kept as received (``model["field"]`` reads one).
    """

    type_: str
    code: str
    detail: str
    attr: None | str
    extra: ErrorExtraType0 | None | Unset = UNSET
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
        type_ = self.type_
        field_dict["type"] = type_

        code = self.code
        field_dict["code"] = code

        detail = self.detail
        field_dict["detail"] = detail

        attr: None | str
        attr = self.attr
        field_dict["attr"] = attr

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, ErrorExtraType0):
            extra = self.extra.to_dict()
        else:
            extra = self.extra
        if extra is not UNSET:
            field_dict["extra"] = extra

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
        _v = d["type"]
        if _v.__class__ is not str:
            raise Drift
        self.type_ = _v
        _v = d["code"]
        if _v.__class__ is not str:
            raise Drift
        self.code = _v
        _v = d["detail"]
        if _v.__class__ is not str:
            raise Drift
        self.detail = _v
        _v = d["attr"]
        if _v.__class__ is not str and _v is not None:
            raise Drift
        self.attr = _v
        _v = get("extra", UNSET)
        if _v is not None and _v is not UNSET:
            _v = ErrorExtraType0._parse_fast(_v)
        self.extra = _v
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
    """The field table of ``Error`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("type", "type_", True, STRING),
        ("code", "code", True, STRING),
        ("detail", "detail", True, STRING),
        ("attr", "attr", True, Nullable(STRING)),
        ("extra", "extra", False, Nullable(ModelOf(ErrorExtraType0))),
    )


# Imported here, once, rather than inside the methods: models may refer to each other.
from ..models.error_extra_type_0 import ErrorExtraType0  # noqa: E402
