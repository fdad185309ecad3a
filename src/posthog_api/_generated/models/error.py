# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_extra_type_0 import ErrorExtraType0


T = TypeVar("T", bound="Error")


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
    """

    type_: str
    code: str
    detail: str
    attr: None | str
    extra: ErrorExtraType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_extra_type_0 import ErrorExtraType0  # noqa: PLC0415

        type_ = self.type_

        code = self.code

        detail = self.detail

        attr: None | str
        attr = self.attr

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, ErrorExtraType0):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "detail": detail,
                "attr": attr,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_extra_type_0 import ErrorExtraType0  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        code = d.pop("code")

        detail = d.pop("detail")

        def _parse_attr(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attr = _parse_attr(d.pop("attr"))

        def _parse_extra(data: object) -> ErrorExtraType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_type_0 = ErrorExtraType0.from_dict(data)

                return extra_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorExtraType0 | None | Unset, data)

        extra = _parse_extra(d.pop("extra", UNSET))

        error = cls(
            type_=type_,
            code=code,
            detail=detail,
            attr=attr,
            extra=extra,
        )

        error.additional_properties = d
        return error

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
