# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response


def _get_kwargs(
    *,
    chat_id: str,
    message_id: str,
    reaction: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["chatId"] = chat_id

    params["messageId"] = message_id

    params["reaction"] = reaction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/reaction",
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
    *,
    client: AuthenticatedClient | Client,
    chat_id: str,
    message_id: str,
    reaction: str,
) -> Response[httpx.Response]:
    """React to a message

     Adds an emoji reaction to a message, or removes yours with an empty reaction.

    Args:
        chat_id (str):
        message_id (str):
        reaction (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        message_id=message_id,
        reaction=reaction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    chat_id: str,
    message_id: str,
    reaction: str,
) -> Response[httpx.Response]:
    """React to a message

     Adds an emoji reaction to a message, or removes yours with an empty reaction.

    Args:
        chat_id (str):
        message_id (str):
        reaction (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status
            is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        message_id=message_id,
        reaction=reaction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)
