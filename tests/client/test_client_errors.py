"""Error statuses raise typed exceptions carrying what either Wawp envelope says; bodies that are
not JSON (a proxy's HTML page) and odd statuses (Cloudflare 52x) are handled too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import wawp_client


def _answer(status: int, **response: Any) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, **response)

    return handler


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, wawp_client.BadRequestError),
        (401, wawp_client.AuthenticationError),
        (403, wawp_client.PermissionDeniedError),
        (404, wawp_client.NotFoundError),
        (409, wawp_client.ConflictError),
        (422, wawp_client.UnprocessableEntityError),
        (429, wawp_client.RateLimitError),
        (500, wawp_client.InternalServerError),
        (503, wawp_client.InternalServerError),
        (520, wawp_client.InternalServerError),
        (418, wawp_client.APIStatusError),
    ],
)
def test_status_classes(status: int, cls: type[Exception], make_client: Callable[..., wawp_client.Wawp]) -> None:
    body = {"code": "invalid_instance", "message": "Unknown instance", "data": {"status": status}}
    client = make_client(_answer(status, json=body, headers={"x-request-id": "req-42"}), max_retries=0)
    with pytest.raises(cls) as caught:
        client.sessions.info()
    error = caught.value
    assert isinstance(error, wawp_client.APIStatusError)
    assert isinstance(error, wawp_client.APIError)
    assert isinstance(error, wawp_client.WawpError)
    assert error.status_code == status
    assert error.code == "invalid_instance"
    assert error.message == "Unknown instance"
    assert str(error) == f"{status} invalid_instance: Unknown instance" + (
        " (hint: check the instance id (from the instance_id argument): it must be one of this access token's"
        " instances)"
        if status == 401
        else ""
    )
    assert error.request_id == "req-42"
    assert error.headers["x-request-id"] == "req-42"
    assert error.body == body


@pytest.mark.parametrize(
    ("arguments", "environment", "source"),
    [
        ({}, {"WAWP_ACCESS_TOKEN": "from-the-environment"}, "WAWP_ACCESS_TOKEN"),
        ({"access_token": "from-the-argument"}, {}, "the access_token argument"),
    ],
)
@pytest.mark.parametrize("emulator", [False, True])
def test_a_401_names_where_the_token_came_from_and_the_emulators_banner(
    arguments: dict[str, str],
    environment: dict[str, str],
    source: str,
    emulator: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    headers = {"x-wawp-emulator": "2.0.0"} if emulator else {}
    body = {"code": "invalid_access_token", "message": "The access token is not valid.", "data": {"status": 401}}
    transport = httpx.MockTransport(_answer(401, json=body, headers=headers))
    client = wawp_client.Wawp(instance_id="ABCDEF123456", transport=transport, max_retries=0, **arguments)
    with client, pytest.raises(wawp_client.AuthenticationError) as caught:
        client.sessions.info()
    banner = "; this is wawp-emulator: use the access_token and instance_id its start-up banner printed"
    assert caught.value.hint == f"check the access token (from {source})" + (banner if emulator else "")
    assert str(caught.value).endswith(f"(hint: {caught.value.hint})")


def test_legacy_envelope(make_client: Callable[..., wawp_client.Wawp]) -> None:
    client = make_client(_answer(400, json={"status": "error", "message": "chatId is required"}))
    with pytest.raises(wawp_client.BadRequestError) as caught:
        client.messages.send_text(chat_id="x", message="y")
    assert caught.value.code == "error"
    assert "chatId is required" in str(caught.value)


def test_html_error_page(make_client: Callable[..., wawp_client.Wawp]) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    client = make_client(_answer(502, text=page, headers={"content-type": "text/html"}), max_retries=0)
    with pytest.raises(wawp_client.InternalServerError) as caught:
        client.sessions.info()
    assert caught.value.code is None
    assert caught.value.body == page
    assert "502 Bad Gateway" in caught.value.message


@pytest.mark.parametrize("content", [b"", b"null", b"[1, 2]", b"\xff\xfe garbage", b'{"message": 5}'])
def test_odd_error_bodies(content: bytes, make_client: Callable[..., wawp_client.Wawp]) -> None:
    client = make_client(_answer(404, content=content))
    with pytest.raises(wawp_client.NotFoundError) as caught:
        client.sessions.info()
    assert caught.value.status_code == 404


def test_connection_and_timeout_errors(make_client: Callable[..., wawp_client.Wawp]) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out")

    with pytest.raises(wawp_client.APIConnectionError) as refused:
        make_client(refuse, max_retries=0).sessions.info()
    assert not isinstance(refused.value, wawp_client.APITimeoutError)
    with pytest.raises(wawp_client.APITimeoutError):
        make_client(slow, max_retries=0).sessions.info()


def test_success_body_that_does_not_fit_is_read_tolerantly(make_client: Callable[..., wawp_client.Wawp]) -> None:
    sent = make_client(_answer(200, json={"unexpected": True})).messages.send_text(chat_id="x", message="y")
    assert sent.id is None
    assert sent.unexpected is True
    with pytest.raises(wawp_client.APIResponseValidationError) as caught:
        make_client(_answer(200, text="not json")).sessions.info()
    assert caught.value.status_code == 200


def test_success_body_that_does_not_fit_raises_in_strict_mode(make_client: Callable[..., wawp_client.Wawp]) -> None:
    client = make_client(_answer(200, json={"name": "default", "status": 3}), strict_response_validation=True)
    with pytest.raises(wawp_client.APIResponseValidationError, match=r"\$\.status: integer where str") as caught:
        client.sessions.info()
    assert caught.value.status_code == 200
    assert caught.value.body == {"name": "default", "status": 3}


def test_undocumented_empty_success(make_client: Callable[..., wawp_client.Wawp]) -> None:
    assert make_client(_answer(204)).sessions.info() is None
    with pytest.raises(wawp_client.APIResponseValidationError) as caught:
        make_client(_answer(204), strict_response_validation=True).sessions.info()
    assert caught.value.status_code == 204


WAHA_REFUSAL = (
    "The method is not implemented by 'GOWS' engine. Check the docs and try another engine: https://waha.devlike.pro/"
)


def test_a_501_is_the_engines_refusal_naming_engine_and_call(make_client: Callable[..., wawp_client.Wawp]) -> None:
    """WAHA's NotImplementedByEngineError passed through: typed, never retried (a GET would be), and its text
    says which call the engine behind the instance does not implement."""
    calls: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(
            501, json={"code": "wawp_upstream_error", "message": WAHA_REFUSAL, "data": {"status": 501}}
        )

    client = make_client(refuse)
    with pytest.raises(wawp_client.NotImplementedByEngineError) as caught:
        client.contacts.about(contact_id="201234567890")
    error = caught.value
    assert isinstance(error, wawp_client.InternalServerError) and len(calls) == 1
    assert (error.engine, error.operation, error.status_code) == ("GOWS", "contactAbout", 501)
    assert str(error) == f"contactAbout is not implemented by the GOWS engine. 501 wawp_upstream_error: {WAHA_REFUSAL}"


def test_a_501_that_names_no_engine_says_what_is_known(make_client: Callable[..., wawp_client.Wawp]) -> None:
    client = make_client(_answer(501, text="Not Implemented"))
    with pytest.raises(wawp_client.NotImplementedByEngineError) as caught:
        client.chats.archive(chat_id="201234567890@c.us")
    assert caught.value.engine is None and caught.value.operation == "chatArchive"
    assert str(caught.value).startswith(
        "chatArchive is not implemented by the engine behind this instance (the answer does not name it)."
    )
