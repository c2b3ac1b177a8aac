"""Retries under the emulator's injected faults, and errors mapped to the client's typed exceptions.

Faults are the emulator's fault rules (a faulted request never reaches its handler, so a faulted
send sends nothing). The client's retry waits are recorded by the ``retry_sleeps`` fixture instead
of slept; the only real waiting is the latency test's short client timeout on a real socket.
"""

from __future__ import annotations

import httpx
import pytest
import wawp_client
from e2e_support import PEER, PEER_CHAT, make_async_client
from wawp_client import models
from wawp_emulator.emulator import Emulator
from wawp_emulator.testing import make_client


def statuses(emulator: Emulator, operation_id: str) -> list[int]:
    """What the emulator answered to each request of one operation, in order (its request journal)."""
    return [r.status for r in emulator.requests if r.operation_id == operation_id]


def messages_with_body(client: wawp_client.Wawp, body: str) -> list[models.Message]:
    """The chat as the emulator holds it: every message with ``body`` (duplicates would show here)."""
    try:
        listed = client.chats.messages.list(chat_id=PEER_CHAT, limit=1000)
    except wawp_client.NotFoundError:  # no message at all: the chat does not exist yet
        return []
    return [m for m in listed if m.body == body]


# --------------------------------------------------------------------------- 429 Retry-After


def test_a_429_on_a_get_is_retried_after_retry_after(
    client: wawp_client.Wawp, emulator: Emulator, retry_sleeps: list[float]
) -> None:
    emulator.add_fault(operation="groupsList", status=429, retry_after=1, times=1)
    assert client.groups.list().items == []
    assert retry_sleeps == [1.0]
    assert statuses(emulator, "groupsList") == [429, 200]


def test_a_429_on_a_send_is_retried_and_sends_exactly_once(
    client: wawp_client.Wawp, emulator: Emulator, retry_sleeps: list[float]
) -> None:
    emulator.add_fault(operation="sendText", status=429, retry_after=2, times=1)
    sent = client.messages.send_text(chat_id=PEER, message="order #1042 confirmed")
    assert sent.id is not None
    assert retry_sleeps == [2.0]
    assert statuses(emulator, "sendText") == [429, 200]
    assert [m.id for m in messages_with_body(client, "order #1042 confirmed")] == [sent.id]
    assert len([e for e in emulator.events if e["event"] == "message.any"]) == 1


async def test_a_429_on_an_async_send_is_retried_and_sends_exactly_once(
    emulator: Emulator, retry_sleeps: list[float]
) -> None:
    emulator.add_fault(operation="sendImage", status=429, retry_after=1, times=1)
    client = make_async_client(emulator)
    try:
        sent = await client.messages.send_image(
            chat_id=PEER, file_url="https://example.com/a.jpg", file_filename="a.jpg", file_mimetype="image/jpeg"
        )
        listed = (await client.chats.messages.list(chat_id=PEER_CHAT)).items
    finally:
        await client.close()
    assert retry_sleeps == [1.0]
    assert statuses(emulator, "sendImage") == [429, 200]
    assert [m.id for m in listed] == [sent.id]


def test_a_429_that_outlasts_the_retries_raises_rate_limit_error(
    client: wawp_client.Wawp, emulator: Emulator, retry_sleeps: list[float]
) -> None:
    emulator.add_fault(operation="sendText", status=429, retry_after=1, times=3)
    with pytest.raises(wawp_client.RateLimitError) as caught:
        client.messages.send_text(chat_id=PEER, message="never sent")
    assert caught.value.status_code == 429 and caught.value.code == "rate_limited"
    assert caught.value.headers["retry-after"] == "1"
    assert retry_sleeps == [1.0, 1.0]
    assert statuses(emulator, "sendText") == [429, 429, 429]
    assert messages_with_body(client, "never sent") == []


# --------------------------------------------------------------------------- 502 wawp_upstream_error


def test_a_502_on_a_get_is_retried_with_backoff(
    client: wawp_client.Wawp, emulator: Emulator, retry_sleeps: list[float]
) -> None:
    emulator.add_fault(operation="sessionInfo", status=502, code="wawp_upstream_error", times=2)
    assert client.sessions.info().status == "WORKING"
    assert statuses(emulator, "sessionInfo") == [502, 502, 200]
    assert len(retry_sleeps) == 2
    assert 0.375 <= retry_sleeps[0] <= 0.5 and 0.75 <= retry_sleeps[1] <= 1.0  # 0.5 s, 1 s, minus up to 25 % jitter


def test_a_502_on_a_get_that_outlasts_the_retries_raises_internal_server_error(
    client: wawp_client.Wawp, emulator: Emulator, retry_sleeps: list[float]
) -> None:
    emulator.add_fault(operation="groupsList", status=502, times=10)
    with pytest.raises(wawp_client.InternalServerError) as caught:
        client.groups.list()
    assert caught.value.status_code == 502 and caught.value.code == "wawp_upstream_error"
    assert statuses(emulator, "groupsList") == [502, 502, 502]


def test_a_502_on_a_send_is_not_retried_and_nothing_is_duplicated(
    client: wawp_client.Wawp, emulator: Emulator, retry_sleeps: list[float]
) -> None:
    emulator.add_fault(operation="sendText", status=502, code="wawp_upstream_error", times=1)
    with pytest.raises(wawp_client.InternalServerError) as caught:
        client.messages.send_text(chat_id=PEER, message="invoice attached")
    assert caught.value.status_code == 502 and caught.value.code == "wawp_upstream_error"
    assert retry_sleeps == []
    assert statuses(emulator, "sendText") == [502]
    assert messages_with_body(client, "invoice attached") == []
    # the caller decides to send again: exactly one message exists afterwards
    again = client.messages.send_text(chat_id=PEER, message="invoice attached")
    assert [m.id for m in messages_with_body(client, "invoice attached")] == [again.id]
    assert statuses(emulator, "sendText") == [502, 200]


# --------------------------------------------------------------------------- latency (a real socket)


def test_latency_beyond_the_client_timeout_raises_api_timeout_error(
    emulator: Emulator, retry_sleeps: list[float]
) -> None:
    """httpx only enforces timeouts on a real connection, so this runs against uvicorn on 127.0.0.1."""
    with emulator.serve_in_thread() as base_url:
        emulator.add_fault(operation="sessionInfo", latency_ms=600, times=1)
        emulator.add_fault(operation="sendText", latency_ms=600, times=1)
        with make_client(emulator, base_url=base_url, transport=None, timeout=0.2, max_retries=0) as impatient:
            with pytest.raises(wawp_client.APITimeoutError) as caught:
                impatient.sessions.info()
            assert isinstance(caught.value, wawp_client.APIConnectionError)
            # a send that timed out while reading may have gone out: it is not retried
            with pytest.raises(wawp_client.APITimeoutError):
                impatient.messages.send_text(chat_id=PEER, message="slow send")
        with make_client(emulator, base_url=base_url, transport=None, timeout=0.2) as retrying:
            emulator.add_fault(operation="sendText", latency_ms=600, times=1)
            with pytest.raises(wawp_client.APITimeoutError):
                retrying.messages.send_text(chat_id=PEER, message="slow send 2")
        assert retry_sleeps == []
        with make_client(emulator, base_url=base_url, transport=None) as patient:
            assert patient.sessions.info().status == "WORKING"  # each fault fired once
    # the server finished each send it got, once: no duplicates from the client
    assert statuses(emulator, "sendText") == [200, 200]
    assert statuses(emulator, "sessionInfo") == [200, 200]


def test_a_get_that_times_out_once_is_retried(emulator: Emulator, retry_sleeps: list[float]) -> None:
    with emulator.serve_in_thread() as base_url:
        emulator.add_fault(operation="groupsCount", latency_ms=600, times=1)
        # An httpx.Timeout limits each attempt (a plain number would be the whole call's deadline).
        with make_client(emulator, base_url=base_url, transport=None, timeout=httpx.Timeout(0.2)) as client:
            assert client.groups.count().count == 0
    assert len(retry_sleeps) == 1
    assert statuses(emulator, "groupsCount") == [200, 200]


# --------------------------------------------------------------------------- typed errors


def test_a_wrong_token_is_an_authentication_error(emulator: Emulator, retry_sleeps: list[float]) -> None:
    with (
        make_client(emulator, access_token="not-the-token") as client,
        pytest.raises(wawp_client.AuthenticationError) as caught,
    ):
        client.sessions.info()
    assert caught.value.status_code == 401 and caught.value.code == "invalid_access_token"
    assert "not-the-token" not in str(caught.value)
    with (
        make_client(emulator, instance_id="FFFFFFFFFFFF") as client,
        pytest.raises(wawp_client.AuthenticationError) as unknown,
    ):
        client.sessions.info()
    assert unknown.value.code == "invalid_instance"


def test_an_unknown_group_is_not_found(client: wawp_client.Wawp) -> None:
    with pytest.raises(wawp_client.NotFoundError) as caught:
        client.groups.get(id="120363000000000000@g.us")
    assert caught.value.status_code == 404 and caught.value.code == "group_not_found"
    assert "120363000000000000@g.us" in caught.value.message
    assert isinstance(caught.value.body, dict) and caught.value.body["data"]["status"] == 404


def test_a_bad_parameter_is_a_bad_request(client: wawp_client.Wawp, emulator: Emulator) -> None:
    with pytest.raises(wawp_client.BadRequestError) as caught:
        client.messages.send_text(chat_id="call me maybe", message="hi")
    assert caught.value.status_code == 400 and caught.value.code == "rest_invalid_param"
    assert "chatId" in caught.value.body["data"]["params"]
    with pytest.raises(wawp_client.BadRequestError) as too_many:
        client.channels.search(view="RECOMMENDED", limit=1000)
    assert too_many.value.code == "rest_invalid_param"
    assert statuses(emulator, "sendText") == [400]


def test_a_call_the_session_state_forbids_is_unprocessable(client: wawp_client.Wawp, emulator: Emulator) -> None:
    assert client.sessions.stop().status == "STOPPED"
    with pytest.raises(wawp_client.UnprocessableEntityError) as caught:
        client.messages.send_text(chat_id=PEER, message="are you there?")
    error = caught.value
    assert error.status_code == 422 and error.code == "session_not_working"
    assert error.body["data"]["sessionStatus"] == "STOPPED" and error.body["data"]["expected"] == ["WORKING"]
    client.sessions.start()
    emulator.advance(3)
    again = client.messages.send_text(chat_id=PEER, message="are you there?")
    assert client.messages.get(chat_id=PEER_CHAT, message_id=again.id).body == "are you there?"


async def test_errors_are_typed_on_the_async_client_too(emulator: Emulator, retry_sleeps: list[float]) -> None:
    client = make_async_client(emulator)
    wrong = make_async_client(emulator, access_token="not-the-token")
    try:
        with pytest.raises(wawp_client.NotFoundError) as missing:
            await client.groups.get(id="120363000000000000@g.us")
        assert missing.value.code == "group_not_found"
        with pytest.raises(wawp_client.AuthenticationError):
            await wrong.groups.count()
        await client.sessions.stop()
        with pytest.raises(wawp_client.UnprocessableEntityError) as state:
            await client.messages.send_text(chat_id=PEER, message="x")
        assert state.value.code == "session_not_working"
    finally:
        await client.close()
        await wrong.close()
