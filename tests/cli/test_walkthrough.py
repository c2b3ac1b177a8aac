"""The READMEs' first steps and both walkthroughs, run as written against one emulator on 127.0.0.1.

* ``README.md``, "First steps, without an account": the emulator starts with the README's own command, its
  banner prints exactly the exports the README shows, the README's shell block runs in bash and its Python
  block in Python, with nothing changed but the port.
* ``emulator/README.md``, "Five-minute walkthrough": ``receiver.py`` and ``walkthrough.py`` from the README's
  code blocks, with only the two ports changed to free ones.
* Its command-line part: the listener, ``wawp login``, the scan command and the webhook registration, from
  the README's blocks, with ``INSTANCE_ID`` replaced by the id ``wawp login`` printed; the delivery must
  appear in the listener's output, and ``wawp login`` must print the README's scan command.

Each fails when a README step stops working (a token that does not match, an export the banner does not
print, a receiver printing nothing, a promise the emulator does not keep).
"""

from __future__ import annotations

import os
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
from dataclasses import dataclass
from pathlib import Path

import pytest

_ACCESS_LOG = re.compile(r'^127\.0\.0\.1 - - \[.*\] "POST ')
ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "emulator" / "README.md"
ROOT_README = ROOT / "README.md"
BIN = Path(sys.executable).parent
API_PORT = "8787"


def _blocks(markdown: str, language: str) -> list[str]:
    """The fenced blocks of ``language``, indentation of a list item removed."""
    found = re.findall(rf"^( *)```{language}\n(.*?)^\1```", markdown, re.S | re.M)
    return ["\n".join(line.removeprefix(indent) for line in body.splitlines()) + "\n" for indent, body in found]


def _section(markdown: str, heading: str) -> str:
    """From ``heading`` (``## Title``) to the next heading of its level or above (``#`` lines are code comments)."""
    start = markdown.index(f"\n{heading}\n")
    level = len(heading) - len(heading.lstrip("#"))
    end = re.search(rf"\n#{{2,{level}}} ", markdown[start + 1 :])
    return markdown[start : start + 1 + end.start() if end else None]


def _free_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


def _environment(**variables: str) -> dict[str, str]:
    """This interpreter's scripts first on PATH (``wawp``, ``wawp-emulator``), and no WAWP_* from outside."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WAWP_")}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env.update(variables)
    return env


def _exports(script: str) -> dict[str, str]:
    """The variables the ``export NAME=value ...`` lines of ``script`` set (comments ignored)."""
    found: dict[str, str] = {}
    for line in script.splitlines():
        words = shlex.split(line, comments=True)
        if words[:1] == ["export"]:
            for word in words[1:]:
                name, _, value = word.partition("=")
                found[name] = value
    return found


@contextmanager
def _process(command: list[str], cwd: Path, env: dict[str, str]) -> Iterator[queue.Queue[str]]:
    """A subprocess whose output lines arrive on a queue (read by a thread, so waits can be bounded)."""
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.rstrip("\n"))

    threading.Thread(target=pump, daemon=True).start()
    try:
        yield lines
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


def _bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    run = subprocess.run(
        ["bash", "-e", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, f"{script}\n{run.stdout}{run.stderr}"
    return run


def _named(text: str, instance_id: str) -> str:
    """The README's placeholder ``INSTANCE_ID`` replaced (not the one inside ``WAWP_INSTANCE_ID``)."""
    return re.sub(r"\bINSTANCE_ID\b", instance_id, text)


def _wait_for_port(port: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", int(port))) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


@dataclass
class Served:
    """The emulator started with the first-steps command: its port and the banner it printed."""

    port: str
    banner: list[str]

    def local(self, text: str) -> str:
        return text.replace(API_PORT, self.port)


FIRST_STEPS = _section(ROOT_README.read_text(encoding="utf-8"), "## First steps, without an account")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    (_, start, *_) = _blocks(FIRST_STEPS, "bash")
    command = shlex.split(start, comments=True)
    assert command[:1] == ["wawp-emulator"] and command[command.index("--port") + 1] == API_PORT
    port = _free_port()
    command[command.index("--port") + 1] = port
    with _process(command, tmp_path_factory.mktemp("emulator"), _environment()) as banner:
        yield Served(port, _until(banner, r"actions/session\.scan_qr$", timeout=30))


def test_every_readme_starts_the_same_emulator() -> None:
    """The three start commands agree on the seed and the default credentials, so one token fits them all."""
    commands = [
        shlex.split(line, comments=True)
        for markdown in (ROOT_README.read_text(encoding="utf-8"), README.read_text(encoding="utf-8"))
        for block in _blocks(markdown, "bash")
        for line in block.splitlines()
        if line.startswith("wawp-emulator ")
    ]
    assert len(commands) == 3
    assert {(c[c.index("--seed") + 1], "--access-token" in c) for c in commands} == {("1", False)}


def test_the_install_step_names_the_two_packages_of_this_checkout() -> None:
    (install, *_) = _blocks(FIRST_STEPS, "bash")
    assert 'pip install "./generated[cli]" ./emulator' in install
    assert (ROOT / "generated" / "pyproject.toml").is_file() and (ROOT / "emulator" / "pyproject.toml").is_file()


def test_the_first_steps_run_as_written(served: Served, tmp_path: Path) -> None:
    (_, _, shell, *_) = _blocks(FIRST_STEPS, "bash")
    (python,) = _blocks(FIRST_STEPS, "python")
    exports = [line.strip() for line in served.banner if line.strip().startswith("export ")]
    assert [served.local(line.split("#")[0].strip()) for line in shell.splitlines() if line.startswith("export ")] == [
        line.split("#")[0].strip() for line in exports
    ], "the README's exports are not the ones the banner prints"
    # The virtual environment of step 1 is this interpreter's: its activation is the one line left out.
    script = served.local(shell.replace(". .venv/bin/activate\n", ""))
    ran = _bash(script, tmp_path, _environment())
    status, message_id, *listed = ran.stdout.splitlines()
    assert re.fullmatch(r"WORKING as \d+@c\.us \(Wawp Emulator\)", status)
    assert message_id.startswith("true_201234567890@c.us_")
    assert f"{message_id}\t->\tHello from Wawp" in listed
    (tmp_path / "first_steps.py").write_text(python, encoding="utf-8")
    env = _environment(**_exports(served.local("\n".join(exports))))
    run = subprocess.run(
        [sys.executable, "first_steps.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stdout + run.stderr
    working, sent, *bodies = run.stdout.splitlines()
    assert working == "WORKING" and sent.startswith("true_201234567890@c.us_")
    assert bodies[:2] == ["Hello from Python", "Hello from Wawp"] and len(bodies) <= 5


def test_the_python_walkthrough_runs_as_written(served: Served, tmp_path: Path) -> None:
    markdown = README.read_text(encoding="utf-8")
    receiver, walkthrough = _blocks(_section(markdown, "## Five-minute walkthrough"), "python")
    hooks = _free_port()
    assert "wawp-emulator-test-token" in walkthrough and any("wawp-emulator-test-token" in b for b in served.banner)
    (tmp_path / "receiver.py").write_text(receiver.replace("9000", hooks), encoding="utf-8")
    (tmp_path / "walkthrough.py").write_text(served.local(walkthrough).replace("9000", hooks), encoding="utf-8")
    with _process([sys.executable, "receiver.py"], tmp_path, _environment()) as hook:
        _wait_for_port(hooks)
        run = subprocess.run(
            [sys.executable, "walkthrough.py"], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
        )
        assert run.returncode == 0, run.stdout + run.stderr
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


def test_the_command_line_walkthrough_runs_as_written_and_shows_the_delivery(served: Served, tmp_path: Path) -> None:
    part = _section(README.read_text(encoding="utf-8"), "### The same from the command line")
    listen, login, scan, register_and_send = (served.local(block) for block in _blocks(part, "bash"))
    (expected,) = _blocks(part, "text")
    hooks = _free_port()
    assert "9001" in listen and "9000" not in part.replace("`receiver.py` on 9000", "")
    assert scan.strip() in [line.strip() for line in served.banner], "the banner prints another scan command"
    listen, register_and_send = listen.replace("9001", hooks), register_and_send.replace("9001", hooks)
    environment = _environment(**_exports(login))
    with _process(["bash", "-c", listen], tmp_path, environment) as listener:
        _until(listener, r"^listening on ", timeout=30)
        with _process(["bash", "-c", login], tmp_path, environment) as logging_in:
            created = _until(logging_in, r"^created session .*export WAWP_INSTANCE_ID=\w+$", timeout=30)[-1]
            instance_id = created.rsplit("=", 1)[1]
            printed = _until(logging_in, r"^  curl ", timeout=30)[-1].strip()
            assert printed == _named(scan.strip(), instance_id), "wawp login printed another scan command"
            _bash(printed, tmp_path, environment)
            _until(logging_in, r"^WORKING: linked as ", timeout=30)
        sent = _bash(_named(register_and_send, instance_id), tmp_path, environment)
        message_id = sent.stdout.splitlines()[-1]
        delivery = _until(listener, "^" + re.escape(" ".join(expected.split()[:2])), timeout=30)[-1]
    shape = re.escape(expected.strip()).replace(r"\.\.\.", ".+")
    assert re.fullmatch(shape, delivery), (expected, delivery)
    assert f"id={message_id!r}" in delivery


V2_QUICKSTART = _section(ROOT_README.read_text(encoding="utf-8"), "## v2 quickstart")


def test_the_v2_quickstart_runs_as_written(served: Served, tmp_path: Path) -> None:
    """README.md's "v2 quickstart", on the emulator of the first steps, once it serves v2 (issue 20, item 3)."""
    import httpx

    (shell,) = _blocks(V2_QUICKSTART, "bash")
    (python,) = _blocks(V2_QUICKSTART, "python")
    exports = _exports(served.local(shell))
    probe = httpx.post(
        f"{exports['WAWP_BASE_URL']}/session/info",
        params={"instance_id": exports["WAWP_INSTANCE_ID"], "access_token": exports["WAWP_ACCESS_TOKEN"]},
    )
    if probe.status_code == 404:
        pytest.skip("this emulator does not serve /v2 yet")
    ran = _bash(served.local(shell), tmp_path, _environment())
    status, message_id, *listed = ran.stdout.splitlines()
    assert re.fullmatch(r"WORKING as \d+@c\.us \(Wawp Emulator\)", status)
    assert message_id.startswith("true_201234567890@c.us_")
    assert f"{message_id}\t->\tHello from Wawp v2" in listed
    (tmp_path / "v2_quickstart.py").write_text(python, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "v2_quickstart.py"],
        cwd=tmp_path,
        env=_environment(**exports),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    *bodies, refused = run.stdout.splitlines()
    assert "Hello from Python on v2" in bodies and len(bodies) <= 5
    assert "exists only in Wawp v1" in refused and "client.groups.join_by_link()" in refused
