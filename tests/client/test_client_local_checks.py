"""What the client finds before (or instead of) the server: a missing instance id, a base URL that
cannot be the API, a value of the wrong type; and the constructor's own help."""

from __future__ import annotations

import pydoc
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import wawp_client
from client_support import ACCESS_TOKEN, INSTANCE_ID

API_ROOT = "https://wawp.net/wp-json/awp/v1"


def _never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing should have been sent: {request.method} {request.url.path}")


def test_missing_instance_id_says_how_to_supply_it(
    make_client: Callable[..., wawp_client.Wawp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WAWP_INSTANCE_ID", raising=False)
    client = make_client(_never, instance_id=None)
    with pytest.raises(wawp_client.WawpError) as caught:
        client.sessions.info()
    assert "instance_id=" in str(caught.value)
    assert "WAWP_INSTANCE_ID" in str(caught.value)


async def test_async_missing_instance_id(
    make_async_client: Callable[..., wawp_client.AsyncWawp], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WAWP_INSTANCE_ID", raising=False)
    async with make_async_client(_never, instance_id=None) as client:
        with pytest.raises(wawp_client.WawpError, match="WAWP_INSTANCE_ID"):
            await client.chats.list()


@pytest.mark.parametrize(
    "base_url", ["wawp.net/wp-json/awp/v1", "ftp://wawp.net/wp-json/awp/v1", "https://", "http:///wp-json/awp/v1"]
)
def test_a_base_url_that_cannot_be_the_api_is_refused(base_url: str) -> None:
    with pytest.raises(wawp_client.WawpError) as caught:
        wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, base_url=base_url)
    assert API_ROOT in str(caught.value)
    with pytest.raises(wawp_client.WawpError):
        wawp_client.AsyncWawp(INSTANCE_ID, ACCESS_TOKEN, base_url=base_url)


def _not_found(code: str | None) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if code is None:
            return httpx.Response(404, text="<html>Page not found</html>")
        return httpx.Response(404, json={"code": code, "message": "No route", "data": {"status": 404}})

    return handler


@pytest.mark.parametrize("code", ["rest_no_route", None])
def test_a_404_under_a_root_that_is_not_the_api_carries_a_hint(
    code: str | None, make_client: Callable[..., wawp_client.Wawp]
) -> None:
    client = make_client(_not_found(code), base_url="https://wawp.net")  # a proxy root is allowed...
    with pytest.raises(wawp_client.NotFoundError) as caught:
        client.sessions.info()
    error = caught.value
    assert error.hint is not None
    assert "/wp-json/awp/v1" in error.hint
    assert "/wp-json/awp/v1" not in error.message  # the message stays the server's
    assert str(error).endswith(f"(hint: {error.hint})")


@pytest.mark.parametrize(
    ("base_url", "code"),
    [(API_ROOT, "rest_no_route"), ("https://gateway.example/wawp", "group_not_found")],
)
def test_no_hint_where_the_root_is_right_or_the_api_answered(
    base_url: str, code: str, make_client: Callable[..., wawp_client.Wawp]
) -> None:
    client = make_client(_not_found(code), base_url=base_url)
    with pytest.raises(wawp_client.NotFoundError) as caught:
        client.sessions.info()
    assert caught.value.hint is None
    assert "hint" not in str(caught.value)


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda client: client.groups.get(id=120363012345678901), "id"),
        (lambda client: client.messages.send_text(chat_id=201234567890, message="hi"), "chat_id"),
        (lambda client: client.messages.send_text(chat_id="201234567890@c.us", message=None), "message"),
    ],
)
def test_a_non_str_value_for_a_str_parameter_names_it(
    call: Callable[[Any], Any], name: str, make_client: Callable[..., wawp_client.Wawp]
) -> None:
    with pytest.raises(TypeError, match=rf"argument '{name}' must be str"):
        call(make_client(_never))


@pytest.mark.parametrize("cls", [wawp_client.Wawp, wawp_client.AsyncWawp])
def test_constructor_help_documents_every_argument_and_variable(cls: type[Any]) -> None:
    text = pydoc.render_doc(cls.__init__, renderer=pydoc.plaintext)
    arguments = [
        "instance_id",
        "access_token",
        "base_url",
        "timeout",
        "max_retries",
        "strict_response_validation",
        "trust_env",
        "http_client",
        "transport",
    ]
    for argument in arguments:
        assert f"    {argument}: " in text, argument
    for variable in ["WAWP_INSTANCE_ID", "WAWP_ACCESS_TOKEN", "WAWP_BASE_URL", "WAWP_LOG", "HTTPS_PROXY", "NO_PROXY"]:
        assert variable in text, variable
