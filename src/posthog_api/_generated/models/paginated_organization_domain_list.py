# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_domain import OrganizationDomain


T = TypeVar("T", bound="PaginatedOrganizationDomainList")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "count",
        "results",
        "next",
        "previous",
    }
)


@_attrs_define
class PaginatedOrganizationDomainList:
    """
    Attributes:
        count (int):  Example: 123.
        results (list[OrganizationDomain]):
        next_ (None | str | Unset):
        previous (None | str | Unset):
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
    """

    count: int
    results: list[OrganizationDomain]
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        count = self.count
        field_dict["count"] = count

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict["results"] = results

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_
        if next_ is not UNSET:
            field_dict["next"] = next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        self = cls.__new__(cls)
        self.count = d["count"]
        _v = d["results"]
        self.results = [OrganizationDomain.from_dict(_item) for _item in _v]
        self.next_ = get("next", UNSET)
        self.previous = get("previous", UNSET)
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
from ..models.organization_domain import OrganizationDomain  # noqa: E402
