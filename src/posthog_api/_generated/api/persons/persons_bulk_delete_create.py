# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.format_enum import FormatEnum
from ...models.person_bulk_delete_request import PersonBulkDeleteRequest
from ...models.person_bulk_delete_response import PersonBulkDeleteResponse
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "persons_bulk_delete_create"


def build_request(
    project_id: str,
    *,
    body: PersonBulkDeleteRequest,
    format_: FormatEnum | Unset = UNSET,
) -> RequestArgs:
    """The request of ``persons_bulk_delete_create``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/api/projects/{project_id}/persons/bulk_delete/".format(
            project_id=path_segment("project_id", project_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }
    if params:
        # In the URL itself: httpx would parse the URL once more to merge a params= mapping.
        _kwargs["url"] += "?" + str(httpx.QueryParams(params))

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> PersonBulkDeleteResponse:
    """The parsed body of a success response (202).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 202:
        response_202 = PersonBulkDeleteResponse.from_dict(loads(response.content))

        return response_202

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, PersonBulkDeleteResponse, (202,))
"""``persons_bulk_delete_create``: POST ``/api/projects/{project_id}/persons/bulk_delete/``."""


async def asyncio_detailed(
    project_id: str,
    *,
    client: httpx.AsyncClient,
    body: PersonBulkDeleteRequest,
    format_: FormatEnum | Unset = UNSET,
) -> Response[PersonBulkDeleteResponse]:
    """Bulk delete persons.

    Bulk delete persons, either by PostHog person ids (UUIDs) or by distinct ids: pass exactly
    one of `ids` and `distinct_ids`, at most 1000 entries. More than 1000, both lists or
    neither gives 400 ("You can only pass 1000 ids in one call"). Only events captured before
    the request are deleted. Deleting an already deleted person is harmless, so retrying a
    batch is safe.

    Corrected: the doc page puts `ids`, `distinct_ids`, `delete_events`, `delete_recordings`
    and `keep_person` in the query string and documents a 200 with no body; the server reads
    them from the JSON body and answers 202 with a deletion summary. PostHog's published
    schema says the same, with an optional `Person` body the server does not read: the body
    here is required, since without `ids` or `distinct_ids` the server answers 400.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        format_ (FormatEnum | Unset):
        body (PersonBulkDeleteRequest): Exactly one of `ids` and `distinct_ids`, with at most
        1000 entries (both at once is a 400).
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[PersonBulkDeleteResponse]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
            body=body,
            format_=format_,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
