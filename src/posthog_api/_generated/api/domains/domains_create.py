# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.organization_domain import OrganizationDomain
from ...models.organization_domain_request import OrganizationDomainRequest
from ...types import Response, path_segment

OPERATION_ID = "domains_create"


def build_request(
    organization_id: str,
    *,
    body: OrganizationDomainRequest,
) -> RequestArgs:
    """The request of ``domains_create``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/api/organizations/{organization_id}/domains/".format(
            organization_id=path_segment("organization_id", organization_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> OrganizationDomain:
    """The parsed body of a success response (201).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 201:
        response_201 = OrganizationDomain.from_dict(loads(response.content))

        return response_201

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, OrganizationDomain, (201,))
"""``domains_create``: POST ``/api/organizations/{organization_id}/domains/``."""


async def asyncio_detailed(
    organization_id: str,
    *,
    client: httpx.AsyncClient,
    body: OrganizationDomainRequest,
) -> Response[OrganizationDomain]:
    """Create a domain.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        organization_id (str):
        body (OrganizationDomainRequest):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[OrganizationDomain]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            organization_id,
            body=body,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
