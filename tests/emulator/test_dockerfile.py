"""The container recipe (emulator/Dockerfile): what it runs works, even where no Docker daemon exists.

The image cannot be built here (no daemon, no registry for base images), so this test runs the exact
command the image runs, and then its HEALTHCHECK, with the installed ``wawp-emulator``; only the
interface is narrowed to 127.0.0.1 (tests talk to loopback only) and the port made free.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

DOCKERFILE = Path(__file__).resolve().parents[2] / "emulator" / "Dockerfile"
PORT = "8787"


def _instructions() -> dict[str, str]:
    """Instruction -> argument text, continuation lines joined (the last of each instruction wins)."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            instruction, _, argument = line.strip().partition(" ")
            found[instruction.upper()] = argument.strip()
    return found


def _free_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


def test_the_image_is_slim_python_311_non_root_with_a_healthcheck() -> None:
    found = _instructions()
    assert re.fullmatch(r"python:3\.11[\w.-]*-slim[\w.-]*", found["FROM"])
    assert found["USER"] not in {"root", "0"}
    assert found["EXPOSE"] == PORT
    assert "/_emulator/health" in found["HEALTHCHECK"]
    assert json.loads(found["ENTRYPOINT"]) == ["wawp-emulator"]


@pytest.fixture
def container_command() -> Iterator[tuple[subprocess.Popen[str], str, list[str]]]:
    """The image's ENTRYPOINT + CMD, started on 127.0.0.1 and a free port; stopped afterwards."""
    found = _instructions()
    executable = shutil.which("wawp-emulator", path=str(Path(sys.executable).parent))
    assert executable is not None, "wawp-emulator is not installed next to this Python"
    port = _free_port()
    command = [executable, *json.loads(found["CMD"])]
    command[command.index("0.0.0.0")] = "127.0.0.1"
    command[command.index(PORT)] = port
    health = json.loads(found["HEALTHCHECK"].split("CMD", 1)[1])
    health = [sys.executable if part == "python" else part.replace(f":{PORT}/", f":{port}/") for part in health]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        yield process, port, health
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_image_command_serves_and_its_healthcheck_passes(
    container_command: tuple[subprocess.Popen[str], str, list[str]],
) -> None:
    process, port, health = container_command
    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_emulator/health", timeout=2) as response:
                assert response.status == 200
                break
        except (urllib.error.URLError, ConnectionError):
            assert process.poll() is None, "the image's command exited"
            assert time.monotonic() < deadline, "the image's command did not serve within 20 s"
            time.sleep(0.2)
    assert subprocess.run(health, timeout=10).returncode == 0
    process.terminate()
    assert process.wait(timeout=10) is not None
    assert process.stdout is not None
    banner = process.stdout.read()
    assert f"http://127.0.0.1:{port}/wp-json/awp/v1" in banner
