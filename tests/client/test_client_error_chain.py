"""Errors that teach and keep secrets: ``message`` is the server's, ``str()`` adds status and code,
and no credential is reachable from any error the client raises, however one walks it
(``__cause__``, ``__context__``, ``request``, ``body``, ``headers``, ``vars()``, formatted
tracebacks with locals, the client's own frames)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import wawp_client
from client_support import ACCESS_TOKEN, BASE_URL, INSTANCE_ID
from local_server import LocalServer, hang, refused_port

PACKAGE_DIR = str(Path(wawp_client.__file__).parent)
API_ROOT = "/wp-json/awp/v1"


def _secret_free(text: str) -> None:
    assert ACCESS_TOKEN not in text
    assert INSTANCE_ID not in text


def _walk(error: BaseException) -> list[str]:
    """Every text an error exposes, down its whole chain."""
    texts: list[str] = []
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        texts += [str(current), repr(current), repr(current.args), repr(vars(current))]
        request = getattr(current, "request", None)
        if isinstance(request, httpx.Request):
            texts += [str(request.url), repr(request.headers.multi_items()), repr(request.content)]
        headers = getattr(current, "headers", None)
        if isinstance(headers, httpx.Headers):
            texts.append(repr(headers.multi_items()))
        texts.append(repr(getattr(current, "body", None)))
        pending += [current.__cause__, current.__context__]
    texts.append("".join(traceback.format_exception(error)))
    texts.append("".join(traceback.TracebackException.from_exception(error, capture_locals=True).format()))
    tb = error.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_code.co_filename.startswith(PACKAGE_DIR):
            for name, value in frame.f_locals.items():
                assert not isinstance(value, httpx.Request | httpx.Response), f"{frame.f_code.co_name} holds {name}"
                texts.append(repr(value))
        tb = tb.tb_next
    return texts


def _echo(status: int) -> Callable[[httpx.Request], httpx.Response]:
    """An error answer that repeats the request's URL and the credentials back."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = {"code": "echo", "message": f"Bad {ACCESS_TOKEN} for {INSTANCE_ID} at {request.url}", "data": {}}
        return httpx.Response(status, json=body, headers={"x-echo": str(request.url)})

    return handler


def _raise(kind: type[httpx.RequestError]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise kind(f"failed on {request.url}", request=request)

    return handler


STATUS_CLASSES = [400, 401, 403, 404, 409, 422, 429, 500]


@pytest.mark.parametrize(
    "kind", [*(f"status {s}" for s in STATUS_CLASSES), "connect", "read-error", "timeout", "validation"]
)
def test_no_credential_anywhere_in_the_chain(kind: str, make_client: Callable[..., wawp_client.Wawp]) -> None:
    if kind.startswith("status"):
        handler = _echo(int(kind.split()[1]))
    elif kind == "connect":
        handler = _raise(httpx.ConnectError)
    elif kind == "read-error":
        handler = _raise(httpx.RemoteProtocolError)
    elif kind == "timeout":
        handler = _raise(httpx.ReadTimeout)
    else:

        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json={"unexpected": f"{request.url}"})

    client = make_client(handler, max_retries=0, strict_response_validation=True)
    with pytest.raises(wawp_client.APIError) as caught:
        client.messages.send_text(chat_id="201234567890@c.us", message="hi")
    error = caught.value
    assert error.request is not None
    assert str(error.request.url).startswith(BASE_URL + "/send?")
    for text in _walk(error):
        _secret_free(text)
    assert error.__cause__ is None
    assert error.__context__ is None


def test_real_socket_errors_are_clean_and_name_the_url() -> None:
    refused = f"http://127.0.0.1:{refused_port()}{API_ROOT}"
    with (
        wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, base_url=refused, max_retries=0, trust_env=False) as client,
        pytest.raises(wawp_client.APIConnectionError) as caught,
    ):
        client.sessions.info()
    assert not isinstance(caught.value, wawp_client.APITimeoutError)
    assert f"Connection error on GET {refused}/session/info?" in str(caught.value)
    assert "access_token=***" in str(caught.value)
    for text in _walk(caught.value):
        _secret_free(text)
    with LocalServer(hang) as server:
        base = server.url + API_ROOT
        with (
            wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, base_url=base, timeout=0.5, trust_env=False) as client,
            pytest.raises(wawp_client.APITimeoutError) as timed_out,
        ):
            client.sessions.info()
    assert "Request timed out: GET " + base + "/session/info?" in str(timed_out.value)
    for text in _walk(timed_out.value):
        _secret_free(text)


@pytest.mark.parametrize(
    "check",
    [
        lambda client: client.groups.get(id=120363012345678901),
        lambda client: client.messages.send_text(chat_id=None, message="hi"),
    ],
)
def test_local_check_errors_are_clean(
    check: Callable[[Any], Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    client = make_client(_echo(500))
    with pytest.raises(TypeError) as caught:
        check(client)
    for text in _walk(caught.value):
        _secret_free(text)


# --------------------------------------------------------------------------- message and str


def _answer(status: int, **response: Any) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, **response)


@pytest.mark.parametrize(
    ("status", "response", "message", "text"),
    [
        (
            404,
            {"json": {"code": "group_not_found", "message": "Group not found", "data": {"status": 404}}},
            "Group not found",
            "404 group_not_found: Group not found",
        ),
        (400, {"json": {"status": "error", "message": "chatId is required"}}, "chatId is required", None),
        (502, {"text": "<html><h1>502 Bad Gateway</h1></html>"}, "<html><h1>502 Bad Gateway</h1></html>", None),
        (404, {"content": b""}, "Not Found", "404: Not Found"),
        (
            422,
            {"json": {"code": "session_not_ready"}},
            "Unprocessable Entity",
            "422 session_not_ready: Unprocessable Entity",
        ),
    ],
)
def test_message_is_the_servers_and_str_adds_status_and_code(
    status: int,
    response: dict[str, Any],
    message: str,
    text: str | None,
    make_client: Callable[..., wawp_client.Wawp],
) -> None:
    client = make_client(_answer(status, **response), max_retries=0)
    with pytest.raises(wawp_client.APIStatusError) as caught:
        client.sessions.info()
    assert caught.value.message == message
    assert str(caught.value) == (text or f"{status}{' error' if status == 400 else ''}: {message}")
    assert caught.value.hint is None


@pytest.mark.parametrize("kind", ["status 404", "connect", "timeout"])
async def test_async_errors_are_clean_too(kind: str, make_async_client: Callable[..., wawp_client.AsyncWawp]) -> None:
    handlers = {"status 404": _echo(404), "connect": _raise(httpx.ConnectError), "timeout": _raise(httpx.ReadTimeout)}
    async with make_async_client(handlers[kind], max_retries=0) as client:
        with pytest.raises(wawp_client.APIError) as caught:
            await client.sessions.info()
    assert caught.value.__context__ is None
    for text in _walk(caught.value):
        _secret_free(text)
