from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_messages_list_filter_ack import ChatMessagesListFilterAck
from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chat_id: str,
    *,
    download_media: bool | Unset = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
    filter_timestamp_lte: int | Unset = UNSET,
    filter_timestamp_gte: int | Unset = UNSET,
    filter_from_me: bool | Unset = UNSET,
    filter_ack: ChatMessagesListFilterAck | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["downloadMedia"] = download_media

    params["limit"] = limit

    params["offset"] = offset

    params["filter.timestamp.lte"] = filter_timestamp_lte

    params["filter.timestamp.gte"] = filter_timestamp_gte

    params["filter.fromMe"] = filter_from_me

    json_filter_ack: str | Unset = UNSET
    if not isinstance(filter_ack, Unset):
        json_filter_ack = filter_ack.value

    params["filter.ack"] = json_filter_ack

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chats/{chat_id}/messages".format(
            chat_id=quote(str(chat_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Message] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Message.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Message]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    download_media: bool | Unset = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
    filter_timestamp_lte: int | Unset = UNSET,
    filter_timestamp_gte: int | Unset = UNSET,
    filter_from_me: bool | Unset = UNSET,
    filter_ack: ChatMessagesListFilterAck | Unset = UNSET,
) -> Response[Error | list[Message]]:
    """List messages of a chat

     Returns a chat's messages, newest first, with limit/offset and filters on time, sender and delivery
    state.

    Args:
        chat_id (str):
        download_media (bool | Unset):  Default: False.
        limit (int | Unset):
        offset (int | Unset):  Default: 0.
        filter_timestamp_lte (int | Unset):
        filter_timestamp_gte (int | Unset):
        filter_from_me (bool | Unset):
        filter_ack (ChatMessagesListFilterAck | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Message]]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        download_media=download_media,
        limit=limit,
        offset=offset,
        filter_timestamp_lte=filter_timestamp_lte,
        filter_timestamp_gte=filter_timestamp_gte,
        filter_from_me=filter_from_me,
        filter_ack=filter_ack,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    download_media: bool | Unset = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
    filter_timestamp_lte: int | Unset = UNSET,
    filter_timestamp_gte: int | Unset = UNSET,
    filter_from_me: bool | Unset = UNSET,
    filter_ack: ChatMessagesListFilterAck | Unset = UNSET,
) -> Error | list[Message] | None:
    """List messages of a chat

     Returns a chat's messages, newest first, with limit/offset and filters on time, sender and delivery
    state.

    Args:
        chat_id (str):
        download_media (bool | Unset):  Default: False.
        limit (int | Unset):
        offset (int | Unset):  Default: 0.
        filter_timestamp_lte (int | Unset):
        filter_timestamp_gte (int | Unset):
        filter_from_me (bool | Unset):
        filter_ack (ChatMessagesListFilterAck | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Message]
    """

    return sync_detailed(
        chat_id=chat_id,
        client=client,
        download_media=download_media,
        limit=limit,
        offset=offset,
        filter_timestamp_lte=filter_timestamp_lte,
        filter_timestamp_gte=filter_timestamp_gte,
        filter_from_me=filter_from_me,
        filter_ack=filter_ack,
    ).parsed


async def asyncio_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    download_media: bool | Unset = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
    filter_timestamp_lte: int | Unset = UNSET,
    filter_timestamp_gte: int | Unset = UNSET,
    filter_from_me: bool | Unset = UNSET,
    filter_ack: ChatMessagesListFilterAck | Unset = UNSET,
) -> Response[Error | list[Message]]:
    """List messages of a chat

     Returns a chat's messages, newest first, with limit/offset and filters on time, sender and delivery
    state.

    Args:
        chat_id (str):
        download_media (bool | Unset):  Default: False.
        limit (int | Unset):
        offset (int | Unset):  Default: 0.
        filter_timestamp_lte (int | Unset):
        filter_timestamp_gte (int | Unset):
        filter_from_me (bool | Unset):
        filter_ack (ChatMessagesListFilterAck | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Message]]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        download_media=download_media,
        limit=limit,
        offset=offset,
        filter_timestamp_lte=filter_timestamp_lte,
        filter_timestamp_gte=filter_timestamp_gte,
        filter_from_me=filter_from_me,
        filter_ack=filter_ack,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    download_media: bool | Unset = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
    filter_timestamp_lte: int | Unset = UNSET,
    filter_timestamp_gte: int | Unset = UNSET,
    filter_from_me: bool | Unset = UNSET,
    filter_ack: ChatMessagesListFilterAck | Unset = UNSET,
) -> Error | list[Message] | None:
    """List messages of a chat

     Returns a chat's messages, newest first, with limit/offset and filters on time, sender and delivery
    state.

    Args:
        chat_id (str):
        download_media (bool | Unset):  Default: False.
        limit (int | Unset):
        offset (int | Unset):  Default: 0.
        filter_timestamp_lte (int | Unset):
        filter_timestamp_gte (int | Unset):
        filter_from_me (bool | Unset):
        filter_ack (ChatMessagesListFilterAck | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Message]
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            client=client,
            download_media=download_media,
            limit=limit,
            offset=offset,
            filter_timestamp_lte=filter_timestamp_lte,
            filter_timestamp_gte=filter_timestamp_gte,
            filter_from_me=filter_from_me,
            filter_ack=filter_ack,
        )
    ).parsed
