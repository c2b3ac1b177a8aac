# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
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
    messages: int | Unset = UNSET,
    days: int | Unset = UNSET,
) -> Response[httpx.Response]:
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
        Response[Any]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        messages=messages,
        days=days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


async def asyncio_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    messages: int | Unset = UNSET,
    days: int | Unset = UNSET,
) -> Response[httpx.Response]:
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
        Response[Any]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        messages=messages,
        days=days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)
