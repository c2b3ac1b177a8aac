"""One client for both API versions: every v2 operation through the same facade, the version chosen by
configuration, version-only calls refused locally, and v2's answers read (and strictly checked) as v2 describes
them."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import wawp_client
import yaml
from client_support import ACCESS_TOKEN, INSTANCE_ID, as_json, facade_arguments, facade_method, operation
from operation_inventory import OPERATIONS, SPEC_PATH, V2_OPERATIONS, V2_SPEC_PATH

from generator.combine import combine, public_id, version_of

V2_URL = "https://wawp.test/v2"


def _v2_view() -> dict[str, Any]:
    """v2's operations under their own operationIds, with every reference local (the generator's combined document)."""
    combined = combine(yaml.safe_load(SPEC_PATH.read_bytes()), yaml.safe_load(V2_SPEC_PATH.read_bytes()))
    paths: dict[str, Any] = {}
    for path, item in combined["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and version_of(op) == "v2":
                paths.setdefault(path, {})[method] = {**op, "operationId": public_id(op)}
    return {**combined, "paths": paths}


V2 = _v2_view()


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = V2
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/")]
        node = target
    return node


def _schema_example(schema: Any) -> Any:
    """An example the schema itself carries (its ``examples``, or its first variant's), else ``None``."""
    schema = _resolve(schema)
    if schema.get("examples"):
        return schema["examples"][0]
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key, []):
            found = _schema_example(member)
            if found is not None:
                return found
    if schema.get("type") == "array":
        item = _schema_example(schema.get("items", {}))
        return None if item is None else [item]
    return None


def _success(operation_id: str) -> tuple[int, Any]:
    """The documented success status (200, or 201) and a body for it: its example, else its schema's
    (``None`` for an empty body)."""
    responses = operation(V2, operation_id)[2]["responses"]
    status = 200 if "200" in responses else 201
    media = (responses[str(status)].get("content") or {}).get("application/json")
    if media is None:
        return status, None
    if "example" in media:
        return status, media["example"]
    example = _schema_example(media["schema"])
    return status, _minimal(media["schema"]) if example is None else example


def _minimal(schema: Any) -> Any:
    """The smallest value of a schema's type, for the success bodies v2 gives no example of."""
    schema = _resolve(schema)
    members = schema.get("anyOf") or schema.get("oneOf")
    if members:
        return _minimal(members[0])
    kind = schema.get("type", "object")
    return {"object": {}, "array": [], "string": "x", "integer": 1, "number": 1.5, "boolean": True}[kind]


def _v2_client(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> wawp_client.Wawp:
    settings: dict[str, Any] = {
        "instance_id": INSTANCE_ID,
        "access_token": ACCESS_TOKEN,
        "base_url": V2_URL,
        "max_retries": 0,
    }
    settings.update(options)
    return wawp_client.Wawp(transport=httpx.MockTransport(handler), **settings)


def _recording(operation_id: str) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    sent: list[httpx.Request] = []
    status, example = _success(operation_id)

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status) if example is None else httpx.Response(status, json=example)

    return sent, handler


@pytest.mark.parametrize("operation_id", sorted(V2_OPERATIONS))
def test_every_v2_operation_goes_to_its_v2_route(operation_id: str) -> None:
    entry = V2_OPERATIONS[operation_id]
    sent, handler = _recording(operation_id)
    with _v2_client(handler) as client:
        assert client.api_version == "v2"
        result = facade_method(client, entry.facade)(**facade_arguments(V2, operation_id, V2_OPERATIONS))
    (request,) = sent
    method, path, op = operation(V2, operation_id)
    assert request.method == method
    assert request.url.path.startswith(path.split("{")[0])  # /v2/... under the v2 base URL
    assert request.url.params["access_token"] == ACCESS_TOKEN
    assert as_json(result) == _success(operation_id)[1]
    content = op.get("requestBody", {}).get("content", {})
    if content:
        assert json.loads(request.content) == content["application/json"]["example"]


@pytest.mark.parametrize("operation_id", sorted(V2_OPERATIONS))
async def test_every_v2_operation_goes_to_its_v2_route_async(operation_id: str) -> None:
    entry = V2_OPERATIONS[operation_id]
    sent, handler = _recording(operation_id)
    settings = {"instance_id": INSTANCE_ID, "access_token": ACCESS_TOKEN, "base_url": V2_URL}
    async with wawp_client.AsyncWawp(transport=httpx.MockTransport(handler), **settings) as client:
        await facade_method(client, entry.facade)(**facade_arguments(V2, operation_id, V2_OPERATIONS))
    assert [r.method for r in sent] == [operation(V2, operation_id)[0]]


def test_the_same_method_name_serves_both_versions() -> None:
    shared = set(OPERATIONS) & set(V2_OPERATIONS)
    assert len(shared) == 63  # spec/v2/README.md: 63 operations are v1's under a new path
    for operation_id in shared:
        assert OPERATIONS[operation_id].facade == V2_OPERATIONS[operation_id].facade


def _refusing(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent, got {request.method} {request.url.path}")


def test_a_v2_only_call_fails_locally_on_v1_naming_v2() -> None:
    client = wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, transport=httpx.MockTransport(_refusing))
    assert client.api_version == "v1"
    with pytest.raises(wawp_client.UnsupportedInVersion) as caught:
        client.auth.otp_send(chat_id="201234567890@c.us")
    assert "v2" in str(caught.value) and "auth.otp_send" in str(caught.value)
    assert (caught.value.available_in, caught.value.api_version) == ("v2", "v1")
    assert isinstance(caught.value, wawp_client.WawpError)


def test_a_v1_only_call_fails_locally_on_v2_naming_v1_and_its_successor() -> None:
    with _v2_client(_refusing) as client:
        with pytest.raises(wawp_client.UnsupportedInVersion) as caught:
            client.groups.join(code="ABCDEFGHIJ12")
        assert caught.value.replacement == "groups.join_by_link"
        assert "v1" in str(caught.value) and "client.groups.join_by_link()" in str(caught.value)
        with pytest.raises(wawp_client.UnsupportedInVersion, match="only in Wawp v1") as plain:
            client.profile.get()
        assert plain.value.replacement is None


def test_an_argument_only_the_other_version_has_is_refused_not_dropped() -> None:
    with _v2_client(_refusing) as client:
        with pytest.raises(wawp_client.UnsupportedInVersion, match="as_note") as caught:
            client.messages.send_video(
                chat_id="201234567890@c.us",
                file_url="https://example.com/v.mp4",
                file_filename="v.mp4",
                file_mimetype="video/mp4",
                as_note=True,
            )
        assert caught.value.available_in == "v1"


def test_an_argument_only_one_version_requires_is_required_there() -> None:
    # contactUpsert: v1 names the contact ``contactId`` (path), v2 ``chatId``; each version requires its own.
    with _v2_client(_refusing) as client, pytest.raises(TypeError, match="on v2 needs chat_id"):
        client.contacts.upsert(first_name="Ada")
    v1 = wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, transport=httpx.MockTransport(_refusing))
    with pytest.raises(wawp_client.UnsupportedInVersion, match="chat_id"):
        v1.contacts.upsert(contact_id="201234567890@c.us", chat_id="201234567890@c.us")


@pytest.mark.parametrize(
    ("options", "environment", "version", "base_url"),
    [
        ({}, {}, "v1", "https://wawp.net/wp-json/awp/v1"),
        ({"api_version": "v2"}, {}, "v2", "https://api.wawp.net/v2"),
        ({"base_url": "http://127.0.0.1:8787/v2"}, {}, "v2", "http://127.0.0.1:8787/v2"),
        ({"base_url": "http://127.0.0.1:8787/v2/"}, {}, "v2", "http://127.0.0.1:8787/v2"),
        ({}, {"WAWP_API_VERSION": "v2"}, "v2", "https://api.wawp.net/v2"),
        ({}, {"WAWP_BASE_URL": "http://127.0.0.1:8787/v2"}, "v2", "http://127.0.0.1:8787/v2"),
        ({"api_version": "v1"}, {"WAWP_API_VERSION": "v2"}, "v1", "https://wawp.net/wp-json/awp/v1"),
        ({"api_version": "v2", "base_url": "https://proxy.test/wawp"}, {}, "v2", "https://proxy.test/wawp"),
    ],
)
def test_the_version_comes_from_configuration(
    options: dict[str, Any],
    environment: dict[str, str],
    version: str,
    base_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("WAWP_API_VERSION", "WAWP_BASE_URL", "WAWP_AUTH_STYLE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, **options) as client:
        assert (client.api_version, client.base_url) == (version, base_url)
        assert f"api_version={version!r}" in repr(client)


@pytest.mark.parametrize(
    "options",
    [
        {"api_version": "v2", "base_url": "http://127.0.0.1:8787/wp-json/awp/v1"},
        {"api_version": "v1", "base_url": "https://api.wawp.net/v2"},
        {"api_version": "v3"},
        {"auth_style": "header"},  # v1 takes the credentials in the query only
        {"api_version": "v2", "auth_style": "cookie"},
    ],
)
def test_contradicting_or_unknown_settings_are_refused_at_once(
    options: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("WAWP_API_VERSION", "WAWP_BASE_URL", "WAWP_AUTH_STYLE"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(wawp_client.WawpError) as caught:
        wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, **options)
    assert ACCESS_TOKEN not in str(caught.value)


def test_v2_results_are_v2s_and_strict_mode_checks_them_against_v2() -> None:
    participants = [{"id": "201234567890@c.us"}]
    # v2's participant changes answer {ok: true}; the engine's list (v1's answer) is not what v2 describes.
    with _v2_client(lambda request: httpx.Response(200, json={"ok": True}), strict_response_validation=True) as c:
        assert c.groups.participants.add(id="120363012345678901@g.us", participants=participants).ok is True
    with (
        _v2_client(lambda request: httpx.Response(200, json={"ok": "yes"}), strict_response_validation=True) as c,
        pytest.raises(wawp_client.APIResponseValidationError, match="ok"),
    ):
        c.groups.participants.add(id="120363012345678901@g.us", participants=participants)


def test_v2_error_envelope_gives_the_code() -> None:
    body = {"status": 403, "message": "Webhooks need a paid plan", "error": "subscription_required"}
    with (
        _v2_client(lambda request: httpx.Response(403, json=body)) as client,
        pytest.raises(wawp_client.PermissionDeniedError) as caught,
    ):
        client.webhook_settings.session_webhook_get()
    assert (caught.value.code, caught.value.message) == ("subscription_required", "Webhooks need a paid plan")


_SENT = {"id": "true_201234567890@c.us_3EB0C767D26A1D8A9C11"}
_MESSAGES = [{"id": "false_201234567890@c.us_3EB0AAAAAAAAAAAAAAAA", "body": "hello", "fromMe": False}]
_GROUP = {"gid": {"_serialized": "120363012345678901@g.us"}}
_ROUTES = {  # (method, path) -> answer, for both versions' routes of the same four calls
    ("POST", "/wp-json/awp/v1/send"): _SENT,
    ("POST", "/v2/send/text"): _SENT,
    ("GET", "/wp-json/awp/v1/chats/201234567890@c.us/messages"): _MESSAGES,
    ("GET", "/v2/chats/messages"): _MESSAGES,
    ("POST", "/wp-json/awp/v1/groups"): _GROUP,
    ("POST", "/v2/groups"): _GROUP,
}


_DELIVERY = json.dumps(
    {"event": "message", "session": "default", "timestamp": 1771581610000, "payload": {"body": "hi", "fromMe": False}}
).encode()
_SIGNATURE = {"X-Webhook-Hmac": hmac.new(b"whsec-v2", _DELIVERY, hashlib.sha512).hexdigest()}


def _user_code(client: wawp_client.Wawp) -> list[Any]:
    """What a program does, written once: send a text, read the chat, create a group, receive a webhook."""
    sent = client.messages.send_text(chat_id="201234567890@c.us", message="Hello")
    bodies = [message.body for message in client.chats.messages.list(chat_id="201234567890@c.us", limit=5)]
    group = client.groups.create(name="Team", participants=[{"id": "201234567890@c.us"}])
    event = wawp_client.webhooks.unwrap(_DELIVERY, _SIGNATURE, "whsec-v2", now=1771581611)
    return [sent.id, bodies, as_json(group), type(event).__name__]


@pytest.mark.parametrize(
    ("version", "base_url", "paths"),
    [
        ("v1", "http://127.0.0.1:8787/wp-json/awp/v1", ["/send", "/chats/201234567890@c.us/messages", "/groups"]),
        ("v2", "http://127.0.0.1:8787/v2", ["/send/text", "/chats/messages", "/groups"]),
    ],
)
def test_the_same_user_code_runs_on_both_versions(version: str, base_url: str, paths: list[str]) -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=_ROUTES[(request.method, request.url.path)])

    with wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, base_url=base_url, transport=httpx.MockTransport(server)) as c:
        assert c.api_version == version
        results = _user_code(c)
    assert results == [_SENT["id"], ["hello"], _GROUP, "MessageEvent"]
    root = httpx.URL(base_url).path
    assert [r.url.path for r in seen] == [root + path for path in paths]
    if version == "v2":  # v2's chat messages take the chat in the query, and its JSON bodies stay JSON
        assert seen[1].url.params["chatId"] == "201234567890@c.us"
    assert json.loads(seen[2].content) == {"name": "Team", "participants": [{"id": "201234567890@c.us"}]}


def test_the_inventory_holds_every_v2_operation_at_its_path() -> None:
    v2 = yaml.safe_load(V2_SPEC_PATH.read_bytes())
    described = {
        op["operationId"]: (method.upper(), path)
        for path, item in v2["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict)
    }
    assert {name: (e.method, e.path) for name, e in V2_OPERATIONS.items()} == described


def test_v2_pages_and_retries_work_as_on_v1(sleeps: list[float]) -> None:
    chats = [{"id": f"2012345678{n:02d}@c.us"} for n in range(5)]
    seen: list[httpx.Request] = []
    failed: list[bool] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if not failed:  # the first attempt fails once: a GET is retried
            failed.append(True)
            return httpx.Response(503, json={"status": 503, "message": "busy"})
        offset = int(request.url.params.get("offset", "0"))
        return httpx.Response(200, json=chats[offset : offset + 2])

    with _v2_client(server, max_retries=2) as client:
        page = client.chats.list(limit=2)
        assert [chat.id for chat in page.iter_all(max_pages=5)] == [chat["id"] for chat in chats]
    assert {(r.method, r.url.path) for r in seen} == {("GET", "/v2/chats")}
    assert [r.url.params.get("offset", "0") for r in seen] == ["0", "0", "2", "4"]
    assert len(sleeps) == 1


async def test_the_async_client_refuses_a_one_version_call_the_same_way() -> None:
    async with wawp_client.AsyncWawp(
        INSTANCE_ID, ACCESS_TOKEN, api_version="v2", transport=httpx.MockTransport(_refusing)
    ) as client:
        assert client.api_version == "v2"
        with pytest.raises(wawp_client.UnsupportedInVersion, match=r"client\.groups\.join_by_link"):
            await client.groups.join(code="ABCDEFGHIJ12")


def test_raw_responses_and_with_options_keep_the_version() -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=_SENT, headers={"x-request-id": "r-1"})

    with _v2_client(server) as client:
        raw = client.with_options(timeout=5).with_raw_response.messages.send_text(
            chat_id="201234567890@c.us", message="x"
        )
        assert (raw.status_code, raw.headers["x-request-id"], raw.parse().id) == (200, "r-1", _SENT["id"])
        assert client.with_options(max_retries=0).api_version == "v2"
    assert [r.url.path for r in seen] == ["/v2/send/text"]
