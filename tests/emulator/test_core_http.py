"""Emulator core over HTTP: routing precedence, auth, request validation and the error envelope."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _core import core_emulator
from wawp_emulator.emulator import Emulator
from wawp_emulator.spec import Router


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with core_emulator(raise_on_violation=True) as emulator:
        yield emulator
    assert not emulator.violations


@pytest.fixture
def http(emu: Emulator) -> Iterator[httpx.Client]:
    with emu.client() as client:
        yield client


def assert_envelope(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"code", "message", "data"}, body
    assert body["data"]["status"] == status
    assert isinstance(body["message"], str) and body["message"]
    if code is not None:
        assert body["code"] == code, body
    return body


# --------------------------------------------------------------------------- routing


@pytest.mark.parametrize(
    ("path", "operation", "path_params"),
    [
        ("/channels/search", "coreSearch", {}),
        ("/channels/search/views", "coreSearchViews", {}),
        ("/channels/1203630@newsletter", "coreChannelGet", {"id": "1203630@newsletter"}),
        ("/channels/search%40newsletter", "coreChannelGet", {"id": "search@newsletter"}),
        ("/chats/201234567890@c.us/messages", "coreMessages", {"chatId": "201234567890@c.us"}),
        ("/chats/a%2Fb@c.us/messages", "coreMessages", {"chatId": "a/b@c.us"}),
        ("/session/info/", "coreInfo", {}),
    ],
)
def test_routing_literal_beats_template(
    http: httpx.Client, emu: Emulator, path: str, operation: str, path_params: dict[str, str]
) -> None:
    response = http.get(path)
    assert response.status_code == 200, response.text
    assert emu.requests[-1].operation_id == operation


def test_literal_branch_falls_back_to_template() -> None:
    router = Router()
    ops = {}
    for template in ("/channels/search", "/channels/search/views", "/channels/{id}", "/channels/{id}/follow"):
        ops[template] = object()
        router.add(template, "GET", ops[template])  # type: ignore[arg-type]
    match = router.match(["channels", "search", "follow"])
    assert match is not None
    entry, values = match
    assert entry.template == "/channels/{id}/follow" and values == ["search"]
    assert router.match(["channels", "search"])[0].template == "/channels/search"  # type: ignore[index]
    assert router.match(["channels", "", "follow"]) is None
    assert router.match(["nope"]) is None


def test_backtracking_over_http(http: httpx.Client) -> None:
    assert http.post("/channels/search/follow").json() == {"success": True}


def test_unknown_path_is_404_rest_no_route(http: httpx.Client) -> None:
    assert_envelope(http.get("/definitely/not/here"), 404, "rest_no_route")
    assert_envelope(http.get(""), 404, "rest_no_route")


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PUT", "/session/info", "GET"),
        ("PATCH", "/channels/x@newsletter", "GET, DELETE"),
        ("GET", "/send", "POST"),
        ("OPTIONS", "/send", "POST"),
        ("TRACE", "/chats", "POST"),
    ],
)
def test_undocumented_method_is_405_with_allow(http: httpx.Client, method: str, path: str, allow: str) -> None:
    response = http.request(method, path)
    assert_envelope(response, 405, "rest_no_route")
    assert response.headers["allow"] == allow


# --------------------------------------------------------------------------- auth


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "invalid_access_token"),
        ({"instance_id": "A1B2C3D4E5F6"}, "invalid_access_token"),
        ({"instance_id": "A1B2C3D4E5F6", "access_token": "wrong"}, "invalid_access_token"),
        ({"access_token": "wawp-emulator-test-token"}, "invalid_instance"),
        ({"access_token": "wawp-emulator-test-token", "instance_id": "000000000000"}, "invalid_instance"),
        ({"access_token": "wawp-emulator-test-token", "instance_id": ""}, "invalid_instance"),
    ],
)
def test_missing_or_unknown_credentials_are_401(emu: Emulator, params: dict[str, str], code: str) -> None:
    with emu.client(auth=False) as client:
        assert_envelope(client.get("/session/info", params=params), 401, code)


def test_auth_comes_before_validation(emu: Emulator) -> None:
    with emu.client(auth=False) as client:
        assert_envelope(client.post("/send"), 401, "invalid_access_token")


def test_instance_of_another_account_is_401(emu: Emulator) -> None:
    other = emu.create_instance("other", access_token="other-token")
    with emu.client(auth=False) as client:
        params = {"access_token": emu.access_token, "instance_id": other.id}
        assert_envelope(client.get("/session/info", params=params), 401, "invalid_instance")
        params = {"access_token": "other-token", "instance_id": other.id}
        assert client.get("/session/info", params=params).json()["name"] == "other"


def test_access_token_only_operation_creates_an_instance(emu: Emulator) -> None:
    with emu.client(auth=False) as client:
        response = client.post("/createSession", params={"access_token": emu.access_token, "name": "second"})
        assert response.status_code == 200, response.text
        new_id = response.json()["instance_id"]
        assert len(new_id) == 12 and new_id == new_id.upper()
        info = client.get("/session/info", params={"access_token": emu.access_token, "instance_id": new_id})
        assert info.json()["name"] == "second"
        assert_envelope(client.post("/createSession", params={"access_token": "nope"}), 401, "invalid_access_token")


# --------------------------------------------------------------------------- validation


def test_query_is_coerced_defaults_applied(http: httpx.Client) -> None:
    body = http.get("/channels/search", params={"limit": "7", "categories[]": ["NEWS", "SPORTS"]}).json()
    assert json.loads(body[0]["name"]) == {"limit": 7, "categories[]": ["NEWS", "SPORTS"]}
    body = http.get("/channels/search").json()
    assert json.loads(body[0]["name"]) == {"limit": 50}
    rows = http.get("/chats/1@c.us/messages", params={"filter.fromMe": "false", "filter.timestamp.gte": "1.5"}).json()
    assert json.loads(rows[0]["body"]) == {
        "filter.fromMe": False,
        "filter.timestamp.gte": 1.5,
        "limit": 100,
        "downloadMedia": False,
    }


def test_repeated_scalar_last_wins_and_unknown_params_are_ignored(http: httpx.Client) -> None:
    body = http.get("/channels/search", params=[("limit", "3"), ("limit", "4"), ("zzz", "1")]).json()
    assert json.loads(body[0]["name"]) == {"limit": 4}


def test_credentials_never_reach_the_handler(http: httpx.Client) -> None:
    body = http.get("/channels/search").json()
    assert "access_token" not in body[0]["name"] and "instance_id" not in body[0]["name"]


def test_json_body_is_parsed_and_validated(http: httpx.Client) -> None:
    assert len(http.post("/chats", json={"limit": 3}).json()) == 3


BAD_REQUESTS: list[tuple[str, str, dict[str, Any], str, str]] = [
    # (id, method+path, httpx kwargs, expected code, parameter the message names)
    ("missing-required", "POST /send", {"params": {"chatId": "1@c.us"}}, "rest_missing_callback_param", "message"),
    ("empty-required", "POST /send", {"params": {"chatId": "", "message": "x"}}, "rest_invalid_param", "chatId"),
    ("integer-word", "GET /channels/search", {"params": {"limit": "abc"}}, "rest_invalid_param", "limit"),
    ("integer-float", "GET /channels/search", {"params": {"limit": "1.5"}}, "rest_invalid_param", "limit"),
    ("integer-empty", "GET /channels/search", {"params": {"limit": ""}}, "rest_invalid_param", "limit"),
    ("integer-huge", "GET /channels/search", {"params": {"limit": "9" * 400}}, "rest_invalid_param", "limit"),
    ("integer-below-min", "GET /channels/search", {"params": {"limit": "0"}}, "rest_invalid_param", "limit"),
    (
        "unknown-enum",
        "GET /channels/search",
        {"params": {"categories[]": ["BOGUS"]}},
        "rest_invalid_param",
        "categories[]",
    ),
    (
        "boolean-yes",
        "GET /chats/1@c.us/messages",
        {"params": {"filter.fromMe": "yes"}},
        "rest_invalid_param",
        "filter.fromMe",
    ),
    (
        "boolean-1",
        "GET /chats/1@c.us/messages",
        {"params": {"downloadMedia": "1"}},
        "rest_invalid_param",
        "downloadMedia",
    ),
    (
        "number-nan",
        "GET /chats/1@c.us/messages",
        {"params": {"filter.timestamp.gte": "nan"}},
        "rest_invalid_param",
        "filter.timestamp.gte",
    ),
    (
        "number-inf",
        "GET /chats/1@c.us/messages",
        {"params": {"filter.timestamp.gte": "1e999"}},
        "rest_invalid_param",
        "filter.timestamp.gte",
    ),
    (
        "nul-in-query",
        "POST /send",
        {"params": {"chatId": "1@c.us", "message": "a\x00b"}},
        "rest_invalid_param",
        "message",
    ),
    ("nul-in-path", "GET /chats/a%00b/messages", {}, "rest_invalid_param", "chatId"),
    ("path-pattern", "GET /channels/not-a-channel", {}, "rest_invalid_param", "id"),
    ("bad-utf8-query", "GET /channels/search?text=%FF%FE", {}, "rest_invalid_param", "UTF-8"),
    (
        "bad-json",
        "POST /chats",
        {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
        "rest_invalid_json",
        "JSON",
    ),
    (
        "json-nan",
        "POST /chats",
        {"content": b'{"limit": NaN}', "headers": {"Content-Type": "application/json"}},
        "rest_invalid_json",
        "JSON",
    ),
    (
        "json-nul",
        "POST /chats",
        {"content": b'{"sortBy": "id\\u0000"}', "headers": {"Content-Type": "application/json"}},
        "rest_invalid_json",
        "NUL",
    ),
    (
        "json-raw-nul",
        "POST /chats",
        {"content": b'{"sortBy": "id\x00"}', "headers": {"Content-Type": "application/json"}},
        "rest_invalid_json",
        "NUL",
    ),
    (
        "json-bad-utf8",
        "POST /chats",
        {"content": b'{"sortBy": "\xff"}', "headers": {"Content-Type": "application/json"}},
        "rest_invalid_json",
        "UTF-8",
    ),
    ("json-wrong-type", "POST /chats", {"json": {"limit": "3"}}, "rest_invalid_param", "limit"),
    ("json-bool-for-int", "POST /chats", {"json": {"limit": True}}, "rest_invalid_param", "limit"),
    ("json-unknown-enum", "POST /chats", {"json": {"sortBy": "mood"}}, "rest_invalid_param", "sortBy"),
    ("json-huge-int", "POST /chats", {"json": {"limit": 10**40}}, "rest_invalid_param", "limit"),
    ("json-not-object", "POST /chats", {"json": [1, 2]}, "rest_invalid_param", "body"),
    ("json-item-type", "POST /chats", {"json": {"ids": ["a", 1]}}, "rest_invalid_param", "ids.1"),
    (
        "json-deep",
        "POST /chats",
        {"content": b"[" * 100000 + b"]" * 100000, "headers": {"Content-Type": "application/json"}},
        "rest_invalid_json",
        "JSON",
    ),
    (
        "wrong-content-type",
        "POST /chats",
        {"content": b"limit=3", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
        "rest_invalid_content_type",
        "application/json",
    ),
    ("missing-body", "POST /chats", {}, "rest_missing_callback_param", "body"),
    (
        "oversize-body",
        "POST /chats",
        {"content": b'{"ids": ["' + b"x" * (9 * 1024 * 1024) + b'"]}', "headers": {"Content-Type": "application/json"}},
        "rest_invalid_json",
        "larger",
    ),
]


@pytest.mark.parametrize(
    ("method_path", "kwargs", "code", "names"), [r[1:] for r in BAD_REQUESTS], ids=[r[0] for r in BAD_REQUESTS]
)
def test_malformed_requests_are_400_envelopes(
    emu: Emulator, method_path: str, kwargs: dict[str, Any], code: str, names: str
) -> None:
    method, path = method_path.split(" ", 1)
    # credentials in the URL itself: httpx replaces a URL's own query when params are merged
    creds = f"instance_id={emu.instance_id}&access_token={emu.access_token}"
    params = kwargs.pop("params", None)
    if params is not None:
        path += "?" + str(httpx.QueryParams(params))
    path += ("&" if "?" in path else "?") + creds
    with emu.client(auth=False) as client:
        body = assert_envelope(client.request(method, path, **kwargs), 400, code)
    assert names in body["message"] or names in json.dumps(body["data"]), body


def test_oversize_body_by_content_length_is_refused_before_reading(emu: Emulator) -> None:
    import asyncio

    from wawp_emulator.surfaces import MAX_BODY

    sent: list[dict[str, Any]] = []
    reads = 0

    async def receive() -> dict[str, Any]:
        nonlocal reads
        reads += 1
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/wp-json/awp/v1/chats",
        "raw_path": b"/wp-json/awp/v1/chats",
        "query_string": f"instance_id={emu.instance_id}&access_token={emu.access_token}".encode(),
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(MAX_BODY + 1).encode())],
    }
    asyncio.run(emu.app(scope, receive, send))  # type: ignore[arg-type]
    assert sent[0]["status"] == 400 and reads == 0


def test_handler_api_error_is_the_envelope(http: httpx.Client) -> None:
    assert_envelope(http.get("/channels/404x@newsletter"), 404, "channel_not_found")


def test_binary_response_gets_the_declared_media_type(http: httpx.Client) -> None:
    response = http.get("/getScreenshot")
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"


def test_operation_without_handler_is_501_when_the_spec_fallback_is_off(emu: Emulator) -> None:
    emu.handlers.maps[0].pop("coreRead")
    emu.fallback = None  # Emulator(spec_fallback=False); tests/emulator/test_fallback.py covers it on
    emu.strict = False
    with emu.client() as client:
        assert_envelope(client.post("/chats/1@c.us/messages/read"), 501, "emulator_not_implemented")
