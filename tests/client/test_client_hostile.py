"""Hostile servers: answers nested 100,000 levels deep, gzip bombs, huge error pages, redirects, echoes of
the token in every encoding. Each must end in a library error whose frames, text and body hold no secret.

The frame check walks every frame of the traceback (and of every chained exception) and the ``repr`` of
each local, as an error tracker that records locals would.
"""

from __future__ import annotations

import gc
import html
import json
import os
import subprocess
import sys
import textwrap
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import wawp_client
from client_support import ACCESS_TOKEN, BASE_URL, INSTANCE_ID
from local_server import LocalServer, Received
from wawp_client import _json, _redact

DEEP = b"[" * 100_000 + b"]" * 100_000
SEND = {"chat_id": "201234567890@c.us", "message": "hi"}


def frame_texts(error: BaseException) -> list[str]:
    """``repr`` of every local of every frame behind ``error`` and the exceptions chained to it."""
    texts: list[str] = []
    pending: list[BaseException | None] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        texts += [str(current), repr(current)]
        tb = current.__traceback__
        while tb is not None:
            texts += [repr(value) for value in tb.tb_frame.f_locals.values()]
            tb = tb.tb_next
        pending += [current.__cause__, current.__context__]
    return texts


def assert_no_secret(error: BaseException, *secrets: str) -> None:
    for text in frame_texts(error):
        for secret in secrets or (ACCESS_TOKEN, INSTANCE_ID):
            assert secret not in text, text[:300]


def _body(status: int, content: bytes, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, content=content, headers=headers)


# --------------------------------------------------------------------------- depth


@pytest.mark.parametrize(
    ("status", "kind"), [(200, wawp_client.APIResponseValidationError), (400, wawp_client.BadRequestError)]
)
def test_json_100000_levels_deep_is_a_library_error(
    status: int, kind: type[wawp_client.APIError], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    client = make_client(_body(status, DEEP, **{"content-type": "application/json"}), max_retries=0)
    with pytest.raises(kind) as caught:
        client.messages.send_text(**SEND)
    assert_no_secret(caught.value)
    if status == 200:
        assert "nested deeper than 256 levels" in str(caught.value)


@pytest.mark.parametrize("status", [200, 422])
async def test_async_json_100000_levels_deep_is_a_library_error(
    status: int, make_async_client: Callable[..., wawp_client.AsyncWawp]
) -> None:
    async with make_async_client(_body(status, DEEP), max_retries=0) as client:
        with pytest.raises(wawp_client.APIError) as caught:
            await client.messages.send_text(**SEND)
    assert_no_secret(caught.value)


def test_the_depth_check_counts_brackets_outside_strings_only() -> None:
    shallow = json.dumps({"text": "[" * 1000, "list": [[1]] * 300}).encode()
    assert _json.loads(shallow)["text"] == "[" * 1000
    limit = _json.MAX_DEPTH
    assert _json.loads("[" * limit + "]" * limit) is not None
    with pytest.raises(_json.TooDeep):
        _json.loads("[" * (limit + 1) + "]" * (limit + 1))


@pytest.mark.parametrize("depth", [_json.MAX_DEPTH, _json.MAX_DEPTH + 1])
def test_the_depth_check_is_exact_for_mixed_brackets_and_tricky_strings(depth: int) -> None:
    # Objects and arrays alternate, and a string at the bottom holds closing brackets and escapes that must not count.
    opening = "".join('{"k": ' if level % 2 else "[" for level in range(depth))
    closing = "".join("}" if level % 2 else "]" for level in reversed(range(depth)))
    body = opening + json.dumps('x]]}}\\"[') + closing
    if depth > _json.MAX_DEPTH:
        with pytest.raises(_json.TooDeep):
            _json.loads(body)
    else:
        assert _json.loads(body) is not None


@pytest.mark.parametrize("depth", [_json.MAX_DEPTH, _json.MAX_DEPTH + 1])
def test_the_depth_check_is_exact_for_a_big_body_of_plain_strings(depth: int) -> None:
    # No string holds a bracket: the check only drops the quotes (the path a page of messages takes). The
    # nesting sits inside the page's list, one level down.
    opening = "".join('{"k": ' if level % 2 else "[" for level in range(depth - 1))
    closing = "".join("}" if level % 2 else "]" for level in reversed(range(depth - 1)))
    body = json.dumps([{"id": f"m{n}", "tags": ["a", "b"]} for n in range(500)])[:-1] + ", " + opening + closing + "]"
    if depth > _json.MAX_DEPTH:
        with pytest.raises(_json.TooDeep):
            _json.loads(body)
    else:
        assert _json.loads(body)[0] == {"id": "m0", "tags": ["a", "b"]}


def test_closing_brackets_in_strings_do_not_hide_a_deep_body() -> None:
    # ``["]", ["]", ...]]``: counted with the strings, each opening would pair with the ``]`` right after it.
    deep = _json.MAX_DEPTH + 1
    with pytest.raises(_json.TooDeep):
        _json.loads('["]", ' * deep + "1" + "]" * deep)


def test_an_unbalanced_deep_body_is_too_deep_not_a_recursion_error() -> None:
    with pytest.raises(_json.TooDeep):
        _json.loads("[" * 100_000)


def test_raw_json_of_a_deep_answer_is_a_value_error(make_client: Callable[..., wawp_client.Wawp]) -> None:
    raw = make_client(_body(200, DEEP)).with_raw_response.sessions.info()
    with pytest.raises(ValueError, match="deeper"):
        raw.json()


@pytest.mark.parametrize("call", ["parse", "unwrap"])
def test_a_deep_webhook_body_is_a_parse_error(call: str) -> None:
    from test_client_webhooks import SECRET, _signed

    with pytest.raises(wawp_client.WebhookParseError, match="deeper") as caught:
        if call == "parse":
            wawp_client.webhooks.parse(DEEP)
        else:
            wawp_client.webhooks.unwrap(DEEP, _signed(DEEP), SECRET, tolerance=None)  # no age: parsing is reached
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


# --------------------------------------------------------------------------- size

_BOMB_SCRIPT = textwrap.dedent(
    """
    import asyncio, resource, sys, zlib
    import wawp_client
    from local_server import LocalServer

    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1024 * 1024)
    bomb = b"".join([packer.compress(block) for _ in range(1024)] + [packer.flush()])  # 1 GiB of zeros

    def respond(received, connection, stopped):
        head = (
            "HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\nContent-Encoding: gzip\\r\\n"
            f"Content-Length: {{len(bomb)}}\\r\\nConnection: close\\r\\n\\r\\n"
        )
        connection.sendall(head.encode() + bomb)

    async def call_async(base_url):
        async with wawp_client.AsyncWawp("A1B2C3D4E5F6", "tok-bomb-1234", base_url=base_url, **options) as client:
            await client.sessions.info()

    options = dict(timeout=60, max_retries=0, trust_env=False)
    with LocalServer(respond) as server:
        base_url = server.url + "/wp-json/awp/v1"
        try:
            if {asynchronous!r}:
                asyncio.run(call_async(base_url))
            else:
                wawp_client.Wawp("A1B2C3D4E5F6", "tok-bomb-1234", base_url=base_url, **options).sessions.info()
            outcome = "no error"
        except wawp_client.WawpError as error:
            outcome = type(error).__name__
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(outcome, len(bomb), round(peak_mib))
    """
)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_gzip_bomb_stops_at_the_size_limit_within_the_deadline_and_300_mb(asynchronous: bool) -> None:
    """1 GiB of zeros, gzipped to about 1 MB: the read stops at 32 MiB decoded, long before the deadline
    (a timeout would be APITimeoutError), and the process's peak memory stays far below the 1 GiB."""
    script = _BOMB_SCRIPT.format(asynchronous=asynchronous)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}  # the child imports local_server from here
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True, env=env
    )
    outcome, compressed, peak_mib = result.stdout.split()
    assert outcome == "ResponseTooLargeError"
    assert 900_000 < int(compressed) < 1_200_000
    assert int(peak_mib) < 300


def test_the_size_limit_is_configurable_and_per_call_copies_keep_it(
    make_client: Callable[..., wawp_client.Wawp],
) -> None:
    body = json.dumps({"name": "x" * 5000}).encode()
    client = make_client(_body(200, body), max_response_bytes=4096)
    with pytest.raises(wawp_client.ResponseTooLargeError, match="max_response_bytes") as caught:
        client.sessions.info()
    assert caught.value.limit == 4096 and caught.value.status_code == 200
    assert_no_secret(caught.value)
    assert client.with_options(max_response_bytes=10_000).sessions.info().name == "x" * 5000
    with pytest.raises(ValueError, match="max_response_bytes"):
        make_client(_body(200, b"{}"), max_response_bytes=0)


async def test_async_size_limit(make_async_client: Callable[..., wawp_client.AsyncWawp]) -> None:
    async with make_async_client(_body(500, b"x" * 10_000), max_response_bytes=1000, max_retries=0) as client:
        with pytest.raises(wawp_client.ResponseTooLargeError):
            await client.sessions.info()


def test_an_encoding_the_client_did_not_ask_for_is_refused(make_client: Callable[..., wawp_client.Wawp]) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["accept-encoding"])
        return httpx.Response(200, content=b"\x1f\x8b", headers={"content-encoding": "gzip, gzip"})

    with pytest.raises(wawp_client.APIResponseValidationError, match="Content-Encoding 'gzip, gzip'"):
        make_client(handler).sessions.info()
    assert seen == ["gzip, deflate"]


def test_error_bodies_are_cut_at_64_kib(make_client: Callable[..., wawp_client.Wawp]) -> None:
    page = "<html>" + "x" * 1_000_000 + "</html>"
    client = make_client(lambda request: httpx.Response(502, text=page), max_retries=0)
    with pytest.raises(wawp_client.InternalServerError) as caught:
        client.sessions.info()
    body = caught.value.body
    assert isinstance(body, str) and body.startswith("<html>xxx")
    assert body.endswith(f"[cut: {len(page)} in all, the first 65536 kept]") and len(body) < 66_000
    assert len(caught.value.message) <= 200


# --------------------------------------------------------------------------- frames


def _broken_transport(request: httpx.Request) -> httpx.Response:
    raise RuntimeError(f"transport bug while sending {request.url}")


@pytest.mark.parametrize(
    "handler",
    [
        _broken_transport,
        lambda request: httpx.Response(200, content=b"not json"),
        lambda request: httpx.Response(404, json={"message": f"no {request.url}"}),
        lambda request: (_ for _ in ()).throw(httpx.ReadError(f"reset on {request.url}", request=request)),
    ],
    ids=["transport-bug", "not-json", "404-echo", "read-error"],
)
def test_no_frame_of_any_escaping_exception_holds_the_token(
    handler: Callable[[httpx.Request], httpx.Response], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    client = make_client(handler, max_retries=0, strict_response_validation=True)
    with pytest.raises(Exception) as caught:
        client.messages.send_text(**SEND)
    assert_no_secret(caught.value)


async def test_async_frames_hold_no_token(make_async_client: Callable[..., wawp_client.AsyncWawp]) -> None:
    async with make_async_client(_broken_transport, max_retries=0) as client:
        with pytest.raises(RuntimeError) as caught:
            await client.sessions.info()
    assert_no_secret(caught.value)
    assert "access_token=***" in str(caught.value)


def test_the_raw_response_shows_a_masked_request(make_client: Callable[..., wawp_client.Wawp]) -> None:
    raw = make_client(lambda request: httpx.Response(200, json={"name": "s"})).with_raw_response.sessions.info()
    for text in (repr(raw.http_response.request), str(raw.http_response.url), repr(raw.http_response.request.url)):
        assert ACCESS_TOKEN not in text and INSTANCE_ID not in text and "access_token=***" in text
    assert raw.parse().name == "s"


# --------------------------------------------------------------------------- masking


def test_a_password_in_base_url_is_masked_everywhere(
    make_client: Callable[..., wawp_client.Wawp], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="httpx")  # httpx logs each request's full URL
    caplog.set_level("DEBUG", logger="wawp_client")  # last: the capture's own level follows the last call
    client = make_client(
        lambda request: httpx.Response(403, json={"message": f"denied {request.url}"}),
        base_url="https://proxyuser:" + "pr0xy-Pa55" + "@wawp.test/wp-json/awp/v1",  # no local of this frame holds it
    )
    with pytest.raises(wawp_client.PermissionDeniedError) as caught:
        client.sessions.info()
    texts = [repr(client), caplog.text, repr(caught.value.request), *frame_texts(caught.value)]
    assert "proxyuser:***@wawp.test" in repr(client)
    assert "HTTP Request: GET https://proxyuser:***@wawp.test/" in caplog.text and "request: GET" in caplog.text
    for text in texts:
        assert "pr0xy-Pa55" not in text


RESERVED_TOKEN = "tok/+ &=<\"ok'>?#%key"


@pytest.mark.parametrize(
    "encode",
    [
        lambda token: urllib.parse.quote(token, safe=""),
        lambda token: urllib.parse.quote(token, safe="").lower(),
        lambda token: urllib.parse.quote_plus(token),
        html.escape,
        lambda token: json.dumps(token)[1:-1].replace("/", "\\/"),
    ],
    ids=["percent", "percent-lower", "form", "html", "json-escaped"],
)
def test_a_token_echoed_encoded_is_masked(
    encode: Callable[[str], str], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    echo = encode(RESERVED_TOKEN)
    assert echo != RESERVED_TOKEN
    page = f"<p>the token {echo} is not valid</p>"
    client = make_client(lambda request: httpx.Response(401, text=page), access_token=RESERVED_TOKEN)
    with pytest.raises(wawp_client.AuthenticationError) as caught:
        client.sessions.info()
    assert echo not in caught.value.message and echo not in str(caught.value.body)
    assert "the token *** is not valid" in caught.value.message


def test_the_mask_registry_holds_live_clients_only() -> None:
    """After 100,000 clients, masking one error walks the secrets of the clients alive, not of all of them."""
    gc.collect()
    before = _redact.live_secrets()
    with httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200))) as http:
        for number in range(100_000):
            wawp_client.Wawp(f"{number:012X}", f"token-{number:08d}", base_url=BASE_URL, http_client=http)
        kept = wawp_client.Wawp("KEPT00000001", "token-kept", base_url=BASE_URL, http_client=http)
        copy = kept.with_options(timeout=5)
        gc.collect()
        assert _redact.live_secrets() == before + 1
        del kept
        gc.collect()
        assert _redact.live_secrets() == before + 1  # the copy still masks the shared credentials
        assert _redact.redact("token-kept") == "***"
        del copy
        gc.collect()
    assert _redact.live_secrets() == before
    assert _redact.redact("token-kept") == "token-kept"


# --------------------------------------------------------------------------- redirects


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_an_error_that_says_where_it_pointed(
    status: int, make_client: Callable[..., wawp_client.Wawp]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"location": f"https://elsewhere.test{request.url.raw_path.decode()}"})

    client = make_client(handler, max_retries=0)
    with pytest.raises(wawp_client.APIRedirectError) as caught:
        client.messages.send_text(**SEND)
    error = caught.value
    assert error.status_code == status
    assert error.location is not None
    assert error.location.startswith("https://elsewhere.test/wp-json/awp/v1/send?access_token=***&instance_id=***&")
    assert "pointed to https://elsewhere.test/" in str(error) and "base_url" in str(error)
    assert_no_secret(error)


def test_a_redirect_from_a_real_socket_with_an_empty_body_is_not_none() -> None:
    def respond(received: Received, connection: Any, stopped: Any) -> None:
        connection.sendall(b"HTTP/1.1 302 Found\r\nLocation: https://x.test/\r\nContent-Length: 0\r\n\r\n")

    with LocalServer(respond) as server:
        base = server.url + "/wp-json/awp/v1"
        with (
            wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, base_url=base, trust_env=False) as client,
            pytest.raises(wawp_client.APIRedirectError, match=r"pointed to https://x\.test/"),
        ):
            client.messages.send_text(**SEND)
