# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.format_enum import FormatEnum
from ...models.paginated_person_list import PaginatedPersonList
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "persons_list"


def build_request(
    project_id: str,
    *,
    format_: FormatEnum | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    distinct_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    search: str | Unset = UNSET,
    properties: str | Unset = UNSET,
) -> RequestArgs:
    """The request of ``persons_list``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["limit"] = limit

    params["offset"] = offset

    params["distinct_id"] = distinct_id

    params["email"] = email

    params["search"] = search

    params["properties"] = properties

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/api/projects/{project_id}/persons/".format(
            project_id=path_segment("project_id", project_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }
    if params:
        # In the URL itself: httpx would parse the URL once more to merge a params= mapping.
        _kwargs["url"] += "?" + str(httpx.QueryParams(params))

    return _kwargs


def parse_response(response: httpx.Response) -> PaginatedPersonList:
    """The parsed body of a success response (200).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 200:
        response_200 = PaginatedPersonList.from_dict(loads(response.content))

        return response_200

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, PaginatedPersonList, (200,))
"""``persons_list``: GET ``/api/projects/{project_id}/persons/``."""


async def asyncio_detailed(
    project_id: str,
    *,
    client: httpx.AsyncClient,
    format_: FormatEnum | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    distinct_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    search: str | Unset = UNSET,
    properties: str | Unset = UNSET,
) -> Response[PaginatedPersonList]:
    """List persons.

    Offset-paginated list of the project's persons, newest first, optionally filtered: by one
    of their distinct ids (exact), by email (exact), by a search (email containing it, or a
    distinct id or person UUID equal to it), or by person property filters.

    Corrected: the published schema gives the page a `count`; the server sends `count` only
    when asked with the undocumented `include_total`, and a `next` link whenever the page is
    full. Each listed person's `id` is its UUID (the list serializes persons as actors, with
    `type`, `last_seen_at` and `is_identified` too); `retrieve` answers the integer id. Reads
    count against the analytics limits (the persons viewset's throttles).

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        format_ (FormatEnum | Unset):
        limit (int | Unset):
        offset (int | Unset):
        distinct_id (str | Unset):
        email (str | Unset):
        search (str | Unset):
        properties (str | Unset):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[PaginatedPersonList]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
            format_=format_,
            limit=limit,
            offset=offset,
            distinct_id=distinct_id,
            email=email,
            search=search,
            properties=properties,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
