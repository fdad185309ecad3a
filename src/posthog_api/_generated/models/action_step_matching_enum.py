# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from enum import StrEnum
from typing import Any


class ActionStepMatchingEnum(StrEnum):
    """The values the spec lists for this field.

    A value the spec does not list (servers add values over time) does not raise: it becomes a
    member of its own, with the value kept, so it round-trips through ``to_dict``.
    """

    CONTAINS = "contains"
    EXACT = "exact"
    REGEX = "regex"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ActionStepMatchingEnum | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
