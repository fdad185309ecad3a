"""Organization domains, by UUID: a paginated list, create, retrieve, update and (hard) delete."""

from __future__ import annotations

from typing import Any

from .. import _validation as v
from .._http import NO_BODY, Answer, Context, not_found
from .._store import new_uuid, token
from ._common import HandlerTable, page

handles = HandlerTable()


def _domain(context: Context) -> dict[str, Any]:
    domain = context.organization_.domains.get(context.params["id"].lower())
    if domain is None:
        raise not_found()
    return domain


@handles("domains_list")
def list_domains(context: Context) -> Answer:
    return 200, page(context, context.organization_.domains.live())


@handles("domains_create")
def create(context: Context) -> Answer:
    fields = v.checked_body(context)
    if any(d["domain"] == fields["domain"] for d in context.organization_.domains):
        raise v.validation_error("Domain already exists.", "domain", "unique")
    domain = {
        "id": new_uuid(),
        "domain": fields["domain"],
        "is_verified": False,
        "verified_at": None,
        "verification_challenge": f"posthog_{token()}",
        "jit_provisioning_enabled": False,
        "sso_enforcement": "",
        "has_saml": False,
        "saml_entity_id": None,
        "saml_acs_url": None,
        "saml_x509_cert": None,
        "has_scim": False,
        "scim_enabled": False,
        "scim_base_url": None,
        "scim_bearer_token": None,
    }
    domain.update(fields)
    return 201, context.organization_.domains.add(domain["id"], domain)


@handles("domains_retrieve")
def retrieve(context: Context) -> Answer:
    return 200, _domain(context)


@handles("domains_partial_update")
def update(context: Context) -> Answer:
    domain = _domain(context)
    domain.update(v.checked_body(context))
    context.organization_.domains.changed()
    return 200, domain


@handles("domains_destroy")
def destroy(context: Context) -> Answer:
    _domain(context)
    context.organization_.domains.remove(context.params["id"].lower())
    return 204, NO_BODY
