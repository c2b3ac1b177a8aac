"""Strict response validation, fault injection and the request journal."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import httpx
import pytest
from _core import CORE_HANDLERS, core_emulator
from wawp_emulator.app import ContractViolation
from wawp_emulator.emulator import Emulator
from wawp_emulator.registry import Reply, Request


def wrong_info(req: Request) -> object:
    return {"name": 42, "status": "WORKING"}  # name must be a string


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with core_emulator() as emulator:
        yield emulator


# --------------------------------------------------------------------------- strict mode


def test_strict_mode_catches_a_wrong_handler(caplog: pytest.LogCaptureFixture) -> None:
    with core_emulator(handlers={**CORE_HANDLERS, "coreInfo": wrong_info}) as emu, emu.client() as http:
        with caplog.at_level(logging.ERROR, logger="wawp_emulator"):
            response = http.get("/session/info")
        assert response.status_code == 500
        body = response.json()
        assert body["code"] == "emulator_contract_violation"
        assert "coreInfo" in body["message"] and "name" in body["message"]
        assert emu.violations and emu.violations[0]["operationId"] == "coreInfo"
        assert "CONTRACT VIOLATION coreInfo" in caplog.text


def test_strict_mode_can_raise_in_tests() -> None:
    with (
        core_emulator(handlers={**CORE_HANDLERS, "coreInfo": wrong_info}, raise_on_violation=True) as emu,
        emu.client() as http,
        pytest.raises(ContractViolation, match="coreInfo"),
    ):
        http.get("/session/info")


@pytest.mark.parametrize(
    ("result", "problem"),
    [
        (Reply({"success": True}, status=418), "status 418 is not documented"),
        (Reply(b"png", media_type="image/gif"), "media type"),
        ({"name": "x"}, "status"),  # required property missing
        ((1, 2), "is not of type 'object'"),
    ],
)
def test_strict_mode_checks_status_media_type_and_body(result: object, problem: str) -> None:
    with core_emulator(handlers={**CORE_HANDLERS, "coreInfo": lambda req: result}) as emu, emu.client() as http:
        assert http.get("/session/info").status_code == 500
        assert problem in emu.violations[0]["problems"][0]


def test_non_strict_mode_passes_responses_through() -> None:
    with core_emulator(handlers={**CORE_HANDLERS, "coreInfo": wrong_info}, strict=False) as emu:
        with emu.client() as http:
            assert http.get("/session/info").json() == {"name": 42, "status": "WORKING"}
        assert emu.violations == []


def test_recursive_schemas_are_validated(emu: Emulator) -> None:
    with emu.client() as http:
        assert http.get("/tree").status_code == 200
    bad = {"name": "root", "children": [{"name": 1}]}
    with core_emulator(handlers={**CORE_HANDLERS, "coreTree": lambda req: bad}) as other, other.client() as http:
        assert http.get("/tree").status_code == 500
        assert "children/0/name" in other.violations[0]["problems"][0]


def test_handler_crash_is_a_500_envelope_not_a_traceback(caplog: pytest.LogCaptureFixture) -> None:
    def boom(req: Request) -> object:
        raise RuntimeError("kaput")

    with core_emulator(handlers={**CORE_HANDLERS, "coreInfo": boom}) as emu, emu.client() as http:
        response = http.get("/session/info")
        assert response.status_code == 500 and response.json()["code"] == "emulator_internal_error"
        assert emu.violations == []  # 5XX is documented


def test_domain_errors_with_status_code_message_become_envelopes() -> None:
    class StateError(Exception):
        def __init__(self) -> None:
            self.status, self.code, self.message = 404, "chat_not_found", "Chat not found"

    def raises(req: Request) -> object:
        raise StateError

    with core_emulator(handlers={**CORE_HANDLERS, "coreChannelGet": raises}) as emu, emu.client() as http:
        response = http.get("/channels/1@newsletter")
        assert response.status_code == 404
        assert response.json() == {"code": "chat_not_found", "message": "Chat not found", "data": {"status": 404}}


# --------------------------------------------------------------------------- faults


SEND = {"chatId": "201234567890@c.us", "message": "hello"}


def sent(emu: Emulator) -> int:
    from _core import Counter

    return len(emu.instance.state(Counter).sent)


def test_status_fault_answers_before_the_handler(emu: Emulator) -> None:
    rule = emu.add_fault(operation="coreSend", status=503, code="wawp_upstream_error", message="upstream down")
    with emu.client() as http:
        response = http.post("/send", params=SEND)
        assert response.status_code == 503
        assert response.json() == {"code": "wawp_upstream_error", "message": "upstream down", "data": {"status": 503}}
        assert http.get("/session/info").status_code == 200  # other operations untouched
    assert sent(emu) == 0  # a faulted POST does not send
    assert rule.hits == 1
    assert emu.requests[0].fault == rule.id


def test_fault_times_and_retry_after(emu: Emulator) -> None:
    emu.add_fault(route="/send", method="POST", status=429, times=2, retry_after=1.5)
    with emu.client() as http:
        first = http.post("/send", params=SEND)
        assert first.status_code == 429 and first.headers["retry-after"] == "2"
        assert first.json()["code"] == "rate_limited"
        assert http.post("/send", params=SEND).status_code == 429
        assert http.post("/send", params=SEND).status_code == 200
    assert sent(emu) == 1


def test_latency_fault_delays_then_lets_through(emu: Emulator) -> None:
    emu.add_fault(operation="coreInfo", latency_ms=120)
    with emu.client() as http:
        started = time.perf_counter()
        assert http.get("/session/info").status_code == 200
        assert time.perf_counter() - started >= 0.12


def _pattern(seed: int) -> list[int]:
    with core_emulator(seed=seed) as emu:
        emu.add_fault(operation="core*", status=500, probability=0.3)
        with emu.client() as http:
            return [http.get("/session/info").status_code for _ in range(40)]


def test_probability_is_seeded() -> None:
    first, again, other = _pattern(7), _pattern(7), _pattern(8)
    assert first == again
    assert first != other
    assert 3 <= first.count(500) <= 25


def test_faults_through_the_control_api(emu: Emulator) -> None:
    with httpx.Client(transport=emu.transport(), base_url="http://127.0.0.1") as control:
        created = control.post("/_emulator/faults", json={"operation": "coreInfo", "status": 502})
        assert created.status_code == 200, created.text
        assert [f["id"] for f in control.get("/_emulator/faults").json()] == [created.json()["id"]]
        bad = control.post("/_emulator/faults", json={"status": 200})
        assert bad.status_code == 400 and bad.json()["code"] == "rest_invalid_param"
        assert control.post("/_emulator/faults", json={"bogus": 1}).status_code == 400
        with emu.client() as http:
            assert http.get("/session/info").status_code == 502
        assert control.delete("/_emulator/faults").json() == {"removed": 1}
        with emu.client() as http:
            assert http.get("/session/info").status_code == 200


def test_fault_rules_are_checked() -> None:
    with core_emulator() as emu:
        for bad in ({"status": 302}, {"probability": 2, "status": 500}, {}, {"latency_ms": -1}):
            with pytest.raises(ValueError):
                emu.add_fault(**bad)


# --------------------------------------------------------------------------- journal


def test_journal_records_and_masks_credentials(emu: Emulator) -> None:
    with emu.client() as http:
        http.post("/send", params=SEND)
        http.get("/nope")
    first, second = emu.requests
    assert first.operation_id == "coreSend" and first.status == 200 and first.method == "POST"
    assert first.query == {"chatId": SEND["chatId"], "message": "hello", "instance_id": "***", "access_token": "***"}
    assert first.duration_ms > 0
    assert second.operation_id is None and second.status == 404 and second.error_code == "rest_no_route"
    with httpx.Client(transport=emu.transport(), base_url="http://127.0.0.1") as control:
        listed = control.get("/_emulator/journal/requests").json()
        text = str(listed)
        assert emu.access_token not in text and emu.instance_id not in text
        assert [r["operationId"] for r in listed] == ["coreSend", None]
        assert len(control.get("/_emulator/journal/requests", params={"operationId": "coreSend"}).json()) == 1
        control.delete("/_emulator/journal/requests")
    assert emu.requests == []
