# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.status`` namespace: 24-hour statuses (stories)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._api.models.gows_sent_message import GowsSentMessage
    from .._api.models.noweb_sent_message import NowebSentMessage
    from .._api.models.wawp_send_ack import WawpSendAck
    from .._api.models.webjs_sent_message import WebjsSentMessage
    from .._api.types import Unset

__all__ = ["AsyncStatusResource", "StatusResource"]


class StatusResource(SyncResource):
    """``client.status``: 24-hour statuses (stories)."""

    def delete(
        self,
        *,
        id: str,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Delete a status

        ``POST /status/delete`` (operation ``statusDelete``).

        Args:
            id: Id of the status to delete, the raw id (NOWEB's `key.id`) or the serialized id GOWS answers
                (`id`, true_status@broadcast_{rawId}_{me}).
        """
        from .._api.api.status import status_delete as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(_op.sync_detailed, id=id),
        )

    def send_image(
        self,
        *,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Post an image status

        ``POST /status/image`` (operation ``statusImage``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            caption: Text shown under the media.
        """
        from .._api.api.status import status_image as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                caption=caption,
            ),
        )

    def send_text(
        self,
        *,
        text: str,
        background_color: str | Unset = UNSET,
        font: int | Unset = 0,
        link_preview: bool | Unset = True,
        link_preview_high_quality: bool | Unset = False,
        contacts: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Post a text status

        ``POST /status/text`` (operation ``statusText``).

        Args:
            text: Text of the status.
            background_color: Background colour as #rrggbb.
            font: Font number.
            link_preview: Generate a preview for the first link in the text.
            link_preview_high_quality: Upload a high-quality preview image (slower).
            contacts: Comma-separated chat ids allowed to see the status; omit for all contacts.
        """
        from .._api.api.status import status_text as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed,
                text=text,
                background_color=background_color,
                font=font,
                link_preview=link_preview,
                link_preview_high_quality=link_preview_high_quality,
                contacts=contacts,
            ),
        )

    def send_video(
        self,
        *,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | Unset = UNSET,
        convert: bool | Unset = True,
        as_note: bool | Unset = False,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Post a video status

        ``POST /status/video`` (operation ``statusVideo``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be video/….
            caption: Text shown under the media.
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            as_note: Send the video as a round video note.
        """
        from .._api.api.status import status_video as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed,
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
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        convert: bool | Unset = True,
        caption: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Post a voice status

        ``POST /status/voice`` (operation ``statusVoice``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be audio/….
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            caption: Text shown under the media.
        """
        from .._api.api.status import status_voice as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            self._client._call(
                _op.sync_detailed,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                convert=convert,
                caption=caption,
            ),
        )


class AsyncStatusResource(AsyncResource):
    """``client.status``: 24-hour statuses (stories)."""

    async def delete(
        self,
        *,
        id: str,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Delete a status

        ``POST /status/delete`` (operation ``statusDelete``).

        Args:
            id: Id of the status to delete, the raw id (NOWEB's `key.id`) or the serialized id GOWS answers
                (`id`, true_status@broadcast_{rawId}_{me}).
        """
        from .._api.api.status import status_delete as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(_op.asyncio_detailed, id=id),
        )

    async def send_image(
        self,
        *,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Post an image status

        ``POST /status/image`` (operation ``statusImage``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            caption: Text shown under the media.
        """
        from .._api.api.status import status_image as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                caption=caption,
            ),
        )

    async def send_text(
        self,
        *,
        text: str,
        background_color: str | Unset = UNSET,
        font: int | Unset = 0,
        link_preview: bool | Unset = True,
        link_preview_high_quality: bool | Unset = False,
        contacts: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Post a text status

        ``POST /status/text`` (operation ``statusText``).

        Args:
            text: Text of the status.
            background_color: Background colour as #rrggbb.
            font: Font number.
            link_preview: Generate a preview for the first link in the text.
            link_preview_high_quality: Upload a high-quality preview image (slower).
            contacts: Comma-separated chat ids allowed to see the status; omit for all contacts.
        """
        from .._api.api.status import status_text as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed,
                text=text,
                background_color=background_color,
                font=font,
                link_preview=link_preview,
                link_preview_high_quality=link_preview_high_quality,
                contacts=contacts,
            ),
        )

    async def send_video(
        self,
        *,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | Unset = UNSET,
        convert: bool | Unset = True,
        as_note: bool | Unset = False,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Post a video status

        ``POST /status/video`` (operation ``statusVideo``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be video/….
            caption: Text shown under the media.
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            as_note: Send the video as a round video note.
        """
        from .._api.api.status import status_video as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed,
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
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        convert: bool | Unset = True,
        caption: str | Unset = UNSET,
    ) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
        """Post a voice status

        ``POST /status/voice`` (operation ``statusVoice``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be audio/….
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            caption: Text shown under the media.
        """
        from .._api.api.status import status_voice as _op

        return cast(
            "GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage",
            await self._client._call(
                _op.asyncio_detailed,
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                convert=convert,
                caption=caption,
            ),
        )
