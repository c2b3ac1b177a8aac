"""Performance figures of the generated client, printed as side-by-side ratios (no assertions).

1. Import cost: ``import wawp_client`` against ``import httpx`` in fresh interpreters (median of
   repeated runs); the difference is what the package adds on top of its HTTP library.
2. Per-call overhead: ``client.messages.send_text(...)`` against the same request made with a bare
   ``httpx.Client`` (query auth by hand, ``response.json()``), both against one in-process app:
   a ``MockTransport`` answering a fixed body (worst case: the app costs nothing), and the emulator's
   ASGI app when ``wawp_emulator`` is installed (a realistic server). Calls are interleaved in rounds
   so that drift hits both sides alike.
3. Reading a page: ``client.chats.messages.list(limit=1000)`` answered with 1,000 GOWS-shaped messages
   (the engine fixture of ``chatMessagesList``, ids varied) against ``httpx`` plus ``.json()`` on the same
   bytes; then both again reading ``id`` and ``body`` of every message (attributes against dict keys).
"""

from __future__ import annotations

import copy
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import wawp_client

IMPORT_RUNS = 15
ROUNDS = 7
CALLS = 300
PAGE = 1000
PAGE_CALLS = 10
GOWS_MESSAGES = Path(__file__).resolve().parent.parent / "tests/fixtures/engine/GOWS/chatMessagesList.json"
INSTANCE_ID = "BENCH0000001"
ACCESS_TOKEN = "bench-token-0001"
BASE_URL = "http://bench.local/wp-json/awp/v1"
JSON_HEADERS = {"content-type": "application/json"}
MESSAGE = {
    "id": "true_201234567890@c.us_3EB0C767D26A1D8A9C11",
    "timestamp": 1700000000,
    "from": "201234567890@c.us",
    "fromMe": True,
    "to": "201234567890@c.us",
    "body": "hello",
    "hasMedia": False,
    "ack": 1,
    "ackName": "SERVER",
}


def import_seconds(module: str) -> float:
    """Median wall time of ``import module`` in a fresh interpreter."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    runs = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(IMPORT_RUNS)
    ]
    return statistics.median(runs)


def per_call(fn: Callable[[], object], calls: int = CALLS) -> float:
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        return (time.perf_counter() - start) / calls
    finally:
        gc.enable()


def gows_page() -> bytes:
    """A JSON page of ``PAGE`` GOWS-shaped messages: the engine fixture's message, each with its own id and text."""
    (message,) = json.loads(GOWS_MESSAGES.read_text(encoding="utf-8"))["body"]
    page = []
    for number in range(PAGE):
        item = copy.deepcopy(message)
        raw_id = f"3EB0{number:016X}"
        item["id"] = f"true_201234567890@c.us_{raw_id}"
        item["body"] = item["_data"]["Message"]["extendedTextMessage"]["text"] = f"message {number}"
        item["_data"]["Info"]["ID"] = raw_id
        page.append(item)
    return json.dumps(page).encode()


def compare_page() -> None:
    """The facade reading a page of ``PAGE`` messages against httpx plus ``.json()`` on the same bytes."""
    body = gows_page()

    def transport() -> httpx.BaseTransport:
        return httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=JSON_HEADERS))

    bare = httpx.Client(base_url=BASE_URL, transport=transport())
    client = wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, base_url=BASE_URL, transport=transport())
    query = {"limit": str(PAGE), "instance_id": INSTANCE_ID, "access_token": ACCESS_TOKEN}

    def bare_page() -> list[Any]:
        response = bare.get("/chats/201234567890@c.us/messages", params=query)
        response.raise_for_status()
        page: list[Any] = response.json()
        return page

    def facade_page() -> list[Any]:
        return client.chats.messages.list(chat_id="201234567890@c.us", limit=PAGE).items

    sides: dict[str, Callable[[], object]] = {
        "bare": bare_page,
        "facade": facade_page,
        "bare, id+body read": lambda: [(m["id"], m["body"]) for m in bare_page()],
        "facade, id+body read": lambda: [(m.id, m.body) for m in facade_page()],
    }
    times: dict[str, list[float]] = {name: [] for name in sides}
    for fn in sides.values():
        fn()
    for _ in range(ROUNDS):
        for name, fn in sides.items():
            times[name].append(per_call(fn, PAGE_CALLS))
    median = {name: statistics.median(values) for name, values in times.items()}
    for read in ("", ", id+body read"):
        b, f = median[f"bare{read}"], median[f"facade{read}"]
        print(
            f"page of {PAGE} GOWS messages ({len(body) // 1024} KiB){read}: httpx + .json() {b * 1e3:6.2f} ms | "
            f"wawp_client {f * 1e3:6.2f} ms | ratio {f / b:4.2f} (target <= 1.5)"
        )
    bare.close()
    client.close()


def compare(
    label: str, make_transport: Callable[[], httpx.BaseTransport], base_url: str, send: bool, verdict: str
) -> None:
    """``send``: ``POST /send`` with two query parameters; otherwise ``GET /session/info``."""
    bare = httpx.Client(base_url=base_url, transport=make_transport())
    auth = {"instance_id": INSTANCE_ID, "access_token": ACCESS_TOKEN}
    client = wawp_client.Wawp(INSTANCE_ID, ACCESS_TOKEN, base_url=base_url, transport=make_transport())
    chat_id, text = "201234567890@c.us", "hello"

    def bare_call() -> Any:
        if send:
            response = bare.post("/send", params={"chatId": chat_id, "message": text, **auth})
        else:
            response = bare.get("/session/info", params=auth)
        response.raise_for_status()
        return response.json()

    def facade_call() -> Any:
        return client.messages.send_text(chat_id=chat_id, message=text) if send else client.sessions.info()

    bare_call()
    facade_call()
    bare_times, facade_times = [], []
    for _ in range(ROUNDS):
        bare_times.append(per_call(bare_call))
        facade_times.append(per_call(facade_call))
    b, f = statistics.median(bare_times), statistics.median(facade_times)
    print(
        f"per-call [{label}]: bare httpx {b * 1e6:8.1f} us | wawp_client {f * 1e6:8.1f} us | "
        f"overhead {(f - b) * 1e6:7.1f} us = {100 * (f / b - 1):5.1f} % ({verdict})"
    )
    bare.close()
    client.close()


def mock_transport() -> httpx.BaseTransport:
    body = json.dumps(MESSAGE).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=JSON_HEADERS)

    return httpx.MockTransport(handler)


def emulator() -> Any:
    """An in-process emulator with the bench credentials, if ``wawp_emulator`` is installed."""
    try:
        from wawp_emulator.emulator import Emulator  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return Emulator(instance_id=INSTANCE_ID, access_token=ACCESS_TOKEN, webhook_delivery="manual")


def main() -> None:
    httpx_cost = import_seconds("httpx")
    client_cost = import_seconds("wawp_client")
    print(
        f"import: httpx {httpx_cost * 1e3:6.1f} ms | wawp_client {client_cost * 1e3:6.1f} ms | "
        f"extra {(client_cost - httpx_cost) * 1e3:6.1f} ms (target <= 60 ms) | ratio {client_cost / httpx_cost:4.2f}"
    )
    compare_page()
    floor = "floor, not the target: an app that does no work makes the client's own cost look largest"
    compare("MockTransport, POST /send", mock_transport, BASE_URL, send=True, verdict=floor)
    app = emulator()
    if app is None:
        print("per-call [emulator]: skipped (wawp_emulator not installed)")
    else:
        target = "the target figure: <= 10 % against the same in-process app"
        compare("emulator ASGI, GET /session/info", app.transport, app.base_url, send=False, verdict=target)
        app.close()


if __name__ == "__main__":
    main()
