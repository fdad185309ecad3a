# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""``domains``: the ``DomainsResource`` methods, one per operation.

Each method binds the project (or organization) id, builds the request body from keyword
arguments, and hands the operation's ``ENDPOINT`` descriptor to a ``Requester``, which sends it
through the transport stack and returns the parsed success model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._pagination import AsyncPaginator
from ..._requester import Requester
from .. import models as _models
from ..api.domains import (
    domains_create,
    domains_destroy,
    domains_list,
    domains_partial_update,
    domains_retrieve,
)
from ..types import UNSET, Unset, as_uuid

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.organization_domain import OrganizationDomain
    from ..models.paginated_organization_domain_list import PaginatedOrganizationDomainList


class DomainsResource:
    """``domains``: ``list``, ``create``, ``retrieve``, ``delete``, ``update``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        organization_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> AsyncPaginator[OrganizationDomain, PaginatedOrganizationDomainList]:
        """List all domains.

        Operation ``domains_list``.

        Args:
            limit (int | Unset)
            offset (int | Unset)
            organization_id (str | None): the organization; default: the client's ``organization_id``.
            max_items (int | None): stop iterating after this many items.
            concurrency (int): when iterating, fetch up to this many pages at once, by offset, once
                the first page gives the total count. Items still come in server order.

        Returns:
            AsyncPaginator[OrganizationDomain, PaginatedOrganizationDomainList]: ``await`` it for the first page;
            ``async for`` over it for every item of every page; ``.pages()`` for every page.

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return AsyncPaginator(
            self._requester,
            domains_list.ENDPOINT,
            {
                "organization_id": self._requester.resolve_organization_id(organization_id),
                "limit": limit,
                "offset": offset,
            },
            max_items=max_items,
            concurrency=concurrency,
        )

    async def create(
        self,
        *,
        organization_id: str | None = None,
        domain: str,
        jit_provisioning_enabled: bool | Unset = UNSET,
        sso_enforcement: str | Unset = UNSET,
        saml_entity_id: None | str | Unset = UNSET,
        saml_acs_url: None | str | Unset = UNSET,
        saml_x509_cert: None | str | Unset = UNSET,
        scim_enabled: bool | Unset = UNSET,
    ) -> OrganizationDomain:
        """Create a domain.

        Operation ``domains_create``.

        Args:
            domain (str)
            jit_provisioning_enabled (bool | Unset)
            sso_enforcement (str | Unset)
            saml_entity_id (None | str | Unset)
            saml_acs_url (None | str | Unset)
            saml_x509_cert (None | str | Unset)
            scim_enabled (bool | Unset)
            organization_id (str | None): the organization; default: the client's ``organization_id``.

        Returns:
            OrganizationDomain

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            domains_create.ENDPOINT,
            organization_id=self._requester.resolve_organization_id(organization_id),
            body=_models.OrganizationDomainRequest(
                domain=domain,
                jit_provisioning_enabled=jit_provisioning_enabled,
                sso_enforcement=sso_enforcement,
                saml_entity_id=saml_entity_id,
                saml_acs_url=saml_acs_url,
                saml_x509_cert=saml_x509_cert,
                scim_enabled=scim_enabled,
            ),
        )

    async def retrieve(
        self,
        id: UUID | str,
        *,
        organization_id: str | None = None,
    ) -> OrganizationDomain:
        """Retrieve a domain.

        Operation ``domains_retrieve``.

        Args:
            id (UUID | str)
            organization_id (str | None): the organization; default: the client's ``organization_id``.

        Returns:
            OrganizationDomain

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            domains_retrieve.ENDPOINT,
            id=as_uuid("id", id),
            organization_id=self._requester.resolve_organization_id(organization_id),
        )

    async def delete(
        self,
        id: UUID | str,
        *,
        organization_id: str | None = None,
    ) -> None:
        """Delete a domain.

        Operation ``domains_destroy``.

        Args:
            id (UUID | str)
            organization_id (str | None): the organization; default: the client's ``organization_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            domains_destroy.ENDPOINT,
            id=as_uuid("id", id),
            organization_id=self._requester.resolve_organization_id(organization_id),
        )

    async def update(
        self,
        id: UUID | str,
        *,
        organization_id: str | None = None,
        domain: str | Unset = UNSET,
        jit_provisioning_enabled: bool | Unset = UNSET,
        sso_enforcement: str | Unset = UNSET,
        saml_entity_id: None | str | Unset = UNSET,
        saml_acs_url: None | str | Unset = UNSET,
        saml_x509_cert: None | str | Unset = UNSET,
        scim_enabled: bool | Unset = UNSET,
    ) -> OrganizationDomain:
        """Update a domain.

        Operation ``domains_partial_update``.

        Args:
            id (UUID | str)
            domain (str | Unset)
            jit_provisioning_enabled (bool | Unset)
            sso_enforcement (str | Unset)
            saml_entity_id (None | str | Unset)
            saml_acs_url (None | str | Unset)
            saml_x509_cert (None | str | Unset)
            scim_enabled (bool | Unset)
            organization_id (str | None): the organization; default: the client's ``organization_id``.

        Returns:
            OrganizationDomain

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            domains_partial_update.ENDPOINT,
            id=as_uuid("id", id),
            organization_id=self._requester.resolve_organization_id(organization_id),
            body=_models.PatchedOrganizationDomainRequest(
                domain=domain,
                jit_provisioning_enabled=jit_provisioning_enabled,
                sso_enforcement=sso_enforcement,
                saml_entity_id=saml_entity_id,
                saml_acs_url=saml_acs_url,
                saml_x509_cert=saml_x509_cert,
                scim_enabled=scim_enabled,
            ),
        )


__all__ = ["DomainsResource"]
