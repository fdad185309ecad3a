# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any
from uuid import UUID

import httpx
from orjson import loads

from ... import errors
from ...client import Client
from ...models.error import Error
from ...models.paginated_subscription_list import PaginatedSubscriptionList
from ...models.target_type_enum import TargetTypeEnum
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "subscriptions_list"


def _get_kwargs(
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
) -> dict[str, Any]:

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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/environments/{project_id}/subscriptions/".format(
            project_id=path_segment("project_id", project_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }
    if params:
        # In the URL itself: httpx would parse the URL once more to merge a params= mapping.
        _kwargs["url"] += "?" + str(httpx.QueryParams(params))

    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> Error | PaginatedSubscriptionList | None:
    if response.status_code == 200:
        response_200 = PaginatedSubscriptionList.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_400 = Error.from_dict(loads(response.content))

            return response_400

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 401:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_401 = Error.from_dict(loads(response.content))

            return response_401

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 403:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_403 = Error.from_dict(loads(response.content))

            return response_403

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 404:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_404 = Error.from_dict(loads(response.content))

            return response_404

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 429:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_429 = Error.from_dict(loads(response.content))

            return response_429

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if 500 <= response.status_code <= 599:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_5xx = Error.from_dict(loads(response.content))

            return response_5xx

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: Client, response: httpx.Response
) -> Response[Error | PaginatedSubscriptionList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    created_by: UUID | Unset = UNSET,
    dashboard: int | Unset = UNSET,
    insight: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    search: str | Unset = UNSET,
    target_type: TargetTypeEnum | Unset = UNSET,
) -> Response[Error | PaginatedSubscriptionList]:
    """List all subscriptions.

    Corrected: the doc page lists only `limit` and `offset`; the server also filters by
    `created_by`, `dashboard`, `insight`, `ordering`, `resource_type`, `search` and
    `target_type`. PostHog's published schema has this list at the path
    `/api/projects/{project_id}/subscriptions/`; servers answer at both, and this spec keeps
    the doc page's `/api/environments/{project_id}/subscriptions/`.

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

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Response[Error | PaginatedSubscriptionList]: status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
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
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    created_by: UUID | Unset = UNSET,
    dashboard: int | Unset = UNSET,
    insight: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    search: str | Unset = UNSET,
    target_type: TargetTypeEnum | Unset = UNSET,
) -> Error | PaginatedSubscriptionList | None:
    """List all subscriptions.

    Corrected: the doc page lists only `limit` and `offset`; the server also filters by
    `created_by`, `dashboard`, `insight`, `ordering`, `resource_type`, `search` and
    `target_type`. PostHog's published schema has this list at the path
    `/api/projects/{project_id}/subscriptions/`; servers answer at both, and this spec keeps
    the doc page's `/api/environments/{project_id}/subscriptions/`.

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

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Error | PaginatedSubscriptionList | None: the parsed body.
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
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
    ).parsed
