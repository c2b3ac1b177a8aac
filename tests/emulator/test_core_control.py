"""The control API, its OpenAPI document, /openapi.json and /docs; Python mirror; transports."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _core import CORE_SPEC, Counter, core_emulator
from wawp_emulator import __version__
from wawp_emulator.control.registry import (
    ACTION_PATH,
    CONTROL_ACTIONS,
    bundled_control_document,
    control_action,
    control_spec,
)
from wawp_emulator.emulator import Emulator
from wawp_emulator.registry import ApiError
from wawp_emulator.spec import load_spec


@control_action(
    "test.core.inbound",
    schema={
        "type": "object",
        "required": ["text"],
        "properties": {"text": {"type": "string", "minLength": 1}, "times": {"type": "integer", "minimum": 1}},
        "additionalProperties": False,
    },
)
def inbound(world: Any, instance: Any, body: dict[str, Any]) -> object:
    """Someone writes to the instance (test action)."""
    counter = instance.state(Counter)
    for _ in range(body.get("times", 1)):
        counter.sent.append({"inbound": body["text"]})
        world.emit(instance, "message", {"body": body["text"]})
    if body["text"] == "fail":
        raise ApiError(409, "cannot", "refused")
    return {"count": len(counter.sent)}


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with core_emulator() as emulator:
        yield emulator


@pytest.fixture
def control(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=emu.transport(), base_url="http://127.0.0.1") as client:
        yield client


def test_openapi_json_is_the_served_spec(control: httpx.Client) -> None:
    served = control.get("/openapi.json")
    assert served.status_code == 200 and served.headers["content-type"].startswith("application/json")
    assert served.json() == load_spec(CORE_SPEC).document


def test_docs_page_is_self_contained(control: httpx.Client) -> None:
    for path, spec_url in (("/docs", "/openapi.json"), ("/_emulator/docs", "/_emulator/openapi.json")):
        page = control.get(path)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        text = page.text
        assert "<script>" in text and json.dumps(spec_url) in text
        assert "http://" not in text and "https://" not in text and 'src="//' not in text  # no external assets


def test_control_openapi_is_the_control_spec_with_plugin_actions(emu: Emulator, control: httpx.Client) -> None:
    served = control.get("/_emulator/openapi.json")
    assert served.status_code == 200 and served.headers["content-type"].startswith("application/json")
    document = served.json()
    assert document["openapi"] == "3.1.0" and document["info"]["version"] == __version__
    bundled = bundled_control_document()
    generic = ACTION_PATH + "{name}"
    served_paths = {p: i for p, i in document["paths"].items() if p in bundled["paths"] and p != generic}
    assert served_paths == {p: i for p, i in bundled["paths"].items() if p != generic}
    name = next(p for p in document["paths"][generic]["parameters"] if p.get("name") == "name")
    assert "test.core.inbound" in name["schema"]["not"]["enum"]  # plug-in actions are not the generic operation's
    action = document["paths"]["/_emulator/instances/{instance_id}/actions/test.core.inbound"]["post"]
    assert action["requestBody"]["content"]["application/json"]["schema"] == CONTROL_ACTIONS["test.core.inbound"].schema
    assert action["summary"] == "Someone writes to the instance (test action)."
    assert action["operationId"] == "testCoreInbound" and action["tags"] == ["plug-ins"]
    assert emu.control.actions["test.core.inbound"] == "testCoreInbound"


def test_a_plugin_action_the_spec_describes_or_that_has_no_schema_is_refused() -> None:
    def run(world: Any, instance: Any, body: dict[str, Any]) -> object:
        return {}

    control_spec()  # (every action module imported first)
    for name, schema, problem in (
        ("message.inbound", {"type": "object"}, "described by control/openapi.yaml and by schema="),
        ("test.core.undescribed", None, "no operation in control/openapi.yaml"),
    ):
        saved = CONTROL_ACTIONS.pop(name, None)
        try:
            control_action(name, schema=schema)(run)
            with pytest.raises(ValueError, match=re.escape(problem)):
                control_spec()
        finally:
            CONTROL_ACTIONS.pop(name)
            if saved is not None:
                CONTROL_ACTIONS[name] = saved
    control_spec()  # consistent again


def test_actions_over_http_and_python(emu: Emulator, control: httpx.Client) -> None:
    url = f"/_emulator/instances/{emu.instance_id}/actions/test.core.inbound"
    assert control.post(url, json={"text": "hi", "times": 2}).json() == {"count": 2}
    assert emu.act(emu.instance_id, "test.core.inbound", text="again") == {"count": 3}
    assert emu.act(None, "test.core.inbound", {"text": "dict body"}) == {"count": 4}
    assert [e["event"] for e in emu.events] == ["message"] * 4
    bad = control.post(url, json={"text": ""})
    assert bad.status_code == 400 and bad.json()["code"] == "rest_invalid_param" and "text" in bad.text
    assert control.post(url, json={"text": "x", "extra": 1}).status_code == 400
    assert (
        control.post(url, content=b"{oops", headers={"Content-Type": "application/json"}).json()["code"]
        == "rest_invalid_json"
    )
    missing = control.post(f"/_emulator/instances/{emu.instance_id}/actions/no.such.action", json={})
    assert missing.status_code == 404 and missing.json()["code"] == "unknown_action"
    assert control.post("/_emulator/instances/NOPE/actions/test.core.inbound", json={"text": "x"}).status_code == 404
    refused = control.post(url, json={"text": "fail"})
    assert refused.status_code == 409 and refused.json() == {
        "code": "cannot",
        "message": "refused",
        "data": {"status": 409},
    }
    with pytest.raises(ApiError) as caught:
        emu.act(None, "test.core.inbound", text=5)
    assert caught.value.status == 400
    listed = {a["name"]: a for a in control.get("/_emulator/actions").json()}
    assert listed["test.core.inbound"]["schema"] == CONTROL_ACTIONS["test.core.inbound"].schema
    assert listed["message.inbound"]["operationId"] == "sendMessage"
    assert listed["message.inbound"]["schema"]["required"] == ["from"]


def test_reset_seed_and_clock(emu: Emulator, control: httpx.Client) -> None:
    with emu.client() as http:
        first = http.post("/send", params={"chatId": "1@c.us", "message": "a"}).json()["id"]
    assert control.get("/_emulator/clock").json()["now"] == 1767225600.0
    advanced = control.post("/_emulator/clock/advance", json={"seconds": 90})
    assert advanced.json() == {"now": 1767225690.0, "ran": 0}
    assert control.post("/_emulator/clock/advance", json={"seconds": -1}).status_code == 400
    assert control.post("/_emulator/reset", json={}).json()["reset"] is True
    assert emu.requests == [] and emu.instance.state(Counter).sent == []
    with emu.client() as http:
        assert http.post("/send", params={"chatId": "1@c.us", "message": "a"}).json()["id"] == first
    assert control.post("/_emulator/seed", json={"seed": 12}).json() == {"seed": 12}
    assert control.post("/_emulator/seed", json={}).status_code == 400
    state = control.get("/_emulator/state/instances").json()
    assert state[0]["id"] == emu.instance_id and state[0]["default"] is True
    health = control.get("/_emulator/health").json()
    assert health["status"] == "ok" and health["violations"] == 0


def test_create_instance_and_unknown_control_route(control: httpx.Client) -> None:
    created = control.post("/_emulator/instances", json={"name": "shop"}).json()
    assert len(created["id"]) == 12
    missing = control.get("/_emulator/nothing")
    assert missing.status_code == 404 and missing.json()["code"] == "rest_no_route"
    wrong = control.put("/_emulator/reset")
    assert wrong.status_code == 405 and "POST" in wrong.headers["allow"]


def test_async_transport(emu: Emulator) -> None:
    async def run() -> int:
        async with emu.async_client() as client:
            return (await client.get("/session/info")).status_code

    assert asyncio.run(run()) == 200


def test_serve_in_thread_over_a_real_socket(emu: Emulator) -> None:
    with emu.serve_in_thread() as url:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/wp-json/awp/v1")
        response = httpx.get(url + "/session/info", params=emu.credentials, timeout=5)
        assert response.status_code == 200
        assert httpx.get(url.replace("/wp-json/awp/v1", "/_emulator/health"), timeout=5).json()["status"] == "ok"
    with emu.client() as http:  # the in-process app still works after the server stopped
        assert http.post("/send", params={"chatId": "1@c.us", "message": "x"}).status_code == 200


@pytest.mark.parametrize(
    "webhook",
    [
        {"url": "http://"},
        {"url": "http://hooks.test/in", "customHeaders": [{"name": "X Bad", "value": "1"}]},
        {"url": "http://hooks.test/in", "customHeaders": [{"name": "X-A", "value": "a\r\nX-B: 1"}]},
    ],
)
def test_a_webhook_that_could_never_be_delivered_is_refused(
    emu: Emulator, control: httpx.Client, webhook: dict[str, Any]
) -> None:
    """Found by the control run: such webhooks used to be stored, then fail every attempt (retries included).

    The control spec refuses them (400), and so does the Python API, which no schema guards.
    """
    answer = control.post(f"/_emulator/instances/{emu.instance_id}/webhooks", json=webhook)
    assert answer.status_code == 400 and answer.json()["code"] == "rest_invalid_param"
    headers = {h["name"]: h["value"] for h in webhook.get("customHeaders", [])}
    with pytest.raises(ValueError, match=r"cannot be sent|with a host"):
        emu.add_webhook(webhook["url"], custom_headers=headers)
    assert emu.webhooks() == []


def test_a_fault_id_in_use_is_a_conflict(control: httpx.Client) -> None:
    """Found by the control run: a second rule with the same id answered 400 as if its body were malformed."""
    first = control.post("/_emulator/faults", json={"id": "slow", "latency_ms": 5})
    assert first.status_code == 200 and first.json()["id"] == "slow"
    again = control.post("/_emulator/faults", json={"id": "slow", "status": 500})
    assert again.status_code == 409 and again.json()["code"] == "fault_exists"
    assert [rule["id"] for rule in control.get("/_emulator/faults").json()] == ["slow"]
