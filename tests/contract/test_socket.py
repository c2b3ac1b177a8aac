"""The schemathesis CLI against the emulator's CLI server on a real 127.0.0.1 socket, with a JUnit report."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from _runner import REPORTS, ROOT, redact
from _server import BASE_PATH, emulator_server
from contract_support import CONFIG, HERE, REHEARSAL_ENV, secrets_in
from wawp_emulator.spec import load_spec


def schemathesis_cli(
    *args: str, env: dict[str, str], timeout: float = 900, echo: Callable[[str], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the schemathesis CLI; with ``echo``, pass each output line (credentials masked) on as it comes.

    A run takes minutes (up to fifteen against the real API at two requests a second), so its own progress
    is shown instead of being held until the end; ``echo`` also gets a line every 30 s of silence.
    """
    executable = Path(sys.executable).with_name("schemathesis")
    command = [str(executable), "--no-color", "--config-file", str(CONFIG), *args]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if echo is not None and line.strip():
                echo(redact(line.rstrip()))

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    started = time.monotonic()
    while proc.poll() is None:
        elapsed = time.monotonic() - started
        if elapsed > timeout:
            proc.kill()
            proc.wait()
            raise subprocess.TimeoutExpired(command, timeout, output="".join(lines))
        seen = len(lines)
        reader.join(timeout=min(30.0, max(0.1, timeout - elapsed)))
        if echo is not None and proc.poll() is None and len(lines) == seen:
            echo(f"... still running after {time.monotonic() - started:.0f} s")
    reader.join(timeout=10)
    return subprocess.CompletedProcess(command, proc.returncode, "".join(lines), "")


def progress_printer(capsys: pytest.CaptureFixture[str], name: str) -> Callable[[str], None]:
    """Print a long run's progress to the terminal (past pytest's capture), each line tagged with ``name``."""

    def echo(line: str) -> None:
        with capsys.disabled():
            print(f"contract[{name}] {line}", flush=True)

    return echo


def hooks_env(**extra: str) -> dict[str, str]:
    pythonpath = os.pathsep.join(p for p in (str(HERE), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "SCHEMATHESIS_HOOKS": "contract_hooks", "PYTHONPATH": pythonpath, **extra}


def test_emulator_honours_the_spec_over_a_socket(
    credentials_env: dict[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    REPORTS.mkdir(exist_ok=True)
    junit = REPORTS / "schemathesis-socket-junit.xml"
    with emulator_server(log=tmp_path / "server.log", **credentials_env) as origin:
        result = schemathesis_cli(
            "run", "spec/openapi.yaml", "--url", origin + BASE_PATH, "--max-examples", "3",
            "--report", "junit", "--report-junit-path", str(junit),
            env=hooks_env(WAWP_CONTRACT_CONTROL_URL=origin), echo=progress_printer(capsys, "socket"),
        )  # fmt: skip
    output = result.stdout + result.stderr
    (REPORTS / "contract-socket.txt").write_text(redact(output), encoding="utf-8")
    with capsys.disabled():
        print("\n" + _summary_line(output))
    assert result.returncode == 0, redact(output[-6000:])
    assert secrets_in(output + junit.read_text(encoding="utf-8"), *credentials_env.values()) == []
    operations = len(load_spec().operations)
    assert re.search(rf"{operations} (?:selected|operations)", output), redact(output[-3000:])


_PHASE = re.compile(r"^(?:✅|❌)\s+(Examples|Coverage|Fuzzing|Stateful) \(")


def _summary_line(output: str) -> str:
    """The operations, per-phase results and case counts schemathesis printed, on one line."""
    lines = [line.strip() for line in output.splitlines()]
    wanted: list[str] = []
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line.startswith("Operations:"):
            wanted.append(line.replace("  ", " "))
        elif (phase := _PHASE.match(line)) and phase[1] not in seen:
            seen.add(phase[1])
            outcome = next((x for x in lines[i + 1 : i + 6] if "passed" in x or "failed" in x), "")
            wanted.append(f"{phase[1]}: {outcome.lstrip('✅❌ ')}")
        elif re.match(r"^\d+ generated", line):
            wanted.append(f"test cases: {line}")
    return "contract[socket]: " + " | ".join(" ".join(w.split()) for w in wanted)


def _rehearse_live(
    origin: str, credentials_env: dict[str, str], test_file: str, *extra: str, timeout: float, base: str = BASE_PATH
) -> subprocess.CompletedProcess[str]:
    """Run a live-mode test file as users run it, against the emulator at ``origin`` (reports: rehearsal's)."""
    env = {
        **os.environ,
        "WAWP_INSTANCE_ID": credentials_env["instance_id"],
        "WAWP_ACCESS_TOKEN": credentials_env["access_token"],
        REHEARSAL_ENV: "1",
    }
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", str(HERE / test_file)]
    return subprocess.run(
        [*command, "--base-url", origin + base, *extra],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def test_live_mode_runs_read_only_against_a_served_emulator(credentials_env: dict[str, str], tmp_path: Path) -> None:
    """What users run against the real API, run here against the emulator on a port; its report is the
    rehearsal's, and the real account's report (if any) is left as it was."""
    live_before = _stamps("contract-live.txt", "contract-live-junit.xml")
    with emulator_server(log=tmp_path / "server.log", **credentials_env) as origin:
        result = _rehearse_live(origin, credentials_env, "test_live.py", timeout=900)
        journal = httpx.get(f"{origin}/_emulator/journal/requests", timeout=10).json()
    output = result.stdout + result.stderr
    assert result.returncode == 0, redact(output[-4000:])
    assert "1 passed" in output
    methods = {entry["method"] for entry in _entries(journal)}
    assert methods == {"GET"}, "live mode must only read"
    assert secrets_in(output, *credentials_env.values()) == []
    assert (REPORTS / "contract-rehearsal.txt").is_file()
    assert _stamps("contract-live.txt", "contract-live-junit.xml") == live_before


def test_live_mode_picks_v2_from_a_v2_base_url(credentials_env: dict[str, str], tmp_path: Path) -> None:
    """``--base-url .../v2`` holds the API to the v2 description (its report is ``-v2``'s), read-only too."""
    with emulator_server(log=tmp_path / "server.log", **credentials_env) as origin:
        result = _rehearse_live(origin, credentials_env, "test_live.py", timeout=900, base="/v2")
        journal = httpx.get(f"{origin}/_emulator/journal/requests", timeout=10).json()
    output = result.stdout + result.stderr
    assert result.returncode == 0, redact(output[-4000:])
    entries = _entries(journal)
    assert entries and all(entry["path"].startswith("/v2/") for entry in entries)
    assert {entry["method"] for entry in entries} == {"GET"}
    assert secrets_in(output, *credentials_env.values()) == []
    assert (REPORTS / "contract-rehearsal-v2.txt").is_file()


def test_live_writes_touch_only_the_own_account_and_clean_up(credentials_env: dict[str, str], tmp_path: Path) -> None:
    """``--allow-writes`` against the emulator on a port: the writes it makes, and what is left afterwards."""
    live_before = _stamps("contract-live-writes.txt")
    with emulator_server(log=tmp_path / "server.log", **credentials_env) as origin:
        result = _rehearse_live(origin, credentials_env, "test_live_writes.py", "--allow-writes", timeout=300)
        journal = _entries(httpx.get(f"{origin}/_emulator/journal/requests", timeout=10).json())
        api = httpx.Client(base_url=origin + BASE_PATH, params=credentials_env, timeout=10)
        me = api.get("/session/me").json()["id"]
        labels = api.get("/labels").json()
        own_chat = api.get(f"/chats/{me}/messages", params={"limit": 10}).json()
        api.close()
    output = result.stdout + result.stderr
    assert result.returncode == 0, redact(output[-4000:])
    assert "1 passed" in output and "live-writes" in output
    writes = [(e["method"], e["operationId"]) for e in journal if e["method"] != "GET"]
    assert writes == [
        ("POST", "sendText"),
        ("PUT", "messageStar"),
        ("PUT", "messageStar"),
        ("POST", "startTyping"),
        ("POST", "stopTyping"),
        ("POST", "labelCreate"),
        ("DELETE", "labelDelete"),
        ("DELETE", "chatMessageDelete"),
    ]
    # every call succeeded, but the star, which GOWS (the server's engine) refuses as the spec documents
    assert all(e["status"] == (501 if e["operationId"] == "messageStar" else 200) for e in journal), journal
    assert {e["query"]["chatId"] for e in journal if "chatId" in e["query"]} == {me}
    assert labels == [] and own_chat == []  # the label and the message are gone
    assert secrets_in(output, *credentials_env.values()) == []
    assert (REPORTS / "contract-rehearsal-writes.txt").is_file()
    assert _stamps("contract-live-writes.txt") == live_before


def test_writes_need_the_flag_and_the_flag_needs_live_mode() -> None:
    base = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", str(HERE / "test_live_writes.py")]
    env = {**os.environ, "WAWP_INSTANCE_ID": "X", "WAWP_ACCESS_TOKEN": "Y"}
    unflagged = subprocess.run(
        [*base, "--base-url", "http://127.0.0.1:9/none"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert unflagged.returncode == 0 and "1 skipped" in unflagged.stdout, unflagged.stdout
    alone = subprocess.run([*base, "--allow-writes"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert alone.returncode != 0 and "--allow-writes needs --base-url" in alone.stderr + alone.stdout


def _entries(journal: Any) -> list[dict[str, Any]]:
    return list(journal["requests"] if isinstance(journal, dict) else journal)


def _stamps(*names: str) -> dict[str, int | None]:
    """Modification times of the named reports (``None`` when absent), to prove a rehearsal left them alone."""
    return {n: (REPORTS / n).stat().st_mtime_ns if (REPORTS / n).exists() else None for n in names}
