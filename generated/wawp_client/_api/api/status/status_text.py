from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gows_sent_message import GowsSentMessage
from ...models.noweb_sent_message import NowebSentMessage
from ...models.wawp_send_ack import WawpSendAck
from ...models.webjs_sent_message import WebjsSentMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    text: str,
    background_color: str | Unset = UNSET,
    font: int | Unset = 0,
    link_preview: bool | Unset = True,
    link_preview_high_quality: bool | Unset = False,
    contacts: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["text"] = text

    params["backgroundColor"] = background_color

    params["font"] = font

    params["linkPreview"] = link_preview

    params["linkPreviewHighQuality"] = link_preview_high_quality

    params["contacts"] = contacts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/status/text",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sent_message_type_0 = WebjsSentMessage.from_dict(data)

                return componentsschemas_sent_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sent_message_type_1 = NowebSentMessage.from_dict(data)

                return componentsschemas_sent_message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sent_message_type_2 = WawpSendAck.from_dict(data)

                return componentsschemas_sent_message_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_sent_message_type_3 = GowsSentMessage.from_dict(data)

            return componentsschemas_sent_message_type_3

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
) -> Response[Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    text: str,
    background_color: str | Unset = UNSET,
    font: int | Unset = 0,
    link_preview: bool | Unset = True,
    link_preview_high_quality: bool | Unset = False,
    contacts: str | Unset = UNSET,
) -> Response[Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage]:
    """Post a text status

     Posts a 24-hour text status (story) with a background colour and font.

    Args:
        text (str):
        background_color (str | Unset):
        font (int | Unset):  Default: 0.
        link_preview (bool | Unset):  Default: True.
        link_preview_high_quality (bool | Unset):  Default: False.
        contacts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage]
    """

    kwargs = _get_kwargs(
        text=text,
        background_color=background_color,
        font=font,
        link_preview=link_preview,
        link_preview_high_quality=link_preview_high_quality,
        contacts=contacts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    text: str,
    background_color: str | Unset = UNSET,
    font: int | Unset = 0,
    link_preview: bool | Unset = True,
    link_preview_high_quality: bool | Unset = False,
    contacts: str | Unset = UNSET,
) -> Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage | None:
    """Post a text status

     Posts a 24-hour text status (story) with a background colour and font.

    Args:
        text (str):
        background_color (str | Unset):
        font (int | Unset):  Default: 0.
        link_preview (bool | Unset):  Default: True.
        link_preview_high_quality (bool | Unset):  Default: False.
        contacts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage
    """

    return sync_detailed(
        client=client,
        text=text,
        background_color=background_color,
        font=font,
        link_preview=link_preview,
        link_preview_high_quality=link_preview_high_quality,
        contacts=contacts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    text: str,
    background_color: str | Unset = UNSET,
    font: int | Unset = 0,
    link_preview: bool | Unset = True,
    link_preview_high_quality: bool | Unset = False,
    contacts: str | Unset = UNSET,
) -> Response[Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage]:
    """Post a text status

     Posts a 24-hour text status (story) with a background colour and font.

    Args:
        text (str):
        background_color (str | Unset):
        font (int | Unset):  Default: 0.
        link_preview (bool | Unset):  Default: True.
        link_preview_high_quality (bool | Unset):  Default: False.
        contacts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage]
    """

    kwargs = _get_kwargs(
        text=text,
        background_color=background_color,
        font=font,
        link_preview=link_preview,
        link_preview_high_quality=link_preview_high_quality,
        contacts=contacts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    text: str,
    background_color: str | Unset = UNSET,
    font: int | Unset = 0,
    link_preview: bool | Unset = True,
    link_preview_high_quality: bool | Unset = False,
    contacts: str | Unset = UNSET,
) -> Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage | None:
    """Post a text status

     Posts a 24-hour text status (story) with a background colour and font.

    Args:
        text (str):
        background_color (str | Unset):
        font (int | Unset):  Default: 0.
        link_preview (bool | Unset):  Default: True.
        link_preview_high_quality (bool | Unset):  Default: False.
        contacts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            text=text,
            background_color=background_color,
            font=font,
            link_preview=link_preview,
            link_preview_high_quality=link_preview_high_quality,
            contacts=contacts,
        )
    ).parsed
