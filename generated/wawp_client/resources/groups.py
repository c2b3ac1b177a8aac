# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.groups`` namespace: Groups, their settings, invite links and members."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, given, request_options
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

        ``GET /groups/{id}/invite-code`` (operation ``groupInviteCodeGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_invite_code_get as _op

        result: str = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``POST /groups/{id}/invite-code/revoke`` (operation ``groupInviteCodeRevoke``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_invite_code_revoke as _op

        result: str = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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
    ):
        """Add members

        ``POST /groups/{id}/participants/add`` (operation ``groupParticipantsAdd``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_add as _op
        from .._api.models.participants_request import ParticipantsRequest

        result: (
            builtins.list[GowsParticipant]
            | WebjsParticipantsStatus
            | dict[str, Any]
            | str
            | builtins.list[NowebParticipantUpdate]
            | RawObject
            | RawList
        ) = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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
    ):
        """Demote admins

        ``POST /groups/{id}/admin/demote`` (operation ``groupAdminDemote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_admin_demote as _op
        from .._api.models.participants_request import ParticipantsRequest

        result: (
            builtins.list[GowsParticipant]
            | WebjsParticipantsStatus
            | dict[str, Any]
            | str
            | builtins.list[NowebParticipantUpdate]
            | RawObject
            | RawList
        ) = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``GET /groups/{id}/participants`` (operation ``groupParticipantsList``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_list as _op

        result: (
            builtins.list[GowsParticipant] | builtins.list[WebjsParticipant] | builtins.list[NowebParticipant] | RawList
        ) = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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
    ):
        """Promote members to admin

        ``POST /groups/{id}/admin/promote`` (operation ``groupAdminPromote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_admin_promote as _op
        from .._api.models.participants_request import ParticipantsRequest

        result: (
            builtins.list[GowsParticipant]
            | WebjsParticipantsStatus
            | dict[str, Any]
            | str
            | builtins.list[NowebParticipantUpdate]
            | RawObject
            | RawList
        ) = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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
    ):
        """Remove members

        ``POST /groups/{id}/participants/remove`` (operation ``groupParticipantsRemove``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_remove as _op
        from .._api.models.participants_request import ParticipantsRequest

        result: (
            builtins.list[GowsParticipant]
            | WebjsParticipantsStatus
            | dict[str, Any]
            | str
            | builtins.list[NowebParticipantUpdate]
            | RawObject
            | RawList
        ) = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``DELETE /groups/{id}/picture`` (operation ``groupPictureDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_delete as _op

        result: Result = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``GET /groups/{id}/picture`` (operation ``groupPictureGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_get as _op

        result: ChatPicture = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``PUT /groups/{id}/picture`` (operation ``groupPictureSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            file: A file given by URL, for JSON bodies.
            body: The whole JSON body instead of the keyword arguments: a ``GroupPictureSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_set as _op
        from .._api.models.group_picture_set_body import GroupPictureSetBody

        result: Result = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``GET /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_info_admin_only_get as _op

        result: GroupSecuritySetting = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``GET /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_messages_admin_only_get as _op

        result: GroupSecuritySetting = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``PUT /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_info_admin_only_set as _op

        result: None = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``PUT /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_messages_admin_only_set as _op

        result: None = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``GET /groups/count`` (operation ``groupsCount``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import groups_count as _op

        result: Count = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
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

        ``POST /groups`` (operation ``groupCreate``).

        Args:
            name: Group name.
            participants: Initial members.
            body: The whole JSON body instead of the keyword arguments: a ``GroupCreateBody``, or a dict with
                its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_create as _op
        from .._api.models.group_create_body import GroupCreateBody

        result: GowsGroupInfo | WebjsCreateGroupResult | NowebGroupMetadata | RawObject = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``DELETE /groups/{id}`` (operation ``groupDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_delete as _op

        result: bool = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``GET /groups/{id}`` (operation ``groupGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_get as _op

        result: GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``POST /groups/join`` (operation ``groupJoin``).

        Args:
            code: Invite code or full invite link.
            body: The whole JSON body instead of the keyword arguments: a ``GroupJoinBody``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_join as _op
        from .._api.models.group_join_body import GroupJoinBody

        result: GroupJoinResult = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(GroupJoinBody, body, "groups.join", code=code),
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

        ``GET /groups/join-info`` (operation ``groupJoinInfo``).

        Args:
            code: Invite code or full invite link.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_join_info as _op

        result: GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), code=code
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

        ``POST /groups/{id}/leave`` (operation ``groupLeave``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_leave as _op

        result: None = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``GET /groups`` (operation ``groupsList``).

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
        from .._api.api.groups import groups_list as _op

        result: SyncPage[GowsGroupInfo | WebjsGroupChat | Any] = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            offset=offset,
            **given(limit=limit, sort_order=sort_order),
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

        ``POST /groups/refresh`` (operation ``groupsRefresh``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import groups_refresh as _op

        result: Result = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
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

        ``PUT /groups/{id}/description`` (operation ``groupDescriptionSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            description: New description.
            body: The whole JSON body instead of the keyword arguments: a ``GroupDescriptionSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_description_set as _op
        from .._api.models.group_description_set_body import GroupDescriptionSetBody

        result: None = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``PUT /groups/{id}/subject`` (operation ``groupSubjectSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            subject: New group name (GOWS refuses a blank one).
            body: The whole JSON body instead of the keyword arguments: a ``GroupSubjectSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_subject_set as _op
        from .._api.models.group_subject_set_body import GroupSubjectSetBody

        result: None = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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
        self.get = to_raw_response_wrapper(resource.get)
        self.join = to_raw_response_wrapper(resource.join)
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

        ``GET /groups/{id}/invite-code`` (operation ``groupInviteCodeGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_invite_code_get as _op

        result: str = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``POST /groups/{id}/invite-code/revoke`` (operation ``groupInviteCodeRevoke``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_invite_code_revoke as _op

        result: str = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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
    ):
        """Add members

        ``POST /groups/{id}/participants/add`` (operation ``groupParticipantsAdd``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_add as _op
        from .._api.models.participants_request import ParticipantsRequest

        result: (
            builtins.list[GowsParticipant]
            | WebjsParticipantsStatus
            | dict[str, Any]
            | str
            | builtins.list[NowebParticipantUpdate]
            | RawObject
            | RawList
        ) = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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
    ):
        """Demote admins

        ``POST /groups/{id}/admin/demote`` (operation ``groupAdminDemote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_admin_demote as _op
        from .._api.models.participants_request import ParticipantsRequest

        result: (
            builtins.list[GowsParticipant]
            | WebjsParticipantsStatus
            | dict[str, Any]
            | str
            | builtins.list[NowebParticipantUpdate]
            | RawObject
            | RawList
        ) = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``GET /groups/{id}/participants`` (operation ``groupParticipantsList``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_list as _op

        result: (
            builtins.list[GowsParticipant] | builtins.list[WebjsParticipant] | builtins.list[NowebParticipant] | RawList
        ) = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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
    ):
        """Promote members to admin

        ``POST /groups/{id}/admin/promote`` (operation ``groupAdminPromote``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_admin_promote as _op
        from .._api.models.participants_request import ParticipantsRequest

        result: (
            builtins.list[GowsParticipant]
            | WebjsParticipantsStatus
            | dict[str, Any]
            | str
            | builtins.list[NowebParticipantUpdate]
            | RawObject
            | RawList
        ) = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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
    ):
        """Remove members

        ``POST /groups/{id}/participants/remove`` (operation ``groupParticipantsRemove``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            participants: People to act on.
            body: The whole JSON body instead of the keyword arguments: a ``ParticipantsRequest``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_participants_remove as _op
        from .._api.models.participants_request import ParticipantsRequest

        result: (
            builtins.list[GowsParticipant]
            | WebjsParticipantsStatus
            | dict[str, Any]
            | str
            | builtins.list[NowebParticipantUpdate]
            | RawObject
            | RawList
        ) = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``DELETE /groups/{id}/picture`` (operation ``groupPictureDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_delete as _op

        result: Result = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``GET /groups/{id}/picture`` (operation ``groupPictureGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            refresh: Bypass the 24-hour picture cache and fetch it again from WhatsApp.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_get as _op

        result: ChatPicture = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``PUT /groups/{id}/picture`` (operation ``groupPictureSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            file: A file given by URL, for JSON bodies.
            body: The whole JSON body instead of the keyword arguments: a ``GroupPictureSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_picture_set as _op
        from .._api.models.group_picture_set_body import GroupPictureSetBody

        result: Result = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``GET /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_info_admin_only_get as _op

        result: GroupSecuritySetting = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``GET /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlyGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_messages_admin_only_get as _op

        result: GroupSecuritySetting = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``PUT /groups/{id}/settings/security/info-admin-only`` (operation ``groupInfoAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_info_admin_only_set as _op

        result: None = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``PUT /groups/{id}/settings/security/messages-admin-only`` (operation ``groupMessagesAdminOnlySet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            admins_only: True to restrict this to admins, false to allow every member.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_messages_admin_only_set as _op

        result: None = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``GET /groups/count`` (operation ``groupsCount``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import groups_count as _op

        result: Count = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
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

        ``POST /groups`` (operation ``groupCreate``).

        Args:
            name: Group name.
            participants: Initial members.
            body: The whole JSON body instead of the keyword arguments: a ``GroupCreateBody``, or a dict with
                its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_create as _op
        from .._api.models.group_create_body import GroupCreateBody

        result: GowsGroupInfo | WebjsCreateGroupResult | NowebGroupMetadata | RawObject = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``DELETE /groups/{id}`` (operation ``groupDelete``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_delete as _op

        result: bool = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``GET /groups/{id}`` (operation ``groupGet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_get as _op

        result: GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``POST /groups/join`` (operation ``groupJoin``).

        Args:
            code: Invite code or full invite link.
            body: The whole JSON body instead of the keyword arguments: a ``GroupJoinBody``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_join as _op
        from .._api.models.group_join_body import GroupJoinBody

        result: GroupJoinResult = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(GroupJoinBody, body, "groups.join", code=code),
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

        ``GET /groups/join-info`` (operation ``groupJoinInfo``).

        Args:
            code: Invite code or full invite link.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_join_info as _op

        result: GowsGroupInfo | WebjsGroupChat | NowebGroupMetadata | RawObject = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), code=code
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

        ``POST /groups/{id}/leave`` (operation ``groupLeave``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_leave as _op

        result: None = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query), id=id
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

        ``GET /groups`` (operation ``groupsList``).

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
        from .._api.api.groups import groups_list as _op

        result: AsyncPage[GowsGroupInfo | WebjsGroupChat | Any] = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            paging=OffsetPaging(),
            options=request_options(timeout, extra_headers, extra_query),
            offset=offset,
            **given(limit=limit, sort_order=sort_order),
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

        ``POST /groups/refresh`` (operation ``groupsRefresh``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import groups_refresh as _op

        result: Result = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
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

        ``PUT /groups/{id}/description`` (operation ``groupDescriptionSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            description: New description.
            body: The whole JSON body instead of the keyword arguments: a ``GroupDescriptionSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_description_set as _op
        from .._api.models.group_description_set_body import GroupDescriptionSetBody

        result: None = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``PUT /groups/{id}/subject`` (operation ``groupSubjectSet``).

        Args:
            id: Group id, e.g. 120363012345678901@g.us.
            subject: New group name (GOWS refuses a blank one).
            body: The whole JSON body instead of the keyword arguments: a ``GroupSubjectSetBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.groups import group_subject_set as _op
        from .._api.models.group_subject_set_body import GroupSubjectSetBody

        result: None = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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
        self.get = async_to_raw_response_wrapper(resource.get)
        self.join = async_to_raw_response_wrapper(resource.join)
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
