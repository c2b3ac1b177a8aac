"""The client on real sockets (127.0.0.1 only): environment proxies, retries whatever carries the
request, the overall deadline of a call, per-call options and ``with_options``."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import wawp_client
from client_support import ACCESS_TOKEN, INSTANCE_ID, success_example
from local_server import LocalServer, answer, answers, hang, trickle
from wawp_client._api.api.sessions import session_info
from wawp_client._options import RequestOptions

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
API_ROOT = "/wp-json/awp/v1"
REMOTE = "http://wawp.test" + API_ROOT


@pytest.fixture(autouse=True)
def _no_ambient_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the proxies a test sets itself may apply."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def info(spec: dict[str, Any]) -> Any:
    return success_example(spec, "sessionInfo")


@pytest.fixture
def clients() -> Iterator[Callable[..., wawp_client.Wawp]]:
    """Sync clients with the test credentials, closed at the end."""
    made: list[wawp_client.Wawp] = []

    def make(**kwargs: Any) -> wawp_client.Wawp:
        client = wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, **kwargs)
        client.retry_policy.rng = random.Random(3)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def _assert_masked(text: str) -> None:
    assert ACCESS_TOKEN not in text
    assert INSTANCE_ID not in text


# --------------------------------------------------------------------------- proxies


def test_http_proxy_from_the_environment_carries_the_calls(
    monkeypatch: pytest.MonkeyPatch, clients: Callable[..., wawp_client.Wawp], info: Any
) -> None:
    with LocalServer(answer(200, info)) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        assert clients(base_url=REMOTE).sessions.info().status == info["status"]
    assert [(r.method, r.target.split("?")[0]) for r in proxy.received] == [("GET", REMOTE + "/session/info")]


def test_https_proxy_from_the_environment_gets_the_tunnel(
    monkeypatch: pytest.MonkeyPatch, clients: Callable[..., wawp_client.Wawp]
) -> None:
    with LocalServer(answer(403, {"message": "no tunnels here"})) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        with pytest.raises(wawp_client.APIConnectionError) as caught:
            clients(base_url="https://wawp.test" + API_ROOT, max_retries=0).sessions.info()
    assert [(r.method, r.target) for r in proxy.received] == [("CONNECT", "wawp.test:443")]
    assert "https://wawp.test/wp-json/awp/v1/session/info?" in str(caught.value)
    _assert_masked(str(caught.value))


def test_no_proxy_and_trust_env_false_go_direct(
    monkeypatch: pytest.MonkeyPatch, clients: Callable[..., wawp_client.Wawp], info: Any
) -> None:
    with LocalServer(answer(502, {})) as proxy, LocalServer(answer(200, info)) as server:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        clients(base_url=server.url + API_ROOT).sessions.info()
        monkeypatch.delenv("NO_PROXY")
        clients(base_url=server.url + API_ROOT, trust_env=False).sessions.info()
    assert proxy.received == []
    assert [r.target.split("?")[0] for r in server.received] == [API_ROOT + "/session/info"] * 2


def test_a_users_http_client_with_a_proxy_keeps_retries(
    clients: Callable[..., wawp_client.Wawp], info: Any, sleeps: list[float]
) -> None:
    with LocalServer(answers((503, {"message": "busy"}), (200, info))) as proxy, httpx.Client(proxy=proxy.url) as http:
        assert clients(base_url=REMOTE, http_client=http).sessions.info().status == info["status"]
    assert len(proxy.received) == 2
    assert len(sleeps) == 1


async def test_async_client_uses_the_environment_proxy(monkeypatch: pytest.MonkeyPatch, info: Any) -> None:
    with LocalServer(answer(200, info)) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        async with wawp_client.AsyncWawp(INSTANCE_ID, ACCESS_TOKEN, base_url=REMOTE) as client:
            await client.sessions.info()
    assert [r.target.split("?")[0] for r in proxy.received] == [REMOTE + "/session/info"]


# --------------------------------------------------------------------------- retries whatever the transport


class FlakyTransport(httpx.BaseTransport):
    """A transport of the caller's own: 503 once, then the answer."""

    def __init__(self, body: Any) -> None:
        self.calls = 0
        self.body = body

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls == 1:
            return httpx.Response(503, json={"message": "busy"})
        return httpx.Response(200, json=self.body)


@pytest.mark.parametrize("how", ["transport", "http_client", "mounts"])
def test_retries_apply_whatever_carries_the_request(
    how: str, clients: Callable[..., wawp_client.Wawp], info: Any, sleeps: list[float]
) -> None:
    flaky = FlakyTransport(info)
    if how == "transport":
        client = clients(base_url=REMOTE, transport=flaky)
    elif how == "http_client":
        client = clients(base_url=REMOTE, http_client=httpx.Client(transport=flaky))
    else:
        client = clients(base_url=REMOTE, http_client=httpx.Client(mounts={"all://": flaky}))
    assert client.sessions.info().status == info["status"]
    assert flaky.calls == 2
    assert len(sleeps) == 1


def test_each_retry_is_logged_with_attempt_and_wait(
    clients: Callable[..., wawp_client.Wawp], info: Any, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="wawp_client")
    flaky = FlakyTransport(info)
    clients(base_url=REMOTE, transport=flaky).sessions.info()
    lines = [record.getMessage() for record in caplog.records if record.name == "wawp_client"]
    assert len(lines) == 1
    assert "after status 503: attempt 2 of 3 in " in lines[0]
    assert f"in {sleeps[0]:.2f} s" in lines[0]
    assert "/session/info?" in lines[0]
    _assert_masked(caplog.text)


# --------------------------------------------------------------------------- the overall deadline


def test_a_trickling_body_is_cut_at_the_deadline(clients: Callable[..., wawp_client.Wawp]) -> None:
    with LocalServer(trickle) as server:
        client = clients(base_url=server.url + API_ROOT, timeout=2)
        start = time.monotonic()
        with pytest.raises(wawp_client.APITimeoutError) as caught:
            client.sessions.info()
        elapsed = time.monotonic() - start
        # the same bound as a per-call option, on a client with the default deadline
        patient = clients(base_url=server.url + API_ROOT)
        start = time.monotonic()
        with pytest.raises(wawp_client.APITimeoutError):
            patient._call(session_info._get_kwargs, options=RequestOptions(timeout=2))
        elapsed_per_call = time.monotonic() - start
    assert 1.9 <= elapsed < 4.0
    assert 1.9 <= elapsed_per_call < 4.0
    assert len(server.received) == 2  # no retry once the deadline has passed
    assert "2 s" in str(caught.value)
    _assert_masked(str(caught.value))


async def test_async_trickling_body_is_cut_at_the_deadline() -> None:
    with LocalServer(trickle) as server:
        async with wawp_client.AsyncWawp(
            INSTANCE_ID, ACCESS_TOKEN, base_url=server.url + API_ROOT, timeout=2
        ) as client:
            start = time.monotonic()
            with pytest.raises(wawp_client.APITimeoutError):
                await client.sessions.info()
            elapsed = time.monotonic() - start
    assert 1.9 <= elapsed < 3.0  # the async client cancels at the deadline itself (slack for a loaded machine)


def test_a_hanging_server_ends_at_the_deadline(clients: Callable[..., wawp_client.Wawp]) -> None:
    with LocalServer(hang) as server:
        client = clients(base_url=server.url + API_ROOT, timeout=1)
        start = time.monotonic()
        with pytest.raises(wawp_client.APITimeoutError):
            client.sessions.info()
        elapsed = time.monotonic() - start
    assert 0.9 <= elapsed < 2.0
    assert len(server.received) == 1


async def test_async_hanging_server_ends_at_the_deadline() -> None:
    with LocalServer(hang) as server:
        async with wawp_client.AsyncWawp(
            INSTANCE_ID, ACCESS_TOKEN, base_url=server.url + API_ROOT, timeout=1
        ) as client:
            start = time.monotonic()
            with pytest.raises(wawp_client.APITimeoutError):
                await client._call(session_info._get_kwargs, options=RequestOptions(timeout=0.5))
            elapsed = time.monotonic() - start
    assert 0.4 <= elapsed < 1.5


def test_no_retry_wait_runs_past_the_deadline(clients: Callable[..., wawp_client.Wawp]) -> None:
    """``Retry-After: 1`` twice with 1.5 s in all: one retry fits, the second would not."""
    busy = answer(503, {"code": "busy", "message": "Try later"}, {"Retry-After": "1"})
    with LocalServer(busy) as server:
        client = clients(base_url=server.url + API_ROOT, timeout=1.5, max_retries=5)
        start = time.monotonic()
        with pytest.raises(wawp_client.InternalServerError) as caught:
            client.sessions.info()
        elapsed = time.monotonic() - start
    assert len(server.received) == 2
    assert 1.0 <= elapsed < 1.5
    assert str(caught.value) == "503 busy: Try later"


def test_the_default_deadline_is_documented(clients: Callable[..., wawp_client.Wawp]) -> None:
    client = clients()
    assert client._config.timeout.total == 60.0
    assert "Default 60 s" in (wawp_client.Wawp.__init__.__doc__ or "")


# --------------------------------------------------------------------------- per-call options and with_options


def test_request_options_headers_query_and_retries(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp], sleeps: list[float]
) -> None:
    sent: list[httpx.Request] = []
    example = success_example(spec, "sessionInfo")

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503 if request.headers.get("x-fail") == "yes" else 200, json=example)

    client = make_client(handler)
    options = RequestOptions(extra_headers={"X-Trace": "abc"}, extra_query={"debug": "1"})
    client._call(session_info._get_kwargs, options=options)
    assert sent[0].headers["x-trace"] == "abc"
    assert sent[0].url.params["debug"] == "1"
    assert sent[0].url.params["access_token"] == ACCESS_TOKEN  # the credentials stay
    sent.clear()
    with pytest.raises(wawp_client.InternalServerError):
        client._call(session_info._get_kwargs, options=RequestOptions(extra_headers={"X-Fail": "yes"}, max_retries=0))
    assert len(sent) == 1
    sent.clear()
    with pytest.raises(wawp_client.InternalServerError):
        client._call(session_info._get_kwargs, options=RequestOptions(extra_headers={"X-Fail": "yes"}, max_retries=4))
    assert len(sent) == 5
    with pytest.raises(ValueError, match="max_retries"):
        client._call(session_info._get_kwargs, options=RequestOptions(max_retries=-1))
    with pytest.raises(ValueError, match="timeout"):
        client._call(session_info._get_kwargs, options=RequestOptions(timeout=0))


async def test_async_request_options(
    spec: dict[str, Any], make_async_client: Callable[..., wawp_client.AsyncWawp]
) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=success_example(spec, "sessionInfo"))

    async with make_async_client(handler) as client:
        options = RequestOptions(extra_headers={"X-Trace": "abc"}, extra_query={"debug": "1"}, timeout=5)
        await client._call(session_info._get_kwargs, options=options)
    assert sent[0].headers["x-trace"] == "abc"
    assert sent[0].url.params["debug"] == "1"


def test_with_options_shares_the_pool(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp], sleeps: list[float]
) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(503, json={"message": "busy"})

    client = make_client(handler)
    assert client.sessions._client is client
    quick = client.with_options(timeout=5, max_retries=0)
    assert type(quick) is wawp_client.Wawp
    assert quick._http is client._http
    assert quick.sessions._client is quick
    assert quick._config.timeout.total == 5.0
    assert client._config.timeout.total == 60.0
    with pytest.raises(wawp_client.InternalServerError):
        quick.sessions.info()
    assert len(calls) == 1
    with pytest.raises(wawp_client.InternalServerError):
        client.sessions.info()
    assert len(calls) == 1 + 3
    quick.close()
    assert not client._http.is_closed
    assert repr(quick) == repr(client)


async def test_async_with_options(make_async_client: Callable[..., wawp_client.AsyncWawp]) -> None:
    async with make_async_client(lambda request: httpx.Response(200, json={})) as client:
        slow = client.with_options(timeout=httpx.Timeout(120.0))
        assert type(slow) is wawp_client.AsyncWawp
        assert slow._http is client._http
        assert slow._config.timeout.total == 120.0
        assert slow.retry_policy.max_retries == client.retry_policy.max_retries
