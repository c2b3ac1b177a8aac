"""v2's header credentials: sent where the v2 description's security schemes put them, and masked as the query
ones are, in reprs, exception text, error requests, log lines and traceback frames (tested as an attacker
would look: every text the client lets out)."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import httpx
import pytest
import wawp_client
from client_support import ACCESS_TOKEN, INSTANCE_ID
from wawp_client._redact import configure_logging, redact

V2_URL = "https://wawp.test/v2"


def _clean(text: str) -> None:
    assert ACCESS_TOKEN not in text
    assert INSTANCE_ID not in text


def _client(style: str, handler: Any, **options: Any) -> wawp_client.Wawp:
    return wawp_client.Wawp(
        INSTANCE_ID, ACCESS_TOKEN, base_url=V2_URL, auth_style=style, transport=httpx.MockTransport(handler), **options
    )


def _recorder() -> tuple[list[httpx.Request], Any]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "true_201234567890@c.us_3EB0C767D26A1D8A9C11"})

    return sent, handler


def test_header_style_sends_the_token_in_access_token_and_the_instance_in_the_query() -> None:
    sent, handler = _recorder()
    with _client("header", handler) as client:
        client.messages.send_text(chat_id="201234567890@c.us", message="hi")
    (request,) = sent
    assert request.headers["access-token"] == ACCESS_TOKEN
    assert request.url.params["instance_id"] == INSTANCE_ID
    assert "access_token" not in request.url.params
    assert "authorization" not in request.headers


def test_bearer_style_sends_both_in_headers() -> None:
    sent, handler = _recorder()
    with _client("bearer", handler) as client:
        client.messages.send_text(chat_id="201234567890@c.us", message="hi")
    (request,) = sent
    assert request.headers["authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert request.headers["x-instance-id"] == INSTANCE_ID
    assert "access_token" not in request.url.params and "instance_id" not in request.url.params


@pytest.mark.parametrize("style", ["query", "header", "bearer"])
def test_provisioning_a_session_sends_the_token_only(style: str) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json={"instance_id": "B1B2C3D4E5F6"})

    with _client(style, handler) as client:
        client.sessions.provision()
    (request,) = sent
    assert request.url.path == "/v2/session/create"
    assert "instance_id" not in request.url.params and "x-instance-id" not in request.headers
    assert ACCESS_TOKEN in str(request.url) + str(request.headers.get("access-token")) + str(
        request.headers.get("authorization")
    )


def test_the_env_chooses_the_style(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAWP_AUTH_STYLE", "bearer")
    monkeypatch.setenv("WAWP_API_VERSION", "v2")
    monkeypatch.delenv("WAWP_BASE_URL", raising=False)
    with wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN) as client:
        assert "auth_style='bearer'" in repr(client)
        _clean(repr(client))
        _clean(repr(client._config.auth))


@pytest.mark.parametrize("style", ["header", "bearer"])
def test_header_credentials_never_leak(
    style: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WAWP_LOG", "debug")
    configure_logging()
    caplog.set_level(logging.DEBUG)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/session/me"):  # a transport error quoting the request's headers
            raise httpx.ConnectError(f"cannot reach {request.url} with {request.headers!r}")
        echo = {"status": 401, "message": f"Bad token {ACCESS_TOKEN} for {INSTANCE_ID}", "error": "unauthorized"}
        return httpx.Response(401, json=echo, headers={"x-echo": repr(request.headers)})

    texts: list[str] = []
    with _client(style, handler, max_retries=1) as client:
        texts.append(repr(client))
        for call in (client.sessions.me, client.sessions.info):
            with pytest.raises(wawp_client.APIError) as caught:
                call()
            error = caught.value
            texts += [str(error), repr(error), "".join(traceback.format_exception(error))]
            assert error.request is not None
            texts += [str(error.request.url), repr(error.request.headers), str(dict(error.request.headers))]
            if isinstance(error, wawp_client.APIStatusError):
                texts += [repr(error.headers), repr(error.body)]
            tb = error.__traceback__
            while tb is not None:  # an error tracker recording locals finds nothing either
                texts += [repr(value) for value in tb.tb_frame.f_locals.values()]
                tb = tb.tb_next
    assert any("request: GET" in record.getMessage() for record in caplog.records)
    for text in [caplog.text, *texts]:
        _clean(text)


def test_redact_patterns_for_header_credentials() -> None:
    assert redact("access-token: abc123zz") == "access-token: ***"
    assert redact("Headers({'access-token': 'abc123zz', 'x-instance-id': 'ABCDEF'})") == (
        "Headers({'access-token': '***', 'x-instance-id': '***'})"
    )
    assert redact("Authorization: Bearer abc.def-123") == "Authorization: Bearer ***"


def test_a_webhook_signing_key_in_v2_settings_is_masked_in_reprs() -> None:
    from wawp_client.models import V2WebhookSet

    settings = V2WebhookSet.from_dict({"url": "https://hooks.test/in", "events": ["message"], "hmac": "whsec_key_0001"})
    assert "whsec_key_0001" not in repr(settings)
    assert settings.hmac == "whsec_key_0001"  # the value itself is intact for the caller
