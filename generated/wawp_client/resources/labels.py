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

    def chats(
        self,
        *,
        label_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Chat] | builtins.list[WebjsChat] | RawList:
        """List chats with a label

        ``GET /labels/{labelId}/chats`` (operation ``labelChatsList``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_chats_list as _op

        result: builtins.list[Chat] | builtins.list[WebjsChat] | RawList = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``POST /labels`` (operation ``labelCreate``).

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
        from .._api.api.labels import label_create as _op
        from .._api.models.label_request import LabelRequest

        result: Label = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``DELETE /labels/{labelId}`` (operation ``labelDelete``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_delete as _op

        result: ActionResult = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``GET /labels/chats/{chatId}`` (operation ``chatLabelsGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import chat_labels_get as _op

        result: builtins.list[Label] = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``GET /labels`` (operation ``labelsList``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import labels_list as _op

        result: builtins.list[Label] = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
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

        ``PUT /labels/chats/{chatId}`` (operation ``chatLabelsSet``).

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
        from .._api.api.labels import chat_labels_set as _op
        from .._api.models.chat_labels_set_body import ChatLabelsSetBody

        result: None = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``PUT /labels/{labelId}`` (operation ``labelUpdate``).

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
        from .._api.api.labels import label_update as _op
        from .._api.models.label_request import LabelRequest

        result: Label = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
            body=build_body(LabelRequest, body, "labels.update", name=name, color_hex=color_hex, color=color),
        )
        return result


class LabelsWithRawResponse:
    """``client.with_raw_response.labels``: the same methods, returning the HTTP response."""

    def __init__(self, resource: LabelsResource) -> None:
        self._resource = resource
        self.chats = to_raw_response_wrapper(resource.chats)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.for_chat = to_raw_response_wrapper(resource.for_chat)
        self.list = to_raw_response_wrapper(resource.list)
        self.set_for_chat = to_raw_response_wrapper(resource.set_for_chat)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncLabelsResource(AsyncResource):
    """``client.labels``: WhatsApp Business labels on chats."""

    async def chats(
        self,
        *,
        label_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> builtins.list[Chat] | builtins.list[WebjsChat] | RawList:
        """List chats with a label

        ``GET /labels/{labelId}/chats`` (operation ``labelChatsList``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_chats_list as _op

        result: builtins.list[Chat] | builtins.list[WebjsChat] | RawList = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``POST /labels`` (operation ``labelCreate``).

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
        from .._api.api.labels import label_create as _op
        from .._api.models.label_request import LabelRequest

        result: Label = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``DELETE /labels/{labelId}`` (operation ``labelDelete``).

        Args:
            label_id: Label id.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import label_delete as _op

        result: ActionResult = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``GET /labels/chats/{chatId}`` (operation ``chatLabelsGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import chat_labels_get as _op

        result: builtins.list[Label] = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``GET /labels`` (operation ``labelsList``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.labels import labels_list as _op

        result: builtins.list[Label] = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
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

        ``PUT /labels/chats/{chatId}`` (operation ``chatLabelsSet``).

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
        from .._api.api.labels import chat_labels_set as _op
        from .._api.models.chat_labels_set_body import ChatLabelsSetBody

        result: None = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
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

        ``PUT /labels/{labelId}`` (operation ``labelUpdate``).

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
        from .._api.api.labels import label_update as _op
        from .._api.models.label_request import LabelRequest

        result: Label = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            label_id=label_id,
            body=build_body(LabelRequest, body, "labels.update", name=name, color_hex=color_hex, color=color),
        )
        return result


class AsyncLabelsWithRawResponse:
    """``client.with_raw_response.labels``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncLabelsResource) -> None:
        self._resource = resource
        self.chats = async_to_raw_response_wrapper(resource.chats)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.for_chat = async_to_raw_response_wrapper(resource.for_chat)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.set_for_chat = async_to_raw_response_wrapper(resource.set_for_chat)
        self.update = async_to_raw_response_wrapper(resource.update)
