# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationDomain")


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

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        domain = self.domain

        is_verified = self.is_verified

        verified_at: None | str
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        verification_challenge = self.verification_challenge

        has_saml = self.has_saml

        has_scim = self.has_scim

        scim_base_url: None | str
        scim_base_url = self.scim_base_url

        scim_bearer_token: None | str
        scim_bearer_token = self.scim_bearer_token

        jit_provisioning_enabled = self.jit_provisioning_enabled

        sso_enforcement = self.sso_enforcement

        saml_entity_id: None | str | Unset
        if isinstance(self.saml_entity_id, Unset):
            saml_entity_id = UNSET
        else:
            saml_entity_id = self.saml_entity_id

        saml_acs_url: None | str | Unset
        if isinstance(self.saml_acs_url, Unset):
            saml_acs_url = UNSET
        else:
            saml_acs_url = self.saml_acs_url

        saml_x509_cert: None | str | Unset
        if isinstance(self.saml_x509_cert, Unset):
            saml_x509_cert = UNSET
        else:
            saml_x509_cert = self.saml_x509_cert

        scim_enabled = self.scim_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "domain": domain,
                "is_verified": is_verified,
                "verified_at": verified_at,
                "verification_challenge": verification_challenge,
                "has_saml": has_saml,
                "has_scim": has_scim,
                "scim_base_url": scim_base_url,
                "scim_bearer_token": scim_bearer_token,
            }
        )
        if jit_provisioning_enabled is not UNSET:
            field_dict["jit_provisioning_enabled"] = jit_provisioning_enabled
        if sso_enforcement is not UNSET:
            field_dict["sso_enforcement"] = sso_enforcement
        if saml_entity_id is not UNSET:
            field_dict["saml_entity_id"] = saml_entity_id
        if saml_acs_url is not UNSET:
            field_dict["saml_acs_url"] = saml_acs_url
        if saml_x509_cert is not UNSET:
            field_dict["saml_x509_cert"] = saml_x509_cert
        if scim_enabled is not UNSET:
            field_dict["scim_enabled"] = scim_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        domain = d.pop("domain")

        is_verified = d.pop("is_verified")

        def _parse_verified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        verified_at = _parse_verified_at(d.pop("verified_at"))

        verification_challenge = d.pop("verification_challenge")

        has_saml = d.pop("has_saml")

        has_scim = d.pop("has_scim")

        def _parse_scim_base_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scim_base_url = _parse_scim_base_url(d.pop("scim_base_url"))

        def _parse_scim_bearer_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scim_bearer_token = _parse_scim_bearer_token(d.pop("scim_bearer_token"))

        jit_provisioning_enabled = d.pop("jit_provisioning_enabled", UNSET)

        sso_enforcement = d.pop("sso_enforcement", UNSET)

        def _parse_saml_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        saml_entity_id = _parse_saml_entity_id(d.pop("saml_entity_id", UNSET))

        def _parse_saml_acs_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        saml_acs_url = _parse_saml_acs_url(d.pop("saml_acs_url", UNSET))

        def _parse_saml_x509_cert(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        saml_x509_cert = _parse_saml_x509_cert(d.pop("saml_x509_cert", UNSET))

        scim_enabled = d.pop("scim_enabled", UNSET)

        organization_domain = cls(
            id=id,
            domain=domain,
            is_verified=is_verified,
            verified_at=verified_at,
            verification_challenge=verification_challenge,
            has_saml=has_saml,
            has_scim=has_scim,
            scim_base_url=scim_base_url,
            scim_bearer_token=scim_bearer_token,
            jit_provisioning_enabled=jit_provisioning_enabled,
            sso_enforcement=sso_enforcement,
            saml_entity_id=saml_entity_id,
            saml_acs_url=saml_acs_url,
            saml_x509_cert=saml_x509_cert,
            scim_enabled=scim_enabled,
        )

        organization_domain.additional_properties = d
        return organization_domain

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
