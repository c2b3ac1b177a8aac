from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.read_messages_result import ReadMessagesResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chat_id: str,
    *,
    messages: int | Unset = UNSET,
    days: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["messages"] = messages

    params["days"] = days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/{chat_id}/messages/read".format(
            chat_id=quote(str(chat_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReadMessagesResult | None:
    if response.status_code == 200:
        response_200 = ReadMessagesResult.from_dict(response.json())

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
) -> Response[Error | ReadMessagesResult]:
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
    messages: int | Unset = UNSET,
    days: int | Unset = UNSET,
) -> Response[Error | ReadMessagesResult]:
    """Mark a chat as read

     Marks the newest messages of a chat as read.

    Args:
        chat_id (str):
        messages (int | Unset):
        days (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReadMessagesResult]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        messages=messages,
        days=days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    messages: int | Unset = UNSET,
    days: int | Unset = UNSET,
) -> Error | ReadMessagesResult | None:
    """Mark a chat as read

     Marks the newest messages of a chat as read.

    Args:
        chat_id (str):
        messages (int | Unset):
        days (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReadMessagesResult
    """

    return sync_detailed(
        chat_id=chat_id,
        client=client,
        messages=messages,
        days=days,
    ).parsed


async def asyncio_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    messages: int | Unset = UNSET,
    days: int | Unset = UNSET,
) -> Response[Error | ReadMessagesResult]:
    """Mark a chat as read

     Marks the newest messages of a chat as read.

    Args:
        chat_id (str):
        messages (int | Unset):
        days (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReadMessagesResult]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        messages=messages,
        days=days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    messages: int | Unset = UNSET,
    days: int | Unset = UNSET,
) -> Error | ReadMessagesResult | None:
    """Mark a chat as read

     Marks the newest messages of a chat as read.

    Args:
        chat_id (str):
        messages (int | Unset):
        days (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReadMessagesResult
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            client=client,
            messages=messages,
            days=days,
        )
    ).parsed
