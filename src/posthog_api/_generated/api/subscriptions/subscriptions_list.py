# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any
from uuid import UUID

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.paginated_subscription_list import PaginatedSubscriptionList
from ...models.target_type_enum import TargetTypeEnum
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "subscriptions_list"


def build_request(
    project_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    created_by: UUID | Unset = UNSET,
    dashboard: int | Unset = UNSET,
    insight: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    search: str | Unset = UNSET,
    target_type: TargetTypeEnum | Unset = UNSET,
) -> RequestArgs:
    """The request of ``subscriptions_list``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_created_by: str | Unset = UNSET
    if not isinstance(created_by, Unset):
        json_created_by = str(created_by)
    params["created_by"] = json_created_by

    params["dashboard"] = dashboard

    params["insight"] = insight

    params["ordering"] = ordering

    params["resource_type"] = resource_type

    params["search"] = search

    json_target_type: str | Unset = UNSET
    if not isinstance(target_type, Unset):
        json_target_type = target_type.value

    params["target_type"] = json_target_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/api/environments/{project_id}/subscriptions/".format(
            project_id=path_segment("project_id", project_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }
    if params:
        # In the URL itself: httpx would parse the URL once more to merge a params= mapping.
        _kwargs["url"] += "?" + str(httpx.QueryParams(params))

    return _kwargs


def parse_response(response: httpx.Response) -> PaginatedSubscriptionList:
    """The parsed body of a success response (200).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 200:
        response_200 = PaginatedSubscriptionList.from_dict(loads(response.content))

        return response_200

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, PaginatedSubscriptionList, (200,))
"""``subscriptions_list``: GET ``/api/environments/{project_id}/subscriptions/``."""


async def asyncio_detailed(
    project_id: str,
    *,
    client: httpx.AsyncClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    created_by: UUID | Unset = UNSET,
    dashboard: int | Unset = UNSET,
    insight: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    search: str | Unset = UNSET,
    target_type: TargetTypeEnum | Unset = UNSET,
) -> Response[PaginatedSubscriptionList]:
    """List all subscriptions.

    Corrected: the doc page lists only `limit` and `offset`; the server also filters by
    `created_by`, `dashboard`, `insight`, `ordering`, `resource_type`, `search` and
    `target_type`. PostHog's published schema has this list at the path
    `/api/projects/{project_id}/subscriptions/`; servers answer at both, and this spec keeps
    the doc page's `/api/environments/{project_id}/subscriptions/`.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        limit (int | Unset):
        offset (int | Unset):
        created_by (UUID | Unset):
        dashboard (int | Unset):
        insight (int | Unset):
        ordering (str | Unset):
        resource_type (str | Unset):
        search (str | Unset):
        target_type (TargetTypeEnum | Unset):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[PaginatedSubscriptionList]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
            limit=limit,
            offset=offset,
            created_by=created_by,
            dashboard=dashboard,
            insight=insight,
            ordering=ordering,
            resource_type=resource_type,
            search=search,
            target_type=target_type,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
