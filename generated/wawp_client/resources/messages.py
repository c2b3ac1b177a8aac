# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.messages`` namespace: Send messages of every kind and act on them (seen, typing, reactions,
stars).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._api.models.action_result import ActionResult
    from .._api.models.gows_sent_message import GowsSentMessage
    from .._api.models.message import Message
    from .._api.models.noweb_sent_message import NowebSentMessage
    from .._api.models.send_contact_vcard_body import SendContactVcardBody
    from .._api.models.send_poll_body import SendPollBody
    from .._api.models.wawp_send_ack import WawpSendAck
    from .._api.models.webjs_sent_message import WebjsSentMessage
    from .._api.types import Unset

__all__ = ["AsyncMessagesResource", "MessagesResource"]


class MessagesResource(SyncResource):
    """``client.messages``: Send messages of every kind and act on them (seen, typing, reactions, stars)."""

    def get(
        self,
        *,
        chat_id: str,
        message_id: str,
        download_media: bool | Unset = False,
    ) -> Message:
        """Get a message

        ``GET /message`` (operation ``messageGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            download_media: Download media and include its URL in the result.
        """
        from .._api.api.messages import message_get as _op

        return cast(
            "Message",
            self._client._call(
                _op.sync_detailed, chat_id=chat_id, message_id=message_id, download_media=download_media
            ),
        )

    def react(
        self,
        *,
        chat_id: str,
        message_id: str,
        reaction: str,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """React to a message

        ``PUT /reaction`` (operation ``messageReact``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            reaction: Emoji to react with; an empty string removes your reaction.
        """
        from .._api.api.messages import message_react as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(_op.sync_detailed, chat_id=chat_id, message_id=message_id, reaction=reaction),
        )

    def send_contact_vcard(
        self,
        *,
        body: SendContactVcardBody | dict[str, Any],
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send contact cards

        ``POST /sendContactVcard`` (operation ``sendContactVcard``).

        Args:
            body: The JSON request body: a ``SendContactVcardBody``, or a dict of the same shape.
        """
        from .._api.api.messages import send_contact_vcard as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(_op.sync_detailed, body=body),
        )

    def send_file(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send a document

        ``POST /sendFile`` (operation ``sendFile``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file, e.g. image/jpeg.
            caption: Text shown under the media.
        """
        from .._api.api.messages import send_file as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed,
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                caption=caption,
            ),
        )

    def send_image(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send an image

        ``POST /sendImage`` (operation ``sendImage``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            caption: Text shown under the media.
        """
        from .._api.api.messages import send_image as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed,
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                caption=caption,
            ),
        )

    def send_link_preview(
        self,
        *,
        chat_id: str,
        text: str,
        url: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        link_preview_high_quality: bool | Unset = False,
        reply_to: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
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
        """
        from .._api.api.messages import send_link_preview as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed,
                chat_id=chat_id,
                text=text,
                url_query=url,
                title=title,
                description=description,
                thumbnail=thumbnail,
                link_preview_high_quality=link_preview_high_quality,
                reply_to=reply_to,
            ),
        )

    def send_location(
        self,
        *,
        chat_id: str,
        latitude: float,
        longitude: float,
        title: str | Unset = UNSET,
        message: str | Unset = UNSET,
        reply_to: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
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
        """
        from .._api.api.messages import send_location as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed,
                chat_id=chat_id,
                latitude=latitude,
                longitude=longitude,
                title=title,
                message=message,
                reply_to=reply_to,
            ),
        )

    def send_poll(
        self,
        *,
        body: SendPollBody | dict[str, Any],
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send a poll

        ``POST /sendPoll`` (operation ``sendPoll``).

        Args:
            body: The JSON request body: a ``SendPollBody``, or a dict of the same shape.
        """
        from .._api.api.messages import send_poll as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(_op.sync_detailed, body=body),
        )

    def send_seen(
        self,
        *,
        chat_id: str,
        message_ids: list[str],
        participant: str | Unset = UNSET,
    ) -> Any:
        """Mark messages as seen

        ``POST /sendSeen`` (operation ``sendSeen``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_ids: Ids of the messages to mark as seen.
            participant: In a group, the sender of the messages.
        """
        from .._api.api.messages import send_seen as _op

        return cast(
            "Any",
            self._client._call(_op.sync_detailed, chat_id=chat_id, message_ids=message_ids, participant=participant),
        )

    def send_text(
        self,
        *,
        chat_id: str,
        message: str,
        reply_to: str | Unset = UNSET,
        link_preview: bool | Unset = True,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send a text message

        ``POST /send`` (operation ``sendText``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message: Text of the message.
            reply_to: Id of a message to quote in the reply.
            link_preview: Generate a preview for the first link in the text.
        """
        from .._api.api.messages import send_text as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed, chat_id=chat_id, message=message, reply_to=reply_to, link_preview=link_preview
            ),
        )

    def send_video(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | Unset = UNSET,
        convert: bool | Unset = True,
        as_note: bool | Unset = False,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
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
        """
        from .._api.api.messages import send_video as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed,
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                caption=caption,
                convert=convert,
                as_note=as_note,
            ),
        )

    def send_voice(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        convert: bool | Unset = True,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send a voice note

        ``POST /sendVoice`` (operation ``sendVoice``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be audio/….
            convert: Let Wawp transcode the file to the format WhatsApp expects.
        """
        from .._api.api.messages import send_voice as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed,
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                convert=convert,
            ),
        )

    def star(
        self,
        *,
        chat_id: str,
        message_id: str,
        star: bool,
    ) -> Any:
        """Star or unstar a message

        ``PUT /star`` (operation ``messageStar``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            star: True to star the message, false to unstar it.
        """
        from .._api.api.messages import message_star as _op

        return cast("Any", self._client._call(_op.sync_detailed, chat_id=chat_id, message_id=message_id, star=star))

    def start_typing(
        self,
        *,
        chat_id: str,
    ) -> ActionResult:
        """Show typing

        ``POST /startTyping`` (operation ``startTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.messages import start_typing as _op

        return cast("ActionResult", self._client._call(_op.sync_detailed, chat_id=chat_id))

    def stop_typing(
        self,
        *,
        chat_id: str,
    ) -> ActionResult:
        """Stop showing typing

        ``POST /stopTyping`` (operation ``stopTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.messages import stop_typing as _op

        return cast("ActionResult", self._client._call(_op.sync_detailed, chat_id=chat_id))


class AsyncMessagesResource(AsyncResource):
    """``client.messages``: Send messages of every kind and act on them (seen, typing, reactions, stars)."""

    async def get(
        self,
        *,
        chat_id: str,
        message_id: str,
        download_media: bool | Unset = False,
    ) -> Message:
        """Get a message

        ``GET /message`` (operation ``messageGet``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            download_media: Download media and include its URL in the result.
        """
        from .._api.api.messages import message_get as _op

        return cast(
            "Message",
            await self._client._call(
                _op.asyncio_detailed, chat_id=chat_id, message_id=message_id, download_media=download_media
            ),
        )

    async def react(
        self,
        *,
        chat_id: str,
        message_id: str,
        reaction: str,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """React to a message

        ``PUT /reaction`` (operation ``messageReact``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            reaction: Emoji to react with; an empty string removes your reaction.
        """
        from .._api.api.messages import message_react as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(_op.asyncio_detailed, chat_id=chat_id, message_id=message_id, reaction=reaction),
        )

    async def send_contact_vcard(
        self,
        *,
        body: SendContactVcardBody | dict[str, Any],
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send contact cards

        ``POST /sendContactVcard`` (operation ``sendContactVcard``).

        Args:
            body: The JSON request body: a ``SendContactVcardBody``, or a dict of the same shape.
        """
        from .._api.api.messages import send_contact_vcard as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(_op.asyncio_detailed, body=body),
        )

    async def send_file(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send a document

        ``POST /sendFile`` (operation ``sendFile``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file, e.g. image/jpeg.
            caption: Text shown under the media.
        """
        from .._api.api.messages import send_file as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed,
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                caption=caption,
            ),
        )

    async def send_image(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send an image

        ``POST /sendImage`` (operation ``sendImage``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            caption: Text shown under the media.
        """
        from .._api.api.messages import send_image as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed,
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                caption=caption,
            ),
        )

    async def send_link_preview(
        self,
        *,
        chat_id: str,
        text: str,
        url: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        link_preview_high_quality: bool | Unset = False,
        reply_to: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
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
        """
        from .._api.api.messages import send_link_preview as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed,
                chat_id=chat_id,
                text=text,
                url_query=url,
                title=title,
                description=description,
                thumbnail=thumbnail,
                link_preview_high_quality=link_preview_high_quality,
                reply_to=reply_to,
            ),
        )

    async def send_location(
        self,
        *,
        chat_id: str,
        latitude: float,
        longitude: float,
        title: str | Unset = UNSET,
        message: str | Unset = UNSET,
        reply_to: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
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
        """
        from .._api.api.messages import send_location as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed,
                chat_id=chat_id,
                latitude=latitude,
                longitude=longitude,
                title=title,
                message=message,
                reply_to=reply_to,
            ),
        )

    async def send_poll(
        self,
        *,
        body: SendPollBody | dict[str, Any],
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send a poll

        ``POST /sendPoll`` (operation ``sendPoll``).

        Args:
            body: The JSON request body: a ``SendPollBody``, or a dict of the same shape.
        """
        from .._api.api.messages import send_poll as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(_op.asyncio_detailed, body=body),
        )

    async def send_seen(
        self,
        *,
        chat_id: str,
        message_ids: list[str],
        participant: str | Unset = UNSET,
    ) -> Any:
        """Mark messages as seen

        ``POST /sendSeen`` (operation ``sendSeen``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_ids: Ids of the messages to mark as seen.
            participant: In a group, the sender of the messages.
        """
        from .._api.api.messages import send_seen as _op

        return cast(
            "Any",
            await self._client._call(
                _op.asyncio_detailed, chat_id=chat_id, message_ids=message_ids, participant=participant
            ),
        )

    async def send_text(
        self,
        *,
        chat_id: str,
        message: str,
        reply_to: str | Unset = UNSET,
        link_preview: bool | Unset = True,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send a text message

        ``POST /send`` (operation ``sendText``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message: Text of the message.
            reply_to: Id of a message to quote in the reply.
            link_preview: Generate a preview for the first link in the text.
        """
        from .._api.api.messages import send_text as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed, chat_id=chat_id, message=message, reply_to=reply_to, link_preview=link_preview
            ),
        )

    async def send_video(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | Unset = UNSET,
        convert: bool | Unset = True,
        as_note: bool | Unset = False,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
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
        """
        from .._api.api.messages import send_video as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed,
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                caption=caption,
                convert=convert,
                as_note=as_note,
            ),
        )

    async def send_voice(
        self,
        *,
        chat_id: str,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        convert: bool | Unset = True,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Send a voice note

        ``POST /sendVoice`` (operation ``sendVoice``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be audio/….
            convert: Let Wawp transcode the file to the format WhatsApp expects.
        """
        from .._api.api.messages import send_voice as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed,
                chat_id=chat_id,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                convert=convert,
            ),
        )

    async def star(
        self,
        *,
        chat_id: str,
        message_id: str,
        star: bool,
    ) -> Any:
        """Star or unstar a message

        ``PUT /star`` (operation ``messageStar``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
            message_id: Serialized message id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
            star: True to star the message, false to unstar it.
        """
        from .._api.api.messages import message_star as _op

        return cast(
            "Any", await self._client._call(_op.asyncio_detailed, chat_id=chat_id, message_id=message_id, star=star)
        )

    async def start_typing(
        self,
        *,
        chat_id: str,
    ) -> ActionResult:
        """Show typing

        ``POST /startTyping`` (operation ``startTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.messages import start_typing as _op

        return cast("ActionResult", await self._client._call(_op.asyncio_detailed, chat_id=chat_id))

    async def stop_typing(
        self,
        *,
        chat_id: str,
    ) -> ActionResult:
        """Stop showing typing

        ``POST /stopTyping`` (operation ``stopTyping``).

        Args:
            chat_id: Chat to act on: phone digits or a chat id (…@c.us person, …@g.us group, …@newsletter
                channel).
        """
        from .._api.api.messages import stop_typing as _op

        return cast("ActionResult", await self._client._call(_op.asyncio_detailed, chat_id=chat_id))
