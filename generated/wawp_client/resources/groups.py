# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.groups`` namespace: Groups, their settings, invite links and members."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._api.models.chat_picture import ChatPicture
    from .._api.models.count import Count
    from .._api.models.gows_group_info import GowsGroupInfo
    from .._api.models.gows_participant import GowsParticipant
    from .._api.models.group_create_body import GroupCreateBody
    from .._api.models.group_description_set_body import GroupDescriptionSetBody
    from .._api.models.group_join_body import GroupJoinBody
    from .._api.models.group_join_result import GroupJoinResult
    from .._api.models.group_picture_set_body import GroupPictureSetBody
    from .._api.models.group_security_setting import GroupSecuritySetting
    from .._api.models.group_subject_set_body import GroupSubjectSetBody
    from .._api.models.groups_list_sort_order import GroupsListSortOrder
    from .._api.models.noweb_group_map import NowebGroupMap
    from .._api.models.noweb_group_metadata import NowebGroupMetadata
    from .._api.models.noweb_participant import NowebParticipant
    from .._api.models.noweb_participant_update import NowebParticipantUpdate
    from .._api.models.participants_request import ParticipantsRequest
    from .._api.models.result import Result
    from .._api.models.webjs_create_group_result import WebjsCreateGroupResult
    from .._api.models.webjs_group_chat import WebjsGroupChat
    from .._api.models.webjs_participant import WebjsParticipant
    from .._api.models.webjs_participants_change import WebjsParticipantsChange
    from .._api.types import Unset

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
    ) -> str:
        """Get the invite link

        ``GET /groups/{id}/invite-code`` (operation ``groupInviteCodeGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_invite_code_get as _op

        return cast("str", self._client._call(_op.sync_detailed, id=id))

    def revoke(
        self,
        *,
        id: str,
    ) -> str:
        """Revoke the invite link

        ``POST /groups/{id}/invite-code/revoke`` (operation ``groupInviteCodeRevoke``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_invite_code_revoke as _op

        return cast("str", self._client._call(_op.sync_detailed, id=id))


class GroupsParticipantsResource(SyncResource):
    """``client.groups.participants``: The ``groups.participants`` operations."""

    def add(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
    ) -> builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange:
        """Add members

        ``POST /groups/{id}/participants/add`` (operation ``groupParticipantsAdd``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
        """
        from .._api.api.groups import group_participants_add as _op

        return cast(
            "builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange",
            self._client._call(_op.sync_detailed, id=id, body=body),
        )

    def demote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
    ) -> builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange:
        """Demote admins

        ``POST /groups/{id}/admin/demote`` (operation ``groupAdminDemote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
        """
        from .._api.api.groups import group_admin_demote as _op

        return cast(
            "builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange",
            self._client._call(_op.sync_detailed, id=id, body=body),
        )

    def list(
        self,
        *,
        id: str,
    ) -> builtins.list[GowsParticipant] | builtins.list[NowebParticipant] | builtins.list[WebjsParticipant]:
        """List group members

        ``GET /groups/{id}/participants`` (operation ``groupParticipantsList``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_participants_list as _op

        return cast(
            "builtins.list[GowsParticipant] | builtins.list[NowebParticipant] | builtins.list[WebjsParticipant]",
            self._client._call(_op.sync_detailed, id=id),
        )

    def promote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
    ) -> builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange:
        """Promote members to admin

        ``POST /groups/{id}/admin/promote`` (operation ``groupAdminPromote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
        """
        from .._api.api.groups import group_admin_promote as _op

        return cast(
            "builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange",
            self._client._call(_op.sync_detailed, id=id, body=body),
        )

    def remove(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
    ) -> builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange:
        """Remove members

        ``POST /groups/{id}/participants/remove`` (operation ``groupParticipantsRemove``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
        """
        from .._api.api.groups import group_participants_remove as _op

        return cast(
            "builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange",
            self._client._call(_op.sync_detailed, id=id, body=body),
        )


class GroupsPictureResource(SyncResource):
    """``client.groups.picture``: The ``groups.picture`` operations."""

    def delete(
        self,
        *,
        id: str,
    ) -> Result:
        """Delete the group picture

        ``DELETE /groups/{id}/picture`` (operation ``groupPictureDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_picture_delete as _op

        return cast("Result", self._client._call(_op.sync_detailed, id=id))

    def get(
        self,
        *,
        id: str,
        refresh: bool | Unset = False,
    ) -> ChatPicture:
        """Get the group picture

        ``GET /groups/{id}/picture`` (operation ``groupPictureGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
        """
        from .._api.api.groups import group_picture_get as _op

        return cast("ChatPicture", self._client._call(_op.sync_detailed, id=id, refresh=refresh))

    def set(
        self,
        *,
        id: str,
        body: GroupPictureSetBody | dict[str, Any],
    ) -> Result:
        """Set the group picture

        ``PUT /groups/{id}/picture`` (operation ``groupPictureSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupPictureSetBody``, or a dict of the same shape.
        """
        from .._api.api.groups import group_picture_set as _op

        return cast("Result", self._client._call(_op.sync_detailed, id=id, body=body))


class GroupsSettingsResource(SyncResource):
    """``client.groups.settings``: The ``groups.settings`` operations."""

    def get_info_admin_only(
        self,
        *,
        id: str,
    ) -> GroupSecuritySetting:
        """Get who can edit group info

        ``GET /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_info_admin_only_get as _op

        return cast("GroupSecuritySetting", self._client._call(_op.sync_detailed, id=id))

    def get_messages_admin_only(
        self,
        *,
        id: str,
    ) -> GroupSecuritySetting:
        """Get who can send messages

        ``GET /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_messages_admin_only_get as _op

        return cast("GroupSecuritySetting", self._client._call(_op.sync_detailed, id=id))

    def set_info_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
    ) -> Any:
        """Restrict editing group info

        ``PUT /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
        """
        from .._api.api.groups import group_info_admin_only_set as _op

        return cast("Any", self._client._call(_op.sync_detailed, id=id, admins_only=admins_only))

    def set_messages_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
    ) -> Any:
        """Restrict sending messages

        ``PUT /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
        """
        from .._api.api.groups import group_messages_admin_only_set as _op

        return cast("Any", self._client._call(_op.sync_detailed, id=id, admins_only=admins_only))


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
    ) -> Count:
        """Count groups

        ``GET /groups/count`` (operation ``groupsCount``).
        """
        from .._api.api.groups import groups_count as _op

        return cast("Count", self._client._call(_op.sync_detailed))

    def create(
        self,
        *,
        body: GroupCreateBody | dict[str, Any],
    ) -> GowsGroupInfo | NowebGroupMetadata | WebjsCreateGroupResult:
        """Create a group

        ``POST /groups`` (operation ``groupCreate``).

        Args:
            body: The JSON request body: a ``GroupCreateBody``, or a dict of the same shape.
        """
        from .._api.api.groups import group_create as _op

        return cast(
            "GowsGroupInfo | NowebGroupMetadata | WebjsCreateGroupResult",
            self._client._call(_op.sync_detailed, body=body),
        )

    def delete(
        self,
        *,
        id: str,
    ) -> bool:
        """Delete a group

        ``DELETE /groups/{id}`` (operation ``groupDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_delete as _op

        return cast("bool", self._client._call(_op.sync_detailed, id=id))

    def get(
        self,
        *,
        id: str,
    ) -> GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat:
        """Get a group

        ``GET /groups/{id}`` (operation ``groupGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_get as _op

        return cast("GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat", self._client._call(_op.sync_detailed, id=id))

    def join(
        self,
        *,
        body: GroupJoinBody | dict[str, Any],
    ) -> GroupJoinResult:
        """Join a group

        ``POST /groups/join`` (operation ``groupJoin``).

        Args:
            body: The JSON request body: a ``GroupJoinBody``, or a dict of the same shape.
        """
        from .._api.api.groups import group_join as _op

        return cast("GroupJoinResult", self._client._call(_op.sync_detailed, body=body))

    def join_info(
        self,
        *,
        code: str,
    ) -> GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat:
        """Inspect an invite

        ``GET /groups/join-info`` (operation ``groupJoinInfo``).

        Args:
            code: Invite code or full invite link.
        """
        from .._api.api.groups import group_join_info as _op

        return cast(
            "GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat", self._client._call(_op.sync_detailed, code=code)
        )

    def leave(
        self,
        *,
        id: str,
    ) -> Any:
        """Leave a group

        ``POST /groups/{id}/leave`` (operation ``groupLeave``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_leave as _op

        return cast("Any", self._client._call(_op.sync_detailed, id=id))

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        sort_order: GroupsListSortOrder | Unset = UNSET,
        offset: int | Unset = 0,
    ) -> builtins.list[GowsGroupInfo] | builtins.list[WebjsGroupChat] | NowebGroupMap:
        """List groups

        ``GET /groups`` (operation ``groupsList``).

        Args:
            limit: Maximum number of groups to return.
            sort_order: Sort direction.
            offset: Number of items to skip before the first one returned.
        """
        from .._api.api.groups import groups_list as _op

        return cast(
            "builtins.list[GowsGroupInfo] | builtins.list[WebjsGroupChat] | NowebGroupMap",
            self._client._call(_op.sync_detailed, limit=limit, sort_order=sort_order, offset=offset),
        )

    def refresh(
        self,
    ) -> Result:
        """Refresh groups

        ``POST /groups/refresh`` (operation ``groupsRefresh``).
        """
        from .._api.api.groups import groups_refresh as _op

        return cast("Result", self._client._call(_op.sync_detailed))

    def set_description(
        self,
        *,
        id: str,
        body: GroupDescriptionSetBody | dict[str, Any],
    ) -> Any:
        """Set the group description

        ``PUT /groups/{id}/description`` (operation ``groupDescriptionSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupDescriptionSetBody``, or a dict of the same shape.
        """
        from .._api.api.groups import group_description_set as _op

        return cast("Any", self._client._call(_op.sync_detailed, id=id, body=body))

    def set_subject(
        self,
        *,
        id: str,
        body: GroupSubjectSetBody | dict[str, Any],
    ) -> Any:
        """Set the group name

        ``PUT /groups/{id}/subject`` (operation ``groupSubjectSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupSubjectSetBody``, or a dict of the same shape.
        """
        from .._api.api.groups import group_subject_set as _op

        return cast("Any", self._client._call(_op.sync_detailed, id=id, body=body))


class AsyncGroupsInviteCodeResource(AsyncResource):
    """``client.groups.invite_code``: The ``groups.invite_code`` operations."""

    async def get(
        self,
        *,
        id: str,
    ) -> str:
        """Get the invite link

        ``GET /groups/{id}/invite-code`` (operation ``groupInviteCodeGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_invite_code_get as _op

        return cast("str", await self._client._call(_op.asyncio_detailed, id=id))

    async def revoke(
        self,
        *,
        id: str,
    ) -> str:
        """Revoke the invite link

        ``POST /groups/{id}/invite-code/revoke`` (operation ``groupInviteCodeRevoke``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_invite_code_revoke as _op

        return cast("str", await self._client._call(_op.asyncio_detailed, id=id))


class AsyncGroupsParticipantsResource(AsyncResource):
    """``client.groups.participants``: The ``groups.participants`` operations."""

    async def add(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
    ) -> builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange:
        """Add members

        ``POST /groups/{id}/participants/add`` (operation ``groupParticipantsAdd``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
        """
        from .._api.api.groups import group_participants_add as _op

        return cast(
            "builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange",
            await self._client._call(_op.asyncio_detailed, id=id, body=body),
        )

    async def demote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
    ) -> builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange:
        """Demote admins

        ``POST /groups/{id}/admin/demote`` (operation ``groupAdminDemote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
        """
        from .._api.api.groups import group_admin_demote as _op

        return cast(
            "builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange",
            await self._client._call(_op.asyncio_detailed, id=id, body=body),
        )

    async def list(
        self,
        *,
        id: str,
    ) -> builtins.list[GowsParticipant] | builtins.list[NowebParticipant] | builtins.list[WebjsParticipant]:
        """List group members

        ``GET /groups/{id}/participants`` (operation ``groupParticipantsList``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_participants_list as _op

        return cast(
            "builtins.list[GowsParticipant] | builtins.list[NowebParticipant] | builtins.list[WebjsParticipant]",
            await self._client._call(_op.asyncio_detailed, id=id),
        )

    async def promote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
    ) -> builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange:
        """Promote members to admin

        ``POST /groups/{id}/admin/promote`` (operation ``groupAdminPromote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
        """
        from .._api.api.groups import group_admin_promote as _op

        return cast(
            "builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange",
            await self._client._call(_op.asyncio_detailed, id=id, body=body),
        )

    async def remove(
        self,
        *,
        id: str,
        body: ParticipantsRequest | dict[str, Any],
    ) -> builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange:
        """Remove members

        ``POST /groups/{id}/participants/remove`` (operation ``groupParticipantsRemove``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``ParticipantsRequest``, or a dict of the same shape.
        """
        from .._api.api.groups import group_participants_remove as _op

        return cast(
            "builtins.list[GowsParticipant] | builtins.list[NowebParticipantUpdate] | WebjsParticipantsChange",
            await self._client._call(_op.asyncio_detailed, id=id, body=body),
        )


class AsyncGroupsPictureResource(AsyncResource):
    """``client.groups.picture``: The ``groups.picture`` operations."""

    async def delete(
        self,
        *,
        id: str,
    ) -> Result:
        """Delete the group picture

        ``DELETE /groups/{id}/picture`` (operation ``groupPictureDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_picture_delete as _op

        return cast("Result", await self._client._call(_op.asyncio_detailed, id=id))

    async def get(
        self,
        *,
        id: str,
        refresh: bool | Unset = False,
    ) -> ChatPicture:
        """Get the group picture

        ``GET /groups/{id}/picture`` (operation ``groupPictureGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
        """
        from .._api.api.groups import group_picture_get as _op

        return cast("ChatPicture", await self._client._call(_op.asyncio_detailed, id=id, refresh=refresh))

    async def set(
        self,
        *,
        id: str,
        body: GroupPictureSetBody | dict[str, Any],
    ) -> Result:
        """Set the group picture

        ``PUT /groups/{id}/picture`` (operation ``groupPictureSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupPictureSetBody``, or a dict of the same shape.
        """
        from .._api.api.groups import group_picture_set as _op

        return cast("Result", await self._client._call(_op.asyncio_detailed, id=id, body=body))


class AsyncGroupsSettingsResource(AsyncResource):
    """``client.groups.settings``: The ``groups.settings`` operations."""

    async def get_info_admin_only(
        self,
        *,
        id: str,
    ) -> GroupSecuritySetting:
        """Get who can edit group info

        ``GET /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_info_admin_only_get as _op

        return cast("GroupSecuritySetting", await self._client._call(_op.asyncio_detailed, id=id))

    async def get_messages_admin_only(
        self,
        *,
        id: str,
    ) -> GroupSecuritySetting:
        """Get who can send messages

        ``GET /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_messages_admin_only_get as _op

        return cast("GroupSecuritySetting", await self._client._call(_op.asyncio_detailed, id=id))

    async def set_info_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
    ) -> Any:
        """Restrict editing group info

        ``PUT /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
        """
        from .._api.api.groups import group_info_admin_only_set as _op

        return cast("Any", await self._client._call(_op.asyncio_detailed, id=id, admins_only=admins_only))

    async def set_messages_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
    ) -> Any:
        """Restrict sending messages

        ``PUT /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
        """
        from .._api.api.groups import group_messages_admin_only_set as _op

        return cast("Any", await self._client._call(_op.asyncio_detailed, id=id, admins_only=admins_only))


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
    ) -> Count:
        """Count groups

        ``GET /groups/count`` (operation ``groupsCount``).
        """
        from .._api.api.groups import groups_count as _op

        return cast("Count", await self._client._call(_op.asyncio_detailed))

    async def create(
        self,
        *,
        body: GroupCreateBody | dict[str, Any],
    ) -> GowsGroupInfo | NowebGroupMetadata | WebjsCreateGroupResult:
        """Create a group

        ``POST /groups`` (operation ``groupCreate``).

        Args:
            body: The JSON request body: a ``GroupCreateBody``, or a dict of the same shape.
        """
        from .._api.api.groups import group_create as _op

        return cast(
            "GowsGroupInfo | NowebGroupMetadata | WebjsCreateGroupResult",
            await self._client._call(_op.asyncio_detailed, body=body),
        )

    async def delete(
        self,
        *,
        id: str,
    ) -> bool:
        """Delete a group

        ``DELETE /groups/{id}`` (operation ``groupDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_delete as _op

        return cast("bool", await self._client._call(_op.asyncio_detailed, id=id))

    async def get(
        self,
        *,
        id: str,
    ) -> GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat:
        """Get a group

        ``GET /groups/{id}`` (operation ``groupGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_get as _op

        return cast(
            "GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat", await self._client._call(_op.asyncio_detailed, id=id)
        )

    async def join(
        self,
        *,
        body: GroupJoinBody | dict[str, Any],
    ) -> GroupJoinResult:
        """Join a group

        ``POST /groups/join`` (operation ``groupJoin``).

        Args:
            body: The JSON request body: a ``GroupJoinBody``, or a dict of the same shape.
        """
        from .._api.api.groups import group_join as _op

        return cast("GroupJoinResult", await self._client._call(_op.asyncio_detailed, body=body))

    async def join_info(
        self,
        *,
        code: str,
    ) -> GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat:
        """Inspect an invite

        ``GET /groups/join-info`` (operation ``groupJoinInfo``).

        Args:
            code: Invite code or full invite link.
        """
        from .._api.api.groups import group_join_info as _op

        return cast(
            "GowsGroupInfo | NowebGroupMetadata | WebjsGroupChat",
            await self._client._call(_op.asyncio_detailed, code=code),
        )

    async def leave(
        self,
        *,
        id: str,
    ) -> Any:
        """Leave a group

        ``POST /groups/{id}/leave`` (operation ``groupLeave``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
        """
        from .._api.api.groups import group_leave as _op

        return cast("Any", await self._client._call(_op.asyncio_detailed, id=id))

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        sort_order: GroupsListSortOrder | Unset = UNSET,
        offset: int | Unset = 0,
    ) -> builtins.list[GowsGroupInfo] | builtins.list[WebjsGroupChat] | NowebGroupMap:
        """List groups

        ``GET /groups`` (operation ``groupsList``).

        Args:
            limit: Maximum number of groups to return.
            sort_order: Sort direction.
            offset: Number of items to skip before the first one returned.
        """
        from .._api.api.groups import groups_list as _op

        return cast(
            "builtins.list[GowsGroupInfo] | builtins.list[WebjsGroupChat] | NowebGroupMap",
            await self._client._call(_op.asyncio_detailed, limit=limit, sort_order=sort_order, offset=offset),
        )

    async def refresh(
        self,
    ) -> Result:
        """Refresh groups

        ``POST /groups/refresh`` (operation ``groupsRefresh``).
        """
        from .._api.api.groups import groups_refresh as _op

        return cast("Result", await self._client._call(_op.asyncio_detailed))

    async def set_description(
        self,
        *,
        id: str,
        body: GroupDescriptionSetBody | dict[str, Any],
    ) -> Any:
        """Set the group description

        ``PUT /groups/{id}/description`` (operation ``groupDescriptionSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupDescriptionSetBody``, or a dict of the same shape.
        """
        from .._api.api.groups import group_description_set as _op

        return cast("Any", await self._client._call(_op.asyncio_detailed, id=id, body=body))

    async def set_subject(
        self,
        *,
        id: str,
        body: GroupSubjectSetBody | dict[str, Any],
    ) -> Any:
        """Set the group name

        ``PUT /groups/{id}/subject`` (operation ``groupSubjectSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            body: The JSON request body: a ``GroupSubjectSetBody``, or a dict of the same shape.
        """
        from .._api.api.groups import group_subject_set as _op

        return cast("Any", await self._client._call(_op.asyncio_detailed, id=id, body=body))
