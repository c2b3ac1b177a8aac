# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.auth`` namespace: Link a phone to a session: QR code, pairing code, screenshot."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._base_client import AsyncResource, SyncResource
from .._facade import request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.base_64_file import Base64File
    from .._api.models.pairing_code import PairingCode
    from .._api.models.qr_code_value import QRCodeValue
    from .._api.models.wawp_qr_code import WawpQRCode
    from .._models import RawObject

__all__ = ["AsyncAuthResource", "AsyncAuthWithRawResponse", "AuthResource", "AuthWithRawResponse"]


class AuthResource(SyncResource):
    """``client.auth``: Link a phone to a session: QR code, pairing code, screenshot."""

    def get_qr(
        self,
        *,
        format: Literal["image", "raw"] = "image",
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Base64File | QRCodeValue | WawpQRCode | RawObject:
        """Get the login QR code

        ``GET /getQr`` (operation ``authGetQr``).

        Args:
            format: `raw` returns the QR payload text instead of a base64 PNG image.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.auth import auth_get_qr as _op

        result: Base64File | QRCodeValue | WawpQRCode | RawObject = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            format_=format,
        )
        return result

    def request_code(
        self,
        *,
        phone_number: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> PairingCode:
        """Request a pairing code

        ``POST /requestCode`` (operation ``authRequestCode``).

        Args:
            phone_number: Phone number to link, international format, digits only.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.auth import auth_request_code as _op

        result: PairingCode = self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            phone_number=phone_number,
        )
        return result

    def screenshot(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Base64File:
        """Get a screenshot of the engine

        ``GET /getScreenshot`` (operation ``authScreenshot``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.auth import auth_screenshot as _op

        result: Base64File = self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result


class AuthWithRawResponse:
    """``client.with_raw_response.auth``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AuthResource) -> None:
        self._resource = resource
        self.get_qr = to_raw_response_wrapper(resource.get_qr)
        self.request_code = to_raw_response_wrapper(resource.request_code)
        self.screenshot = to_raw_response_wrapper(resource.screenshot)


class AsyncAuthResource(AsyncResource):
    """``client.auth``: Link a phone to a session: QR code, pairing code, screenshot."""

    async def get_qr(
        self,
        *,
        format: Literal["image", "raw"] = "image",
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Base64File | QRCodeValue | WawpQRCode | RawObject:
        """Get the login QR code

        ``GET /getQr`` (operation ``authGetQr``).

        Args:
            format: `raw` returns the QR payload text instead of a base64 PNG image.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.auth import auth_get_qr as _op

        result: Base64File | QRCodeValue | WawpQRCode | RawObject = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            format_=format,
        )
        return result

    async def request_code(
        self,
        *,
        phone_number: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> PairingCode:
        """Request a pairing code

        ``POST /requestCode`` (operation ``authRequestCode``).

        Args:
            phone_number: Phone number to link, international format, digits only.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.auth import auth_request_code as _op

        result: PairingCode = await self._client._call(
            _op._get_kwargs,
            cast_to=_op.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            phone_number=phone_number,
        )
        return result

    async def screenshot(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Base64File:
        """Get a screenshot of the engine

        ``GET /getScreenshot`` (operation ``authScreenshot``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        from .._api.api.auth import auth_screenshot as _op

        result: Base64File = await self._client._call(
            _op._get_kwargs, cast_to=_op.RESULT, options=request_options(timeout, extra_headers, extra_query)
        )
        return result


class AsyncAuthWithRawResponse:
    """``client.with_raw_response.auth``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self._resource = resource
        self.get_qr = async_to_raw_response_wrapper(resource.get_qr)
        self.request_code = async_to_raw_response_wrapper(resource.request_code)
        self.screenshot = async_to_raw_response_wrapper(resource.screenshot)
