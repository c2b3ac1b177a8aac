from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_get_qr_format import AuthGetQrFormat
from ...models.base_64_file import Base64File
from ...models.error import Error
from ...models.qr_code_value import QRCodeValue
from ...models.wawp_qr_code import WawpQRCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: AuthGetQrFormat | Unset = AuthGetQrFormat.IMAGE,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/getQr",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Base64File | QRCodeValue | WawpQRCode | Error | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Base64File | QRCodeValue | WawpQRCode:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_qr_code_type_0 = Base64File.from_dict(data)

                return componentsschemas_qr_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_qr_code_type_1 = QRCodeValue.from_dict(data)

                return componentsschemas_qr_code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_qr_code_type_2 = WawpQRCode.from_dict(data)

            return componentsschemas_qr_code_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Base64File | QRCodeValue | WawpQRCode | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: AuthGetQrFormat | Unset = AuthGetQrFormat.IMAGE,
) -> Response[Base64File | QRCodeValue | WawpQRCode | Error]:
    """Get the login QR code

     While the session is in SCAN_QR_CODE, returns the QR code to scan with WhatsApp > Linked devices: a
    base64 PNG by default, or the raw text with `format=raw`. The code rotates every few tens of
    seconds.

    Args:
        format_ (AuthGetQrFormat | Unset):  Default: AuthGetQrFormat.IMAGE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Base64File | QRCodeValue | WawpQRCode | Error]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    format_: AuthGetQrFormat | Unset = AuthGetQrFormat.IMAGE,
) -> Base64File | QRCodeValue | WawpQRCode | Error | None:
    """Get the login QR code

     While the session is in SCAN_QR_CODE, returns the QR code to scan with WhatsApp > Linked devices: a
    base64 PNG by default, or the raw text with `format=raw`. The code rotates every few tens of
    seconds.

    Args:
        format_ (AuthGetQrFormat | Unset):  Default: AuthGetQrFormat.IMAGE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Base64File | QRCodeValue | WawpQRCode | Error
    """

    return sync_detailed(
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: AuthGetQrFormat | Unset = AuthGetQrFormat.IMAGE,
) -> Response[Base64File | QRCodeValue | WawpQRCode | Error]:
    """Get the login QR code

     While the session is in SCAN_QR_CODE, returns the QR code to scan with WhatsApp > Linked devices: a
    base64 PNG by default, or the raw text with `format=raw`. The code rotates every few tens of
    seconds.

    Args:
        format_ (AuthGetQrFormat | Unset):  Default: AuthGetQrFormat.IMAGE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Base64File | QRCodeValue | WawpQRCode | Error]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    format_: AuthGetQrFormat | Unset = AuthGetQrFormat.IMAGE,
) -> Base64File | QRCodeValue | WawpQRCode | Error | None:
    """Get the login QR code

     While the session is in SCAN_QR_CODE, returns the QR code to scan with WhatsApp > Linked devices: a
    base64 PNG by default, or the raw text with `format=raw`. The code rotates every few tens of
    seconds.

    Args:
        format_ (AuthGetQrFormat | Unset):  Default: AuthGetQrFormat.IMAGE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Base64File | QRCodeValue | WawpQRCode | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
        )
    ).parsed
