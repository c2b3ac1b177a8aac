"""Which calls are retried, on what, how long the client waits, and that POST never sends twice
where the first attempt may have gone out."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import wawp_client
from client_support import success_example

OK_STATUSES = {"sessionInfo": "GET", "sendText": "POST", "messageReact": "PUT", "chatDelete": "DELETE"}


def _call(client: wawp_client.Wawp, operation_id: str) -> object:
    if operation_id == "sessionInfo":
        return client.sessions.info()
    if operation_id == "sendText":
        return client.messages.send_text(chat_id="201234567890@c.us", message="hi")
    if operation_id == "messageReact":
        return client.messages.react(chat_id="201234567890@c.us", message_id="m", reaction="+1")
    return client.chats.delete(chat_id="201234567890@c.us")


def _flaky(spec: dict[str, Any], operation_id: str, failures: list[Any]) -> tuple[list[str], Any]:
    """A handler answering ``failures`` in turn (a status, or an exception to raise), then 200."""
    calls: list[str] = []
    example = success_example(spec, operation_id)

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) <= len(failures):
            failure = failures[len(calls) - 1]
            if isinstance(failure, Exception):
                raise failure
            return httpx.Response(failure, json={"code": "x", "message": "busy", "data": {"status": failure}})
        return httpx.Response(200, json=example)

    return calls, handler


@pytest.mark.parametrize("operation_id", ["sessionInfo", "messageReact", "chatDelete"])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503])
def test_idempotent_methods_retry_statuses(
    operation_id: str, status: int, spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    calls, handler = _flaky(spec, operation_id, [status, status])
    assert _call(make_client(handler), operation_id) is not None
    assert calls == [OK_STATUSES[operation_id]] * 3


@pytest.mark.parametrize("status", [408, 500, 503])
def test_post_does_not_retry_what_may_have_been_sent(
    status: int, spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    calls, handler = _flaky(spec, "sendText", [status])
    with pytest.raises(wawp_client.APIStatusError) as caught:
        _call(make_client(handler), "sendText")
    assert caught.value.status_code == status
    assert calls == ["POST"]


def test_post_retries_429(spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]) -> None:
    calls, handler = _flaky(spec, "sendText", [429])
    _call(make_client(handler), "sendText")
    assert calls == ["POST", "POST"]


def test_post_retries_errors_before_sending(spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]) -> None:
    calls, handler = _flaky(spec, "sendText", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow")])
    _call(make_client(handler), "sendText")
    assert calls == ["POST"] * 3


@pytest.mark.parametrize("error", [httpx.ReadTimeout("read"), httpx.RemoteProtocolError("reset"), httpx.ReadError("x")])
def test_post_never_retries_errors_after_sending(
    error: Exception, spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    calls, handler = _flaky(spec, "sendText", [error])
    with pytest.raises(wawp_client.APIConnectionError):
        _call(make_client(handler), "sendText")
    assert calls == ["POST"]


def test_get_retries_read_errors(spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]) -> None:
    calls, handler = _flaky(spec, "sessionInfo", [httpx.ReadTimeout("read"), httpx.RemoteProtocolError("x")])
    _call(make_client(handler), "sessionInfo")
    assert calls == ["GET"] * 3


@pytest.mark.parametrize("status", [400, 401, 404, 422])
def test_client_errors_are_not_retried(
    status: int, spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    calls, handler = _flaky(spec, "sessionInfo", [status])
    with pytest.raises(wawp_client.APIStatusError):
        _call(make_client(handler), "sessionInfo")
    assert calls == ["GET"]


def test_gives_up_after_max_retries(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp], sleeps: list[float]
) -> None:
    calls, handler = _flaky(spec, "sessionInfo", [503] * 10)
    with pytest.raises(wawp_client.InternalServerError):
        _call(make_client(handler, max_retries=3), "sessionInfo")
    assert len(calls) == 4
    assert len(sleeps) == 3


def test_max_retries_zero_disables(spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]) -> None:
    calls, handler = _flaky(spec, "sessionInfo", [503])
    with pytest.raises(wawp_client.InternalServerError):
        _call(make_client(handler, max_retries=0), "sessionInfo")
    assert calls == ["GET"]
    calls, handler = _flaky(spec, "sessionInfo", [httpx.ConnectError("refused")])
    with pytest.raises(wawp_client.APIConnectionError):
        _call(make_client(handler, max_retries=0), "sessionInfo")


def test_backoff_grows_with_jitter_and_cap(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp], sleeps: list[float]
) -> None:
    _, handler = _flaky(spec, "sessionInfo", [503] * 6)
    _call(make_client(handler, max_retries=6), "sessionInfo")
    assert len(sleeps) == 6
    for attempt, waited in enumerate(sleeps):
        nominal = min(0.5 * 2**attempt, 8.0)
        assert 0.75 * nominal <= waited <= nominal


def _retry_after(value: str) -> tuple[list[str], Any]:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            return httpx.Response(429, headers={"Retry-After": value}, json={"status": "error", "message": "slow"})
        return httpx.Response(200, json={"success": True})

    return calls, handler


def test_retry_after_seconds(make_client: Callable[..., wawp_client.Wawp], sleeps: list[float]) -> None:
    _, handler = _retry_after("7")
    make_client(handler).sessions.delete()
    assert sleeps == [7.0]


def test_retry_after_http_date(make_client: Callable[..., wawp_client.Wawp], sleeps: list[float]) -> None:
    _, handler = _retry_after(email.utils.formatdate(time.time() + 20, usegmt=True))
    make_client(handler).sessions.delete()
    assert len(sleeps) == 1
    assert 15 <= sleeps[0] <= 21


def test_retry_after_beyond_the_cap_falls_back_to_backoff(
    make_client: Callable[..., wawp_client.Wawp], sleeps: list[float]
) -> None:
    _, handler = _retry_after("3600")
    make_client(handler).sessions.delete()
    assert len(sleeps) == 1
    assert sleeps[0] <= 0.5


def test_retried_request_keeps_body_and_auth(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    bodies: list[tuple[bytes, str | None]] = []
    example = success_example(spec, "groupCreate")

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append((request.content, request.url.params.get("access_token")))
        if len(bodies) == 1:
            return httpx.Response(429, json={"status": "error", "message": "slow"})
        return httpx.Response(200, json=example)

    body = wawp_client.models.GroupCreateBody.from_dict({"name": "Team", "participants": [{"id": "201234567890@c.us"}]})
    make_client(handler).groups.create(body=body)
    assert len(bodies) == 2
    assert bodies[0] == bodies[1]
