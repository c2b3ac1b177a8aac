# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.messages`` namespace: Send messages of every kind and act on them (seen, typing, reactions,
stars).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, given, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.action_result import ActionResult
    from .._api.models.message import Message
    from .._api.models.send_contact_vcard_body import SendContactVcardBody
    from .._api.models.send_poll_body import SendPollBody
    from .._api.models.send_poll_body_poll import SendPollBodyPoll
    from .._api.models.v_card_contact import VCardContact
    from .._api.types import Unset
    from .._union_models import SentMessage

__all__ = ["AsyncMessagesResource", "AsyncMessagesWithRawResponse", "MessagesResource", "MessagesWithRawResponse"]


class MessagesResource(SyncResource):
    """``client.messages``: Send messages of every kind and act on them (seen, typing, reactions, stars)."""

    def get(
        self,
        *,
        chat_id: str,
        message_id: str,
        download_media: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Message:
        """Get a message

        ``GET /message`` (operation ``messageGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11, or the bare id
                the engine gave the message (`_data.Info.ID` of a GOWS send reply, e.g. 3EB0C767D26A1D8A9C11).
            download_media: Download media and include its URL in the result.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import message_get as _op

        result: Message = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            download_media=download_media,
        )
        return result

    def react(
        self,
        *,
        chat_id: str,
        message_id: str,
        reaction: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """React to a message

        ``PUT /reaction`` (operation ``messageReact``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            reaction: Emoji to react with; an empty string removes your reaction.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import message_react as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            reaction=reaction,
        )
        return result

    @overload
    def send_contact_vcard(
        self,
        *,
        chat_id: str,
        contacts: list[VCardContact | Mapping[str, Any]],
        reply_to: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    def send_contact_vcard(
        self,
        *,
        body: SendContactVcardBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    def send_contact_vcard(
        self,
        *,
        chat_id: str | Unset = UNSET,
        contacts: list[VCardContact | Mapping[str, Any]] | Unset = UNSET,
        reply_to: str | Unset | None = UNSET,
        body: SendContactVcardBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send contact cards

        ``POST /sendContactVcard`` (operation ``sendContactVcard``).

        Args:
            chat_id: Chat to send to: phone digits or a chat id.
            contacts: Contacts to share.
            reply_to: Id of a message to quote, or null.
            body: The whole JSON body instead of the keyword arguments: a ``SendContactVcardBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_contact_vcard as _op
        from .._api.models.send_contact_vcard_body import SendContactVcardBody
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                SendContactVcardBody,
                body,
                "messages.send_contact_vcard",
                chat_id=chat_id,
                contacts=contacts,
                reply_to=reply_to,
            ),
        )
        return result

    def send_file(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a document

        ``POST /sendFile`` (operation ``sendFile``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file, e.g. image/jpeg.
            caption: Text shown under the media.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_file as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            **given(caption=caption),
        )
        return result

    def send_image(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send an image

        ``POST /sendImage`` (operation ``sendImage``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            caption: Text shown under the media.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_image as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            **given(caption=caption),
        )
        return result

    def send_link_preview(
        self,
        *,
        chat_id: str,
        text: str,
        url: str,
        title: str | None = None,
        description: str | None = None,
        thumbnail: str | None = None,
        link_preview_high_quality: bool = False,
        reply_to: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a link with a custom preview

        ``POST /sendLinkPreview`` (operation ``sendLinkPreview``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            text: Message text; it must contain `url`.
            url: Link the preview is for.
            title: Title of the preview card.
            description: Description of the preview card.
            thumbnail: URL of the preview image.
            link_preview_high_quality: Upload a high-quality preview image (slower).
            reply_to: Id of a message to quote in the reply.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_link_preview as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            text=text,
            url_query=url,
            link_preview_high_quality=link_preview_high_quality,
            **given(title=title, description=description, thumbnail=thumbnail, reply_to=reply_to),
        )
        return result

    def send_location(
        self,
        *,
        chat_id: str,
        latitude: float,
        longitude: float,
        title: str | None = None,
        message: str | None = None,
        reply_to: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a location

        ``POST /sendLocation`` (operation ``sendLocation``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            latitude: Latitude in decimal degrees.
            longitude: Longitude in decimal degrees.
            title: Name of the place.
            message: Text sent with the location.
            reply_to: Id of a message to quote in the reply.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_location as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            latitude=latitude,
            longitude=longitude,
            **given(title=title, message=message, reply_to=reply_to),
        )
        return result

    @overload
    def send_poll(
        self,
        *,
        chat_id: str,
        poll: SendPollBodyPoll | Mapping[str, Any],
        reply_to: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    def send_poll(
        self,
        *,
        body: SendPollBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    def send_poll(
        self,
        *,
        chat_id: str | Unset = UNSET,
        poll: SendPollBodyPoll | Mapping[str, Any] | Unset = UNSET,
        reply_to: str | Unset | None = UNSET,
        body: SendPollBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a poll

        ``POST /sendPoll`` (operation ``sendPoll``).

        Args:
            chat_id: Chat to send to: phone digits or a chat id.
            poll: The poll to send.
            reply_to: Id of a message to quote, or null.
            body: The whole JSON body instead of the keyword arguments: a ``SendPollBody``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_poll as _op
        from .._api.models.send_poll_body import SendPollBody
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(SendPollBody, body, "messages.send_poll", chat_id=chat_id, poll=poll, reply_to=reply_to),
        )
        return result

    def send_seen(
        self,
        *,
        chat_id: str,
        message_ids: list[str],
        participant: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Mark messages as seen

        ``POST /sendSeen`` (operation ``sendSeen``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_ids: Ids of the messages to mark as seen.
            participant: In a group, the sender of the messages.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_seen as _op

        result: None = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_ids=message_ids,
            **given(participant=participant),
        )
        return result

    def send_text(
        self,
        *,
        chat_id: str,
        message: str,
        reply_to: str | None = None,
        link_preview: bool = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a text message

        ``POST /send`` (operation ``sendText``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message: Text of the message.
            reply_to: Id of a message to quote in the reply.
            link_preview: Generate a preview for the first link in the text.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_text as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message=message,
            link_preview=link_preview,
            **given(reply_to=reply_to),
        )
        return result

    def send_video(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | None = None,
        convert: bool = True,
        as_note: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a video

        ``POST /sendVideo`` (operation ``sendVideo``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be video/….
            caption: Text shown under the media.
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            as_note: Send the video as a round video note.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_video as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            convert=convert,
            as_note=as_note,
            **given(caption=caption),
        )
        return result

    def send_voice(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        convert: bool = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a voice note

        ``POST /sendVoice`` (operation ``sendVoice``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be audio/….
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_voice as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            convert=convert,
        )
        return result

    def star(
        self,
        *,
        chat_id: str,
        message_id: str,
        star: bool,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Star or unstar a message

        ``PUT /star`` (operation ``messageStar``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            star: True to star the message, false to unstar it.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import message_star as _op

        result: None = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            star=star,
        )
        return result

    def start_typing(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ActionResult:
        """Show typing

        ``POST /startTyping`` (operation ``startTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import start_typing as _op

        result: ActionResult = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    def stop_typing(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ActionResult:
        """Stop showing typing

        ``POST /stopTyping`` (operation ``stopTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import stop_typing as _op

        result: ActionResult = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result


class MessagesWithRawResponse:
    """``client.with_raw_response.messages``: the same methods, returning the HTTP response."""

    def __init__(self, resource: MessagesResource) -> None:
        self._resource = resource
        self.get = to_raw_response_wrapper(resource.get)
        self.react = to_raw_response_wrapper(resource.react)
        self.send_contact_vcard = to_raw_response_wrapper(resource.send_contact_vcard)
        self.send_file = to_raw_response_wrapper(resource.send_file)
        self.send_image = to_raw_response_wrapper(resource.send_image)
        self.send_link_preview = to_raw_response_wrapper(resource.send_link_preview)
        self.send_location = to_raw_response_wrapper(resource.send_location)
        self.send_poll = to_raw_response_wrapper(resource.send_poll)
        self.send_seen = to_raw_response_wrapper(resource.send_seen)
        self.send_text = to_raw_response_wrapper(resource.send_text)
        self.send_video = to_raw_response_wrapper(resource.send_video)
        self.send_voice = to_raw_response_wrapper(resource.send_voice)
        self.star = to_raw_response_wrapper(resource.star)
        self.start_typing = to_raw_response_wrapper(resource.start_typing)
        self.stop_typing = to_raw_response_wrapper(resource.stop_typing)


class AsyncMessagesResource(AsyncResource):
    """``client.messages``: Send messages of every kind and act on them (seen, typing, reactions, stars)."""

    async def get(
        self,
        *,
        chat_id: str,
        message_id: str,
        download_media: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Message:
        """Get a message

        ``GET /message`` (operation ``messageGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11, or the bare id
                the engine gave the message (`_data.Info.ID` of a GOWS send reply, e.g. 3EB0C767D26A1D8A9C11).
            download_media: Download media and include its URL in the result.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import message_get as _op

        result: Message = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            download_media=download_media,
        )
        return result

    async def react(
        self,
        *,
        chat_id: str,
        message_id: str,
        reaction: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """React to a message

        ``PUT /reaction`` (operation ``messageReact``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            reaction: Emoji to react with; an empty string removes your reaction.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import message_react as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            reaction=reaction,
        )
        return result

    @overload
    async def send_contact_vcard(
        self,
        *,
        chat_id: str,
        contacts: list[VCardContact | Mapping[str, Any]],
        reply_to: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    async def send_contact_vcard(
        self,
        *,
        body: SendContactVcardBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    async def send_contact_vcard(
        self,
        *,
        chat_id: str | Unset = UNSET,
        contacts: list[VCardContact | Mapping[str, Any]] | Unset = UNSET,
        reply_to: str | Unset | None = UNSET,
        body: SendContactVcardBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send contact cards

        ``POST /sendContactVcard`` (operation ``sendContactVcard``).

        Args:
            chat_id: Chat to send to: phone digits or a chat id.
            contacts: Contacts to share.
            reply_to: Id of a message to quote, or null.
            body: The whole JSON body instead of the keyword arguments: a ``SendContactVcardBody``, or a dict
                with its wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_contact_vcard as _op
        from .._api.models.send_contact_vcard_body import SendContactVcardBody
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                SendContactVcardBody,
                body,
                "messages.send_contact_vcard",
                chat_id=chat_id,
                contacts=contacts,
                reply_to=reply_to,
            ),
        )
        return result

    async def send_file(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a document

        ``POST /sendFile`` (operation ``sendFile``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file, e.g. image/jpeg.
            caption: Text shown under the media.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_file as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            **given(caption=caption),
        )
        return result

    async def send_image(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send an image

        ``POST /sendImage`` (operation ``sendImage``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            caption: Text shown under the media.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_image as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            **given(caption=caption),
        )
        return result

    async def send_link_preview(
        self,
        *,
        chat_id: str,
        text: str,
        url: str,
        title: str | None = None,
        description: str | None = None,
        thumbnail: str | None = None,
        link_preview_high_quality: bool = False,
        reply_to: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a link with a custom preview

        ``POST /sendLinkPreview`` (operation ``sendLinkPreview``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            text: Message text; it must contain `url`.
            url: Link the preview is for.
            title: Title of the preview card.
            description: Description of the preview card.
            thumbnail: URL of the preview image.
            link_preview_high_quality: Upload a high-quality preview image (slower).
            reply_to: Id of a message to quote in the reply.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_link_preview as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            text=text,
            url_query=url,
            link_preview_high_quality=link_preview_high_quality,
            **given(title=title, description=description, thumbnail=thumbnail, reply_to=reply_to),
        )
        return result

    async def send_location(
        self,
        *,
        chat_id: str,
        latitude: float,
        longitude: float,
        title: str | None = None,
        message: str | None = None,
        reply_to: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a location

        ``POST /sendLocation`` (operation ``sendLocation``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            latitude: Latitude in decimal degrees.
            longitude: Longitude in decimal degrees.
            title: Name of the place.
            message: Text sent with the location.
            reply_to: Id of a message to quote in the reply.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_location as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            latitude=latitude,
            longitude=longitude,
            **given(title=title, message=message, reply_to=reply_to),
        )
        return result

    @overload
    async def send_poll(
        self,
        *,
        chat_id: str,
        poll: SendPollBodyPoll | Mapping[str, Any],
        reply_to: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    async def send_poll(
        self,
        *,
        body: SendPollBody | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    async def send_poll(
        self,
        *,
        chat_id: str | Unset = UNSET,
        poll: SendPollBodyPoll | Mapping[str, Any] | Unset = UNSET,
        reply_to: str | Unset | None = UNSET,
        body: SendPollBody | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a poll

        ``POST /sendPoll`` (operation ``sendPoll``).

        Args:
            chat_id: Chat to send to: phone digits or a chat id.
            poll: The poll to send.
            reply_to: Id of a message to quote, or null.
            body: The whole JSON body instead of the keyword arguments: a ``SendPollBody``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_poll as _op
        from .._api.models.send_poll_body import SendPollBody
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(SendPollBody, body, "messages.send_poll", chat_id=chat_id, poll=poll, reply_to=reply_to),
        )
        return result

    async def send_seen(
        self,
        *,
        chat_id: str,
        message_ids: list[str],
        participant: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Mark messages as seen

        ``POST /sendSeen`` (operation ``sendSeen``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_ids: Ids of the messages to mark as seen.
            participant: In a group, the sender of the messages.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_seen as _op

        result: None = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_ids=message_ids,
            **given(participant=participant),
        )
        return result

    async def send_text(
        self,
        *,
        chat_id: str,
        message: str,
        reply_to: str | None = None,
        link_preview: bool = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a text message

        ``POST /send`` (operation ``sendText``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message: Text of the message.
            reply_to: Id of a message to quote in the reply.
            link_preview: Generate a preview for the first link in the text.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_text as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message=message,
            link_preview=link_preview,
            **given(reply_to=reply_to),
        )
        return result

    async def send_video(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | None = None,
        convert: bool = True,
        as_note: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a video

        ``POST /sendVideo`` (operation ``sendVideo``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be video/….
            caption: Text shown under the media.
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            as_note: Send the video as a round video note.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_video as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            convert=convert,
            as_note=as_note,
            **given(caption=caption),
        )
        return result

    async def send_voice(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        convert: bool = True,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a voice note

        ``POST /sendVoice`` (operation ``sendVoice``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be audio/….
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import send_voice as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            convert=convert,
        )
        return result

    async def star(
        self,
        *,
        chat_id: str,
        message_id: str,
        star: bool,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Star or unstar a message

        ``PUT /star`` (operation ``messageStar``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            star: True to star the message, false to unstar it.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import message_star as _op

        result: None = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            star=star,
        )
        return result

    async def start_typing(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ActionResult:
        """Show typing

        ``POST /startTyping`` (operation ``startTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import start_typing as _op

        result: ActionResult = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result

    async def stop_typing(
        self,
        *,
        chat_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ActionResult:
        """Stop showing typing

        ``POST /stopTyping`` (operation ``stopTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.messages import stop_typing as _op

        result: ActionResult = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
        )
        return result


class AsyncMessagesWithRawResponse:
    """``client.with_raw_response.messages``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self._resource = resource
        self.get = async_to_raw_response_wrapper(resource.get)
        self.react = async_to_raw_response_wrapper(resource.react)
        self.send_contact_vcard = async_to_raw_response_wrapper(resource.send_contact_vcard)
        self.send_file = async_to_raw_response_wrapper(resource.send_file)
        self.send_image = async_to_raw_response_wrapper(resource.send_image)
        self.send_link_preview = async_to_raw_response_wrapper(resource.send_link_preview)
        self.send_location = async_to_raw_response_wrapper(resource.send_location)
        self.send_poll = async_to_raw_response_wrapper(resource.send_poll)
        self.send_seen = async_to_raw_response_wrapper(resource.send_seen)
        self.send_text = async_to_raw_response_wrapper(resource.send_text)
        self.send_video = async_to_raw_response_wrapper(resource.send_video)
        self.send_voice = async_to_raw_response_wrapper(resource.send_voice)
        self.star = async_to_raw_response_wrapper(resource.star)
        self.start_typing = async_to_raw_response_wrapper(resource.start_typing)
        self.stop_typing = async_to_raw_response_wrapper(resource.stop_typing)
