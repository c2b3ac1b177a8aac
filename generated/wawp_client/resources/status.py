# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.status`` namespace: 24-hour statuses (stories)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, given, refuse_arguments, request_options, require_arguments
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.v2_text_status import V2TextStatus
    from .._api.models.v2_voice_status import V2VoiceStatus
    from .._api.types import Unset
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

        Only in Wawp v1: ``POST /status/delete`` (operation ``statusDelete``).

        Args:
            id: Id of the status to delete, the raw id (NOWEB's `key.id`) or the serialized id GOWS answers
                (`id`, true_status@broadcast_{rawId}_{me}).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "status.delete")
        from .._api.api.status import status_delete
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            status_delete._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
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

        Only in Wawp v1: ``POST /status/image`` (operation ``statusImage``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            caption: Text shown under the media.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "status.send_image")
        from .._api.api.status import status_image
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            status_image._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            **given(caption=caption),
        )
        return result

    @overload
    def send_text(
        self,
        *,
        text: str,
        background_color: str | None = None,
        font: int | str | None = None,
        link_preview: bool | Literal["false", "true"] | None = None,
        link_preview_high_quality: bool | Literal["false", "true"] | None = None,
        contacts: str | list[str] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    def send_text(
        self,
        *,
        body: V2TextStatus | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    def send_text(
        self,
        *,
        text: str | Unset = UNSET,
        background_color: str | None = None,
        font: int | str | None = None,
        link_preview: bool | Literal["false", "true"] | None = None,
        link_preview_high_quality: bool | Literal["false", "true"] | None = None,
        contacts: str | list[str] | Unset | None = UNSET,
        body: V2TextStatus | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Post a text status

        v1: ``POST /status/text`` (operation ``statusText``); v2: ``POST /v2/status/text`` (operation ``statusText``).

        Args:
            text: Text of the status.
            background_color: Background colour as #rrggbb.
            font: Font number.
            link_preview: Generate a preview for the first link in the text.
            link_preview_high_quality: Upload a high-quality preview image (slower).
            contacts: Comma-separated chat ids allowed to see the status; omit for all contacts.
            body: The whole JSON body instead of the keyword arguments: a ``V2TextStatus``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.status import status_text
            from .._union_models import SentMessage

            refuse_arguments("status.send_text", "v1", body=body)
            result: SentMessage = self._client._call(
                status_text._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                text=text,
                **given(
                    background_color=background_color,
                    font=font,
                    link_preview=link_preview,
                    link_preview_high_quality=link_preview_high_quality,
                    contacts=contacts,
                ),
            )
        else:
            from .._api.api.status import status_text_v2
            from .._api.models.v2_text_status import V2TextStatus
            from .._union_models import SentMessage

            result = self._client._call(
                status_text_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    V2TextStatus,
                    body,
                    "status.send_text",
                    text=text,
                    background_color=background_color,
                    font=font,
                    link_preview=link_preview,
                    link_preview_high_quality=link_preview_high_quality,
                    contacts=contacts,
                ),
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

        Only in Wawp v1: ``POST /status/video`` (operation ``statusVideo``).

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
        self._client._only_in("v1", "status.send_video")
        from .._api.api.status import status_video
        from .._union_models import SentMessage

        result: SentMessage = self._client._call(
            status_video._get_kwargs,
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

    @overload
    def send_voice(
        self,
        *,
        file_url: str | None = None,
        file_filename: str | None = None,
        file_mimetype: str | None = None,
        convert: bool | Literal["false", "true"] | None = None,
        caption: str | None = None,
        fileurl: str | None = None,
        filemimetype: str | None = None,
        filefilename: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    def send_voice(
        self,
        *,
        file_url: str | None = None,
        file_filename: str | None = None,
        file_mimetype: str | None = None,
        body: V2VoiceStatus | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    def send_voice(
        self,
        *,
        file_url: str | None = None,
        file_filename: str | None = None,
        file_mimetype: str | None = None,
        convert: bool | Literal["false", "true"] | None = None,
        caption: str | None = None,
        fileurl: str | None = None,
        filemimetype: str | None = None,
        filefilename: str | None = None,
        body: V2VoiceStatus | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Post a voice status

        v1: ``POST /status/voice`` (operation ``statusVoice``); v2: ``POST /v2/status/voice`` (operation
        ``statusVoice``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be audio/….
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            caption: Text shown under the media.
            body: The whole JSON body instead of the keyword arguments: a ``V2VoiceStatus``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.status import status_voice
            from .._union_models import SentMessage

            refuse_arguments(
                "status.send_voice",
                "v1",
                fileurl=fileurl,
                filemimetype=filemimetype,
                filefilename=filefilename,
                body=body,
            )
            require_arguments(
                "status.send_voice", "v1", file_url=file_url, file_filename=file_filename, file_mimetype=file_mimetype
            )
            result: SentMessage = self._client._call(
                status_voice._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                **given(convert=convert, caption=caption),
            )
        else:
            from .._api.api.status import status_voice_v2
            from .._api.models.v2_voice_status import V2VoiceStatus
            from .._union_models import SentMessage

            refuse_arguments(
                "status.send_voice", "v2", file_url=file_url, file_filename=file_filename, file_mimetype=file_mimetype
            )
            result = self._client._call(
                status_voice_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    V2VoiceStatus,
                    body,
                    "status.send_voice",
                    fileurl=fileurl,
                    filemimetype=filemimetype,
                    filefilename=filefilename,
                    convert=convert,
                    caption=caption,
                ),
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

        Only in Wawp v1: ``POST /status/delete`` (operation ``statusDelete``).

        Args:
            id: Id of the status to delete, the raw id (NOWEB's `key.id`) or the serialized id GOWS answers
                (`id`, true_status@broadcast_{rawId}_{me}).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "status.delete")
        from .._api.api.status import status_delete
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            status_delete._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            id=id,
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

        Only in Wawp v1: ``POST /status/image`` (operation ``statusImage``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be image/….
            caption: Text shown under the media.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "status.send_image")
        from .._api.api.status import status_image
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            status_image._get_kwargs,
            cast_to=SentMessage,
            options=request_options(timeout, extra_headers, extra_query),
            fileurl=file_url,
            filefilename=file_filename,
            filemimetype=file_mimetype,
            **given(caption=caption),
        )
        return result

    @overload
    async def send_text(
        self,
        *,
        text: str,
        background_color: str | None = None,
        font: int | str | None = None,
        link_preview: bool | Literal["false", "true"] | None = None,
        link_preview_high_quality: bool | Literal["false", "true"] | None = None,
        contacts: str | list[str] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    async def send_text(
        self,
        *,
        body: V2TextStatus | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    async def send_text(
        self,
        *,
        text: str | Unset = UNSET,
        background_color: str | None = None,
        font: int | str | None = None,
        link_preview: bool | Literal["false", "true"] | None = None,
        link_preview_high_quality: bool | Literal["false", "true"] | None = None,
        contacts: str | list[str] | Unset | None = UNSET,
        body: V2TextStatus | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Post a text status

        v1: ``POST /status/text`` (operation ``statusText``); v2: ``POST /v2/status/text`` (operation ``statusText``).

        Args:
            text: Text of the status.
            background_color: Background colour as #rrggbb.
            font: Font number.
            link_preview: Generate a preview for the first link in the text.
            link_preview_high_quality: Upload a high-quality preview image (slower).
            contacts: Comma-separated chat ids allowed to see the status; omit for all contacts.
            body: The whole JSON body instead of the keyword arguments: a ``V2TextStatus``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.status import status_text
            from .._union_models import SentMessage

            refuse_arguments("status.send_text", "v1", body=body)
            result: SentMessage = await self._client._call(
                status_text._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                text=text,
                **given(
                    background_color=background_color,
                    font=font,
                    link_preview=link_preview,
                    link_preview_high_quality=link_preview_high_quality,
                    contacts=contacts,
                ),
            )
        else:
            from .._api.api.status import status_text_v2
            from .._api.models.v2_text_status import V2TextStatus
            from .._union_models import SentMessage

            result = await self._client._call(
                status_text_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    V2TextStatus,
                    body,
                    "status.send_text",
                    text=text,
                    background_color=background_color,
                    font=font,
                    link_preview=link_preview,
                    link_preview_high_quality=link_preview_high_quality,
                    contacts=contacts,
                ),
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

        Only in Wawp v1: ``POST /status/video`` (operation ``statusVideo``).

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
        self._client._only_in("v1", "status.send_video")
        from .._api.api.status import status_video
        from .._union_models import SentMessage

        result: SentMessage = await self._client._call(
            status_video._get_kwargs,
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

    @overload
    async def send_voice(
        self,
        *,
        file_url: str | None = None,
        file_filename: str | None = None,
        file_mimetype: str | None = None,
        convert: bool | Literal["false", "true"] | None = None,
        caption: str | None = None,
        fileurl: str | None = None,
        filemimetype: str | None = None,
        filefilename: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    @overload
    async def send_voice(
        self,
        *,
        file_url: str | None = None,
        file_filename: str | None = None,
        file_mimetype: str | None = None,
        body: V2VoiceStatus | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage: ...

    async def send_voice(
        self,
        *,
        file_url: str | None = None,
        file_filename: str | None = None,
        file_mimetype: str | None = None,
        convert: bool | Literal["false", "true"] | None = None,
        caption: str | None = None,
        fileurl: str | None = None,
        filemimetype: str | None = None,
        filefilename: str | None = None,
        body: V2VoiceStatus | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> SentMessage:
        """Post a voice status

        v1: ``POST /status/voice`` (operation ``statusVoice``); v2: ``POST /v2/status/voice`` (operation
        ``statusVoice``).

        Args:
            file_url: Public http(s) URL Wawp downloads the file from.
            file_filename: File name shown to the recipient.
            file_mimetype: Media type of the file; must be audio/….
            convert: Let Wawp transcode the file to the format WhatsApp expects.
            caption: Text shown under the media.
            body: The whole JSON body instead of the keyword arguments: a ``V2VoiceStatus``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.status import status_voice
            from .._union_models import SentMessage

            refuse_arguments(
                "status.send_voice",
                "v1",
                fileurl=fileurl,
                filemimetype=filemimetype,
                filefilename=filefilename,
                body=body,
            )
            require_arguments(
                "status.send_voice", "v1", file_url=file_url, file_filename=file_filename, file_mimetype=file_mimetype
            )
            result: SentMessage = await self._client._call(
                status_voice._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                fileurl=file_url,
                filefilename=file_filename,
                filemimetype=file_mimetype,
                **given(convert=convert, caption=caption),
            )
        else:
            from .._api.api.status import status_voice_v2
            from .._api.models.v2_voice_status import V2VoiceStatus
            from .._union_models import SentMessage

            refuse_arguments(
                "status.send_voice", "v2", file_url=file_url, file_filename=file_filename, file_mimetype=file_mimetype
            )
            result = await self._client._call(
                status_voice_v2._get_kwargs,
                cast_to=SentMessage,
                options=request_options(timeout, extra_headers, extra_query),
                body=build_body(
                    V2VoiceStatus,
                    body,
                    "status.send_voice",
                    fileurl=fileurl,
                    filemimetype=filemimetype,
                    filefilename=filefilename,
                    convert=convert,
                    caption=caption,
                ),
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
