# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_at_organization_enum import RoleAtOrganizationEnum
from ..types import (
    BOOLEAN,
    FAST_PATH_FAILURES,
    INTEGER,
    STRING,
    UNSET,
    UUID_STRING,
    Drift,
    EnumOf,
    Field,
    ModelOf,
    Nullable,
    Unset,
    ValidationIssue,
    cached_uuid,
    dump_tolerant,
    enum_member,
    model_repr,
    parse_tolerant,
)

if TYPE_CHECKING:
    from ..models.user_basic_hedgehog_config_type_0 import UserBasicHedgehogConfigType0


T = TypeVar("T", bound="UserBasic")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "uuid",
        "email",
        "hedgehog_config",
        "distinct_id",
        "first_name",
        "last_name",
        "is_email_verified",
        "role_at_organization",
    }
)


@_attrs_define
class UserBasic:
    """The user who created an object.

    Attributes:
        id (int):
        uuid (UUID):
        email (str):
        hedgehog_config (None | UserBasicHedgehogConfigType0):
        distinct_id (None | str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        is_email_verified (bool | None | Unset):
        role_at_organization (None | RoleAtOrganizationEnum | Unset):
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
    """

    id: int
    uuid: UUID
    email: str
    hedgehog_config: None | UserBasicHedgehogConfigType0
    distinct_id: None | str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    is_email_verified: bool | None | Unset = UNSET
    role_at_organization: None | RoleAtOrganizationEnum | Unset = UNSET
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
        field_dict["id"] = id

        uuid = str(self.uuid)
        field_dict["uuid"] = uuid

        email = self.email
        field_dict["email"] = email

        hedgehog_config: dict[str, Any] | None
        if isinstance(self.hedgehog_config, UserBasicHedgehogConfigType0):
            hedgehog_config = self.hedgehog_config.to_dict()
        else:
            hedgehog_config = self.hedgehog_config
        field_dict["hedgehog_config"] = hedgehog_config

        distinct_id: None | str | Unset
        if isinstance(self.distinct_id, Unset):
            distinct_id = UNSET
        else:
            distinct_id = self.distinct_id
        if distinct_id is not UNSET:
            field_dict["distinct_id"] = distinct_id

        first_name = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name

        last_name = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        is_email_verified: bool | None | Unset
        if isinstance(self.is_email_verified, Unset):
            is_email_verified = UNSET
        else:
            is_email_verified = self.is_email_verified
        if is_email_verified is not UNSET:
            field_dict["is_email_verified"] = is_email_verified

        role_at_organization: None | str | Unset
        if isinstance(self.role_at_organization, Unset):
            role_at_organization = UNSET
        elif isinstance(self.role_at_organization, RoleAtOrganizationEnum):
            role_at_organization = self.role_at_organization.value
        else:
            role_at_organization = self.role_at_organization
        if role_at_organization is not UNSET:
            field_dict["role_at_organization"] = role_at_organization

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
        _v = d["id"]
        if _v.__class__ is not int:
            raise Drift
        self.id = _v
        _v = d["uuid"]
        _v = cached_uuid(_v)
        self.uuid = _v
        _v = d["email"]
        if _v.__class__ is not str:
            raise Drift
        self.email = _v
        _v = d["hedgehog_config"]
        if _v is not None:
            _v = UserBasicHedgehogConfigType0._parse_fast(_v)
        self.hedgehog_config = _v
        _v = get("distinct_id", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.distinct_id = _v
        _v = get("first_name", UNSET)
        if _v.__class__ is not str and _v is not UNSET:
            raise Drift
        self.first_name = _v
        _v = get("last_name", UNSET)
        if _v.__class__ is not str and _v is not UNSET:
            raise Drift
        self.last_name = _v
        _v = get("is_email_verified", UNSET)
        if _v.__class__ is not bool and _v is not None and _v is not UNSET:
            raise Drift
        self.is_email_verified = _v
        _v = get("role_at_organization", UNSET)
        if _v is not None and _v is not UNSET:
            _v = RoleAtOrganizationEnum._value2member_map_.get(_v) or enum_member(
                RoleAtOrganizationEnum, _v
            )
        self.role_at_organization = _v
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
    """The field table of ``UserBasic`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("id", "id", True, INTEGER),
        ("uuid", "uuid", True, UUID_STRING),
        ("email", "email", True, STRING),
        (
            "hedgehog_config",
            "hedgehog_config",
            True,
            Nullable(ModelOf(UserBasicHedgehogConfigType0)),
        ),
        ("distinct_id", "distinct_id", False, Nullable(STRING)),
        ("first_name", "first_name", False, STRING),
        ("last_name", "last_name", False, STRING),
        ("is_email_verified", "is_email_verified", False, Nullable(BOOLEAN)),
        (
            "role_at_organization",
            "role_at_organization",
            False,
            Nullable(EnumOf(RoleAtOrganizationEnum)),
        ),
    )


# Imported here, once, rather than inside the methods: models may refer to each other.
from ..models.user_basic_hedgehog_config_type_0 import UserBasicHedgehogConfigType0  # noqa: E402
