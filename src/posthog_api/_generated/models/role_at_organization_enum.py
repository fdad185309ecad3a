# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from enum import StrEnum
from typing import Any


class RoleAtOrganizationEnum(StrEnum):
    """The values the spec lists for this field.

    A value the spec does not list (servers add values over time) does not raise: it becomes a
    member of its own, with the value kept, so it round-trips through ``to_dict``.
    """

    DATA = "data"
    ENGINEERING = "engineering"
    FOUNDER = "founder"
    LEADERSHIP = "leadership"
    MARKETING = "marketing"
    OTHER = "other"
    PRODUCT = "product"
    SALES = "sales"
    VALUE_8 = ""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "RoleAtOrganizationEnum | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
