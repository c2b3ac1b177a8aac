"""Bad input and hostile callers: every case answers 4xx, changes nothing, and the state stays readable.

Each case was a 500 (or worse, a stored value that broke every later read) before the hardening of
issue 10: lone surrogates, deep JSON, 5,000-digit integers, ``²`` as a limit, ``HEAD`` on control
routes, an unbounded control body, ``Infinity`` latency, cross-origin and foreign-Host requests.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _sessions_world import error, ok, open_emulator
from wawp_emulator.emulator import Emulator
from wawp_emulator.spec import load_spec

LOCAL = "http://127.0.0.1"
JSON = {"Content-Type": "application/json"}


def _readable(emu: Emulator, http: httpx.Client) -> None:
    """The reads the issue saw broken by a stored lone surrogate all answer 200 (and writes still work)."""
    ok(http.post("/send", params={"chatId": "201112223334", "message": "still fine"}))
    ok(http.get("/labels"))
    ok(http.get("/chats/201112223334@c.us/messages", params={"limit": 20}))
    with httpx.Client(transport=emu.transport(), base_url=LOCAL) as control:
        assert control.get("/_emulator/journal/events").status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        b'{"name": "\\ud800", "colorHex": "#ff9485"}',  # lone high surrogate
        b'{"name": "ok\\udc00", "colorHex": "#ff9485"}',  # lone low surrogate
        b'{"name": "a\\u0000b", "colorHex": "#ff9485"}',  # NUL
        b'{"name": "x", "colorHex": "#ff9485", "\\ud800": 1}',  # in a key
        b'{"name": "x", "colorHex": "#ff9485", "n": 1e999}',  # overflows to infinity
        b'{"name": "x", "colorHex": "#ff9485", "n": NaN}',
        b'{"name": "x", "colorHex": "#ff9485", "n": ' + b"9" * 5000 + b"}",
        b'{"name": "x", "colorHex": "#ff9485", "deep": ' + b"[" * 100 + b"]" * 100 + b"}",
        b'{"name": "x", "colorHex": "#ff9485", "deeper": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    ],
    ids=["surrogate", "low-surrogate", "nul", "surrogate-key", "1e999", "nan", "5000-digits", "depth-100", "depth-1e5"],
)
def test_unstorable_api_bodies_answer_400_and_store_nothing(body: bytes) -> None:
    with open_emulator() as emu, emu.client() as http:
        error(http.post("/labels", content=body, headers=JSON), 400, "rest_invalid_json")
        assert ok(http.get("/labels")) == []
        _readable(emu, http)


def test_a_paired_surrogate_escape_is_an_ordinary_character() -> None:
    with open_emulator() as emu, emu.client() as http:
        ok(http.post("/labels", content=b'{"name": "\\ud83d\\ude00", "colorHex": "#ff9485"}', headers=JSON))
        assert [label["name"] for label in ok(http.get("/labels"))] == ["\U0001f600"]
        _readable(emu, http)


@pytest.mark.parametrize("limit", ["9" * 5000, "\u00b2", "99999999999999999999", "-9223372036854775809"])
def test_unbounded_or_odd_integers_in_the_query_answer_400(limit: str) -> None:
    with open_emulator() as emu, emu.client() as http:
        error(http.get("/chats/201112223334@c.us/messages", params={"limit": limit}), 400)
        with httpx.Client(transport=emu.transport(), base_url=LOCAL) as control:
            error(control.get("/_emulator/journal/events", params={"limit": limit}), 400)
        _readable(emu, http)


def test_control_bodies_are_storable_json_or_400() -> None:
    with open_emulator() as emu, httpx.Client(transport=emu.transport(), base_url=LOCAL) as control:
        fault = b'{"operation": "sendText", "latency_ms": Infinity}'
        error(control.post("/_emulator/faults", content=fault, headers=JSON), 400, "rest_invalid_json")
        error(control.post("/_emulator/faults", json={"operation": "x", "latency_ms": 60_001}), 400)
        deep = b'{"seed": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
        error(control.post("/_emulator/seed", content=deep, headers=JSON), 400, "rest_invalid_json")
        url = f"/_emulator/instances/{emu.instance_id}/actions/message.inbound"
        inbound = b'{"from": "201112223334", "text": "\\ud800"}'
        error(control.post(url, content=inbound, headers=JSON), 400, "rest_invalid_json")
        assert emu.faults == [] and emu.events == []


def test_head_is_answered_wherever_get_is() -> None:
    with open_emulator() as emu, httpx.Client(transport=emu.transport(), base_url=LOCAL) as control:
        for path in ("/_emulator/health", "/_emulator/journal/events", "/_emulator/faults", "/openapi.json"):
            head = control.head(path)
            assert head.status_code == 200 and head.content == b"", path
        assert control.head("/_emulator/reset").status_code == 405
    with open_emulator() as emu, emu.client() as http:
        got, head = http.get("/session/info"), http.head("/session/info")
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-length"] == got.headers["content-length"]
        assert http.head("/send").status_code == 405  # no GET there


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({"Host": "evil.example"}, "emulator_foreign_host"),
        ({"Host": "127.0.0.1.evil.example"}, "emulator_foreign_host"),
        ({"Origin": "http://evil.example"}, "emulator_foreign_origin"),
        ({"Origin": "null"}, "emulator_foreign_origin"),
    ],
)
def test_cross_origin_and_foreign_host_control_requests_answer_403(headers: dict[str, str], code: str) -> None:
    with open_emulator() as emu, httpx.Client(transport=emu.transport(), base_url=LOCAL) as control:
        for request in (
            lambda: control.get("/_emulator/journal/events", headers=headers),
            lambda: control.post("/_emulator/reset", json={}, headers=headers),
        ):
            error(request(), 403, code)
        assert control.get("/_emulator/health", headers={"Origin": LOCAL}).status_code == 200
        assert control.get("/openapi.json", headers=headers).status_code == 200  # the published spec


def test_a_text_plain_post_never_reaches_an_action() -> None:
    with open_emulator() as emu, httpx.Client(transport=emu.transport(), base_url=LOCAL) as control:
        url = f"/_emulator/instances/{emu.instance_id}/webhooks"
        body = b'{"url": "https://evil.example/hook"}'
        error(control.post(url, content=body, headers={"Content-Type": "text/plain"}), 415)
        assert emu.webhooks() == []


def test_a_20_mb_control_body_answers_413_before_it_is_read() -> None:
    with open_emulator() as emu, httpx.Client(transport=emu.transport(), base_url=LOCAL) as control:
        declared = control.post("/_emulator/reset", content=b" " * (20 * 1024 * 1024), headers=JSON)
        error(declared, 413, "rest_body_too_large")

        def stream() -> Iterator[bytes]:  # no Content-Length: capped while it is read
            for _ in range(20):
                yield b" " * (1024 * 1024)

        error(control.post("/_emulator/reset", content=stream(), headers=JSON), 413, "rest_body_too_large")


def test_the_control_token_is_required_when_set() -> None:
    """With a token, any Host is answered (a container is reached by its service name), but only with it."""
    emu = Emulator(control_token="s3cret")
    with emu, httpx.Client(transport=emu.transport(), base_url="http://emulator.internal:8787") as control:
        events = "/_emulator/journal/events"
        error(control.get(events), 401, "emulator_token_required")
        error(control.get(events, headers={"Authorization": "Bearer nope"}), 401)
        assert control.get(events, headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert control.get("/_emulator/faults", headers={"X-Emulator-Token": "s3cret"}).status_code == 200
        assert control.get("/_emulator/health").status_code == 200  # the container's HEALTHCHECK


def test_binding_beyond_loopback_without_a_token_is_refused() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "wawp_emulator.cli", "--host", "0.0.0.0", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=30,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 2 and "--control-token" in run.stderr


def test_a_long_latency_fault_does_not_hold_shutdown() -> None:
    """A request sleeping in a one-minute latency fault is cancelled: the server stops within 5 s."""
    with open_emulator() as emu:
        emu.add_fault({"operation": "sendText", "latency_ms": 60_000})
        with emu.serve_in_thread() as base, httpx.Client(base_url=base, params=emu.credentials, timeout=90) as http:
            outcome: list[object] = []

            def send() -> None:
                try:
                    outcome.append(http.post("/send", params={"chatId": "201112223334", "message": "x"}))
                except httpx.HTTPError as exc:
                    outcome.append(exc)

            sender = threading.Thread(target=send, daemon=True)
            sender.start()
            time.sleep(0.5)
            assert outcome == []  # it is sleeping in the fault
            started = time.monotonic()
        assert time.monotonic() - started < 5
        sender.join(5)
        assert len(outcome) == 1 and not (isinstance(outcome[0], httpx.Response) and outcome[0].is_success)


def test_an_offset_is_taken_up_to_the_64_bit_maximum_the_spec_declares() -> None:
    [op] = [op for op in load_spec() if op.operation_id == "contactsList"]
    [offset] = [p for p in op.query if p.name == "offset"]
    largest = offset.schema["maximum"]
    with open_emulator() as emu, emu.client() as http:
        assert ok(http.get("/contacts/all", params={"offset": str(largest)})) == []
        for beyond in (str(largest + 1), "1" + "0" * 30):
            body = error(http.get("/contacts/all", params={"offset": beyond}), 400)
            assert body["data"]["params"]["offset"] == "offset is outside the 64-bit integer range."
        body = error(http.get("/contacts/all", params={"offset": "1.5"}), 400)
        assert body["data"]["params"]["offset"] == "offset is not an integer."


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "read"),
    [
        ("PUT", "/profile/nameRequest", {"params": {"name": "   "}}, ("/profile", "name")),
        ("POST", "/groups", {"json": {"name": "   ", "participants": [{"id": "201222222222"}]}}, None),
        ("POST", "/channels", {"json": {"name": "   "}}, None),
        ("POST", "/labels", {"json": {"name": "   ", "color": 0}}, None),
    ],
)
def test_a_blank_name_is_taken_as_sent_as_wahas_dtos_take_it(
    method: str, path: str, kwargs: dict[str, Any], read: tuple[str, str] | None
) -> None:
    """ProfileNameRequest refuses only "" (IsNotEmpty); the group, channel and label DTOs check the type only:
    a name of spaces reaches the engine and is kept as sent."""
    with open_emulator() as emu, emu.client() as http:
        body = ok(http.request(method, path, **kwargs))
        if read is not None:
            body = ok(http.get(read[0]))
        name = body.get("name", body.get("Name")) if read is None else body[read[1]]
        assert name == "   ", body


def test_an_empty_profile_name_is_refused_by_the_spec() -> None:
    with open_emulator() as emu, emu.client() as http:
        body = error(http.put("/profile/nameRequest", params={"name": ""}), 400, "rest_invalid_param")
        assert "name" in body["data"]["params"], body


def test_an_empty_first_name_saves_a_contact_as_wahas_dto_allows() -> None:
    """ContactUpdateBody.firstName is IsString only and GOWS sends ``firstName || ''``: the contact is saved."""
    with open_emulator() as emu, emu.client() as http:
        answer = http.put("/contacts/201234567890@c.us", params={"firstName": "", "lastName": "Doe"})
        assert ok(answer) == {"success": True}
        contact = ok(http.get("/contacts", params={"contactId": "201234567890@c.us"}))
        assert contact["name"] == "Doe", contact


def test_a_contact_is_saved_by_its_lid_and_an_unknown_lid_is_404() -> None:
    """The spec takes a ``…@lid`` contactId: a known lid saves that contact, an unknown one is 404 as for reads."""
    with open_emulator() as emu, emu.client() as http:
        ok(http.put("/contacts/201234567890@c.us", params={"firstName": "Jane"}))
        [mapping] = [m for m in ok(http.get("/lids", params={"limit": 1000})) if m["pn"] == "201234567890@c.us"]
        lid = mapping["lid"]
        ok(http.put(f"/contacts/{lid}", params={"firstName": "Janet"}))
        assert ok(http.get("/contacts", params={"contactId": "201234567890@c.us"}))["name"] == "Janet"
        error(http.put("/contacts/78528385399@lid", params={"firstName": "X"}), 404, "contact_not_found")
