"""The instance id and the access token never show up in reprs, exception text or log lines, not
even inside the URLs httpx logs."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

import httpx
import pytest
import wawp_client
from client_support import ACCESS_TOKEN, INSTANCE_ID
from wawp_client._redact import configure_logging, redact


def _clean(text: str) -> None:
    assert ACCESS_TOKEN not in text
    assert INSTANCE_ID not in text


def test_reprs(make_client: Callable[..., wawp_client.Wawp]) -> None:
    client = make_client(lambda request: httpx.Response(200, json={}))
    _clean(repr(client))
    _clean(repr(client._http.auth))
    _clean(repr(client._config.auth))
    assert "***" in repr(client)


def test_logs_exceptions_and_tracebacks(
    make_client: Callable[..., wawp_client.Wawp], caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WAWP_LOG", "debug")
    configure_logging()
    caplog.set_level(logging.DEBUG)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/session/info"):
            raise httpx.ConnectError(f"cannot reach {request.url}")
        echo = {"code": "invalid_access_token", "message": f"Bad token {ACCESS_TOKEN} for {INSTANCE_ID}"}
        return httpx.Response(401, json=echo, headers={"x-echo": str(request.url)})

    client = make_client(handler, max_retries=1)
    texts: list[str] = []
    for call in (client.sessions.info, client.sessions.stop):
        with pytest.raises(wawp_client.APIError) as caught:
            call()
        texts += [str(caught.value), repr(caught.value), "".join(traceback.format_exception(caught.value))]
    assert logging.getLogger("wawp_client").level == logging.DEBUG
    assert any("request: GET" in record.getMessage() for record in caplog.records)
    assert any("HTTP Request" in record.getMessage() for record in caplog.records)
    for text in [caplog.text, *texts]:
        _clean(text)


def test_redact_patterns() -> None:
    text = "GET https://x/send?chatId=1&instance_id=ABC123&access_token=zz%2Fyy#frag"
    assert redact(text) == "GET https://x/send?chatId=1&instance_id=***&access_token=***#frag"


def test_models_that_echo_credentials_mask_them_in_their_repr(make_client: Callable[..., wawp_client.Wawp]) -> None:
    """The session endpoints echo the token and instance id in config.metadata (the vendor's own example)."""
    body = {
        "name": "wawp-1",
        "status": "STOPPED",
        "config": {"metadata": {"access_token": ACCESS_TOKEN, "instance_id": INSTANCE_ID, "user_id": "4580"}},
    }
    client = make_client(lambda request: httpx.Response(200, json=body))
    session = client.sessions.stop()
    _clean(repr(session))
    assert "4580" in repr(session)  # only the credentials are masked
    assert session.to_dict() == body  # the values themselves are intact for the caller
