"""The emulator's command-line server on a free 127.0.0.1 port, for the runs that need a real socket."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

BASE_PATH = "/wp-json/awp/v1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def emulator_server(instance_id: str, access_token: str, log: Path, seed: int = 7) -> Iterator[str]:
    """Run ``wawp-emulator`` as its users do; yield its origin (``http://127.0.0.1:PORT``)."""
    port = free_port()
    command = [
        sys.executable, "-m", "wawp_emulator", "--host", "127.0.0.1", "--port", str(port), "--seed", str(seed),
        "--instance-id", instance_id, "--access-token", access_token, "--log-level", "warning",
    ]  # fmt: skip
    origin = f"http://127.0.0.1:{port}"
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=os.environ.copy())
        try:
            _wait_until_up(origin, process)
            yield origin
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


def _wait_until_up(origin: str, process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"wawp-emulator exited with {process.returncode} before serving")
        try:
            if httpx.get(f"{origin}/_emulator/health", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"wawp-emulator did not answer on {origin} within {timeout:.0f} s")
