"""Personal API keys: the calling key (``@current``), its scopes and restrictions."""

from __future__ import annotations

from .._http import Answer, Context
from ._common import HandlerTable

handles = HandlerTable()


@handles("personal_api_keys_current_retrieve")
def current(context: Context) -> Answer:
    return 200, context.key.to_json()
