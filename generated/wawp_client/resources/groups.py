# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.groups`` namespace: Groups, their settings, invite links and members."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._base_client import AsyncResource, SyncResource
from .._facade import given, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.group_create_body import GroupCreateBody
    from .._api.models.group_description_set_body import GroupDescriptionSetBody
    from .._api.models.group_join_body import GroupJoinBody
    from .._api.models.group_picture_set_body import GroupPictureSetBody
    from .._api.models.group_subject_set_body import GroupSubjectSetBody
    from .._api.models.groups_list_sort_order import GroupsListSortOrder
    from .._api.models.participants_request import ParticipantsRequest
    from .._outputs import ChatPicture, Count, Group, GroupJoinResult, GroupParticipant, GroupSecuritySetting, Result
    from ..pagination import AsyncPage, SyncPage

__all__ = [
    "AsyncGroupsInviteCodeResource",
    "AsyncGroupsParticipantsResource",
    "AsyncGroupsPictureResource",
    "AsyncGroupsResource",
    "AsyncGroupsSettingsResource",
    "GroupsInviteCodeResource",
    "GroupsParticipantsResource",
    "GroupsPictureResource",
    "GroupsResource",
    "GroupsSettingsResource",
]


class GroupsInviteCodeResource(SyncResource):
    """``client.groups.invite_code``: The ``groups.invite_code`` operations."""

    def get(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> str:
        """Get the invite link

        ``GET /groups/{id}/invite-code`` (operation ``groupInviteCodeGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_invite_code_get as _op

        return self._client._call(
            _op.sync_detailed, cast_to=str, options=request_options(timeout, extra_headers, extra_query), id=id
        )

    def revoke(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> str:
        """Revoke the invite link

        ``POST /groups/{id}/invite-code/revoke`` (operation ``groupInviteCodeRevoke``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_invite_code_revoke as _op

        return self._client._call(
            _op.sync_detailed, cast_to=str, options=request_options(timeout, extra_headers, extra_query), id=id
        )


class GroupsParticipantsResource(SyncResource):
    """``client.groups.participants``: The ``groups.participants`` operations."""

    def add(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Add members

        ``POST /groups/{id}/participants/add`` (operation ``groupParticipantsAdd``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_add as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )

    def demote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Demote admins

        ``POST /groups/{id}/admin/demote`` (operation ``groupAdminDemote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_admin_demote as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )

    def list(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[GroupParticipant]:
        """List group members

        ``GET /groups/{id}/participants`` (operation ``groupParticipantsList``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_list as _op
        from .._outputs import GroupParticipant

        return self._client._call(
            _op.sync_detailed,
            cast_to=builtins.list[GroupParticipant],
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )

    def promote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Promote members to admin

        ``POST /groups/{id}/admin/promote`` (operation ``groupAdminPromote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_admin_promote as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )

    def remove(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Remove members

        ``POST /groups/{id}/participants/remove`` (operation ``groupParticipantsRemove``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_remove as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )


class GroupsPictureResource(SyncResource):
    """``client.groups.picture``: The ``groups.picture`` operations."""

    def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Delete the group picture

        ``DELETE /groups/{id}/picture`` (operation ``groupPictureDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_delete as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed, cast_to=Result, options=request_options(timeout, extra_headers, extra_query), id=id
        )

    def get(
        self,
        *,
        id: str,
        refresh: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ChatPicture:
        """Get the group picture

        ``GET /groups/{id}/picture`` (operation ``groupPictureGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_get as _op
        from .._outputs import ChatPicture

        return self._client._call(
            _op.sync_detailed,
            cast_to=ChatPicture,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            refresh=refresh,
        )

    def set(
        self,
        *,
        id: str,
        body: GroupPictureSetBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the group picture

        ``PUT /groups/{id}/picture`` (operation ``groupPictureSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupPictureSetBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_set as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )


class GroupsSettingsResource(SyncResource):
    """``client.groups.settings``: The ``groups.settings`` operations."""

    def get_info_admin_only(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupSecuritySetting:
        """Get who can edit group info

        ``GET /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_info_admin_only_get as _op
        from .._outputs import GroupSecuritySetting

        return self._client._call(
            _op.sync_detailed,
            cast_to=GroupSecuritySetting,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )

    def get_messages_admin_only(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupSecuritySetting:
        """Get who can send messages

        ``GET /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_messages_admin_only_get as _op
        from .._outputs import GroupSecuritySetting

        return self._client._call(
            _op.sync_detailed,
            cast_to=GroupSecuritySetting,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )

    def set_info_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Restrict editing group info

        ``PUT /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_info_admin_only_set as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            admins_only=admins_only,
        )

    def set_messages_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Restrict sending messages

        ``PUT /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_messages_admin_only_set as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            admins_only=admins_only,
        )


class GroupsResource(SyncResource):
    """``client.groups``: Groups, their settings, invite links and members."""

    @cached_property
    def invite_code(self) -> GroupsInviteCodeResource:
        """``client.groups.invite_code``."""
        return GroupsInviteCodeResource(self._client)

    @cached_property
    def participants(self) -> GroupsParticipantsResource:
        """``client.groups.participants``."""
        return GroupsParticipantsResource(self._client)

    @cached_property
    def picture(self) -> GroupsPictureResource:
        """``client.groups.picture``."""
        return GroupsPictureResource(self._client)

    @cached_property
    def settings(self) -> GroupsSettingsResource:
        """``client.groups.settings``."""
        return GroupsSettingsResource(self._client)

    def count(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Count:
        """Count groups

        ``GET /groups/count`` (operation ``groupsCount``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import groups_count as _op
        from .._outputs import Count

        return self._client._call(
            _op.sync_detailed, cast_to=Count, options=request_options(timeout, extra_headers, extra_query)
        )

    def create(
        self,
        *,
        body: GroupCreateBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Group:
        """Create a group

        ``POST /groups`` (operation ``groupCreate``).

        Args:
            body: The JSON request body: a ``GroupCreateBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_create as _op
        from .._outputs import Group

        return self._client._call(
            _op.sync_detailed, cast_to=Group, options=request_options(timeout, extra_headers, extra_query), body=body
        )

    def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Delete a group

        ``DELETE /groups/{id}`` (operation ``groupDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_delete as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed, cast_to=Result, options=request_options(timeout, extra_headers, extra_query), id=id
        )

    def get(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Group:
        """Get a group

        ``GET /groups/{id}`` (operation ``groupGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_get as _op
        from .._outputs import Group

        return self._client._call(
            _op.sync_detailed, cast_to=Group, options=request_options(timeout, extra_headers, extra_query), id=id
        )

    def join(
        self,
        *,
        body: GroupJoinBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult:
        """Join a group

        ``POST /groups/join`` (operation ``groupJoin``).

        Args:
            body: The JSON request body: a ``GroupJoinBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_join as _op
        from .._outputs import GroupJoinResult

        return self._client._call(
            _op.sync_detailed,
            cast_to=GroupJoinResult,
            options=request_options(timeout, extra_headers, extra_query),
            body=body,
        )

    def join_info(
        self,
        *,
        code: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Group:
        """Inspect an invite

        ``GET /groups/join-info`` (operation ``groupJoinInfo``).

        Args:
            code: Invite code or full invite link.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_join_info as _op
        from .._outputs import Group

        return self._client._call(
            _op.sync_detailed, cast_to=Group, options=request_options(timeout, extra_headers, extra_query), code=code
        )

    def leave(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Leave a group

        ``POST /groups/{id}/leave`` (operation ``groupLeave``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_leave as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed, cast_to=Result, options=request_options(timeout, extra_headers, extra_query), id=id
        )

    def list(
        self,
        *,
        limit: int | None = None,
        sort_order: GroupsListSortOrder | None = None,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SyncPage[Group]:
        """List groups

        ``GET /groups`` (operation ``groupsList``).

        Returns the first page; iterating over it walks every following page (``limit`` items at a time).

        Args:
            limit: Maximum number of groups to return.
            sort_order: Sort direction.
            offset: Number of items to skip before the first one returned.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import groups_list as _op
        from .._outputs import Group

        return self._client._call(
            _op.sync_detailed,
            cast_to=builtins.list[Group],
            paged=True,
            options=request_options(timeout, extra_headers, extra_query),
            offset=offset,
            **given(limit=limit, sort_order=sort_order),
        )

    def refresh(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Refresh groups

        ``POST /groups/refresh`` (operation ``groupsRefresh``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import groups_refresh as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed, cast_to=Result, options=request_options(timeout, extra_headers, extra_query)
        )

    def set_description(
        self,
        *,
        id: str,
        body: GroupDescriptionSetBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the group description

        ``PUT /groups/{id}/description`` (operation ``groupDescriptionSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupDescriptionSetBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_description_set as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )

    def set_subject(
        self,
        *,
        id: str,
        body: GroupSubjectSetBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the group name

        ``PUT /groups/{id}/subject`` (operation ``groupSubjectSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupSubjectSetBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_subject_set as _op
        from .._outputs import Result

        return self._client._call(
            _op.sync_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )


class AsyncGroupsInviteCodeResource(AsyncResource):
    """``client.groups.invite_code``: The ``groups.invite_code`` operations."""

    async def get(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> str:
        """Get the invite link

        ``GET /groups/{id}/invite-code`` (operation ``groupInviteCodeGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_invite_code_get as _op

        return await self._client._call(
            _op.asyncio_detailed, cast_to=str, options=request_options(timeout, extra_headers, extra_query), id=id
        )

    async def revoke(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> str:
        """Revoke the invite link

        ``POST /groups/{id}/invite-code/revoke`` (operation ``groupInviteCodeRevoke``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_invite_code_revoke as _op

        return await self._client._call(
            _op.asyncio_detailed, cast_to=str, options=request_options(timeout, extra_headers, extra_query), id=id
        )


class AsyncGroupsParticipantsResource(AsyncResource):
    """``client.groups.participants``: The ``groups.participants`` operations."""

    async def add(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Add members

        ``POST /groups/{id}/participants/add`` (operation ``groupParticipantsAdd``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_add as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )

    async def demote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Demote admins

        ``POST /groups/{id}/admin/demote`` (operation ``groupAdminDemote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_admin_demote as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )

    async def list(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[GroupParticipant]:
        """List group members

        ``GET /groups/{id}/participants`` (operation ``groupParticipantsList``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_list as _op
        from .._outputs import GroupParticipant

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=builtins.list[GroupParticipant],
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )

    async def promote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Promote members to admin

        ``POST /groups/{id}/admin/promote`` (operation ``groupAdminPromote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_admin_promote as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )

    async def remove(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Remove members

        ``POST /groups/{id}/participants/remove`` (operation ``groupParticipantsRemove``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_remove as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )


class AsyncGroupsPictureResource(AsyncResource):
    """``client.groups.picture``: The ``groups.picture`` operations."""

    async def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Delete the group picture

        ``DELETE /groups/{id}/picture`` (operation ``groupPictureDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_delete as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed, cast_to=Result, options=request_options(timeout, extra_headers, extra_query), id=id
        )

    async def get(
        self,
        *,
        id: str,
        refresh: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ChatPicture:
        """Get the group picture

        ``GET /groups/{id}/picture`` (operation ``groupPictureGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_get as _op
        from .._outputs import ChatPicture

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=ChatPicture,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            refresh=refresh,
        )

    async def set(
        self,
        *,
        id: str,
        body: GroupPictureSetBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the group picture

        ``PUT /groups/{id}/picture`` (operation ``groupPictureSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupPictureSetBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_set as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )


class AsyncGroupsSettingsResource(AsyncResource):
    """``client.groups.settings``: The ``groups.settings`` operations."""

    async def get_info_admin_only(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupSecuritySetting:
        """Get who can edit group info

        ``GET /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_info_admin_only_get as _op
        from .._outputs import GroupSecuritySetting

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=GroupSecuritySetting,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )

    async def get_messages_admin_only(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupSecuritySetting:
        """Get who can send messages

        ``GET /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_messages_admin_only_get as _op
        from .._outputs import GroupSecuritySetting

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=GroupSecuritySetting,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )

    async def set_info_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Restrict editing group info

        ``PUT /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_info_admin_only_set as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            admins_only=admins_only,
        )

    async def set_messages_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Restrict sending messages

        ``PUT /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_messages_admin_only_set as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            admins_only=admins_only,
        )


class AsyncGroupsResource(AsyncResource):
    """``client.groups``: Groups, their settings, invite links and members."""

    @cached_property
    def invite_code(self) -> AsyncGroupsInviteCodeResource:
        """``client.groups.invite_code``."""
        return AsyncGroupsInviteCodeResource(self._client)

    @cached_property
    def participants(self) -> AsyncGroupsParticipantsResource:
        """``client.groups.participants``."""
        return AsyncGroupsParticipantsResource(self._client)

    @cached_property
    def picture(self) -> AsyncGroupsPictureResource:
        """``client.groups.picture``."""
        return AsyncGroupsPictureResource(self._client)

    @cached_property
    def settings(self) -> AsyncGroupsSettingsResource:
        """``client.groups.settings``."""
        return AsyncGroupsSettingsResource(self._client)

    async def count(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Count:
        """Count groups

        ``GET /groups/count`` (operation ``groupsCount``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import groups_count as _op
        from .._outputs import Count

        return await self._client._call(
            _op.asyncio_detailed, cast_to=Count, options=request_options(timeout, extra_headers, extra_query)
        )

    async def create(
        self,
        *,
        body: GroupCreateBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Group:
        """Create a group

        ``POST /groups`` (operation ``groupCreate``).

        Args:
            body: The JSON request body: a ``GroupCreateBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_create as _op
        from .._outputs import Group

        return await self._client._call(
            _op.asyncio_detailed, cast_to=Group, options=request_options(timeout, extra_headers, extra_query), body=body
        )

    async def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Delete a group

        ``DELETE /groups/{id}`` (operation ``groupDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_delete as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed, cast_to=Result, options=request_options(timeout, extra_headers, extra_query), id=id
        )

    async def get(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Group:
        """Get a group

        ``GET /groups/{id}`` (operation ``groupGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_get as _op
        from .._outputs import Group

        return await self._client._call(
            _op.asyncio_detailed, cast_to=Group, options=request_options(timeout, extra_headers, extra_query), id=id
        )

    async def join(
        self,
        *,
        body: GroupJoinBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult:
        """Join a group

        ``POST /groups/join`` (operation ``groupJoin``).

        Args:
            body: The JSON request body: a ``GroupJoinBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_join as _op
        from .._outputs import GroupJoinResult

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=GroupJoinResult,
            options=request_options(timeout, extra_headers, extra_query),
            body=body,
        )

    async def join_info(
        self,
        *,
        code: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Group:
        """Inspect an invite

        ``GET /groups/join-info`` (operation ``groupJoinInfo``).

        Args:
            code: Invite code or full invite link.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_join_info as _op
        from .._outputs import Group

        return await self._client._call(
            _op.asyncio_detailed, cast_to=Group, options=request_options(timeout, extra_headers, extra_query), code=code
        )

    async def leave(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Leave a group

        ``POST /groups/{id}/leave`` (operation ``groupLeave``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_leave as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed, cast_to=Result, options=request_options(timeout, extra_headers, extra_query), id=id
        )

    async def list(
        self,
        *,
        limit: int | None = None,
        sort_order: GroupsListSortOrder | None = None,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncPage[Group]:
        """List groups

        ``GET /groups`` (operation ``groupsList``).

        Returns the first page; iterating over it walks every following page (``limit`` items at a time).

        Args:
            limit: Maximum number of groups to return.
            sort_order: Sort direction.
            offset: Number of items to skip before the first one returned.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import groups_list as _op
        from .._outputs import Group

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=builtins.list[Group],
            paged=True,
            options=request_options(timeout, extra_headers, extra_query),
            offset=offset,
            **given(limit=limit, sort_order=sort_order),
        )

    async def refresh(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Refresh groups

        ``POST /groups/refresh`` (operation ``groupsRefresh``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import groups_refresh as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed, cast_to=Result, options=request_options(timeout, extra_headers, extra_query)
        )

    async def set_description(
        self,
        *,
        id: str,
        body: GroupDescriptionSetBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the group description

        ``PUT /groups/{id}/description`` (operation ``groupDescriptionSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupDescriptionSetBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_description_set as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )

    async def set_subject(
        self,
        *,
        id: str,
        body: GroupSubjectSetBody | dict[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the group name

        ``PUT /groups/{id}/subject`` (operation ``groupSubjectSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupSubjectSetBody``, or a dict of the same shape.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_subject_set as _op
        from .._outputs import Result

        return await self._client._call(
            _op.asyncio_detailed,
            cast_to=Result,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=body,
        )
