# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.labels`` namespace: WhatsApp Business labels on chats."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.action_result import ActionResult
    from .._api.models.chat import Chat
    from .._api.models.chat_labels_set_body import ChatLabelsSetBody
    from .._api.models.label import Label
    from .._api.models.label_ref import LabelRef
    from .._api.models.label_request import LabelRequest
    from .._api.models.webjs_chat import WebjsChat
    from .._api.types import Unset
    from .._models import RawList

__all__ = ["AsyncLabelsResource", "AsyncLabelsWithRawResponse", "LabelsResource", "LabelsWithRawResponse"]


class LabelsResource(SyncResource):
    """``client.labels``: WhatsApp Business labels on chats."""

    def chat_add(
        self,
        *,
        label_id: str,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Put a label on a chat

        Only in Wawp v2: ``POST /v2/labels/{labelId}/chats/{chatId}`` (operation ``labelChatAdd``).

        Args:
            label_id: Label id.
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "labels.chat_add")
        from .._api.api.labels import label_chat_add_v2

        result: dict[str, Any] = self._client._call(
            label_chat_add_v2._get_kwargs,
            cast_to=label_chat_add_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
            chat_id=chat_id,
        )
        return result

    def chat_remove(
        self,
        *,
        label_id: str,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Take a label off a chat

        Only in Wawp v2: ``DELETE /v2/labels/{labelId}/chats/{chatId}`` (operation ``labelChatRemove``).

        Args:
            label_id: Label id.
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "labels.chat_remove")
        from .._api.api.labels import label_chat_remove_v2

        result: dict[str, Any] = self._client._call(
            label_chat_remove_v2._get_kwargs,
            cast_to=label_chat_remove_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
            chat_id=chat_id,
        )
        return result

    def chats(
        self,
        *,
        label_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Chat] | builtins.list[WebjsChat] | RawList:
        """List chats with a label

        v1: ``GET /labels/{labelId}/chats`` (operation ``labelChatsList``); v2: ``GET /v2/labels/{labelId}/chats``
        (operation ``labelChatsList``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import label_chats_list

            result: builtins.list[Chat] | builtins.list[WebjsChat] | RawList = self._client._call(
                label_chats_list._get_kwargs,
                cast_to=label_chats_list.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
            )
        else:
            from .._api.api.labels import label_chats_list_v2

            result = self._client._call(
                label_chats_list_v2._get_kwargs,
                cast_to=label_chats_list_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
            )
        return result

    @overload
    def create(
        self,
        *,
        name: str,
        color_hex: str | Unset | None = UNSET,
        color: float | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label: ...

    @overload
    def create(
        self,
        *,
        body: LabelRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label: ...

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        color_hex: str | Unset | None = UNSET,
        color: float | Unset | None = UNSET,
        body: LabelRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label:
        """Create a label

        v1: ``POST /labels`` (operation ``labelCreate``); v2: ``POST /v2/labels/create`` (operation ``labelCreate``).

        Args:
            name: Label name.
            color_hex: Colour as a hex value (a hex colour that is not one of the palette's is a 400; the rules
                then take only the 20 palette colours,
            color: Palette index, an alternative to colorHex. Any number is taken (0-19 name a palette colour,
                20 and more read back as `#000000`); null is the same as leaving it out.
            body: The whole JSON body instead of the keyword arguments: a ``LabelRequest``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import label_create
            from .._api.models.label_request import LabelRequest

            result: Label = self._client._call(
                label_create._get_kwargs,
                cast_to=label_create.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(LabelRequest, body, "labels.create", name=name, color_hex=color_hex, color=color),
            )
        else:
            from .._api.api.labels import label_create_v2
            from .._api.models.label_request import LabelRequest

            result = self._client._call(
                label_create_v2._get_kwargs,
                cast_to=label_create_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(LabelRequest, body, "labels.create", name=name, color_hex=color_hex, color=color),
            )
        return result

    def delete(
        self,
        *,
        label_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ActionResult:
        """Delete a label

        v1: ``DELETE /labels/{labelId}`` (operation ``labelDelete``); v2: ``DELETE /v2/labels/{labelId}/delete``
        (operation ``labelDelete``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import label_delete

            result: ActionResult = self._client._call(
                label_delete._get_kwargs,
                cast_to=label_delete.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
            )
        else:
            from .._api.api.labels import label_delete_v2

            result = self._client._call(
                label_delete_v2._get_kwargs,
                cast_to=label_delete_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
            )
        return result

    def for_chat(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Label]:
        """Get a chat's labels

        v1: ``GET /labels/chats/{chatId}`` (operation ``chatLabelsGet``); v2: ``GET /v2/labels/chats/{chatId}``
        (operation ``chatLabelsGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import chat_labels_get

            result: builtins.list[Label] = self._client._call(
                chat_labels_get._get_kwargs,
                cast_to=chat_labels_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.labels import chat_labels_get_v2

            result = self._client._call(
                chat_labels_get_v2._get_kwargs,
                cast_to=chat_labels_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        return result

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Label]:
        """List labels

        v1: ``GET /labels`` (operation ``labelsList``); v2: ``GET /v2/labels`` (operation ``labelsList``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import labels_list

            result: builtins.list[Label] = self._client._call(
                labels_list._get_kwargs,
                cast_to=labels_list.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.labels import labels_list_v2

            result = self._client._call(
                labels_list_v2._get_kwargs,
                cast_to=labels_list_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        return result

    @overload
    def set_for_chat(
        self,
        *,
        chat_id: str,
        labels: builtins.list[LabelRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    def set_for_chat(
        self,
        *,
        chat_id: str,
        body: ChatLabelsSetBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    def set_for_chat(
        self,
        *,
        chat_id: str,
        labels: builtins.list[LabelRef | Mapping[str, Any]] | Unset = UNSET,
        body: ChatLabelsSetBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Set a chat's labels

        v1: ``PUT /labels/chats/{chatId}`` (operation ``chatLabelsSet``); v2: ``PUT /v2/labels/chats/{chatId}``
        (operation ``chatLabelsSet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            labels: Every label the chat should carry; labels not listed are removed.
            body: The whole JSON body instead of the keyword arguments: a ``ChatLabelsSetBody``, or a dict with
                its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import chat_labels_set
            from .._api.models.chat_labels_set_body import ChatLabelsSetBody

            result: None = self._client._call(
                chat_labels_set._get_kwargs,
                cast_to=chat_labels_set.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                body=build_body(ChatLabelsSetBody, body, "labels.set_for_chat", labels=labels),
            )
        else:
            from .._api.api.labels import chat_labels_set_v2
            from .._api.models.chat_labels_set_body import ChatLabelsSetBody

            result = self._client._call(
                chat_labels_set_v2._get_kwargs,
                cast_to=chat_labels_set_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                body=build_body(ChatLabelsSetBody, body, "labels.set_for_chat", labels=labels),
            )
        return result

    @overload
    def update(
        self,
        *,
        label_id: str,
        name: str,
        color_hex: str | Unset | None = UNSET,
        color: float | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label: ...

    @overload
    def update(
        self,
        *,
        label_id: str,
        body: LabelRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label: ...

    def update(
        self,
        *,
        label_id: str,
        name: str | Unset = UNSET,
        color_hex: str | Unset | None = UNSET,
        color: float | Unset | None = UNSET,
        body: LabelRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label:
        """Update a label

        v1: ``PUT /labels/{labelId}`` (operation ``labelUpdate``); v2: ``PUT /v2/labels/{labelId}`` (operation
        ``labelUpdate``).

        Args:
            label_id: Label id.
            name: Label name.
            color_hex: Colour as a hex value (a hex colour that is not one of the palette's is a 400; the rules
                then take only the 20 palette colours,
            color: Palette index, an alternative to colorHex. Any number is taken (0-19 name a palette colour,
                20 and more read back as `#000000`); null is the same as leaving it out.
            body: The whole JSON body instead of the keyword arguments: a ``LabelRequest``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import label_update
            from .._api.models.label_request import LabelRequest

            result: Label = self._client._call(
                label_update._get_kwargs,
                cast_to=label_update.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
                body=build_body(LabelRequest, body, "labels.update", name=name, color_hex=color_hex, color=color),
            )
        else:
            from .._api.api.labels import label_update_v2
            from .._api.models.label_request import LabelRequest

            result = self._client._call(
                label_update_v2._get_kwargs,
                cast_to=label_update_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
                body=build_body(LabelRequest, body, "labels.update", name=name, color_hex=color_hex, color=color),
            )
        return result


class LabelsWithRawResponse:
    """``client.with_raw_response.labels``: the same methods, returning the HTTP response."""

    def __init__(self, resource: LabelsResource) -> None:
        self._resource = resource
        self.chat_add = to_raw_response_wrapper(resource.chat_add)
        self.chat_remove = to_raw_response_wrapper(resource.chat_remove)
        self.chats = to_raw_response_wrapper(resource.chats)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.for_chat = to_raw_response_wrapper(resource.for_chat)
        self.list = to_raw_response_wrapper(resource.list)
        self.set_for_chat = to_raw_response_wrapper(resource.set_for_chat)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncLabelsResource(AsyncResource):
    """``client.labels``: WhatsApp Business labels on chats."""

    async def chat_add(
        self,
        *,
        label_id: str,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Put a label on a chat

        Only in Wawp v2: ``POST /v2/labels/{labelId}/chats/{chatId}`` (operation ``labelChatAdd``).

        Args:
            label_id: Label id.
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "labels.chat_add")
        from .._api.api.labels import label_chat_add_v2

        result: dict[str, Any] = await self._client._call(
            label_chat_add_v2._get_kwargs,
            cast_to=label_chat_add_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
            chat_id=chat_id,
        )
        return result

    async def chat_remove(
        self,
        *,
        label_id: str,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Take a label off a chat

        Only in Wawp v2: ``DELETE /v2/labels/{labelId}/chats/{chatId}`` (operation ``labelChatRemove``).

        Args:
            label_id: Label id.
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "labels.chat_remove")
        from .._api.api.labels import label_chat_remove_v2

        result: dict[str, Any] = await self._client._call(
            label_chat_remove_v2._get_kwargs,
            cast_to=label_chat_remove_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
            chat_id=chat_id,
        )
        return result

    async def chats(
        self,
        *,
        label_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Chat] | builtins.list[WebjsChat] | RawList:
        """List chats with a label

        v1: ``GET /labels/{labelId}/chats`` (operation ``labelChatsList``); v2: ``GET /v2/labels/{labelId}/chats``
        (operation ``labelChatsList``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import label_chats_list

            result: builtins.list[Chat] | builtins.list[WebjsChat] | RawList = await self._client._call(
                label_chats_list._get_kwargs,
                cast_to=label_chats_list.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
            )
        else:
            from .._api.api.labels import label_chats_list_v2

            result = await self._client._call(
                label_chats_list_v2._get_kwargs,
                cast_to=label_chats_list_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
            )
        return result

    @overload
    async def create(
        self,
        *,
        name: str,
        color_hex: str | Unset | None = UNSET,
        color: float | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label: ...

    @overload
    async def create(
        self,
        *,
        body: LabelRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        color_hex: str | Unset | None = UNSET,
        color: float | Unset | None = UNSET,
        body: LabelRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label:
        """Create a label

        v1: ``POST /labels`` (operation ``labelCreate``); v2: ``POST /v2/labels/create`` (operation ``labelCreate``).

        Args:
            name: Label name.
            color_hex: Colour as a hex value (a hex colour that is not one of the palette's is a 400; the rules
                then take only the 20 palette colours,
            color: Palette index, an alternative to colorHex. Any number is taken (0-19 name a palette colour,
                20 and more read back as `#000000`); null is the same as leaving it out.
            body: The whole JSON body instead of the keyword arguments: a ``LabelRequest``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import label_create
            from .._api.models.label_request import LabelRequest

            result: Label = await self._client._call(
                label_create._get_kwargs,
                cast_to=label_create.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(LabelRequest, body, "labels.create", name=name, color_hex=color_hex, color=color),
            )
        else:
            from .._api.api.labels import label_create_v2
            from .._api.models.label_request import LabelRequest

            result = await self._client._call(
                label_create_v2._get_kwargs,
                cast_to=label_create_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(LabelRequest, body, "labels.create", name=name, color_hex=color_hex, color=color),
            )
        return result

    async def delete(
        self,
        *,
        label_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ActionResult:
        """Delete a label

        v1: ``DELETE /labels/{labelId}`` (operation ``labelDelete``); v2: ``DELETE /v2/labels/{labelId}/delete``
        (operation ``labelDelete``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import label_delete

            result: ActionResult = await self._client._call(
                label_delete._get_kwargs,
                cast_to=label_delete.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
            )
        else:
            from .._api.api.labels import label_delete_v2

            result = await self._client._call(
                label_delete_v2._get_kwargs,
                cast_to=label_delete_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
            )
        return result

    async def for_chat(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Label]:
        """Get a chat's labels

        v1: ``GET /labels/chats/{chatId}`` (operation ``chatLabelsGet``); v2: ``GET /v2/labels/chats/{chatId}``
        (operation ``chatLabelsGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import chat_labels_get

            result: builtins.list[Label] = await self._client._call(
                chat_labels_get._get_kwargs,
                cast_to=chat_labels_get.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.labels import chat_labels_get_v2

            result = await self._client._call(
                chat_labels_get_v2._get_kwargs,
                cast_to=chat_labels_get_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        return result

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Label]:
        """List labels

        v1: ``GET /labels`` (operation ``labelsList``); v2: ``GET /v2/labels`` (operation ``labelsList``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import labels_list

            result: builtins.list[Label] = await self._client._call(
                labels_list._get_kwargs,
                cast_to=labels_list.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        else:
            from .._api.api.labels import labels_list_v2

            result = await self._client._call(
                labels_list_v2._get_kwargs,
                cast_to=labels_list_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
            )
        return result

    @overload
    async def set_for_chat(
        self,
        *,
        chat_id: str,
        labels: builtins.list[LabelRef | Mapping[str, Any]],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    async def set_for_chat(
        self,
        *,
        chat_id: str,
        body: ChatLabelsSetBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None: ...

    async def set_for_chat(
        self,
        *,
        chat_id: str,
        labels: builtins.list[LabelRef | Mapping[str, Any]] | Unset = UNSET,
        body: ChatLabelsSetBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Set a chat's labels

        v1: ``PUT /labels/chats/{chatId}`` (operation ``chatLabelsSet``); v2: ``PUT /v2/labels/chats/{chatId}``
        (operation ``chatLabelsSet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            labels: Every label the chat should carry; labels not listed are removed.
            body: The whole JSON body instead of the keyword arguments: a ``ChatLabelsSetBody``, or a dict with
                its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import chat_labels_set
            from .._api.models.chat_labels_set_body import ChatLabelsSetBody

            result: None = await self._client._call(
                chat_labels_set._get_kwargs,
                cast_to=chat_labels_set.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                body=build_body(ChatLabelsSetBody, body, "labels.set_for_chat", labels=labels),
            )
        else:
            from .._api.api.labels import chat_labels_set_v2
            from .._api.models.chat_labels_set_body import ChatLabelsSetBody

            result = await self._client._call(
                chat_labels_set_v2._get_kwargs,
                cast_to=chat_labels_set_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                body=build_body(ChatLabelsSetBody, body, "labels.set_for_chat", labels=labels),
            )
        return result

    @overload
    async def update(
        self,
        *,
        label_id: str,
        name: str,
        color_hex: str | Unset | None = UNSET,
        color: float | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label: ...

    @overload
    async def update(
        self,
        *,
        label_id: str,
        body: LabelRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label: ...

    async def update(
        self,
        *,
        label_id: str,
        name: str | Unset = UNSET,
        color_hex: str | Unset | None = UNSET,
        color: float | Unset | None = UNSET,
        body: LabelRequest | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Label:
        """Update a label

        v1: ``PUT /labels/{labelId}`` (operation ``labelUpdate``); v2: ``PUT /v2/labels/{labelId}`` (operation
        ``labelUpdate``).

        Args:
            label_id: Label id.
            name: Label name.
            color_hex: Colour as a hex value (a hex colour that is not one of the palette's is a 400; the rules
                then take only the 20 palette colours,
            color: Palette index, an alternative to colorHex. Any number is taken (0-19 name a palette colour,
                20 and more read back as `#000000`); null is the same as leaving it out.
            body: The whole JSON body instead of the keyword arguments: a ``LabelRequest``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.labels import label_update
            from .._api.models.label_request import LabelRequest

            result: Label = await self._client._call(
                label_update._get_kwargs,
                cast_to=label_update.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
                body=build_body(LabelRequest, body, "labels.update", name=name, color_hex=color_hex, color=color),
            )
        else:
            from .._api.api.labels import label_update_v2
            from .._api.models.label_request import LabelRequest

            result = await self._client._call(
                label_update_v2._get_kwargs,
                cast_to=label_update_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                label_id=label_id,
                body=build_body(LabelRequest, body, "labels.update", name=name, color_hex=color_hex, color=color),
            )
        return result


class AsyncLabelsWithRawResponse:
    """``client.with_raw_response.labels``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncLabelsResource) -> None:
        self._resource = resource
        self.chat_add = async_to_raw_response_wrapper(resource.chat_add)
        self.chat_remove = async_to_raw_response_wrapper(resource.chat_remove)
        self.chats = async_to_raw_response_wrapper(resource.chats)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.for_chat = async_to_raw_response_wrapper(resource.for_chat)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.set_for_chat = async_to_raw_response_wrapper(resource.set_for_chat)
        self.update = async_to_raw_response_wrapper(resource.update)
