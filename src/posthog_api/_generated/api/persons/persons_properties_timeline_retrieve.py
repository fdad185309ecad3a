# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.analytics_result import AnalyticsResult
from ...models.format_enum import FormatEnum
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "persons_properties_timeline_retrieve"


def build_request(
    project_id: str,
    id: str,
    *,
    format_: FormatEnum | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    events: str | Unset = UNSET,
    actions: str | Unset = UNSET,
    properties: str | Unset = UNSET,
    aggregation_group_type_index: int | Unset = UNSET,
    display: str | Unset = UNSET,
    breakdown: str | Unset = UNSET,
    breakdown_type: str | Unset = UNSET,
) -> RequestArgs:
    """The request of ``persons_properties_timeline_retrieve``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["date_from"] = date_from

    params["date_to"] = date_to

    params["interval"] = interval

    params["events"] = events

    params["actions"] = actions

    params["properties"] = properties

    params["aggregation_group_type_index"] = aggregation_group_type_index

    params["display"] = display

    params["breakdown"] = breakdown

    params["breakdown_type"] = breakdown_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/api/projects/{project_id}/persons/{id}/properties_timeline/".format(
            project_id=path_segment("project_id", project_id),
            id=path_segment("id", id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }
    if params:
        # In the URL itself: httpx would parse the URL once more to merge a params= mapping.
        _kwargs["url"] += "?" + str(httpx.QueryParams(params))

    return _kwargs


def parse_response(response: httpx.Response) -> AnalyticsResult:
    """The parsed body of a success response (200).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 200:
        response_200 = AnalyticsResult.from_dict(loads(response.content))

        return response_200

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, AnalyticsResult, (200,))
"""``persons_properties_timeline_retrieve``: GET ``/api/projects/{project_id}/persons/{id}/properties_timeline/``."""


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: httpx.AsyncClient,
    format_: FormatEnum | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    events: str | Unset = UNSET,
    actions: str | Unset = UNSET,
    properties: str | Unset = UNSET,
    aggregation_group_type_index: int | Unset = UNSET,
    display: str | Unset = UNSET,
    breakdown: str | Unset = UNSET,
    breakdown_type: str | Unset = UNSET,
) -> Response[AnalyticsResult]:
    """Retrieve how a person's properties changed.

    The points in time at which the person's properties changed, over the range and events
    of an insight filter given in the query (as PostHog's persons modal sends it).

    Corrected: the published schema documents no parameters and no body; the server reads
    the insight filter (`date_from`, `date_to`, `interval`, `events`, `actions`,
    `properties`, `aggregation_group_type_index`, `display`, `breakdown`, `breakdown_type`)
    from the query and answers the timeline (`points`, `crucial_property_keys`,
    `effective_date_from`, `effective_date_to`), described as a free-form object. No API-key
    scope is listed for it, so PostHog refuses personal API keys here.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        id (str):
        format_ (FormatEnum | Unset):
        date_from (str | Unset):
        date_to (str | Unset):
        interval (str | Unset):
        events (str | Unset):
        actions (str | Unset):
        properties (str | Unset):
        aggregation_group_type_index (int | Unset):
        display (str | Unset):
        breakdown (str | Unset):
        breakdown_type (str | Unset):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[AnalyticsResult]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
            id,
            format_=format_,
            date_from=date_from,
            date_to=date_to,
            interval=interval,
            events=events,
            actions=actions,
            properties=properties,
            aggregation_group_type_index=aggregation_group_type_index,
            display=display,
            breakdown=breakdown,
            breakdown_type=breakdown_type,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
