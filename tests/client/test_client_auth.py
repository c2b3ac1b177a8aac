"""Credentials are added to every request's query string, never by the caller; ``createSession``
gets the access token alone. Environment variables supply the defaults."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import wawp_client
from client_support import ACCESS_TOKEN, BASE_URL, INSTANCE_ID, recording_handler


def test_both_credentials_on_ordinary_calls(spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]) -> None:
    sent, handler = recording_handler(spec, "sendText")
    make_client(handler).messages.send_text(chat_id="201234567890@c.us", message="hi")
    params = sent[0].url.params
    assert params["instance_id"] == INSTANCE_ID
    assert params["access_token"] == ACCESS_TOKEN
    assert params["chatId"] == "201234567890@c.us"
    assert str(sent[0].url).startswith(BASE_URL + "/send?")


def test_create_session_sends_only_the_token(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    sent, handler = recording_handler(spec, "sessionCreate")
    make_client(handler).sessions.create(name="shop")
    params = sent[0].url.params
    assert params["access_token"] == ACCESS_TOKEN
    assert "instance_id" not in params


def test_client_without_instance_id_can_create(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WAWP_INSTANCE_ID", raising=False)
    sent, handler = recording_handler(spec, "sessionCreate")
    make_client(handler, instance_id=None).sessions.create(name="shop")
    assert "instance_id" not in sent[0].url.params


def test_environment_defaults(spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAWP_INSTANCE_ID", "ENVINSTANCE01")
    monkeypatch.setenv("WAWP_ACCESS_TOKEN", "env-token-123")
    monkeypatch.setenv("WAWP_BASE_URL", "http://emulator.local/wp-json/awp/v1/")
    sent, handler = recording_handler(spec, "sessionInfo")
    with wawp_client.Wawp(transport=httpx.MockTransport(handler)) as client:
        assert client.base_url == "http://emulator.local/wp-json/awp/v1"
        client.sessions.info()
    assert sent[0].url.host == "emulator.local"
    assert sent[0].url.params["instance_id"] == "ENVINSTANCE01"
    assert sent[0].url.params["access_token"] == "env-token-123"


def test_missing_token_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WAWP_ACCESS_TOKEN", raising=False)
    with pytest.raises(wawp_client.WawpError, match="WAWP_ACCESS_TOKEN"):
        wawp_client.Wawp(instance_id=INSTANCE_ID)


def test_caller_supplied_http_client_gets_auth(spec: dict[str, Any]) -> None:
    sent, handler = recording_handler(spec, "sessionInfo")
    http = httpx.Client(transport=httpx.MockTransport(handler))
    with wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, base_url=BASE_URL, http_client=http) as client:
        client.sessions.info()
    assert sent[0].url.params["access_token"] == ACCESS_TOKEN
    assert not http.is_closed
    http.close()


def test_default_timeout_is_finite() -> None:
    """The default is one overall deadline per call (60 s), of which at most 5 s to connect."""
    with wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN) as client:
        assert client._config.timeout.total == 60.0
        timeout = client._http.timeout
        assert timeout.read == 60.0
        assert timeout.connect == 5.0
