"""The ``wawp-emulator`` command starts, serves, persists and stops (subprocess, bounded waits)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import wawp_emulator

PACKAGE_PARENT = str(Path(wawp_emulator.__file__).resolve().parent.parent)


@contextmanager
def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 30.0) -> Iterator[tuple[str, list[str]]]:
    environment = {**os.environ, **(env or {})}
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [PACKAGE_PARENT, environment.get("PYTHONPATH")]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "wawp_emulator", "--port", "0", "--log-level", "warning", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=environment,
    )
    lines: list[str] = []
    try:
        deadline = time.monotonic() + timeout
        url = None
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                if proc.poll() is not None:
                    break
                continue
            lines.append(line)
            found = re.search(r"listening on (http://\S+)", line)
            if found:
                url = found.group(1)
            if url and "session.scan_qr" in line:  # the banner's last line
                break
        assert url, "".join(lines)
        yield url, lines
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def test_cli_prints_its_own_credentials_but_not_the_operators() -> None:
    """The seed's credentials are local and documented: printed. Supplied ones may be a real account's: the
    banner says where they came from and the exports name the variable, never the value."""
    with cli("--seed", "3") as (_, lines):
        banner = "".join(lines)
        assert "access_token  wawp-emulator-test-token" in banner
        assert "WAWP_ACCESS_TOKEN=wawp-emulator-test-token" in banner
    with cli("--seed", "3", "--access-token", "flag-secret-token") as (_, lines):
        banner = "".join(lines)
        assert "flag-secret-token" not in banner
        assert "access_token  (yours, from --access-token or WAWP_EMULATOR_ACCESS_TOKEN; not printed)" in banner
        assert 'WAWP_ACCESS_TOKEN="$WAWP_EMULATOR_ACCESS_TOKEN"' in banner


def test_cli_starts_and_serves_with_credentials_from_the_environment() -> None:
    env = {"WAWP_EMULATOR_INSTANCE_ID": "0A0B0C0D0E0F", "WAWP_EMULATOR_ACCESS_TOKEN": "env-token"}
    with cli("--seed", "3", env=env) as (url, lines):
        banner = "".join(lines)
        assert "0A0B0C0D0E0F" not in banner and "env-token" not in banner and "/wp-json/awp/v1" in banner
        assert 'WAWP_INSTANCE_ID="$WAWP_EMULATOR_INSTANCE_ID"' in banner
        assert httpx.get(f"{url}/_emulator/health", timeout=5).json()["status"] == "ok"
        assert httpx.get(f"{url}/openapi.json", timeout=5).json()["openapi"].startswith("3.1")
        assert "<script>" in httpx.get(f"{url}/docs", timeout=5).text
        denied = httpx.get(f"{url}/wp-json/awp/v1/session/info", params={"access_token": "nope"}, timeout=5)
        assert denied.status_code == 401 and denied.json()["code"] == "invalid_access_token"
        ok = httpx.get(
            f"{url}/wp-json/awp/v1/session/info",
            params={"instance_id": "0A0B0C0D0E0F", "access_token": "env-token"},
            timeout=5,
        )
        assert ok.status_code in (200, 501)  # 501 until the sessions handler exists


def test_cli_flags_beat_env_and_state_survives_restart(tmp_path: Path) -> None:
    state = tmp_path / "emulator.sqlite"
    env = {"WAWP_EMULATOR_ACCESS_TOKEN": "env-token"}
    with cli("--access-token", "flag-token", "--state", str(state), "--manual-clock", env=env) as (url, lines):
        assert "flag-token" not in "".join(lines) and "env-token" not in "".join(lines)
        info = f"{url}/wp-json/awp/v1/session/info"
        (ready, *_) = httpx.get(f"{url}/_emulator/state/instances", timeout=5).json()
        for token, status in (("flag-token", 200), ("env-token", 401)):
            params = {"instance_id": ready["id"], "access_token": token}
            assert httpx.get(info, params=params, timeout=5).status_code == status
        created = httpx.post(f"{url}/_emulator/instances", json={"name": "kept"}, timeout=5).json()
        assert httpx.post(f"{url}/_emulator/clock/advance", json={"seconds": 42}, timeout=5).status_code == 200
    with cli("--access-token", "flag-token", "--state", str(state)) as (url, _):
        instances = httpx.get(f"{url}/_emulator/state/instances", timeout=5).json()
        assert created["id"] in [i["id"] for i in instances]
        assert httpx.get(f"{url}/_emulator/clock", timeout=5).json()["now"] == 1767225642.0


def test_cli_engine_flag_and_env() -> None:
    with cli("--engine", "webjs", env={"WAWP_EMULATOR_ENGINE": "NOWEB"}) as (url, lines):
        assert "engine WEBJS" in "".join(lines)  # the flag beats the environment
        instances = httpx.get(f"{url}/_emulator/state/instances", timeout=5).json()
        engine = httpx.get(f"{url}/_emulator/instances/{instances[0]['id']}/engine", timeout=5).json()
        assert engine["engine"] == "WEBJS"
    with cli(env={"WAWP_EMULATOR_ENGINE": "NOWEB"}) as (url, lines):
        assert "engine NOWEB" in "".join(lines)
    env = {**os.environ, "PYTHONPATH": PACKAGE_PARENT, "WAWP_EMULATOR_ENGINE": "VENOM"}
    refused = subprocess.run(
        [sys.executable, "-m", "wawp_emulator"], capture_output=True, text=True, env=env, timeout=30
    )
    assert refused.returncode == 2 and "unknown engine 'VENOM'" in refused.stderr
    bad_flag = subprocess.run(
        [sys.executable, "-m", "wawp_emulator", "--engine", "wpp"], capture_output=True, text=True, env=env, timeout=30
    )
    assert bad_flag.returncode == 2 and "invalid choice" in bad_flag.stderr


def test_cli_help_and_version() -> None:
    env = {**os.environ, "PYTHONPATH": PACKAGE_PARENT}
    out = subprocess.run(
        [sys.executable, "-m", "wawp_emulator", "--help"], capture_output=True, text=True, env=env, timeout=30
    )
    assert out.returncode == 0
    for flag in (
        "--host",
        "--port",
        "--seed",
        "--state",
        "--instance-id",
        "--access-token",
        "--strict",
        "--no-strict",
        "--engine",
        "--log-level",
    ):
        assert flag in out.stdout
    version = subprocess.run(
        [sys.executable, "-m", "wawp_emulator", "--version"], capture_output=True, text=True, env=env, timeout=30
    )
    assert wawp_emulator.__version__ in version.stdout
