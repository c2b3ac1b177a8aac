"""``emulator/README.md``'s five-minute walkthrough, run as written: the start command, ``receiver.py`` and
``walkthrough.py`` from the README's own code blocks, in subprocesses, with only the two ports changed to
free ones. It fails when a README step stops working (a token that does not match, a receiver printing
nothing useful, a promise the emulator does not keep).
"""

from __future__ import annotations

import queue
import re
import shlex
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_ACCESS_LOG = re.compile(r'^127\.0\.0\.1 - - \[.*\] "POST ')
README = Path(__file__).resolve().parents[2] / "emulator" / "README.md"
ROOT_README = README.parents[1] / "README.md"


def _token(args: list[str]) -> str | None:
    return args[args.index("--access-token") + 1] if "--access-token" in args else None


def _blocks(markdown: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", markdown, re.S | re.M)


def _section(markdown: str, title: str) -> str:
    start = markdown.index(f"## {title}")
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end != -1 else None]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def _process(command: list[str], cwd: Path) -> Iterator[tuple[subprocess.Popen[str], queue.Queue[str]]]:
    """A subprocess whose output lines arrive on a queue (read by a thread, so waits can be bounded)."""
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.rstrip("\n"))

    threading.Thread(target=pump, daemon=True).start()
    try:
        yield proc, lines
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _until(lines: queue.Queue[str], pattern: str, timeout: float) -> list[str]:
    """Lines up to the first one matching ``pattern``; fails listing what came after ``timeout`` seconds."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            break
        seen.append(line)
        if re.search(pattern, line):
            return seen
    raise AssertionError(f"no line matching {pattern!r} within {timeout} s; got {seen}")


def test_the_walkthrough_runs_as_written(tmp_path: Path) -> None:
    markdown = README.read_text(encoding="utf-8")
    (start,) = [
        line.split("#")[0].split()
        for block in _blocks(_section(markdown, "Install and start"), "bash")
        for line in block.splitlines()
        if line.startswith("wawp-emulator ")
    ]
    (quick_start,) = [
        line.split("#")[0].split()
        for block in _blocks(_section(ROOT_README.read_text(encoding="utf-8"), "Using the emulator"), "bash")
        for line in block.splitlines()
        if line.startswith("wawp-emulator ")
    ]
    assert _token(quick_start) == _token(start), "the two READMEs start emulators with different access tokens"
    receiver, walkthrough = _blocks(_section(markdown, "Five-minute walkthrough"), "python")
    api, hooks = _free_port(), _free_port()
    start[start.index("--port") + 1] = str(api)
    (tmp_path / "receiver.py").write_text(receiver.replace("9000", str(hooks)), encoding="utf-8")
    (tmp_path / "walkthrough.py").write_text(
        walkthrough.replace("8787", str(api)).replace("9000", str(hooks)), encoding="utf-8"
    )
    emulator = [str(Path(sys.executable).with_name(start[0])), *start[1:]]
    with _process(emulator, tmp_path) as (_, banner), _process([sys.executable, "receiver.py"], tmp_path) as (_, hook):
        printed = _until(banner, r"access_token\s", timeout=30)
        assert printed[-1].split()[-1] in walkthrough, f"the walkthrough's token is not the one printed: {printed}"
        _wait_for_port(hooks)
        run = subprocess.run(
            [sys.executable, "walkthrough.py"], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
        )
        assert run.returncode == 0, shlex.join(emulator) + "\n" + run.stdout + run.stderr
        assert re.fullmatch(r"true_201234567890@c\.us_3EB0[0-9A-F]{16}\n", run.stdout)
        assert (tmp_path / "qr.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        output = _until(hook, r"^message\.ack ", timeout=30)
    received = [line for line in output if not _ACCESS_LOG.search(line)]  # http.server's own lines, on stderr
    assert received[:3] == [
        "session.status SCAN_QR_CODE",
        "session.status WORKING",
        "message.any Hello from the emulator",
    ]
    assert not any("Traceback" in line for line in received), received


def _wait_for_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")
