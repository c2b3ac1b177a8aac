# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.media`` namespace: Media conversion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.v2_media_convert import V2MediaConvert
    from .._api.models.v2_media_convert_file import V2MediaConvertFile
    from .._api.types import Unset

__all__ = ["AsyncMediaResource", "AsyncMediaWithRawResponse", "MediaResource", "MediaWithRawResponse"]


class MediaResource(SyncResource):
    """``client.media``: Media conversion."""

    @overload
    def convert(
        self,
        *,
        file: V2MediaConvertFile | Mapping[str, Any],
        output_format: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    @overload
    def convert(
        self,
        *,
        body: V2MediaConvert | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    def convert(
        self,
        *,
        file: V2MediaConvertFile | Mapping[str, Any] | Unset = UNSET,
        output_format: str | None = None,
        body: V2MediaConvert | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Convert a media file

        Only in Wawp v2: ``POST /v2/media/convert`` (operation ``mediaConvert``).

        Args:
            output_format: Target format (e.g. ogg)
            body: The whole JSON body instead of the keyword arguments: a ``V2MediaConvert``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "media.convert")
        from .._api.api.media import media_convert_v2
        from .._api.models.v2_media_convert import V2MediaConvert

        result: dict[str, Any] = self._client._call(
            media_convert_v2._get_kwargs,
            cast_to=media_convert_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(V2MediaConvert, body, "media.convert", file=file, output_format=output_format),
        )
        return result


class MediaWithRawResponse:
    """``client.with_raw_response.media``: the same methods, returning the HTTP response."""

    def __init__(self, resource: MediaResource) -> None:
        self._resource = resource
        self.convert = to_raw_response_wrapper(resource.convert)


class AsyncMediaResource(AsyncResource):
    """``client.media``: Media conversion."""

    @overload
    async def convert(
        self,
        *,
        file: V2MediaConvertFile | Mapping[str, Any],
        output_format: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    @overload
    async def convert(
        self,
        *,
        body: V2MediaConvert | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    async def convert(
        self,
        *,
        file: V2MediaConvertFile | Mapping[str, Any] | Unset = UNSET,
        output_format: str | None = None,
        body: V2MediaConvert | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Convert a media file

        Only in Wawp v2: ``POST /v2/media/convert`` (operation ``mediaConvert``).

        Args:
            output_format: Target format (e.g. ogg)
            body: The whole JSON body instead of the keyword arguments: a ``V2MediaConvert``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "media.convert")
        from .._api.api.media import media_convert_v2
        from .._api.models.v2_media_convert import V2MediaConvert

        result: dict[str, Any] = await self._client._call(
            media_convert_v2._get_kwargs,
            cast_to=media_convert_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(V2MediaConvert, body, "media.convert", file=file, output_format=output_format),
        )
        return result


class AsyncMediaWithRawResponse:
    """``client.with_raw_response.media``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncMediaResource) -> None:
        self._resource = resource
        self.convert = async_to_raw_response_wrapper(resource.convert)
