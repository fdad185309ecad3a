# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ... import errors
from ...client import Client
from ...models.analytics_result import AnalyticsResult
from ...models.error import Error
from ...models.format_enum import FormatEnum
from ...models.legacy_error import LegacyError
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "persons_stickiness_retrieve"


def _get_kwargs(
    project_id: str,
    *,
    format_: FormatEnum | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects/{project_id}/persons/stickiness/".format(
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
) -> AnalyticsResult | Error | Error | LegacyError | None:
    if response.status_code == 200:
        response_200 = AnalyticsResult.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:

            def _parse_response_400(data: object) -> Error | LegacyError:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_400_type_0 = Error.from_dict(data)

                    return response_400_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_1 = LegacyError.from_dict(data)

                return response_400_type_1

            response_400 = _parse_response_400(loads(response.content))

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
    if response.status_code == 402:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_402 = Error.from_dict(loads(response.content))

            return response_402

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
) -> Response[AnalyticsResult | Error | Error | LegacyError]:
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
    format_: FormatEnum | Unset = UNSET,
) -> Response[AnalyticsResult | Error | Error | LegacyError]:
    """Retrieve persons in a stickiness bucket.

    Documented only on the older persons page; newer servers may answer 404.

    The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
    action does not support Personal API Key access"); other authentication methods reach it.

    Corrected: the doc page documents no response body; the server answers a JSON object,
    described here as a free-form object.

    Args:
        project_id (str):
        format_ (FormatEnum | Unset):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Response[AnalyticsResult | Error | Error | LegacyError]: status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        format_=format_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: Client,
    format_: FormatEnum | Unset = UNSET,
) -> AnalyticsResult | Error | Error | LegacyError | None:
    """Retrieve persons in a stickiness bucket.

    Documented only on the older persons page; newer servers may answer 404.

    The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
    action does not support Personal API Key access"); other authentication methods reach it.

    Corrected: the doc page documents no response body; the server answers a JSON object,
    described here as a free-form object.

    Args:
        project_id (str):
        format_ (FormatEnum | Unset):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        AnalyticsResult | Error | Error | LegacyError | None: the parsed body.
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            format_=format_,
        )
    ).parsed
