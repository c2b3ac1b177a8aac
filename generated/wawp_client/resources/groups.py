# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.groups`` namespace: Groups, their settings, invite links and members."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, given, refuse_arguments, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..pagination import OffsetPaging

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.chat_picture import ChatPicture
    from .._api.models.count import Count
    from .._api.models.file_ref import FileRef
    from .._api.models.gows_group_info import GowsGroupInfo
    from .._api.models.gows_participant import GowsParticipant
    from .._api.models.group_create_body import GroupCreateBody
    from .._api.models.group_description_set_body import GroupDescriptionSetBody
    from .._api.models.group_join_body import GroupJoinBody
    from .._api.models.group_join_result import GroupJoinResult
    from .._api.models.group_picture_set_body import GroupPictureSetBody
    from .._api.models.group_security_setting import GroupSecuritySetting
    from .._api.models.group_subject_set_body import GroupSubjectSetBody
    from .._api.models.noweb_group_metadata import NowebGroupMetadata
    from .._api.models.noweb_participant import NowebParticipant
    from .._api.models.noweb_participant_update import NowebParticipantUpdate
    from .._api.models.participant_ref import ParticipantRef
    from .._api.models.participants_request import ParticipantsRequest
    from .._api.models.result import Result
    from .._api.models.v2_group_invite import V2GroupInvite
    from .._api.models.v2_ok import V2Ok
    from .._api.models.webjs_create_group_result import WebjsCreateGroupResult
    from .._api.models.webjs_group_chat import WebjsGroupChat
    from .._api.models.webjs_participant import WebjsParticipant
    from .._api.models.webjs_participants_status import WebjsParticipantsStatus
    from .._api.types import Unset
    from .._models import RawList, RawObject
    from ..pagination import AsyncPage, SyncPage

__all__ = [
    "AsyncGroupsInviteCodeResource",
    "AsyncGroupsInviteCodeWithRawResponse",
    "AsyncGroupsParticipantsResource",
    "AsyncGroupsParticipantsWithRawResponse",
    "AsyncGroupsPictureResource",
    "AsyncGroupsPictureWithRawResponse",
    "AsyncGroupsResource",
    "AsyncGroupsSettingsResource",
    "AsyncGroupsSettingsWithRawResponse",
    "AsyncGroupsWithRawResponse",
    "GroupsInviteCodeResource",
    "GroupsInviteCodeWithRawResponse",
    "GroupsParticipantsResource",
    "GroupsParticipantsWithRawResponse",
    "GroupsPictureResource",
    "GroupsPictureWithRawResponse",
    "GroupsResource",
    "GroupsSettingsResource",
    "GroupsSettingsWithRawResponse",
    "GroupsWithRawResponse",
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

        v1: ``GET /groups/{id}/invite-code`` (operation ``groupInviteCodeGet``); v2: ``GET /v2/groups/{id}/invite-
        code`` (operation ``groupInviteCodeGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_invite_code_get

            result: str = self._client._call(
                group_invite_code_get._get_kwargs,
                cast_to=group_invite_code_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_invite_code_get_v2

            result = self._client._call(
                group_invite_code_get_v2._get_kwargs,
                cast_to=group_invite_code_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    def revoke(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> str:
        """Revoke the invite link

        v1: ``POST /groups/{id}/invite-code/revoke`` (operation ``groupInviteCodeRevoke``); v2: ``POST
        /v2/groups/{id}/invite-code/revoke`` (operation ``groupInviteCodeRevoke``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_invite_code_revoke

            result: str = self._client._call(
                group_invite_code_revoke._get_kwargs,
                cast_to=group_invite_code_revoke.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_invite_code_revoke_v2

            result = self._client._call(
                group_invite_code_revoke_v2._get_kwargs,
                cast_to=group_invite_code_revoke_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result


class GroupsInviteCodeWithRawResponse:
    """``client.with_raw_response.groups.invite_code``: the same methods, returning the HTTP response."""

    def __init__(self, resource: GroupsInviteCodeResource) -> None:
        self._resource = resource
        self.get = to_raw_response_wrapper(resource.get)
        self.revoke = to_raw_response_wrapper(resource.revoke)


class GroupsParticipantsResource(SyncResource):
    """``client.groups.participants``: The ``groups.participants`` operations."""

    @overload
    def add(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    @overload
    def add(
        self,
        *,
        id: str,
        body: ParticipantsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    def add(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]] | Unset = UNSET,
        body: ParticipantsRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ):
        """Add members

        v1: ``POST /groups/{id}/participants/add`` (operation ``groupParticipantsAdd``); v2: ``POST
        /v2/groups/{id}/participants/add`` (operation ``groupParticipantsAdd``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_participants_add
            from .._api.models.participants_request import ParticipantsRequest

            result: (
                builtins.list[GowsParticipant]
                | WebjsParticipantsStatus
                | dict[str, Any]
                | str
                | builtins.list[NowebParticipantUpdate]
                | RawObject
                | RawList
                | V2Ok
            ) = self._client._call(
                group_participants_add._get_kwargs,
                cast_to=group_participants_add.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.add", participants=participants),
            )
        else:
            from .._api.api.groups import group_participants_add_v2
            from .._api.models.participants_request import ParticipantsRequest

            result = self._client._call(
                group_participants_add_v2._get_kwargs,
                cast_to=group_participants_add_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.add", participants=participants),
            )
        return result

    @overload
    def demote(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    @overload
    def demote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    def demote(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]] | Unset = UNSET,
        body: ParticipantsRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ):
        """Demote admins

        v1: ``POST /groups/{id}/admin/demote`` (operation ``groupAdminDemote``); v2: ``POST
        /v2/groups/{id}/admin/demote`` (operation ``groupAdminDemote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_admin_demote
            from .._api.models.participants_request import ParticipantsRequest

            result: (
                builtins.list[GowsParticipant]
                | WebjsParticipantsStatus
                | dict[str, Any]
                | str
                | builtins.list[NowebParticipantUpdate]
                | RawObject
                | RawList
                | V2Ok
            ) = self._client._call(
                group_admin_demote._get_kwargs,
                cast_to=group_admin_demote.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.demote", participants=participants),
            )
        else:
            from .._api.api.groups import group_admin_demote_v2
            from .._api.models.participants_request import ParticipantsRequest

            result = self._client._call(
                group_admin_demote_v2._get_kwargs,
                cast_to=group_admin_demote_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.demote", participants=participants),
            )
        return result

    def list(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[GowsParticipant] | builtins.list[WebjsParticipant] | builtins.list[NowebParticipant] | RawList:
        """List group members

        v1: ``GET /groups/{id}/participants`` (operation ``groupParticipantsList``); v2: ``GET
        /v2/groups/{id}/participants`` (operation ``groupParticipantsList``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_participants_list

            result: (
                builtins.list[GowsParticipant]
                | builtins.list[WebjsParticipant]
                | builtins.list[NowebParticipant]
                | RawList
            ) = self._client._call(
                group_participants_list._get_kwargs,
                cast_to=group_participants_list.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_participants_list_v2

            result = self._client._call(
                group_participants_list_v2._get_kwargs,
                cast_to=group_participants_list_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    @overload
    def promote(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    @overload
    def promote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    def promote(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]] | Unset = UNSET,
        body: ParticipantsRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ):
        """Promote members to admin

        v1: ``POST /groups/{id}/admin/promote`` (operation ``groupAdminPromote``); v2: ``POST
        /v2/groups/{id}/admin/promote`` (operation ``groupAdminPromote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_admin_promote
            from .._api.models.participants_request import ParticipantsRequest

            result: (
                builtins.list[GowsParticipant]
                | WebjsParticipantsStatus
                | dict[str, Any]
                | str
                | builtins.list[NowebParticipantUpdate]
                | RawObject
                | RawList
                | V2Ok
            ) = self._client._call(
                group_admin_promote._get_kwargs,
                cast_to=group_admin_promote.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.promote", participants=participants),
            )
        else:
            from .._api.api.groups import group_admin_promote_v2
            from .._api.models.participants_request import ParticipantsRequest

            result = self._client._call(
                group_admin_promote_v2._get_kwargs,
                cast_to=group_admin_promote_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.promote", participants=participants),
            )
        return result

    @overload
    def remove(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    @overload
    def remove(
        self,
        *,
        id: str,
        body: ParticipantsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    def remove(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]] | Unset = UNSET,
        body: ParticipantsRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ):
        """Remove members

        v1: ``POST /groups/{id}/participants/remove`` (operation ``groupParticipantsRemove``); v2: ``POST
        /v2/groups/{id}/participants/remove`` (operation ``groupParticipantsRemove``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_participants_remove
            from .._api.models.participants_request import ParticipantsRequest

            result: (
                builtins.list[GowsParticipant]
                | WebjsParticipantsStatus
                | dict[str, Any]
                | str
                | builtins.list[NowebParticipantUpdate]
                | RawObject
                | RawList
                | V2Ok
            ) = self._client._call(
                group_participants_remove._get_kwargs,
                cast_to=group_participants_remove.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.remove", participants=participants),
            )
        else:
            from .._api.api.groups import group_participants_remove_v2
            from .._api.models.participants_request import ParticipantsRequest

            result = self._client._call(
                group_participants_remove_v2._get_kwargs,
                cast_to=group_participants_remove_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.remove", participants=participants),
            )
        return result


class GroupsParticipantsWithRawResponse:
    """``client.with_raw_response.groups.participants``: the same methods, returning the HTTP response."""

    def __init__(self, resource: GroupsParticipantsResource) -> None:
        self._resource = resource
        self.add = to_raw_response_wrapper(resource.add)
        self.demote = to_raw_response_wrapper(resource.demote)
        self.list = to_raw_response_wrapper(resource.list)
        self.promote = to_raw_response_wrapper(resource.promote)
        self.remove = to_raw_response_wrapper(resource.remove)


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

        Only in Wawp v1: ``DELETE /groups/{id}/picture`` (operation ``groupPictureDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.picture.delete")
        from .._api.api.groups import group_picture_delete

        result: Result = self._client._call(
            group_picture_delete._get_kwargs,
            cast_to=group_picture_delete.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result

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

        Only in Wawp v1: ``GET /groups/{id}/picture`` (operation ``groupPictureGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.picture.get")
        from .._api.api.groups import group_picture_get

        result: ChatPicture = self._client._call(
            group_picture_get._get_kwargs,
            cast_to=group_picture_get.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            refresh=refresh,
        )
        return result

    @overload
    def set(
        self,
        *,
        id: str,
        file: FileRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    @overload
    def set(
        self,
        *,
        id: str,
        body: GroupPictureSetBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    def set(
        self,
        *,
        id: str,
        file: FileRef | Mapping[str, Any] | Unset = UNSET,
        body: GroupPictureSetBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the group picture

        Only in Wawp v1: ``PUT /groups/{id}/picture`` (operation ``groupPictureSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            file: A file given by URL, for JSON bodies.
            body: The whole JSON body instead of the keyword arguments: a ``GroupPictureSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.picture.set")
        from .._api.api.groups import group_picture_set
        from .._api.models.group_picture_set_body import GroupPictureSetBody

        result: Result = self._client._call(
            group_picture_set._get_kwargs,
            cast_to=group_picture_set.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=build_body(GroupPictureSetBody, body, "groups.picture.set", file=file),
        )
        return result


class GroupsPictureWithRawResponse:
    """``client.with_raw_response.groups.picture``: the same methods, returning the HTTP response."""

    def __init__(self, resource: GroupsPictureResource) -> None:
        self._resource = resource
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.set = to_raw_response_wrapper(resource.set)


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

        v1: ``GET /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlyGet``); v2: ``GET
        /v2/groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_info_admin_only_get

            result: GroupSecuritySetting = self._client._call(
                group_info_admin_only_get._get_kwargs,
                cast_to=group_info_admin_only_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_info_admin_only_get_v2

            result = self._client._call(
                group_info_admin_only_get_v2._get_kwargs,
                cast_to=group_info_admin_only_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    def get_messages_admin_only(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupSecuritySetting:
        """Get who can send messages

        v1: ``GET /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlyGet``); v2:
        ``GET /v2/groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_messages_admin_only_get

            result: GroupSecuritySetting = self._client._call(
                group_messages_admin_only_get._get_kwargs,
                cast_to=group_messages_admin_only_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_messages_admin_only_get_v2

            result = self._client._call(
                group_messages_admin_only_get_v2._get_kwargs,
                cast_to=group_messages_admin_only_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    def set_info_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Restrict editing group info

        Only in Wawp v1: ``PUT /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.settings.set_info_admin_only")
        from .._api.api.groups import group_info_admin_only_set

        result: None = self._client._call(
            group_info_admin_only_set._get_kwargs,
            cast_to=group_info_admin_only_set.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            admins_only=admins_only,
        )
        return result

    def set_messages_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Restrict sending messages

        Only in Wawp v1: ``PUT /groups/{id}/settings/security/messages-admin-only`` (operation
        ``groupMessagesAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.settings.set_messages_admin_only")
        from .._api.api.groups import group_messages_admin_only_set

        result: None = self._client._call(
            group_messages_admin_only_set._get_kwargs,
            cast_to=group_messages_admin_only_set.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            admins_only=admins_only,
        )
        return result


class GroupsSettingsWithRawResponse:
    """``client.with_raw_response.groups.settings``: the same methods, returning the HTTP response."""

    def __init__(self, resource: GroupsSettingsResource) -> None:
        self._resource = resource
        self.get_info_admin_only = to_raw_response_wrapper(resource.get_info_admin_only)
        self.get_messages_admin_only = to_raw_response_wrapper(resource.get_messages_admin_only)
        self.set_info_admin_only = to_raw_response_wrapper(resource.set_info_admin_only)
        self.set_messages_admin_only = to_raw_response_wrapper(resource.set_messages_admin_only)


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

        Only in Wawp v1: ``GET /groups/count`` (operation ``groupsCount``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.count")
        from .._api.api.groups import groups_count

        result: Count = self._client._call(
            groups_count._get_kwargs,
            cast_to=groups_count.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    @overload
    def create(
        self,
        *,
        name: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsCreateGroupResult | NowebGroupMetadata | RawObject: ...

    @overload
    def create(
        self,
        *,
        body: GroupCreateBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsCreateGroupResult | NowebGroupMetadata | RawObject: ...

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]] | Unset = UNSET,
        body: GroupCreateBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsCreateGroupResult | NowebGroupMetadata | RawObject:
        """Create a group

        v1: ``POST /groups`` (operation ``groupCreate``); v2: ``POST /v2/groups`` (operation ``groupCreate``).

        Args:
            name: Group name.
            participants: Initial members.
            body: The whole JSON body instead of the keyword arguments: a ``GroupCreateBody``, or a dict with
                its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_create
            from .._api.models.group_create_body import GroupCreateBody

            result: GowsGroupInfo | WebjsCreateGroupResult | NowebGroupMetadata | RawObject = self._client._call(
                group_create._get_kwargs,
                cast_to=group_create.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(GroupCreateBody, body, "groups.create", name=name, participants=participants),
            )
        else:
            from .._api.api.groups import group_create_v2
            from .._api.models.group_create_body import GroupCreateBody

            result = self._client._call(
                group_create_v2._get_kwargs,
                cast_to=group_create_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(GroupCreateBody, body, "groups.create", name=name, participants=participants),
            )
        return result

    def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a group

        Only in Wawp v1: ``DELETE /groups/{id}`` (operation ``groupDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.delete")
        from .._api.api.groups import group_delete

        result: bool = self._client._call(
            group_delete._get_kwargs,
            cast_to=group_delete.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result

    def detail(
        self,
        *,
        group_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject:
        """Read a group

        Only in Wawp v2: ``GET /v2/groups/detail`` (operation ``groupDetail``).

        Args:
            group_id: The group's id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "groups.detail")
        from .._api.api.groups import group_detail_v2

        result: GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject = self._client._call(
            group_detail_v2._get_kwargs,
            cast_to=group_detail_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            group_id=group_id,
        )
        return result

    def get(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject:
        """Get a group

        Only in Wawp v1: ``GET /groups/{id}`` (operation ``groupGet``). On v2, ``client.groups.detail()`` takes its
        place.

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.get", "groups.detail")
        from .._api.api.groups import group_get

        result: GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject = self._client._call(
            group_get._get_kwargs,
            cast_to=group_get.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result

    @overload
    def join(
        self,
        *,
        code: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult: ...

    @overload
    def join(
        self,
        *,
        body: GroupJoinBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult: ...

    def join(
        self,
        *,
        code: str | Unset = UNSET,
        body: GroupJoinBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult:
        """Join a group

        Only in Wawp v1: ``POST /groups/join`` (operation ``groupJoin``). On v2, ``client.groups.join_by_link()``
        takes its place.

        Args:
            code: Invite code or full invite link.
            body: The whole JSON body instead of the keyword arguments: a ``GroupJoinBody``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.join", "groups.join_by_link")
        from .._api.api.groups import group_join
        from .._api.models.group_join_body import GroupJoinBody

        result: GroupJoinResult = self._client._call(
            group_join._get_kwargs,
            cast_to=group_join.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(GroupJoinBody, body, "groups.join", code=code),
        )
        return result

    @overload
    def join_by_link(
        self,
        *,
        url: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult: ...

    @overload
    def join_by_link(
        self,
        *,
        body: V2GroupInvite | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult: ...

    def join_by_link(
        self,
        *,
        url: str | Unset = UNSET,
        body: V2GroupInvite | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult:
        """Join a group by its invite link

        Only in Wawp v2: ``POST /v2/groups/join`` (operation ``groupJoinByLink``).

        Args:
            url: Invite link or code.
            body: The whole JSON body instead of the keyword arguments: a ``V2GroupInvite``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "groups.join_by_link")
        from .._api.api.groups import group_join_by_link_v2
        from .._api.models.v2_group_invite import V2GroupInvite

        result: GroupJoinResult = self._client._call(
            group_join_by_link_v2._get_kwargs,
            cast_to=group_join_by_link_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(V2GroupInvite, body, "groups.join_by_link", url=url),
        )
        return result

    def join_info(
        self,
        *,
        code: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject:
        """Inspect an invite

        Only in Wawp v1: ``GET /groups/join-info`` (operation ``groupJoinInfo``).

        Args:
            code: Invite code or full invite link.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.join_info")
        from .._api.api.groups import group_join_info

        result: GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject = self._client._call(
            group_join_info._get_kwargs,
            cast_to=group_join_info.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            code=code,
        )
        return result

    def leave(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Leave a group

        v1: ``POST /groups/{id}/leave`` (operation ``groupLeave``); v2: ``POST /v2/groups/{id}/leave`` (operation
        ``groupLeave``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_leave

            result: None = self._client._call(
                group_leave._get_kwargs,
                cast_to=group_leave.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_leave_v2

            result = self._client._call(
                group_leave_v2._get_kwargs,
                cast_to=group_leave_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    def list(
        self,
        *,
        limit: int | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SyncPage[GowsGroupInfo | WebjsGroupChat | Any]:
        """List groups

        v1: ``GET /groups`` (operation ``groupsList``); v2: ``GET /v2/groups`` (operation ``groupsList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            limit: Maximum number of groups to return.
            sort_order: Sort direction.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import groups_list

            result: SyncPage[GowsGroupInfo | WebjsGroupChat | Any] = self._client._call(
                groups_list._get_kwargs,
                cast_to=groups_list.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(limit=limit, sort_order=sort_order),
            )
        else:
            from .._api.api.groups import groups_list_v2

            refuse_arguments("groups.list", "v2", sort_order=sort_order)
            result = self._client._call(
                groups_list_v2._get_kwargs,
                cast_to=groups_list_v2.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(limit=limit),
            )
        return result

    def refresh(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Refresh groups

        Only in Wawp v1: ``POST /groups/refresh`` (operation ``groupsRefresh``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.refresh")
        from .._api.api.groups import groups_refresh

        result: Result = self._client._call(
            groups_refresh._get_kwargs,
            cast_to=groups_refresh.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    @overload
    def set_description(
        self,
        *,
        id: str,
        description: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    def set_description(
        self,
        *,
        id: str,
        body: GroupDescriptionSetBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    def set_description(
        self,
        *,
        id: str,
        description: str | Unset = UNSET,
        body: GroupDescriptionSetBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Set the group description

        v1: ``PUT /groups/{id}/description`` (operation ``groupDescriptionSet``); v2: ``PUT
        /v2/groups/{id}/description`` (operation ``groupDescriptionSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            description: New description.
            body: The whole JSON body instead of the keyword arguments: a ``GroupDescriptionSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_description_set
            from .._api.models.group_description_set_body import GroupDescriptionSetBody

            result: None = self._client._call(
                group_description_set._get_kwargs,
                cast_to=group_description_set.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(GroupDescriptionSetBody, body, "groups.set_description", description=description),
            )
        else:
            from .._api.api.groups import group_description_set_v2
            from .._api.models.group_description_set_body import GroupDescriptionSetBody

            result = self._client._call(
                group_description_set_v2._get_kwargs,
                cast_to=group_description_set_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(GroupDescriptionSetBody, body, "groups.set_description", description=description),
            )
        return result

    @overload
    def set_subject(
        self,
        *,
        id: str,
        subject: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    def set_subject(
        self,
        *,
        id: str,
        body: GroupSubjectSetBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    def set_subject(
        self,
        *,
        id: str,
        subject: str | Unset = UNSET,
        body: GroupSubjectSetBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Set the group name

        v1: ``PUT /groups/{id}/subject`` (operation ``groupSubjectSet``); v2: ``PUT /v2/groups/{id}/subject``
        (operation ``groupSubjectSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            subject: New group name (GOWS refuses a blank one).
            body: The whole JSON body instead of the keyword arguments: a ``GroupSubjectSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_subject_set
            from .._api.models.group_subject_set_body import GroupSubjectSetBody

            result: None = self._client._call(
                group_subject_set._get_kwargs,
                cast_to=group_subject_set.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(GroupSubjectSetBody, body, "groups.set_subject", subject=subject),
            )
        else:
            from .._api.api.groups import group_subject_set_v2
            from .._api.models.group_subject_set_body import GroupSubjectSetBody

            result = self._client._call(
                group_subject_set_v2._get_kwargs,
                cast_to=group_subject_set_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(GroupSubjectSetBody, body, "groups.set_subject", subject=subject),
            )
        return result


class GroupsWithRawResponse:
    """``client.with_raw_response.groups``: the same methods, returning the HTTP response."""

    def __init__(self, resource: GroupsResource) -> None:
        self._resource = resource
        self.count = to_raw_response_wrapper(resource.count)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.detail = to_raw_response_wrapper(resource.detail)
        self.get = to_raw_response_wrapper(resource.get)
        self.join = to_raw_response_wrapper(resource.join)
        self.join_by_link = to_raw_response_wrapper(resource.join_by_link)
        self.join_info = to_raw_response_wrapper(resource.join_info)
        self.leave = to_raw_response_wrapper(resource.leave)
        self.list = to_raw_response_wrapper(resource.list)
        self.refresh = to_raw_response_wrapper(resource.refresh)
        self.set_description = to_raw_response_wrapper(resource.set_description)
        self.set_subject = to_raw_response_wrapper(resource.set_subject)

    @cached_property
    def invite_code(self) -> GroupsInviteCodeWithRawResponse:
        """``client.with_raw_response.groups.invite_code``."""
        return GroupsInviteCodeWithRawResponse(self._resource.invite_code)

    @cached_property
    def participants(self) -> GroupsParticipantsWithRawResponse:
        """``client.with_raw_response.groups.participants``."""
        return GroupsParticipantsWithRawResponse(self._resource.participants)

    @cached_property
    def picture(self) -> GroupsPictureWithRawResponse:
        """``client.with_raw_response.groups.picture``."""
        return GroupsPictureWithRawResponse(self._resource.picture)

    @cached_property
    def settings(self) -> GroupsSettingsWithRawResponse:
        """``client.with_raw_response.groups.settings``."""
        return GroupsSettingsWithRawResponse(self._resource.settings)


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

        v1: ``GET /groups/{id}/invite-code`` (operation ``groupInviteCodeGet``); v2: ``GET /v2/groups/{id}/invite-
        code`` (operation ``groupInviteCodeGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_invite_code_get

            result: str = await self._client._call(
                group_invite_code_get._get_kwargs,
                cast_to=group_invite_code_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_invite_code_get_v2

            result = await self._client._call(
                group_invite_code_get_v2._get_kwargs,
                cast_to=group_invite_code_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    async def revoke(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> str:
        """Revoke the invite link

        v1: ``POST /groups/{id}/invite-code/revoke`` (operation ``groupInviteCodeRevoke``); v2: ``POST
        /v2/groups/{id}/invite-code/revoke`` (operation ``groupInviteCodeRevoke``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_invite_code_revoke

            result: str = await self._client._call(
                group_invite_code_revoke._get_kwargs,
                cast_to=group_invite_code_revoke.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_invite_code_revoke_v2

            result = await self._client._call(
                group_invite_code_revoke_v2._get_kwargs,
                cast_to=group_invite_code_revoke_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result


class AsyncGroupsInviteCodeWithRawResponse:
    """``client.with_raw_response.groups.invite_code``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncGroupsInviteCodeResource) -> None:
        self._resource = resource
        self.get = async_to_raw_response_wrapper(resource.get)
        self.revoke = async_to_raw_response_wrapper(resource.revoke)


class AsyncGroupsParticipantsResource(AsyncResource):
    """``client.groups.participants``: The ``groups.participants`` operations."""

    @overload
    async def add(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    @overload
    async def add(
        self,
        *,
        id: str,
        body: ParticipantsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    async def add(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]] | Unset = UNSET,
        body: ParticipantsRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ):
        """Add members

        v1: ``POST /groups/{id}/participants/add`` (operation ``groupParticipantsAdd``); v2: ``POST
        /v2/groups/{id}/participants/add`` (operation ``groupParticipantsAdd``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_participants_add
            from .._api.models.participants_request import ParticipantsRequest

            result: (
                builtins.list[GowsParticipant]
                | WebjsParticipantsStatus
                | dict[str, Any]
                | str
                | builtins.list[NowebParticipantUpdate]
                | RawObject
                | RawList
                | V2Ok
            ) = await self._client._call(
                group_participants_add._get_kwargs,
                cast_to=group_participants_add.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.add", participants=participants),
            )
        else:
            from .._api.api.groups import group_participants_add_v2
            from .._api.models.participants_request import ParticipantsRequest

            result = await self._client._call(
                group_participants_add_v2._get_kwargs,
                cast_to=group_participants_add_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.add", participants=participants),
            )
        return result

    @overload
    async def demote(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    @overload
    async def demote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    async def demote(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]] | Unset = UNSET,
        body: ParticipantsRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ):
        """Demote admins

        v1: ``POST /groups/{id}/admin/demote`` (operation ``groupAdminDemote``); v2: ``POST
        /v2/groups/{id}/admin/demote`` (operation ``groupAdminDemote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_admin_demote
            from .._api.models.participants_request import ParticipantsRequest

            result: (
                builtins.list[GowsParticipant]
                | WebjsParticipantsStatus
                | dict[str, Any]
                | str
                | builtins.list[NowebParticipantUpdate]
                | RawObject
                | RawList
                | V2Ok
            ) = await self._client._call(
                group_admin_demote._get_kwargs,
                cast_to=group_admin_demote.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.demote", participants=participants),
            )
        else:
            from .._api.api.groups import group_admin_demote_v2
            from .._api.models.participants_request import ParticipantsRequest

            result = await self._client._call(
                group_admin_demote_v2._get_kwargs,
                cast_to=group_admin_demote_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.demote", participants=participants),
            )
        return result

    async def list(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[GowsParticipant] | builtins.list[WebjsParticipant] | builtins.list[NowebParticipant] | RawList:
        """List group members

        v1: ``GET /groups/{id}/participants`` (operation ``groupParticipantsList``); v2: ``GET
        /v2/groups/{id}/participants`` (operation ``groupParticipantsList``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_participants_list

            result: (
                builtins.list[GowsParticipant]
                | builtins.list[WebjsParticipant]
                | builtins.list[NowebParticipant]
                | RawList
            ) = await self._client._call(
                group_participants_list._get_kwargs,
                cast_to=group_participants_list.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_participants_list_v2

            result = await self._client._call(
                group_participants_list_v2._get_kwargs,
                cast_to=group_participants_list_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    @overload
    async def promote(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    @overload
    async def promote(
        self,
        *,
        id: str,
        body: ParticipantsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    async def promote(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]] | Unset = UNSET,
        body: ParticipantsRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ):
        """Promote members to admin

        v1: ``POST /groups/{id}/admin/promote`` (operation ``groupAdminPromote``); v2: ``POST
        /v2/groups/{id}/admin/promote`` (operation ``groupAdminPromote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_admin_promote
            from .._api.models.participants_request import ParticipantsRequest

            result: (
                builtins.list[GowsParticipant]
                | WebjsParticipantsStatus
                | dict[str, Any]
                | str
                | builtins.list[NowebParticipantUpdate]
                | RawObject
                | RawList
                | V2Ok
            ) = await self._client._call(
                group_admin_promote._get_kwargs,
                cast_to=group_admin_promote.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.promote", participants=participants),
            )
        else:
            from .._api.api.groups import group_admin_promote_v2
            from .._api.models.participants_request import ParticipantsRequest

            result = await self._client._call(
                group_admin_promote_v2._get_kwargs,
                cast_to=group_admin_promote_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.promote", participants=participants),
            )
        return result

    @overload
    async def remove(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    @overload
    async def remove(
        self,
        *,
        id: str,
        body: ParticipantsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ): ...

    async def remove(
        self,
        *,
        id: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]] | Unset = UNSET,
        body: ParticipantsRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> (
        builtins.list[GowsParticipant]
        | WebjsParticipantsStatus
        | dict[str, Any]
        | str
        | builtins.list[NowebParticipantUpdate]
        | RawObject
        | RawList
        | V2Ok
    ):
        """Remove members

        v1: ``POST /groups/{id}/participants/remove`` (operation ``groupParticipantsRemove``); v2: ``POST
        /v2/groups/{id}/participants/remove`` (operation ``groupParticipantsRemove``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_participants_remove
            from .._api.models.participants_request import ParticipantsRequest

            result: (
                builtins.list[GowsParticipant]
                | WebjsParticipantsStatus
                | dict[str, Any]
                | str
                | builtins.list[NowebParticipantUpdate]
                | RawObject
                | RawList
                | V2Ok
            ) = await self._client._call(
                group_participants_remove._get_kwargs,
                cast_to=group_participants_remove.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.remove", participants=participants),
            )
        else:
            from .._api.api.groups import group_participants_remove_v2
            from .._api.models.participants_request import ParticipantsRequest

            result = await self._client._call(
                group_participants_remove_v2._get_kwargs,
                cast_to=group_participants_remove_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(ParticipantsRequest, body, "groups.participants.remove", participants=participants),
            )
        return result


class AsyncGroupsParticipantsWithRawResponse:
    """``client.with_raw_response.groups.participants``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncGroupsParticipantsResource) -> None:
        self._resource = resource
        self.add = async_to_raw_response_wrapper(resource.add)
        self.demote = async_to_raw_response_wrapper(resource.demote)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.promote = async_to_raw_response_wrapper(resource.promote)
        self.remove = async_to_raw_response_wrapper(resource.remove)


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

        Only in Wawp v1: ``DELETE /groups/{id}/picture`` (operation ``groupPictureDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.picture.delete")
        from .._api.api.groups import group_picture_delete

        result: Result = await self._client._call(
            group_picture_delete._get_kwargs,
            cast_to=group_picture_delete.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result

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

        Only in Wawp v1: ``GET /groups/{id}/picture`` (operation ``groupPictureGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.picture.get")
        from .._api.api.groups import group_picture_get

        result: ChatPicture = await self._client._call(
            group_picture_get._get_kwargs,
            cast_to=group_picture_get.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            refresh=refresh,
        )
        return result

    @overload
    async def set(
        self,
        *,
        id: str,
        file: FileRef | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    @overload
    async def set(
        self,
        *,
        id: str,
        body: GroupPictureSetBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result: ...

    async def set(
        self,
        *,
        id: str,
        file: FileRef | Mapping[str, Any] | Unset = UNSET,
        body: GroupPictureSetBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Set the group picture

        Only in Wawp v1: ``PUT /groups/{id}/picture`` (operation ``groupPictureSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            file: A file given by URL, for JSON bodies.
            body: The whole JSON body instead of the keyword arguments: a ``GroupPictureSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.picture.set")
        from .._api.api.groups import group_picture_set
        from .._api.models.group_picture_set_body import GroupPictureSetBody

        result: Result = await self._client._call(
            group_picture_set._get_kwargs,
            cast_to=group_picture_set.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            body=build_body(GroupPictureSetBody, body, "groups.picture.set", file=file),
        )
        return result


class AsyncGroupsPictureWithRawResponse:
    """``client.with_raw_response.groups.picture``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncGroupsPictureResource) -> None:
        self._resource = resource
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.set = async_to_raw_response_wrapper(resource.set)


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

        v1: ``GET /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlyGet``); v2: ``GET
        /v2/groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_info_admin_only_get

            result: GroupSecuritySetting = await self._client._call(
                group_info_admin_only_get._get_kwargs,
                cast_to=group_info_admin_only_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_info_admin_only_get_v2

            result = await self._client._call(
                group_info_admin_only_get_v2._get_kwargs,
                cast_to=group_info_admin_only_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    async def get_messages_admin_only(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupSecuritySetting:
        """Get who can send messages

        v1: ``GET /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlyGet``); v2:
        ``GET /v2/groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_messages_admin_only_get

            result: GroupSecuritySetting = await self._client._call(
                group_messages_admin_only_get._get_kwargs,
                cast_to=group_messages_admin_only_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_messages_admin_only_get_v2

            result = await self._client._call(
                group_messages_admin_only_get_v2._get_kwargs,
                cast_to=group_messages_admin_only_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    async def set_info_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Restrict editing group info

        Only in Wawp v1: ``PUT /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.settings.set_info_admin_only")
        from .._api.api.groups import group_info_admin_only_set

        result: None = await self._client._call(
            group_info_admin_only_set._get_kwargs,
            cast_to=group_info_admin_only_set.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            admins_only=admins_only,
        )
        return result

    async def set_messages_admin_only(
        self,
        *,
        id: str,
        admins_only: bool,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Restrict sending messages

        Only in Wawp v1: ``PUT /groups/{id}/settings/security/messages-admin-only`` (operation
        ``groupMessagesAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.settings.set_messages_admin_only")
        from .._api.api.groups import group_messages_admin_only_set

        result: None = await self._client._call(
            group_messages_admin_only_set._get_kwargs,
            cast_to=group_messages_admin_only_set.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
            admins_only=admins_only,
        )
        return result


class AsyncGroupsSettingsWithRawResponse:
    """``client.with_raw_response.groups.settings``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncGroupsSettingsResource) -> None:
        self._resource = resource
        self.get_info_admin_only = async_to_raw_response_wrapper(resource.get_info_admin_only)
        self.get_messages_admin_only = async_to_raw_response_wrapper(resource.get_messages_admin_only)
        self.set_info_admin_only = async_to_raw_response_wrapper(resource.set_info_admin_only)
        self.set_messages_admin_only = async_to_raw_response_wrapper(resource.set_messages_admin_only)


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

        Only in Wawp v1: ``GET /groups/count`` (operation ``groupsCount``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.count")
        from .._api.api.groups import groups_count

        result: Count = await self._client._call(
            groups_count._get_kwargs,
            cast_to=groups_count.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    @overload
    async def create(
        self,
        *,
        name: str,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsCreateGroupResult | NowebGroupMetadata | RawObject: ...

    @overload
    async def create(
        self,
        *,
        body: GroupCreateBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsCreateGroupResult | NowebGroupMetadata | RawObject: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        participants: builtins.list[ParticipantRef | Mapping[str, Any]] | Unset = UNSET,
        body: GroupCreateBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsCreateGroupResult | NowebGroupMetadata | RawObject:
        """Create a group

        v1: ``POST /groups`` (operation ``groupCreate``); v2: ``POST /v2/groups`` (operation ``groupCreate``).

        Args:
            name: Group name.
            participants: Initial members.
            body: The whole JSON body instead of the keyword arguments: a ``GroupCreateBody``, or a dict with
                its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_create
            from .._api.models.group_create_body import GroupCreateBody

            result: GowsGroupInfo | WebjsCreateGroupResult | NowebGroupMetadata | RawObject = await self._client._call(
                group_create._get_kwargs,
                cast_to=group_create.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(GroupCreateBody, body, "groups.create", name=name, participants=participants),
            )
        else:
            from .._api.api.groups import group_create_v2
            from .._api.models.group_create_body import GroupCreateBody

            result = await self._client._call(
                group_create_v2._get_kwargs,
                cast_to=group_create_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(GroupCreateBody, body, "groups.create", name=name, participants=participants),
            )
        return result

    async def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> bool:
        """Delete a group

        Only in Wawp v1: ``DELETE /groups/{id}`` (operation ``groupDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.delete")
        from .._api.api.groups import group_delete

        result: bool = await self._client._call(
            group_delete._get_kwargs,
            cast_to=group_delete.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result

    async def detail(
        self,
        *,
        group_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject:
        """Read a group

        Only in Wawp v2: ``GET /v2/groups/detail`` (operation ``groupDetail``).

        Args:
            group_id: The group's id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "groups.detail")
        from .._api.api.groups import group_detail_v2

        result: GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject = await self._client._call(
            group_detail_v2._get_kwargs,
            cast_to=group_detail_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            group_id=group_id,
        )
        return result

    async def get(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject:
        """Get a group

        Only in Wawp v1: ``GET /groups/{id}`` (operation ``groupGet``). On v2, ``client.groups.detail()`` takes its
        place.

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.get", "groups.detail")
        from .._api.api.groups import group_get

        result: GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject = await self._client._call(
            group_get._get_kwargs,
            cast_to=group_get.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
        )
        return result

    @overload
    async def join(
        self,
        *,
        code: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult: ...

    @overload
    async def join(
        self,
        *,
        body: GroupJoinBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult: ...

    async def join(
        self,
        *,
        code: str | Unset = UNSET,
        body: GroupJoinBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult:
        """Join a group

        Only in Wawp v1: ``POST /groups/join`` (operation ``groupJoin``). On v2, ``client.groups.join_by_link()``
        takes its place.

        Args:
            code: Invite code or full invite link.
            body: The whole JSON body instead of the keyword arguments: a ``GroupJoinBody``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.join", "groups.join_by_link")
        from .._api.api.groups import group_join
        from .._api.models.group_join_body import GroupJoinBody

        result: GroupJoinResult = await self._client._call(
            group_join._get_kwargs,
            cast_to=group_join.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(GroupJoinBody, body, "groups.join", code=code),
        )
        return result

    @overload
    async def join_by_link(
        self,
        *,
        url: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult: ...

    @overload
    async def join_by_link(
        self,
        *,
        body: V2GroupInvite | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult: ...

    async def join_by_link(
        self,
        *,
        url: str | Unset = UNSET,
        body: V2GroupInvite | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GroupJoinResult:
        """Join a group by its invite link

        Only in Wawp v2: ``POST /v2/groups/join`` (operation ``groupJoinByLink``).

        Args:
            url: Invite link or code.
            body: The whole JSON body instead of the keyword arguments: a ``V2GroupInvite``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "groups.join_by_link")
        from .._api.api.groups import group_join_by_link_v2
        from .._api.models.v2_group_invite import V2GroupInvite

        result: GroupJoinResult = await self._client._call(
            group_join_by_link_v2._get_kwargs,
            cast_to=group_join_by_link_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(V2GroupInvite, body, "groups.join_by_link", url=url),
        )
        return result

    async def join_info(
        self,
        *,
        code: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject:
        """Inspect an invite

        Only in Wawp v1: ``GET /groups/join-info`` (operation ``groupJoinInfo``).

        Args:
            code: Invite code or full invite link.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.join_info")
        from .._api.api.groups import group_join_info

        result: GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject = await self._client._call(
            group_join_info._get_kwargs,
            cast_to=group_join_info.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            code=code,
        )
        return result

    async def leave(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Leave a group

        v1: ``POST /groups/{id}/leave`` (operation ``groupLeave``); v2: ``POST /v2/groups/{id}/leave`` (operation
        ``groupLeave``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_leave

            result: None = await self._client._call(
                group_leave._get_kwargs,
                cast_to=group_leave.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        else:
            from .._api.api.groups import group_leave_v2

            result = await self._client._call(
                group_leave_v2._get_kwargs,
                cast_to=group_leave_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
            )
        return result

    async def list(
        self,
        *,
        limit: int | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        offset: int = 0,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncPage[GowsGroupInfo | WebjsGroupChat | Any]:
        """List groups

        v1: ``GET /groups`` (operation ``groupsList``); v2: ``GET /v2/groups`` (operation ``groupsList``).

        Returns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on.

        Args:
            limit: Maximum number of groups to return.
            sort_order: Sort direction.
            offset: Number of items to skip before the first one returned (a 64-bit integer, as the engines
                carry it).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import groups_list

            result: AsyncPage[GowsGroupInfo | WebjsGroupChat | Any] = await self._client._call(
                groups_list._get_kwargs,
                cast_to=groups_list.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(limit=limit, sort_order=sort_order),
            )
        else:
            from .._api.api.groups import groups_list_v2

            refuse_arguments("groups.list", "v2", sort_order=sort_order)
            result = await self._client._call(
                groups_list_v2._get_kwargs,
                cast_to=groups_list_v2.RESULT,
                paging=OffsetPaging(),
                options=request_options(timeout, extra_headers, extra_query),
                offset=offset,
                **given(limit=limit),
            )
        return result

    async def refresh(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Result:
        """Refresh groups

        Only in Wawp v1: ``POST /groups/refresh`` (operation ``groupsRefresh``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "groups.refresh")
        from .._api.api.groups import groups_refresh

        result: Result = await self._client._call(
            groups_refresh._get_kwargs,
            cast_to=groups_refresh.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    @overload
    async def set_description(
        self,
        *,
        id: str,
        description: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    async def set_description(
        self,
        *,
        id: str,
        body: GroupDescriptionSetBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    async def set_description(
        self,
        *,
        id: str,
        description: str | Unset = UNSET,
        body: GroupDescriptionSetBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Set the group description

        v1: ``PUT /groups/{id}/description`` (operation ``groupDescriptionSet``); v2: ``PUT
        /v2/groups/{id}/description`` (operation ``groupDescriptionSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            description: New description.
            body: The whole JSON body instead of the keyword arguments: a ``GroupDescriptionSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_description_set
            from .._api.models.group_description_set_body import GroupDescriptionSetBody

            result: None = await self._client._call(
                group_description_set._get_kwargs,
                cast_to=group_description_set.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(GroupDescriptionSetBody, body, "groups.set_description", description=description),
            )
        else:
            from .._api.api.groups import group_description_set_v2
            from .._api.models.group_description_set_body import GroupDescriptionSetBody

            result = await self._client._call(
                group_description_set_v2._get_kwargs,
                cast_to=group_description_set_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(GroupDescriptionSetBody, body, "groups.set_description", description=description),
            )
        return result

    @overload
    async def set_subject(
        self,
        *,
        id: str,
        subject: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    async def set_subject(
        self,
        *,
        id: str,
        body: GroupSubjectSetBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    async def set_subject(
        self,
        *,
        id: str,
        subject: str | Unset = UNSET,
        body: GroupSubjectSetBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Set the group name

        v1: ``PUT /groups/{id}/subject`` (operation ``groupSubjectSet``); v2: ``PUT /v2/groups/{id}/subject``
        (operation ``groupSubjectSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            subject: New group name (GOWS refuses a blank one).
            body: The whole JSON body instead of the keyword arguments: a ``GroupSubjectSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.groups import group_subject_set
            from .._api.models.group_subject_set_body import GroupSubjectSetBody

            result: None = await self._client._call(
                group_subject_set._get_kwargs,
                cast_to=group_subject_set.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(GroupSubjectSetBody, body, "groups.set_subject", subject=subject),
            )
        else:
            from .._api.api.groups import group_subject_set_v2
            from .._api.models.group_subject_set_body import GroupSubjectSetBody

            result = await self._client._call(
                group_subject_set_v2._get_kwargs,
                cast_to=group_subject_set_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                id=id,
                body=build_body(GroupSubjectSetBody, body, "groups.set_subject", subject=subject),
            )
        return result


class AsyncGroupsWithRawResponse:
    """``client.with_raw_response.groups``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncGroupsResource) -> None:
        self._resource = resource
        self.count = async_to_raw_response_wrapper(resource.count)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.detail = async_to_raw_response_wrapper(resource.detail)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.join = async_to_raw_response_wrapper(resource.join)
        self.join_by_link = async_to_raw_response_wrapper(resource.join_by_link)
        self.join_info = async_to_raw_response_wrapper(resource.join_info)
        self.leave = async_to_raw_response_wrapper(resource.leave)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.refresh = async_to_raw_response_wrapper(resource.refresh)
        self.set_description = async_to_raw_response_wrapper(resource.set_description)
        self.set_subject = async_to_raw_response_wrapper(resource.set_subject)

    @cached_property
    def invite_code(self) -> AsyncGroupsInviteCodeWithRawResponse:
        """``client.with_raw_response.groups.invite_code``."""
        return AsyncGroupsInviteCodeWithRawResponse(self._resource.invite_code)

    @cached_property
    def participants(self) -> AsyncGroupsParticipantsWithRawResponse:
        """``client.with_raw_response.groups.participants``."""
        return AsyncGroupsParticipantsWithRawResponse(self._resource.participants)

    @cached_property
    def picture(self) -> AsyncGroupsPictureWithRawResponse:
        """``client.with_raw_response.groups.picture``."""
        return AsyncGroupsPictureWithRawResponse(self._resource.picture)

    @cached_property
    def settings(self) -> AsyncGroupsSettingsWithRawResponse:
        """``client.with_raw_response.groups.settings``."""
        return AsyncGroupsSettingsWithRawResponse(self._resource.settings)
