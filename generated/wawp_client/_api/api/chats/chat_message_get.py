from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chat_id: str,
    message_id: str,
    *,
    download_media: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["downloadMedia"] = download_media

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/{chat_id}/messages/{message_id}".format(
            chat_id=quote(str(chat_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chat_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    download_media: bool | Unset = False,
) -> Response[Error | Message]:
    """Get a message of a chat

     Returns one message of a chat by id.

    Args:
        chat_id (str):
        message_id (str):
        download_media (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        message_id=message_id,
        download_media=download_media,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chat_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    download_media: bool | Unset = False,
) -> Error | Message | None:
    """Get a message of a chat

     Returns one message of a chat by id.

    Args:
        chat_id (str):
        message_id (str):
        download_media (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        chat_id=chat_id,
        message_id=message_id,
        client=client,
        download_media=download_media,
    ).parsed


async def asyncio_detailed(
    chat_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    download_media: bool | Unset = False,
) -> Response[Error | Message]:
    """Get a message of a chat

     Returns one message of a chat by id.

    Args:
        chat_id (str):
        message_id (str):
        download_media (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        message_id=message_id,
        download_media=download_media,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chat_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    download_media: bool | Unset = False,
) -> Error | Message | None:
    """Get a message of a chat

     Returns one message of a chat by id.

    Args:
        chat_id (str):
        message_id (str):
        download_media (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            message_id=message_id,
            client=client,
            download_media=download_media,
        )
    ).parsed
