# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.status`` namespace: 24-hour statuses (stories)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._base_client import AsyncResource, SyncResource
from .._facade import given, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._union_models import SentMessage

__all__ = ["AsyncStatusResource", "AsyncStatusWithRawResponse", "StatusResource", "StatusWithRawResponse"]


class StatusResource(SyncResource):
    """``client.status``: 24-hour statuses (stories)."""

    def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Delete a status

        ``POST /status/delete`` (operation ``statusDelete``).

        Args:
            id: Id of the status to delete, the raw id (NOWEB's `key.id`) or the serialized id GOWS answers
                (`id`, true_status@broadcast_{rawId}_{me}).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.status import status_delete as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs, cast_to=SentMessage, options=request_options(timeout, extra_headers, extra_query), id=id
        )
        return result

    def send_image(
        self,
        *,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Post an image status

        ``POST /status/image`` (operation ``statusImage``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            caption: Text shown under the media.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.status import status_image as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            **given(caption=caption),
        )
        return result

    def send_text(
        self,
        *,
        text: str,
        background_color: str | None = None,
        font: int = 0,
        link_preview: bool = True,
        link_preview_high_quality: bool = False,
        contacts: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Post a text status

        ``POST /status/text`` (operation ``statusText``).

        Args:
            text: Text of the status.
            background_color: Background colour as #rrggbb.
            font: Font number.
            link_preview: Generate a preview for the first link in the text.
            link_preview_high_quality: Upload a high-quality preview image (slower).
            contacts: Comma-separated chat ids allowed to see the status; omit for all contacts.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.status import status_text as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            text=text,
            font=font,
            link_preview=link_preview,
            link_preview_high_quality=link_preview_high_quality,
            **given(background_color=background_color, contacts=contacts),
        )
        return result

    def send_video(
        self,
        *,
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
        """Post a video status

        ``POST /status/video`` (operation ``statusVideo``).

        Args:
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
        from .._api.api.status import status_video as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
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
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        convert: bool = True,
        caption: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Post a voice status

        ``POST /status/voice`` (operation ``statusVoice``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be audio/….
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            caption: Text shown under the media.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.status import status_voice as _op
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            convert=convert,
            **given(caption=caption),
        )
        return result


class StatusWithRawResponse:
    """``client.with_raw_response.status``: the same methods, returning the HTTP response."""

    def __init__(self, resource: StatusResource) -> None:
        self._resource = resource
        self.delete = to_raw_response_wrapper(resource.delete)
        self.send_image = to_raw_response_wrapper(resource.send_image)
        self.send_text = to_raw_response_wrapper(resource.send_text)
        self.send_video = to_raw_response_wrapper(resource.send_video)
        self.send_voice = to_raw_response_wrapper(resource.send_voice)


class AsyncStatusResource(AsyncResource):
    """``client.status``: 24-hour statuses (stories)."""

    async def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Delete a status

        ``POST /status/delete`` (operation ``statusDelete``).

        Args:
            id: Id of the status to delete, the raw id (NOWEB's `key.id`) or the serialized id GOWS answers
                (`id`, true_status@broadcast_{rawId}_{me}).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.status import status_delete as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs, cast_to=SentMessage, options=request_options(timeout, extra_headers, extra_query), id=id
        )
        return result

    async def send_image(
        self,
        *,
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        caption: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Post an image status

        ``POST /status/image`` (operation ``statusImage``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            caption: Text shown under the media.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.status import status_image as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            **given(caption=caption),
        )
        return result

    async def send_text(
        self,
        *,
        text: str,
        background_color: str | None = None,
        font: int = 0,
        link_preview: bool = True,
        link_preview_high_quality: bool = False,
        contacts: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Post a text status

        ``POST /status/text`` (operation ``statusText``).

        Args:
            text: Text of the status.
            background_color: Background colour as #rrggbb.
            font: Font number.
            link_preview: Generate a preview for the first link in the text.
            link_preview_high_quality: Upload a high-quality preview image (slower).
            contacts: Comma-separated chat ids allowed to see the status; omit for all contacts.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.status import status_text as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            text=text,
            font=font,
            link_preview=link_preview,
            link_preview_high_quality=link_preview_high_quality,
            **given(background_color=background_color, contacts=contacts),
        )
        return result

    async def send_video(
        self,
        *,
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
        """Post a video status

        ``POST /status/video`` (operation ``statusVideo``).

        Args:
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
        from .._api.api.status import status_video as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
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
        file_url: str,
        file_filename: str,
        file_mimetype: str,
        convert: bool = True,
        caption: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Post a voice status

        ``POST /status/voice`` (operation ``statusVoice``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be audio/….
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            caption: Text shown under the media.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.status import status_voice as _op
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            _op._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            convert=convert,
            **given(caption=caption),
        )
        return result


class AsyncStatusWithRawResponse:
    """``client.with_raw_response.status``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncStatusResource) -> None:
        self._resource = resource
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.send_image = async_to_raw_response_wrapper(resource.send_image)
        self.send_text = async_to_raw_response_wrapper(resource.send_text)
        self.send_video = async_to_raw_response_wrapper(resource.send_video)
        self.send_voice = async_to_raw_response_wrapper(resource.send_voice)
