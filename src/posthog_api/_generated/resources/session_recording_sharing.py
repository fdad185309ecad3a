# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""``session_recording_sharing``: the ``SessionRecordingSharingResource`` methods, one per operation.

Each method binds the project (or organization) id, builds the request body from keyword
arguments, and hands the operation's ``ENDPOINT`` descriptor to a ``Requester``, which sends it
through the transport stack and returns the parsed success model.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from ..._requester import ProjectRef, Requester
from .. import models as _models
from ..api.session_recordings import (
    session_recordings_sharing_list,
    session_recordings_sharing_passwords_create,
    session_recordings_sharing_passwords_destroy,
    session_recordings_sharing_refresh_create,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sharing_configuration import SharingConfiguration


class SessionRecordingSharingResource:
    """``session_recording_sharing``: ``list``, ``create_password``, ``delete_password``, ``refresh``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    async def list(
        self,
        recording_id: str,
        *,
        project_id: ProjectRef | None = None,
    ) -> builtins.list[SharingConfiguration]:
        """List a recording's sharing configurations.

        Corrected: the doc page shows a single object; the server answers a bare JSON array of
        sharing configurations (not paginated).

        Operation ``session_recordings_sharing_list``.

        Args:
            recording_id (str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            builtins.list[SharingConfiguration]

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            session_recordings_sharing_list.ENDPOINT,
            recording_id=recording_id,
            project_id=self._requester.resolve_project_id(project_id),
        )

    async def create_password(
        self,
        recording_id: str,
        *,
        project_id: ProjectRef | None = None,
        enabled: bool | Unset = UNSET,
        settings: Any | Unset = UNSET,
        password_required: bool | Unset = UNSET,
    ) -> SharingConfiguration:
        """Create a sharing password.

        Create a new password for the sharing configuration.

        Corrected: the server answers 200, not 201.

        Operation ``session_recordings_sharing_passwords_create``.

        Args:
            recording_id (str)
            enabled (bool | Unset)
            settings (Any | Unset): Free-form sharing settings (any value, null included).
            password_required (bool | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            SharingConfiguration

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            session_recordings_sharing_passwords_create.ENDPOINT,
            recording_id=recording_id,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.SharingConfigurationRequest(
                enabled=enabled,
                settings=settings,
                password_required=password_required,
            ),
        )

    async def delete_password(
        self,
        recording_id: str,
        password_id: str,
        *,
        project_id: ProjectRef | None = None,
    ) -> None:
        """Delete a sharing password.

        Delete a password from the sharing configuration.

        Operation ``session_recordings_sharing_passwords_destroy``.

        Args:
            recording_id (str)
            password_id (str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            session_recordings_sharing_passwords_destroy.ENDPOINT,
            recording_id=recording_id,
            password_id=password_id,
            project_id=self._requester.resolve_project_id(project_id),
        )

    async def refresh(
        self,
        recording_id: str,
        *,
        project_id: ProjectRef | None = None,
        enabled: bool | Unset = UNSET,
        settings: Any | Unset = UNSET,
        password_required: bool | Unset = UNSET,
    ) -> SharingConfiguration:
        """Refresh a recording's sharing access token.

        Operation ``session_recordings_sharing_refresh_create``.

        Args:
            recording_id (str)
            enabled (bool | Unset)
            settings (Any | Unset): Free-form sharing settings (any value, null included).
            password_required (bool | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            SharingConfiguration

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            session_recordings_sharing_refresh_create.ENDPOINT,
            recording_id=recording_id,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.SharingConfigurationRequest(
                enabled=enabled,
                settings=settings,
                password_required=password_required,
            ),
        )


__all__ = ["SessionRecordingSharingResource"]
