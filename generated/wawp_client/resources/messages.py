# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.messages`` namespace: Send messages of every kind and act on them (seen, typing, reactions,
stars).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, given, refuse_arguments, request_options, require_arguments
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.action_result import ActionResult
    from .._api.models.message import Message
    from .._api.models.send_contact_vcard_body import SendContactVcardBody
    from .._api.models.send_poll_body import SendPollBody
    from .._api.models.send_poll_body_poll import SendPollBodyPoll
    from .._api.models.v2_event_message import V2EventMessage
    from .._api.models.v2_event_message_event import V2EventMessageEvent
    from .._api.models.v2_list_message import V2ListMessage
    from .._api.models.v2_list_message_message import V2ListMessageMessage
    from .._api.models.v2_media_send import V2MediaSend
    from .._api.models.v2_media_send_file import V2MediaSendFile
    from .._api.models.v2_poll_vote import V2PollVote
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

        Only in Wawp v1: ``GET /message`` (operation ``messageGet``).

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
        self._client._only_in("v1", "messages.get")
        from .._api.api.messages import message_get

        result: Message = self._client._call(
            message_get._get_kwargs,
            cast_to=message_get.RESULT,
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

        Only in Wawp v1: ``PUT /reaction`` (operation ``messageReact``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            reaction: Emoji to react with; an empty string removes your reaction.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "messages.react")
        from .._api.api.messages import message_react
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            message_react._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            reaction=reaction,
        )
        return result

    @overload
    def send_audio(
        self,
        *,
        chat_id: str,
        file: V2MediaSendFile | Mapping[str, Any],
        caption: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    def send_audio(
        self,
        *,
        body: V2MediaSend | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    def send_audio(
        self,
        *,
        chat_id: str | Unset = UNSET,
        file: V2MediaSendFile | Mapping[str, Any] | Unset = UNSET,
        caption: str | None = None,
        body: V2MediaSend | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send an audio file

        Only in Wawp v2: ``POST /v2/send/audio`` (operation ``sendAudio``).

        Args:
            chat_id: A person, group or channel id.
            body: The whole JSON body instead of the keyword arguments: a ``V2MediaSend``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "messages.send_audio")
        from .._api.api.messages import send_audio_v2
        from .._api.models.v2_media_send import V2MediaSend
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            send_audio_v2._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(V2MediaSend, body, "messages.send_audio", chat_id=chat_id, file=file, caption=caption),
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

        v1: ``POST /sendContactVcard`` (operation ``sendContactVcard``); v2: ``POST /v2/send/contact`` (operation
        ``sendContactVcard``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_contact_vcard
            from .._api.models.send_contact_vcard_body import SendContactVcardBody
            from .._union_models import SentMessage

            result: SentMessage = self._client._call(
                send_contact_vcard._get_kwargs,
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
        else:
            from .._api.api.messages import send_contact_vcard_v2
            from .._api.models.send_contact_vcard_body import SendContactVcardBody
            from .._union_models import SentMessage

            result = self._client._call(
                send_contact_vcard_v2._get_kwargs,
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

    @overload
    def send_event(
        self,
        *,
        chat_id: str,
        event: V2EventMessageEvent | Mapping[str, Any],
        reply_to: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    def send_event(
        self,
        *,
        body: V2EventMessage | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    def send_event(
        self,
        *,
        chat_id: str | Unset = UNSET,
        event: V2EventMessageEvent | Mapping[str, Any] | Unset = UNSET,
        reply_to: str | None = None,
        body: V2EventMessage | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a calendar event

        Only in Wawp v2: ``POST /v2/send/event`` (operation ``sendEvent``).

        Args:
            chat_id: A person, group or channel id.
            reply_to: Id of the message to quote.
            body: The whole JSON body instead of the keyword arguments: a ``V2EventMessage``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "messages.send_event")
        from .._api.api.messages import send_event_v2
        from .._api.models.v2_event_message import V2EventMessage
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            send_event_v2._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2EventMessage, body, "messages.send_event", chat_id=chat_id, event=event, reply_to=reply_to
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

        v1: ``POST /sendFile`` (operation ``sendFile``); v2: ``POST /v2/send/pdf`` (operation ``sendFile``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_file
            from .._union_models import SentMessage

            result: SentMessage = self._client._call(
                send_file._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                **given(caption=caption),
            )
        else:
            from .._api.api.messages import send_file_v2
            from .._union_models import SentMessage

            result = self._client._call(
                send_file_v2._get_kwargs,
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

        v1: ``POST /sendImage`` (operation ``sendImage``); v2: ``POST /v2/send/image`` (operation ``sendImage``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_image
            from .._union_models import SentMessage

            result: SentMessage = self._client._call(
                send_image._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                **given(caption=caption),
            )
        else:
            from .._api.api.messages import send_image_v2
            from .._union_models import SentMessage

            result = self._client._call(
                send_image_v2._get_kwargs,
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

        v1: ``POST /sendLinkPreview`` (operation ``sendLinkPreview``); v2: ``POST /v2/send/link-preview`` (operation
        ``sendLinkPreview``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_link_preview
            from .._union_models import SentMessage

            result: SentMessage = self._client._call(
                send_link_preview._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                text=text,
                url_query=url,
                link_preview_high_quality=link_preview_high_quality,
                **given(title=title, description=description, thumbnail=thumbnail, reply_to=reply_to),
            )
        else:
            from .._api.api.messages import send_link_preview_v2
            from .._union_models import SentMessage

            refuse_arguments("messages.send_link_preview", "v2", thumbnail=thumbnail)
            result = self._client._call(
                send_link_preview_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                text=text,
                url_query=url,
                link_preview_high_quality=link_preview_high_quality,
                **given(title=title, description=description, reply_to=reply_to),
            )
        return result

    @overload
    def send_list(
        self,
        *,
        chat_id: str,
        message: V2ListMessageMessage | Mapping[str, Any],
        reply_to: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    def send_list(
        self,
        *,
        body: V2ListMessage | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    def send_list(
        self,
        *,
        chat_id: str | Unset = UNSET,
        message: V2ListMessageMessage | Mapping[str, Any] | Unset = UNSET,
        reply_to: str | None = None,
        body: V2ListMessage | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send an interactive list

        Only in Wawp v2: ``POST /v2/send/list`` (operation ``sendList``).

        Args:
            chat_id: A person, group or channel id.
            reply_to: Id of the message to quote.
            body: The whole JSON body instead of the keyword arguments: a ``V2ListMessage``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "messages.send_list")
        from .._api.api.messages import send_list_v2
        from .._api.models.v2_list_message import V2ListMessage
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            send_list_v2._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2ListMessage, body, "messages.send_list", chat_id=chat_id, message=message, reply_to=reply_to
            ),
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

        v1: ``POST /sendLocation`` (operation ``sendLocation``); v2: ``POST /v2/send/location`` (operation
        ``sendLocation``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_location
            from .._union_models import SentMessage

            result: SentMessage = self._client._call(
                send_location._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                latitude=latitude,
                longitude=longitude,
                **given(title=title, message=message, reply_to=reply_to),
            )
        else:
            from .._api.api.messages import send_location_v2
            from .._union_models import SentMessage

            refuse_arguments("messages.send_location", "v2", message=message)
            result = self._client._call(
                send_location_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                latitude=latitude,
                longitude=longitude,
                **given(title=title, reply_to=reply_to),
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

        v1: ``POST /sendPoll`` (operation ``sendPoll``); v2: ``POST /v2/send/poll`` (operation ``sendPoll``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_poll
            from .._api.models.send_poll_body import SendPollBody
            from .._union_models import SentMessage

            result: SentMessage = self._client._call(
                send_poll._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    SendPollBody, body, "messages.send_poll", chat_id=chat_id, poll=poll, reply_to=reply_to
                ),
            )
        else:
            from .._api.api.messages import send_poll_v2
            from .._api.models.send_poll_body import SendPollBody
            from .._union_models import SentMessage

            result = self._client._call(
                send_poll_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    SendPollBody, body, "messages.send_poll", chat_id=chat_id, poll=poll, reply_to=reply_to
                ),
            )
        return result

    @overload
    def send_poll_vote(
        self,
        *,
        chat_id: str,
        message_id: str,
        votes: list[str | int],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    def send_poll_vote(
        self,
        *,
        body: V2PollVote | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    def send_poll_vote(
        self,
        *,
        chat_id: str | Unset = UNSET,
        message_id: str | Unset = UNSET,
        votes: list[str | int] | Unset = UNSET,
        body: V2PollVote | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Vote on a poll

        Only in Wawp v2: ``POST /v2/send/poll/vote`` (operation ``sendPollVote``).

        Args:
            chat_id: A person, group or channel id.
            message_id: Id of the poll message.
            votes: Options by text or 0-based position; an empty list withdraws the vote.
            body: The whole JSON body instead of the keyword arguments: a ``V2PollVote``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "messages.send_poll_vote")
        from .._api.api.messages import send_poll_vote_v2
        from .._api.models.v2_poll_vote import V2PollVote
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            send_poll_vote_v2._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2PollVote, body, "messages.send_poll_vote", chat_id=chat_id, message_id=message_id, votes=votes
            ),
        )
        return result

    def send_seen(
        self,
        *,
        chat_id: str,
        message_ids: list[str] | None = None,
        participant: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Mark messages as seen

        v1: ``POST /sendSeen`` (operation ``sendSeen``); v2: ``POST /v2/send/seen`` (operation ``sendSeen``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_ids: Ids of the messages to mark as seen.
            participant: In a group, the sender of the messages.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.messages import send_seen

            require_arguments("messages.send_seen", "v1", message_ids=message_ids)
            result: None = self._client._call(
                send_seen._get_kwargs,
                cast_to=send_seen.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                message_ids=message_ids,
                **given(participant=participant),
            )
        else:
            from .._api.api.messages import send_seen_v2

            refuse_arguments("messages.send_seen", "v2", participant=participant)
            result = self._client._call(
                send_seen_v2._get_kwargs,
                cast_to=send_seen_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                **given(message_ids=message_ids),
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

        v1: ``POST /send`` (operation ``sendText``); v2: ``POST /v2/send/text`` (operation ``sendText``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_text
            from .._union_models import SentMessage

            result: SentMessage = self._client._call(
                send_text._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                message=message,
                link_preview=link_preview,
                **given(reply_to=reply_to),
            )
        else:
            from .._api.api.messages import send_text_v2
            from .._union_models import SentMessage

            result = self._client._call(
                send_text_v2._get_kwargs,
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
        as_note: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a video

        v1: ``POST /sendVideo`` (operation ``sendVideo``); v2: ``POST /v2/send/video`` (operation ``sendVideo``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_video
            from .._union_models import SentMessage

            result: SentMessage = self._client._call(
                send_video._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                convert=convert,
                **given(caption=caption, as_note=as_note),
            )
        else:
            from .._api.api.messages import send_video_v2
            from .._union_models import SentMessage

            refuse_arguments("messages.send_video", "v2", as_note=as_note)
            result = self._client._call(
                send_video_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                convert=convert,
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

        v1: ``POST /sendVoice`` (operation ``sendVoice``); v2: ``POST /v2/send/voice`` (operation ``sendVoice``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_voice
            from .._union_models import SentMessage

            result: SentMessage = self._client._call(
                send_voice._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                convert=convert,
            )
        else:
            from .._api.api.messages import send_voice_v2
            from .._union_models import SentMessage

            result = self._client._call(
                send_voice_v2._get_kwargs,
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

        Only in Wawp v1: ``PUT /star`` (operation ``messageStar``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            star: True to star the message, false to unstar it.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "messages.star")
        from .._api.api.messages import message_star

        result: None = self._client._call(
            message_star._get_kwargs,
            cast_to=message_star.RESULT,
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

        v1: ``POST /startTyping`` (operation ``startTyping``); v2: ``POST /v2/send/start-typing`` (operation
        ``startTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.messages import start_typing

            result: ActionResult = self._client._call(
                start_typing._get_kwargs,
                cast_to=start_typing.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.messages import start_typing_v2

            result = self._client._call(
                start_typing_v2._get_kwargs,
                cast_to=start_typing_v2.RESULT,
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

        v1: ``POST /stopTyping`` (operation ``stopTyping``); v2: ``POST /v2/send/stop-typing`` (operation
        ``stopTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.messages import stop_typing

            result: ActionResult = self._client._call(
                stop_typing._get_kwargs,
                cast_to=stop_typing.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.messages import stop_typing_v2

            result = self._client._call(
                stop_typing_v2._get_kwargs,
                cast_to=stop_typing_v2.RESULT,
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
        self.send_audio = to_raw_response_wrapper(resource.send_audio)
        self.send_contact_vcard = to_raw_response_wrapper(resource.send_contact_vcard)
        self.send_event = to_raw_response_wrapper(resource.send_event)
        self.send_file = to_raw_response_wrapper(resource.send_file)
        self.send_image = to_raw_response_wrapper(resource.send_image)
        self.send_link_preview = to_raw_response_wrapper(resource.send_link_preview)
        self.send_list = to_raw_response_wrapper(resource.send_list)
        self.send_location = to_raw_response_wrapper(resource.send_location)
        self.send_poll = to_raw_response_wrapper(resource.send_poll)
        self.send_poll_vote = to_raw_response_wrapper(resource.send_poll_vote)
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

        Only in Wawp v1: ``GET /message`` (operation ``messageGet``).

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
        self._client._only_in("v1", "messages.get")
        from .._api.api.messages import message_get

        result: Message = await self._client._call(
            message_get._get_kwargs,
            cast_to=message_get.RESULT,
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

        Only in Wawp v1: ``PUT /reaction`` (operation ``messageReact``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            reaction: Emoji to react with; an empty string removes your reaction.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "messages.react")
        from .._api.api.messages import message_react
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            message_react._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            message_id=message_id,
            reaction=reaction,
        )
        return result

    @overload
    async def send_audio(
        self,
        *,
        chat_id: str,
        file: V2MediaSendFile | Mapping[str, Any],
        caption: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    async def send_audio(
        self,
        *,
        body: V2MediaSend | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    async def send_audio(
        self,
        *,
        chat_id: str | Unset = UNSET,
        file: V2MediaSendFile | Mapping[str, Any] | Unset = UNSET,
        caption: str | None = None,
        body: V2MediaSend | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send an audio file

        Only in Wawp v2: ``POST /v2/send/audio`` (operation ``sendAudio``).

        Args:
            chat_id: A person, group or channel id.
            body: The whole JSON body instead of the keyword arguments: a ``V2MediaSend``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "messages.send_audio")
        from .._api.api.messages import send_audio_v2
        from .._api.models.v2_media_send import V2MediaSend
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            send_audio_v2._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(V2MediaSend, body, "messages.send_audio", chat_id=chat_id, file=file, caption=caption),
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

        v1: ``POST /sendContactVcard`` (operation ``sendContactVcard``); v2: ``POST /v2/send/contact`` (operation
        ``sendContactVcard``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_contact_vcard
            from .._api.models.send_contact_vcard_body import SendContactVcardBody
            from .._union_models import SentMessage

            result: SentMessage = await self._client._call(
                send_contact_vcard._get_kwargs,
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
        else:
            from .._api.api.messages import send_contact_vcard_v2
            from .._api.models.send_contact_vcard_body import SendContactVcardBody
            from .._union_models import SentMessage

            result = await self._client._call(
                send_contact_vcard_v2._get_kwargs,
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

    @overload
    async def send_event(
        self,
        *,
        chat_id: str,
        event: V2EventMessageEvent | Mapping[str, Any],
        reply_to: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    async def send_event(
        self,
        *,
        body: V2EventMessage | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    async def send_event(
        self,
        *,
        chat_id: str | Unset = UNSET,
        event: V2EventMessageEvent | Mapping[str, Any] | Unset = UNSET,
        reply_to: str | None = None,
        body: V2EventMessage | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a calendar event

        Only in Wawp v2: ``POST /v2/send/event`` (operation ``sendEvent``).

        Args:
            chat_id: A person, group or channel id.
            reply_to: Id of the message to quote.
            body: The whole JSON body instead of the keyword arguments: a ``V2EventMessage``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "messages.send_event")
        from .._api.api.messages import send_event_v2
        from .._api.models.v2_event_message import V2EventMessage
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            send_event_v2._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2EventMessage, body, "messages.send_event", chat_id=chat_id, event=event, reply_to=reply_to
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

        v1: ``POST /sendFile`` (operation ``sendFile``); v2: ``POST /v2/send/pdf`` (operation ``sendFile``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_file
            from .._union_models import SentMessage

            result: SentMessage = await self._client._call(
                send_file._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                **given(caption=caption),
            )
        else:
            from .._api.api.messages import send_file_v2
            from .._union_models import SentMessage

            result = await self._client._call(
                send_file_v2._get_kwargs,
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

        v1: ``POST /sendImage`` (operation ``sendImage``); v2: ``POST /v2/send/image`` (operation ``sendImage``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_image
            from .._union_models import SentMessage

            result: SentMessage = await self._client._call(
                send_image._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                **given(caption=caption),
            )
        else:
            from .._api.api.messages import send_image_v2
            from .._union_models import SentMessage

            result = await self._client._call(
                send_image_v2._get_kwargs,
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

        v1: ``POST /sendLinkPreview`` (operation ``sendLinkPreview``); v2: ``POST /v2/send/link-preview`` (operation
        ``sendLinkPreview``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_link_preview
            from .._union_models import SentMessage

            result: SentMessage = await self._client._call(
                send_link_preview._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                text=text,
                url_query=url,
                link_preview_high_quality=link_preview_high_quality,
                **given(title=title, description=description, thumbnail=thumbnail, reply_to=reply_to),
            )
        else:
            from .._api.api.messages import send_link_preview_v2
            from .._union_models import SentMessage

            refuse_arguments("messages.send_link_preview", "v2", thumbnail=thumbnail)
            result = await self._client._call(
                send_link_preview_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                text=text,
                url_query=url,
                link_preview_high_quality=link_preview_high_quality,
                **given(title=title, description=description, reply_to=reply_to),
            )
        return result

    @overload
    async def send_list(
        self,
        *,
        chat_id: str,
        message: V2ListMessageMessage | Mapping[str, Any],
        reply_to: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    async def send_list(
        self,
        *,
        body: V2ListMessage | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    async def send_list(
        self,
        *,
        chat_id: str | Unset = UNSET,
        message: V2ListMessageMessage | Mapping[str, Any] | Unset = UNSET,
        reply_to: str | None = None,
        body: V2ListMessage | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send an interactive list

        Only in Wawp v2: ``POST /v2/send/list`` (operation ``sendList``).

        Args:
            chat_id: A person, group or channel id.
            reply_to: Id of the message to quote.
            body: The whole JSON body instead of the keyword arguments: a ``V2ListMessage``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "messages.send_list")
        from .._api.api.messages import send_list_v2
        from .._api.models.v2_list_message import V2ListMessage
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            send_list_v2._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2ListMessage, body, "messages.send_list", chat_id=chat_id, message=message, reply_to=reply_to
            ),
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

        v1: ``POST /sendLocation`` (operation ``sendLocation``); v2: ``POST /v2/send/location`` (operation
        ``sendLocation``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_location
            from .._union_models import SentMessage

            result: SentMessage = await self._client._call(
                send_location._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                latitude=latitude,
                longitude=longitude,
                **given(title=title, message=message, reply_to=reply_to),
            )
        else:
            from .._api.api.messages import send_location_v2
            from .._union_models import SentMessage

            refuse_arguments("messages.send_location", "v2", message=message)
            result = await self._client._call(
                send_location_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                latitude=latitude,
                longitude=longitude,
                **given(title=title, reply_to=reply_to),
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

        v1: ``POST /sendPoll`` (operation ``sendPoll``); v2: ``POST /v2/send/poll`` (operation ``sendPoll``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_poll
            from .._api.models.send_poll_body import SendPollBody
            from .._union_models import SentMessage

            result: SentMessage = await self._client._call(
                send_poll._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    SendPollBody, body, "messages.send_poll", chat_id=chat_id, poll=poll, reply_to=reply_to
                ),
            )
        else:
            from .._api.api.messages import send_poll_v2
            from .._api.models.send_poll_body import SendPollBody
            from .._union_models import SentMessage

            result = await self._client._call(
                send_poll_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    SendPollBody, body, "messages.send_poll", chat_id=chat_id, poll=poll, reply_to=reply_to
                ),
            )
        return result

    @overload
    async def send_poll_vote(
        self,
        *,
        chat_id: str,
        message_id: str,
        votes: list[str | int],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    async def send_poll_vote(
        self,
        *,
        body: V2PollVote | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    async def send_poll_vote(
        self,
        *,
        chat_id: str | Unset = UNSET,
        message_id: str | Unset = UNSET,
        votes: list[str | int] | Unset = UNSET,
        body: V2PollVote | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Vote on a poll

        Only in Wawp v2: ``POST /v2/send/poll/vote`` (operation ``sendPollVote``).

        Args:
            chat_id: A person, group or channel id.
            message_id: Id of the poll message.
            votes: Options by text or 0-based position; an empty list withdraws the vote.
            body: The whole JSON body instead of the keyword arguments: a ``V2PollVote``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "messages.send_poll_vote")
        from .._api.api.messages import send_poll_vote_v2
        from .._api.models.v2_poll_vote import V2PollVote
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            send_poll_vote_v2._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2PollVote, body, "messages.send_poll_vote", chat_id=chat_id, message_id=message_id, votes=votes
            ),
        )
        return result

    async def send_seen(
        self,
        *,
        chat_id: str,
        message_ids: list[str] | None = None,
        participant: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Mark messages as seen

        v1: ``POST /sendSeen`` (operation ``sendSeen``); v2: ``POST /v2/send/seen`` (operation ``sendSeen``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_ids: Ids of the messages to mark as seen.
            participant: In a group, the sender of the messages.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.messages import send_seen

            require_arguments("messages.send_seen", "v1", message_ids=message_ids)
            result: None = await self._client._call(
                send_seen._get_kwargs,
                cast_to=send_seen.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                message_ids=message_ids,
                **given(participant=participant),
            )
        else:
            from .._api.api.messages import send_seen_v2

            refuse_arguments("messages.send_seen", "v2", participant=participant)
            result = await self._client._call(
                send_seen_v2._get_kwargs,
                cast_to=send_seen_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                **given(message_ids=message_ids),
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

        v1: ``POST /send`` (operation ``sendText``); v2: ``POST /v2/send/text`` (operation ``sendText``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_text
            from .._union_models import SentMessage

            result: SentMessage = await self._client._call(
                send_text._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                message=message,
                link_preview=link_preview,
                **given(reply_to=reply_to),
            )
        else:
            from .._api.api.messages import send_text_v2
            from .._union_models import SentMessage

            result = await self._client._call(
                send_text_v2._get_kwargs,
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
        as_note: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Send a video

        v1: ``POST /sendVideo`` (operation ``sendVideo``); v2: ``POST /v2/send/video`` (operation ``sendVideo``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_video
            from .._union_models import SentMessage

            result: SentMessage = await self._client._call(
                send_video._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                convert=convert,
                **given(caption=caption, as_note=as_note),
            )
        else:
            from .._api.api.messages import send_video_v2
            from .._union_models import SentMessage

            refuse_arguments("messages.send_video", "v2", as_note=as_note)
            result = await self._client._call(
                send_video_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                convert=convert,
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

        v1: ``POST /sendVoice`` (operation ``sendVoice``); v2: ``POST /v2/send/voice`` (operation ``sendVoice``).

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
        if self._client.api_version == "v1":
            from .._api.api.messages import send_voice
            from .._union_models import SentMessage

            result: SentMessage = await self._client._call(
                send_voice._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                convert=convert,
            )
        else:
            from .._api.api.messages import send_voice_v2
            from .._union_models import SentMessage

            result = await self._client._call(
                send_voice_v2._get_kwargs,
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

        Only in Wawp v1: ``PUT /star`` (operation ``messageStar``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            star: True to star the message, false to unstar it.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "messages.star")
        from .._api.api.messages import message_star

        result: None = await self._client._call(
            message_star._get_kwargs,
            cast_to=message_star.RESULT,
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

        v1: ``POST /startTyping`` (operation ``startTyping``); v2: ``POST /v2/send/start-typing`` (operation
        ``startTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.messages import start_typing

            result: ActionResult = await self._client._call(
                start_typing._get_kwargs,
                cast_to=start_typing.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.messages import start_typing_v2

            result = await self._client._call(
                start_typing_v2._get_kwargs,
                cast_to=start_typing_v2.RESULT,
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

        v1: ``POST /stopTyping`` (operation ``stopTyping``); v2: ``POST /v2/send/stop-typing`` (operation
        ``stopTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.messages import stop_typing

            result: ActionResult = await self._client._call(
                stop_typing._get_kwargs,
                cast_to=stop_typing.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                chat_id=chat_id,
            )
        else:
            from .._api.api.messages import stop_typing_v2

            result = await self._client._call(
                stop_typing_v2._get_kwargs,
                cast_to=stop_typing_v2.RESULT,
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
        self.send_audio = async_to_raw_response_wrapper(resource.send_audio)
        self.send_contact_vcard = async_to_raw_response_wrapper(resource.send_contact_vcard)
        self.send_event = async_to_raw_response_wrapper(resource.send_event)
        self.send_file = async_to_raw_response_wrapper(resource.send_file)
        self.send_image = async_to_raw_response_wrapper(resource.send_image)
        self.send_link_preview = async_to_raw_response_wrapper(resource.send_link_preview)
        self.send_list = async_to_raw_response_wrapper(resource.send_list)
        self.send_location = async_to_raw_response_wrapper(resource.send_location)
        self.send_poll = async_to_raw_response_wrapper(resource.send_poll)
        self.send_poll_vote = async_to_raw_response_wrapper(resource.send_poll_vote)
        self.send_seen = async_to_raw_response_wrapper(resource.send_seen)
        self.send_text = async_to_raw_response_wrapper(resource.send_text)
        self.send_video = async_to_raw_response_wrapper(resource.send_video)
        self.send_voice = async_to_raw_response_wrapper(resource.send_voice)
        self.star = async_to_raw_response_wrapper(resource.star)
        self.start_typing = async_to_raw_response_wrapper(resource.start_typing)
        self.stop_typing = async_to_raw_response_wrapper(resource.stop_typing)
