"""Session recording sharing, by recording id: the configuration, its passwords and its access token."""

from __future__ import annotations

from .. import _validation as v
from .._http import NO_BODY, Answer, Context, not_found
from .._store import SharingConfiguration, token
from ._common import HandlerTable

handles = HandlerTable()


def _sharing(context: Context) -> SharingConfiguration:
    return context.project_.sharing.setdefault(context.params["recording_id"], SharingConfiguration())


def _apply(context: Context) -> SharingConfiguration:
    sharing = _sharing(context)
    fields = v.checked_body(context)
    for name, value in fields.items():
        setattr(sharing, name, value)
    return sharing


@handles("session_recordings_sharing_list")
def list_sharing(context: Context) -> Answer:
    return 200, [_sharing(context).to_json()]


@handles("session_recordings_sharing_passwords_create")
def create_password(context: Context) -> Answer:
    sharing = _apply(context)
    sharing.passwords.append(token()[:8])
    return 200, sharing.to_json()


@handles("session_recordings_sharing_passwords_destroy")
def delete_password(context: Context) -> Answer:
    sharing = _sharing(context)
    if context.params["password_id"] not in sharing.passwords:
        raise not_found()
    sharing.passwords.remove(context.params["password_id"])
    return 204, NO_BODY


@handles("session_recordings_sharing_refresh_create")
def refresh(context: Context) -> Answer:
    sharing = _apply(context)
    sharing.access_token = token()
    return 200, sharing.to_json()
