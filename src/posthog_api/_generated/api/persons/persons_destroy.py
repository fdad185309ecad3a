# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.format_enum import FormatEnum
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "persons_destroy"


def build_request(
    project_id: str,
    id: str,
    *,
    format_: FormatEnum | Unset = UNSET,
    delete_events: bool | Unset = UNSET,
    delete_recordings: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of ``persons_destroy``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["delete_events"] = delete_events

    params["delete_recordings"] = delete_recordings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/api/projects/{project_id}/persons/{id}/".format(
            project_id=path_segment("project_id", project_id),
            id=path_segment("id", id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }
    if params:
        # In the URL itself: httpx would parse the URL once more to merge a params= mapping.
        _kwargs["url"] += "?" + str(httpx.QueryParams(params))

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """The parsed body of a success response (202).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 202:
        return None
    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, type(None), (202,))
"""``persons_destroy``: DELETE ``/api/projects/{project_id}/persons/{id}/``."""


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: httpx.AsyncClient,
    format_: FormatEnum | Unset = UNSET,
    delete_events: bool | Unset = UNSET,
    delete_recordings: bool | Unset = UNSET,
) -> Response[None]:
    """Delete a person.

    Deletes one person (for many, use `bulk_delete`). With `delete_events`, a task deleting
    the person's events is queued (it runs in a weekly batch); with `delete_recordings`, one
    deleting its session recordings.

    Corrected: the published schema answers 204 and lists no `delete_recordings`; the server
    answers 202 and reads both flags. It tests only whether each is present, so
    `delete_events=false` also deletes events: the client sends a flag only when true.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        id (str):
        format_ (FormatEnum | Unset):
        delete_events (bool | Unset):
        delete_recordings (bool | Unset):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[None]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
            id,
            format_=format_,
            delete_events=delete_events,
            delete_recordings=delete_recordings,
        )
    )
    ENDPOINT.parse(response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=None,
    )
