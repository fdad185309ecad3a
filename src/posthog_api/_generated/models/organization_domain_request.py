# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationDomainRequest")


@_attrs_define
class OrganizationDomainRequest:
    """
    Attributes:
        domain (str):
        jit_provisioning_enabled (bool | Unset):
        sso_enforcement (str | Unset):
        saml_entity_id (None | str | Unset):
        saml_acs_url (None | str | Unset):
        saml_x509_cert (None | str | Unset):
        scim_enabled (bool | Unset):
    """

    domain: str
    jit_provisioning_enabled: bool | Unset = UNSET
    sso_enforcement: str | Unset = UNSET
    saml_entity_id: None | str | Unset = UNSET
    saml_acs_url: None | str | Unset = UNSET
    saml_x509_cert: None | str | Unset = UNSET
    scim_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

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
                "domain": domain,
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
        domain = d.pop("domain")

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

        organization_domain_request = cls(
            domain=domain,
            jit_provisioning_enabled=jit_provisioning_enabled,
            sso_enforcement=sso_enforcement,
            saml_entity_id=saml_entity_id,
            saml_acs_url=saml_acs_url,
            saml_x509_cert=saml_x509_cert,
            scim_enabled=scim_enabled,
        )

        organization_domain_request.additional_properties = d
        return organization_domain_request

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
