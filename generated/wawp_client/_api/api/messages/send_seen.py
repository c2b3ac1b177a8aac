from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    chat_id: str,
    message_ids: list[str],
    participant: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["chatId"] = chat_id

    json_message_ids = message_ids

    params["messageIds[]"] = json_message_ids

    params["participant"] = participant

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sendSeen",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    chat_id: str,
    message_ids: list[str],
    participant: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Mark messages as seen

     Sends read receipts (blue ticks) for messages in a chat.

    Args:
        chat_id (str):
        message_ids (list[str]):
        participant (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        message_ids=message_ids,
        participant=participant,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    chat_id: str,
    message_ids: list[str],
    participant: str | Unset = UNSET,
) -> Any | Error | None:
    """Mark messages as seen

     Sends read receipts (blue ticks) for messages in a chat.

    Args:
        chat_id (str):
        message_ids (list[str]):
        participant (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        chat_id=chat_id,
        message_ids=message_ids,
        participant=participant,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    chat_id: str,
    message_ids: list[str],
    participant: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Mark messages as seen

     Sends read receipts (blue ticks) for messages in a chat.

    Args:
        chat_id (str):
        message_ids (list[str]):
        participant (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        message_ids=message_ids,
        participant=participant,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    chat_id: str,
    message_ids: list[str],
    participant: str | Unset = UNSET,
) -> Any | Error | None:
    """Mark messages as seen

     Sends read receipts (blue ticks) for messages in a chat.

    Args:
        chat_id (str):
        message_ids (list[str]):
        participant (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            chat_id=chat_id,
            message_ids=message_ids,
            participant=participant,
        )
    ).parsed
