# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.chat_messages_list_filter_ack import ChatMessagesListFilterAck
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
        json_filter_ack = filter_ack

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


def _build_response(*, response: httpx.Response) -> Response[httpx.Response]:
    # ``parsed`` carries the httpx response itself: the facade (wawp_client._parsing) builds the result
    # from it, tolerantly or strictly as the client is set up, or hands it out through with_raw_response.
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=response,
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
) -> Response[httpx.Response]:
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
        Response[Any]
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

    return _build_response(response=response)


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
) -> Response[httpx.Response]:
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
        Response[Any]
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

    return _build_response(response=response)
