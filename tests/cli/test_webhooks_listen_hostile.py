"""``wawp webhooks listen`` against hostile or careless senders: every delivery is answered, none blocks another.

An idle connection and a trickling one stay open while 300 signed deliveries arrive at once, all answered
200; a body nested 100,000 deep, a forged or non-ASCII signature header, a wrong length and an oversized body
each get their 4xx answer on the same connection (never a reset); a busy port is one line and exit code 6.
Everything runs on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import hmac
import socket
import threading
from collections.abc import Callable

from cli_support import Wawp

SECRET = "hostile-secret"
CONCURRENT = 300


def _signed(body: bytes, at: float) -> bytes:
    """A whole HTTP request delivering ``body`` with a valid signature and a timestamp of ``at`` (unix seconds
    on the listener's clock, the emulator's in these tests)."""
    signature = hmac.new(SECRET.encode(), body, hashlib.sha512).hexdigest()
    head = (
        f"POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nX-Webhook-Hmac: {signature}\r\n"
        f"X-Webhook-Timestamp: {int(at * 1000)}\r\n\r\n"
    )
    return head.encode() + body


def _status(url: str, request: bytes) -> int:
    """Send ``request`` as is on a fresh connection and read the answer's status (0: no answer at all)."""
    host, port = url.removeprefix("http://").rstrip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as connection:
        connection.sendall(request)
        answer = b""
        while b"\r\n" not in answer:
            chunk = connection.recv(4096)
            if not chunk:
                return 0
            answer += chunk
    return int(answer.split()[1])


def _event(n: int, at: float) -> bytes:
    """A ``message`` event made at ``at`` (unix seconds): its signed timestamp is what the listener dates."""
    return b'{"timestamp": %d, "event": "message", "payload": {"id": "m%d", "body": "hello %d"}}' % (at * 1000, n, n)


def _run(wawp: Wawp, senders: Callable[[str], None], *args: str) -> tuple[int, str, str]:
    threads: list[threading.Thread] = []

    def start(url: str) -> None:
        threads.append(threading.Thread(target=senders, args=(url,)))
        threads[0].start()

    wawp.on_listening = start
    result = wawp("webhooks", "listen", "--port", "0", "--secret", SECRET, *args)
    threads[0].join(timeout=60)
    return result.exit_code, result.stdout, result.stderr


def test_an_idle_and_a_slow_sender_block_none_of_300_concurrent_deliveries(wawp: Wawp) -> None:
    answers: list[int] = []
    held: list[socket.socket] = []
    at = wawp.emulator.world.clock.now()

    def send(url: str) -> None:
        host, port = url.removeprefix("http://").rstrip("/").split(":")
        idle = socket.create_connection((host, int(port)))  # connects and says nothing
        slow = socket.create_connection((host, int(port)))
        slow.sendall(b"POST /hook HTTP/1.1\r\nContent-Length: 100\r\n\r\n{")  # then stalls mid-body
        held.extend([idle, slow])
        start = threading.Barrier(CONCURRENT)

        def one(n: int) -> None:
            start.wait()
            answers.append(_status(url, _signed(_event(n, at), at)))

        workers = [threading.Thread(target=one, args=(n,)) for n in range(CONCURRENT)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)

    try:
        code, stdout, stderr = _run(wawp, send, "--max-events", str(CONCURRENT))
    finally:
        for connection in held:
            connection.close()
    assert code == 0, stderr
    assert sorted(answers) == [200] * CONCURRENT
    printed = stdout.splitlines()
    assert len(printed) == CONCURRENT and all(line.startswith("message MessageEvent id='m") for line in printed)
    assert {line.split("'")[1] for line in printed} == {f"m{n}" for n in range(CONCURRENT)}


def test_bad_bodies_and_headers_are_answered_4xx_and_the_listener_keeps_serving(wawp: Wawp) -> None:
    at = wawp.emulator.world.clock.now()
    deep = b"[" * 100_000 + b"]" * 100_000
    # Deeper than the client's decoder takes (it refuses before decoding, so nothing nested can break printing).
    parsable_yet_deep = b'{"event": "message", "payload": ' + b"[" * 900 + b"]" * 900 + b"}"
    parsable_yet_deep = parsable_yet_deep.replace(b"{", b'{"timestamp": %d, ' % (at * 1000), 1)
    requests = {
        "deep JSON": _signed(deep, at),
        "nested too deeply": _signed(parsable_yet_deep, at),
        "not JSON": _signed(b"not json at all", at),
        "forged signature": _signed(_event(1, at), at).replace(b"X-Webhook-Hmac: ", b"X-Webhook-Hmac: 00"),
        "non-ASCII signature": (b"POST / HTTP/1.1\r\nContent-Length: 2\r\nX-Webhook-Hmac: \xc3\xa9\xc3\xa9\r\n\r\n{}"),
        "no length": b"POST / HTTP/1.1\r\nX-Webhook-Hmac: 00\r\n\r\n",
        "oversized": b"POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n",
    }
    answers: dict[str, int] = {}

    def send(url: str) -> None:
        for name, request in requests.items():
            answers[name] = _status(url, request)
        answers["then a valid one"] = _status(url, _signed(_event(2, at), at))

    code, stdout, stderr = _run(wawp, send, "--max-events", "1")
    assert code == 0, stderr
    # Deep, too-deep and non-JSON bodies are signed correctly, but none can be decoded, so none has a signed
    # timestamp to be dated by: verification refuses them (401), an answer, never a dropped connection.
    assert answers == {
        "deep JSON": 401,
        "nested too deeply": 401,
        "not JSON": 401,
        "forged signature": 401,
        "non-ASCII signature": 401,
        "no length": 400,
        "oversized": 413,
        "then a valid one": 200,
    }
    assert stdout.splitlines() == ["message MessageEvent id='m2' body='hello 2'"]
    assert "Traceback" not in stderr and stderr.count("rejected a delivery") == 5


def test_a_busy_port_is_one_line_and_exit_6(wawp: Wawp) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = wawp("webhooks", "listen", "--port", str(port), "--secret", SECRET)
    assert result.exit_code == 6
    assert result.stderr.splitlines() == [
        f"Error: cannot listen on 127.0.0.1:{port}: Address already in use (try another --port; 0 picks a free one)"
    ]
