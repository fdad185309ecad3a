# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.paginated_organization_domain_list import PaginatedOrganizationDomainList
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "domains_list"


def build_request(
    organization_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> RequestArgs:
    """The request of ``domains_list``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/api/organizations/{organization_id}/domains/".format(
            organization_id=path_segment("organization_id", organization_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }
    if params:
        # In the URL itself: httpx would parse the URL once more to merge a params= mapping.
        _kwargs["url"] += "?" + str(httpx.QueryParams(params))

    return _kwargs


def parse_response(response: httpx.Response) -> PaginatedOrganizationDomainList:
    """The parsed body of a success response (200).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 200:
        response_200 = PaginatedOrganizationDomainList.from_dict(loads(response.content))

        return response_200

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(
    OPERATION_ID, build_request, parse_response, PaginatedOrganizationDomainList, (200,)
)
"""``domains_list``: GET ``/api/organizations/{organization_id}/domains/``."""


async def asyncio_detailed(
    organization_id: str,
    *,
    client: httpx.AsyncClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[PaginatedOrganizationDomainList]:
    """List all domains.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        organization_id (str):
        limit (int | Unset):
        offset (int | Unset):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[PaginatedOrganizationDomainList]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            organization_id,
            limit=limit,
            offset=offset,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
