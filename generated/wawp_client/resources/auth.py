# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""The ``client.auth`` namespace: Link a phone to a session: QR code, pairing code, screenshot."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._api.types import UNSET
from .._base_client import AsyncResource, SyncResource
from .._facade import build_body, given, request_options
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._api.models.base_64_file import Base64File
    from .._api.models.pairing_code import PairingCode
    from .._api.models.qr_code_value import QRCodeValue
    from .._api.models.v2_auth_list import V2AuthList
    from .._api.models.v2_qr_image import V2QrImage
    from .._api.models.wawp_qr_code import WawpQRCode
    from .._api.types import Unset
    from .._models import RawObject

__all__ = ["AsyncAuthResource", "AsyncAuthWithRawResponse", "AuthResource", "AuthWithRawResponse"]


class AuthResource(SyncResource):
    """``client.auth``: Link a phone to a session: QR code, pairing code, screenshot."""

    def get_qr(
        self,
        *,
        format: Literal["image", "raw"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Base64File | QRCodeValue | WawpQRCode | RawObject:
        """Get the login QR code

        v1: ``GET /getQr`` (operation ``authGetQr``); v2: ``POST /v2/auth/qr`` (operation ``authGetQr``).

        Args:
            format: `raw` returns the QR payload text instead of a base64 PNG image.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.auth import auth_get_qr

            result: Base64File | QRCodeValue | WawpQRCode | RawObject = self._client._call(
                auth_get_qr._get_kwargs,
                cast_to=auth_get_qr.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                **given(format_=format),
            )
        else:
            from .._api.api.auth import auth_get_qr_v2

            result = self._client._call(
                auth_get_qr_v2._get_kwargs,
                cast_to=auth_get_qr_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                **given(format_=format),
            )
        return result

    def get_qr_image(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2QrImage:
        """Read the login QR code as an image

        Only in Wawp v2: ``POST /v2/auth/qr-image`` (operation ``authGetQrImage``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "auth.get_qr_image")
        from .._api.api.auth import auth_get_qr_image_v2

        result: V2QrImage = self._client._call(
            auth_get_qr_image_v2._get_kwargs,
            cast_to=auth_get_qr_image_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    @overload
    def list_send(
        self,
        *,
        chat_id: str,
        title: str,
        item1: str,
        item2: str,
        button: str,
        description: str | None = None,
        footer: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    @overload
    def list_send(
        self,
        *,
        body: V2AuthList | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    def list_send(
        self,
        *,
        chat_id: str | Unset = UNSET,
        title: str | Unset = UNSET,
        item1: str | Unset = UNSET,
        item2: str | Unset = UNSET,
        button: str | Unset = UNSET,
        description: str | None = None,
        footer: str | None = None,
        body: V2AuthList | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Send a login-confirmation list

        Only in Wawp v2: ``POST /v2/auth/list/send`` (operation ``authListSend``).

        Args:
            chat_id: Recipient's number.
            title: Title at the top of the list.
            item1: First option (approve).
            item2: Second option (reject).
            button: Text of the button that opens the list.
            description: Text under the title.
            footer: Footer text.
            body: The whole JSON body instead of the keyword arguments: a ``V2AuthList``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "auth.list_send")
        from .._api.api.auth import auth_list_send_v2
        from .._api.models.v2_auth_list import V2AuthList

        result: dict[str, Any] = self._client._call(
            auth_list_send_v2._get_kwargs,
            cast_to=auth_list_send_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2AuthList,
                body,
                "auth.list_send",
                chat_id=chat_id,
                title=title,
                item1=item1,
                item2=item2,
                button=button,
                description=description,
                footer=footer,
            ),
        )
        return result

    def otp_send(
        self,
        *,
        chat_id: str,
        lang: Literal[
            "ar",
            "bn",
            "de",
            "el",
            "en",
            "es",
            "fa",
            "fr",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "ms",
            "nl",
            "pl",
            "pt",
            "ro",
            "ru",
            "sv",
            "th",
            "tr",
            "uk",
            "ur",
            "vi",
            "zh",
        ]
        | None = None,
        footer: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Send a one-time password

        Only in Wawp v2: ``GET /v2/auth/otp/send`` (operation ``authOtpSend``).

        Args:
            chat_id: Recipient's phone number in international format (digits; a `@c.us` id is also read).
            lang: Language of the message (default en).
            footer: Text appended to the message.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "auth.otp_send")
        from .._api.api.auth import auth_otp_send_v2

        result: dict[str, Any] = self._client._call(
            auth_otp_send_v2._get_kwargs,
            cast_to=auth_otp_send_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            **given(lang=lang, footer=footer),
        )
        return result

    def otp_verify(
        self,
        *,
        chat_id: str,
        code: str,
        list_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Verify a one-time password

        Only in Wawp v2: ``GET /v2/auth/otp/verify`` (operation ``authOtpVerify``).

        Args:
            chat_id: Recipient's phone number in international format (digits; a `@c.us` id is also read).
            code: The 6-digit code the user typed.
            list_id: List to add the verified number to.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "auth.otp_verify")
        from .._api.api.auth import auth_otp_verify_v2

        result: dict[str, Any] = self._client._call(
            auth_otp_verify_v2._get_kwargs,
            cast_to=auth_otp_verify_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            code=code,
            **given(list_id=list_id),
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

        v1: ``POST /requestCode`` (operation ``authRequestCode``); v2: ``POST /v2/auth/request-code`` (operation
        ``authRequestCode``).

        Args:
            phone_number: Phone number to link, international format, digits only.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.auth import auth_request_code

            result: PairingCode = self._client._call(
                auth_request_code._get_kwargs,
                cast_to=auth_request_code.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                phone_number=phone_number,
            )
        else:
            from .._api.api.auth import auth_request_code_v2

            result = self._client._call(
                auth_request_code_v2._get_kwargs,
                cast_to=auth_request_code_v2.RESULT,
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

        Only in Wawp v1: ``GET /getScreenshot`` (operation ``authScreenshot``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "auth.screenshot")
        from .._api.api.auth import auth_screenshot

        result: Base64File = self._client._call(
            auth_screenshot._get_kwargs,
            cast_to=auth_screenshot.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result


class AuthWithRawResponse:
    """``client.with_raw_response.auth``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AuthResource) -> None:
        self._resource = resource
        self.get_qr = to_raw_response_wrapper(resource.get_qr)
        self.get_qr_image = to_raw_response_wrapper(resource.get_qr_image)
        self.list_send = to_raw_response_wrapper(resource.list_send)
        self.otp_send = to_raw_response_wrapper(resource.otp_send)
        self.otp_verify = to_raw_response_wrapper(resource.otp_verify)
        self.request_code = to_raw_response_wrapper(resource.request_code)
        self.screenshot = to_raw_response_wrapper(resource.screenshot)


class AsyncAuthResource(AsyncResource):
    """``client.auth``: Link a phone to a session: QR code, pairing code, screenshot."""

    async def get_qr(
        self,
        *,
        format: Literal["image", "raw"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Base64File | QRCodeValue | WawpQRCode | RawObject:
        """Get the login QR code

        v1: ``GET /getQr`` (operation ``authGetQr``); v2: ``POST /v2/auth/qr`` (operation ``authGetQr``).

        Args:
            format: `raw` returns the QR payload text instead of a base64 PNG image.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.auth import auth_get_qr

            result: Base64File | QRCodeValue | WawpQRCode | RawObject = await self._client._call(
                auth_get_qr._get_kwargs,
                cast_to=auth_get_qr.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                **given(format_=format),
            )
        else:
            from .._api.api.auth import auth_get_qr_v2

            result = await self._client._call(
                auth_get_qr_v2._get_kwargs,
                cast_to=auth_get_qr_v2.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                **given(format_=format),
            )
        return result

    async def get_qr_image(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> V2QrImage:
        """Read the login QR code as an image

        Only in Wawp v2: ``POST /v2/auth/qr-image`` (operation ``authGetQrImage``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "auth.get_qr_image")
        from .._api.api.auth import auth_get_qr_image_v2

        result: V2QrImage = await self._client._call(
            auth_get_qr_image_v2._get_kwargs,
            cast_to=auth_get_qr_image_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result

    @overload
    async def list_send(
        self,
        *,
        chat_id: str,
        title: str,
        item1: str,
        item2: str,
        button: str,
        description: str | None = None,
        footer: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    @overload
    async def list_send(
        self,
        *,
        body: V2AuthList | Mapping[str, Any],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]: ...

    async def list_send(
        self,
        *,
        chat_id: str | Unset = UNSET,
        title: str | Unset = UNSET,
        item1: str | Unset = UNSET,
        item2: str | Unset = UNSET,
        button: str | Unset = UNSET,
        description: str | None = None,
        footer: str | None = None,
        body: V2AuthList | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Send a login-confirmation list

        Only in Wawp v2: ``POST /v2/auth/list/send`` (operation ``authListSend``).

        Args:
            chat_id: Recipient's number.
            title: Title at the top of the list.
            item1: First option (approve).
            item2: Second option (reject).
            button: Text of the button that opens the list.
            description: Text under the title.
            footer: Footer text.
            body: The whole JSON body instead of the keyword arguments: a ``V2AuthList``, or a dict with its
                wire names (for fields the spec does not know yet).
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "auth.list_send")
        from .._api.api.auth import auth_list_send_v2
        from .._api.models.v2_auth_list import V2AuthList

        result: dict[str, Any] = await self._client._call(
            auth_list_send_v2._get_kwargs,
            cast_to=auth_list_send_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            body=build_body(
                V2AuthList,
                body,
                "auth.list_send",
                chat_id=chat_id,
                title=title,
                item1=item1,
                item2=item2,
                button=button,
                description=description,
                footer=footer,
            ),
        )
        return result

    async def otp_send(
        self,
        *,
        chat_id: str,
        lang: Literal[
            "ar",
            "bn",
            "de",
            "el",
            "en",
            "es",
            "fa",
            "fr",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "ms",
            "nl",
            "pl",
            "pt",
            "ro",
            "ru",
            "sv",
            "th",
            "tr",
            "uk",
            "ur",
            "vi",
            "zh",
        ]
        | None = None,
        footer: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Send a one-time password

        Only in Wawp v2: ``GET /v2/auth/otp/send`` (operation ``authOtpSend``).

        Args:
            chat_id: Recipient's phone number in international format (digits; a `@c.us` id is also read).
            lang: Language of the message (default en).
            footer: Text appended to the message.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "auth.otp_send")
        from .._api.api.auth import auth_otp_send_v2

        result: dict[str, Any] = await self._client._call(
            auth_otp_send_v2._get_kwargs,
            cast_to=auth_otp_send_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            **given(lang=lang, footer=footer),
        )
        return result

    async def otp_verify(
        self,
        *,
        chat_id: str,
        code: str,
        list_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Verify a one-time password

        Only in Wawp v2: ``GET /v2/auth/otp/verify`` (operation ``authOtpVerify``).

        Args:
            chat_id: Recipient's phone number in international format (digits; a `@c.us` id is also read).
            code: The 6-digit code the user typed.
            list_id: List to add the verified number to.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v2", "auth.otp_verify")
        from .._api.api.auth import auth_otp_verify_v2

        result: dict[str, Any] = await self._client._call(
            auth_otp_verify_v2._get_kwargs,
            cast_to=auth_otp_verify_v2.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
            chat_id=chat_id,
            code=code,
            **given(list_id=list_id),
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

        v1: ``POST /requestCode`` (operation ``authRequestCode``); v2: ``POST /v2/auth/request-code`` (operation
        ``authRequestCode``).

        Args:
            phone_number: Phone number to link, international format, digits only.
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        if self._client.api_version == "v1":
            from .._api.api.auth import auth_request_code

            result: PairingCode = await self._client._call(
                auth_request_code._get_kwargs,
                cast_to=auth_request_code.RESULT,
                options=request_options(timeout, extra_headers, extra_query),
                phone_number=phone_number,
            )
        else:
            from .._api.api.auth import auth_request_code_v2

            result = await self._client._call(
                auth_request_code_v2._get_kwargs,
                cast_to=auth_request_code_v2.RESULT,
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

        Only in Wawp v1: ``GET /getScreenshot`` (operation ``authScreenshot``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for this call instead of the client's.
            extra_headers: Headers added to this request.
            extra_query: Query parameters added to this request.
        """
        self._client._only_in("v1", "auth.screenshot")
        from .._api.api.auth import auth_screenshot

        result: Base64File = await self._client._call(
            auth_screenshot._get_kwargs,
            cast_to=auth_screenshot.RESULT,
            options=request_options(timeout, extra_headers, extra_query),
        )
        return result


class AsyncAuthWithRawResponse:
    """``client.with_raw_response.auth``: the same methods, returning the HTTP response."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self._resource = resource
        self.get_qr = async_to_raw_response_wrapper(resource.get_qr)
        self.get_qr_image = async_to_raw_response_wrapper(resource.get_qr_image)
        self.list_send = async_to_raw_response_wrapper(resource.list_send)
        self.otp_send = async_to_raw_response_wrapper(resource.otp_send)
        self.otp_verify = async_to_raw_response_wrapper(resource.otp_verify)
        self.request_code = async_to_raw_response_wrapper(resource.request_code)
        self.screenshot = async_to_raw_response_wrapper(resource.screenshot)
