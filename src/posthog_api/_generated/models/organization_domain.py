# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    BOOLEAN,
    DATE_TIME,
    FAST_PATH_FAILURES,
    STRING,
    UNSET,
    UUID_STRING,
    Drift,
    Field,
    Nullable,
    Unset,
    ValidationIssue,
    cached_uuid,
    dump_tolerant,
    model_repr,
    parse_tolerant,
)

T = TypeVar("T", bound="OrganizationDomain")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "domain",
        "is_verified",
        "verified_at",
        "verification_challenge",
        "has_saml",
        "has_scim",
        "scim_base_url",
        "scim_bearer_token",
        "jit_provisioning_enabled",
        "sso_enforcement",
        "saml_entity_id",
        "saml_acs_url",
        "saml_x509_cert",
        "scim_enabled",
    }
)


@_attrs_define
class OrganizationDomain:
    """
    Attributes:
        id (UUID):
        domain (str):
        is_verified (bool): Determines whether a domain is verified or not.
        verified_at (datetime.datetime | None):
        verification_challenge (str):
        has_saml (bool): Returns whether SAML is configured for the instance. Does not validate the user has the
            required license (that check is performed in other places).
        has_scim (bool): Returns whether SCIM is configured and enabled for this domain.
        scim_base_url (None | str):
        scim_bearer_token (None | str):
        jit_provisioning_enabled (bool | Unset):
        sso_enforcement (str | Unset):
        saml_entity_id (None | str | Unset):
        saml_acs_url (None | str | Unset):
        saml_x509_cert (None | str | Unset):
        scim_enabled (bool | Unset):
        additional_properties (dict[str, Any]): fields the spec does not describe,
            kept as received (``model["field"]`` reads one).
    """

    id: UUID
    domain: str
    is_verified: bool
    verified_at: datetime.datetime | None
    verification_challenge: str
    has_saml: bool
    has_scim: bool
    scim_base_url: None | str
    scim_bearer_token: None | str
    jit_provisioning_enabled: bool | Unset = UNSET
    sso_enforcement: str | Unset = UNSET
    saml_entity_id: None | str | Unset = UNSET
    saml_acs_url: None | str | Unset = UNSET
    saml_x509_cert: None | str | Unset = UNSET
    scim_enabled: bool | Unset = UNSET
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
        id = str(self.id)
        field_dict["id"] = id

        domain = self.domain
        field_dict["domain"] = domain

        is_verified = self.is_verified
        field_dict["is_verified"] = is_verified

        verified_at: None | str
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at
        field_dict["verified_at"] = verified_at

        verification_challenge = self.verification_challenge
        field_dict["verification_challenge"] = verification_challenge

        has_saml = self.has_saml
        field_dict["has_saml"] = has_saml

        has_scim = self.has_scim
        field_dict["has_scim"] = has_scim

        scim_base_url: None | str
        scim_base_url = self.scim_base_url
        field_dict["scim_base_url"] = scim_base_url

        scim_bearer_token: None | str
        scim_bearer_token = self.scim_bearer_token
        field_dict["scim_bearer_token"] = scim_bearer_token

        jit_provisioning_enabled = self.jit_provisioning_enabled
        if jit_provisioning_enabled is not UNSET:
            field_dict["jit_provisioning_enabled"] = jit_provisioning_enabled

        sso_enforcement = self.sso_enforcement
        if sso_enforcement is not UNSET:
            field_dict["sso_enforcement"] = sso_enforcement

        saml_entity_id: None | str | Unset
        if isinstance(self.saml_entity_id, Unset):
            saml_entity_id = UNSET
        else:
            saml_entity_id = self.saml_entity_id
        if saml_entity_id is not UNSET:
            field_dict["saml_entity_id"] = saml_entity_id

        saml_acs_url: None | str | Unset
        if isinstance(self.saml_acs_url, Unset):
            saml_acs_url = UNSET
        else:
            saml_acs_url = self.saml_acs_url
        if saml_acs_url is not UNSET:
            field_dict["saml_acs_url"] = saml_acs_url

        saml_x509_cert: None | str | Unset
        if isinstance(self.saml_x509_cert, Unset):
            saml_x509_cert = UNSET
        else:
            saml_x509_cert = self.saml_x509_cert
        if saml_x509_cert is not UNSET:
            field_dict["saml_x509_cert"] = saml_x509_cert

        scim_enabled = self.scim_enabled
        if scim_enabled is not UNSET:
            field_dict["scim_enabled"] = scim_enabled

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
        _v = cached_uuid(_v)
        self.id = _v
        _v = d["domain"]
        if _v.__class__ is not str:
            raise Drift
        self.domain = _v
        _v = d["is_verified"]
        if _v.__class__ is not bool:
            raise Drift
        self.is_verified = _v
        _v = d["verified_at"]
        if _v is not None:
            _v = datetime.datetime.fromisoformat(_v)
        self.verified_at = _v
        _v = d["verification_challenge"]
        if _v.__class__ is not str:
            raise Drift
        self.verification_challenge = _v
        _v = d["has_saml"]
        if _v.__class__ is not bool:
            raise Drift
        self.has_saml = _v
        _v = d["has_scim"]
        if _v.__class__ is not bool:
            raise Drift
        self.has_scim = _v
        _v = d["scim_base_url"]
        if _v.__class__ is not str and _v is not None:
            raise Drift
        self.scim_base_url = _v
        _v = d["scim_bearer_token"]
        if _v.__class__ is not str and _v is not None:
            raise Drift
        self.scim_bearer_token = _v
        _v = get("jit_provisioning_enabled", UNSET)
        if _v.__class__ is not bool and _v is not UNSET:
            raise Drift
        self.jit_provisioning_enabled = _v
        _v = get("sso_enforcement", UNSET)
        if _v.__class__ is not str and _v is not UNSET:
            raise Drift
        self.sso_enforcement = _v
        _v = get("saml_entity_id", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.saml_entity_id = _v
        _v = get("saml_acs_url", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.saml_acs_url = _v
        _v = get("saml_x509_cert", UNSET)
        if _v.__class__ is not str and _v is not None and _v is not UNSET:
            raise Drift
        self.saml_x509_cert = _v
        _v = get("scim_enabled", UNSET)
        if _v.__class__ is not bool and _v is not UNSET:
            raise Drift
        self.scim_enabled = _v
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
    """The field table of ``OrganizationDomain`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("id", "id", True, UUID_STRING),
        ("domain", "domain", True, STRING),
        ("is_verified", "is_verified", True, BOOLEAN),
        ("verified_at", "verified_at", True, Nullable(DATE_TIME)),
        ("verification_challenge", "verification_challenge", True, STRING),
        ("has_saml", "has_saml", True, BOOLEAN),
        ("has_scim", "has_scim", True, BOOLEAN),
        ("scim_base_url", "scim_base_url", True, Nullable(STRING)),
        ("scim_bearer_token", "scim_bearer_token", True, Nullable(STRING)),
        ("jit_provisioning_enabled", "jit_provisioning_enabled", False, BOOLEAN),
        ("sso_enforcement", "sso_enforcement", False, STRING),
        ("saml_entity_id", "saml_entity_id", False, Nullable(STRING)),
        ("saml_acs_url", "saml_acs_url", False, Nullable(STRING)),
        ("saml_x509_cert", "saml_x509_cert", False, Nullable(STRING)),
        ("scim_enabled", "scim_enabled", False, BOOLEAN),
    )
