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
    message_id: str,
    *,
    text: str,
    link_preview: bool | Unset = True,
    link_preview_high_quality: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["text"] = text

    params["linkPreview"] = link_preview

    params["linkPreviewHighQuality"] = link_preview_high_quality

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/chats/{chat_id}/messages/{message_id}".format(
            chat_id=quote(str(chat_id), safe=""),
            message_id=quote(str(message_id), safe=""),
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
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    text: str,
    link_preview: bool | Unset = True,
    link_preview_high_quality: bool | Unset = False,
) -> Response[httpx.Response]:
    """Edit a message

     Changes the text of a message you sent.

    Args:
        chat_id (str):
        message_id (str):
        text (str):
        link_preview (bool | Unset):  Default: True.
        link_preview_high_quality (bool | Unset):  Default: False.

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
        text=text,
        link_preview=link_preview,
        link_preview_high_quality=link_preview_high_quality,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


async def asyncio_detailed(
    chat_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    text: str,
    link_preview: bool | Unset = True,
    link_preview_high_quality: bool | Unset = False,
) -> Response[httpx.Response]:
    """Edit a message

     Changes the text of a message you sent.

    Args:
        chat_id (str):
        message_id (str):
        text (str):
        link_preview (bool | Unset):  Default: True.
        link_preview_high_quality (bool | Unset):  Default: False.

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
        text=text,
        link_preview=link_preview,
        link_preview_high_quality=link_preview_high_quality,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)
