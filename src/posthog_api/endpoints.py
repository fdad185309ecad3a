"""Every operation's generated module, by operation id: the raw path and the typed descriptors.

Each module (imported on first use) has ``build_request`` (the operation's arguments ->
``httpx`` request arguments), ``parse_response`` (a success response -> its model), ``ENDPOINT``
(an ``Endpoint`` holding both, which ``AsyncPostHog``'s resources send through; its ``parse``
runs ``parse_response`` with the cyclic garbage collector paused) and
``asyncio_detailed``, which sends through any ``httpx.AsyncClient`` and answers the status,
headers, raw body and parsed model. Given ``AsyncPostHog.http`` it gets the client's auth, scope
checks, rate limits, retries and typed errors::

    from posthog_api.endpoints import actions_list

    response = await actions_list.asyncio_detailed("12345", client=ph.http, limit=10)
    response.status_code, response.headers, response.parsed
"""

from types import ModuleType
from typing import TYPE_CHECKING

from ._generated import api as _api
from ._generated.endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ._generated.types import Response

if TYPE_CHECKING:
    from ._generated.api import *  # noqa: F403


def __getattr__(name: str) -> ModuleType:
    module: ModuleType = getattr(_api, name)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted([*_api.__all__, "Endpoint", "RequestArgs", "Response", "UnexpectedStatus"])


__all__ = ["Endpoint", "RequestArgs", "Response", "UnexpectedStatus", *_api.__all__]
