"""``wawp`` takes the API version (``--api-version`` / ``WAWP_API_VERSION``) and v2's header credentials
(``--auth-style``), and its commands reach v2's routes. The emulator's v2 is not needed: a recording transport
plays the API."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from click.testing import CliRunner, Result
from wawp_client import Wawp
from wawp_client.cli import Runtime, Settings, cli, default_client

TOKEN = "tok_cli_v2_secret_0001"
INSTANCE = "C1C2C3C4C5C6"
SENT = {"id": "true_201234567890@c.us_3EB0C767D26A1D8A9C11"}
ANSWERS: dict[tuple[str, str], Any] = {
    ("POST", "/v2/send/text"): SENT,
    ("POST", "/wp-json/awp/v1/send"): SENT,
    ("POST", "/v2/session/info"): {"name": "default", "status": "WORKING", "me": {"id": "201234567890@c.us"}},
    ("POST", "/v2/session/create"): {"instance_id": "D1D2D3D4E5F6"},
}


def _run(*args: str, env: dict[str, str | None] | None = None) -> tuple[Result, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=ANSWERS[(request.method, request.url.path)])

    def factory(settings: Settings) -> Wawp:
        return Wawp(
            instance_id=settings.instance_id,
            access_token=settings.access_token,
            base_url=settings.base_url,
            api_version=settings.api_version,
            auth_style=settings.auth_style,
            transport=httpx.MockTransport(api),
            max_retries=0,
        )

    environment: dict[str, str | None] = {
        "WAWP_ACCESS_TOKEN": TOKEN,
        "WAWP_INSTANCE_ID": INSTANCE,
        "WAWP_BASE_URL": None,
        "WAWP_API_VERSION": None,
        "WAWP_AUTH_STYLE": None,
        **(env or {}),
    }
    runner = CliRunner()
    return runner.invoke(cli, list(args), obj=Runtime(client_factory=factory), env=environment, prog_name="wawp"), seen


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--api-version", "v2"], {}),
        ([], {"WAWP_API_VERSION": "v2"}),
        ([], {"WAWP_BASE_URL": "http://127.0.0.1:8787/v2"}),
    ],
)
def test_send_reaches_v2_when_the_version_says_so(args: list[str], env: dict[str, str | None]) -> None:
    result, seen = _run(*args, "send", "Hello", "--to", "201234567890", env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == SENT["id"]
    assert [(r.method, r.url.path) for r in seen] == [("POST", "/v2/send/text")]


def test_v1_stays_the_default() -> None:
    result, seen = _run("send", "Hello", "--to", "201234567890")
    assert result.exit_code == 0, result.output
    assert [r.url.path for r in seen] == ["/wp-json/awp/v1/send"]


def test_bearer_credentials_on_v2_and_nothing_in_the_output() -> None:
    result, seen = _run("--api-version", "v2", "--auth-style", "bearer", "--json", "status")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["status"] == "WORKING"
    (request,) = seen
    assert request.headers["authorization"] == f"Bearer {TOKEN}" and request.headers["x-instance-id"] == INSTANCE
    assert TOKEN not in result.output and INSTANCE not in result.output


def test_header_credentials_on_v1_are_refused_with_a_clear_line() -> None:
    result, seen = _run("--auth-style", "header", "status")
    assert result.exit_code != 0 and seen == []
    assert "v1 takes the credentials in the query only" in result.output
    assert "WAWP_API_VERSION" in result.output  # the hint says where the version comes from
    assert TOKEN not in result.output


def test_login_without_an_instance_provisions_one_on_v2() -> None:
    result, seen = _run("--api-version", "v2", "--json", "login", env={"WAWP_INSTANCE_ID": None})
    first = json.loads(result.stdout.splitlines()[0])
    assert first == {"event": "created", "instance_id": "D1D2D3D4E5F6"}
    assert (seen[0].method, seen[0].url.path) == ("POST", "/v2/session/create")


def test_the_default_client_takes_the_version_and_style() -> None:
    with default_client(Settings(access_token=TOKEN, api_version="v2", auth_style="header")) as client:
        assert client.api_version == "v2" and "auth_style='header'" in repr(client)
