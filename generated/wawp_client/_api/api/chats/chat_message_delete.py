from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gows_sent_message import GowsSentMessage
from ...models.noweb_sent_message import NowebSentMessage
from ...models.wawp_send_ack import WawpSendAck
from ...models.webjs_sent_message import WebjsSentMessage
from ...types import Response


def _get_kwargs(
    chat_id: str,
    message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chats/{chat_id}/messages/{message_id}".format(
            chat_id=quote(str(chat_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
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
) -> Response[Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage]:
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
) -> Response[Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage]:
    """Delete a message

     Deletes a message for everyone.

    Args:
        chat_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        message_id=message_id,
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
) -> Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage | None:
    """Delete a message

     Deletes a message for everyone.

    Args:
        chat_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage
    """

    return sync_detailed(
        chat_id=chat_id,
        message_id=message_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    chat_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage]:
    """Delete a message

     Deletes a message for everyone.

    Args:
        chat_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chat_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage | None:
    """Delete a message

     Deletes a message for everyone.

    Args:
        chat_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GowsSentMessage | NowebSentMessage | WawpSendAck | WebjsSentMessage
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            message_id=message_id,
            client=client,
        )
    ).parsed
