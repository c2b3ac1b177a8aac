"""At-least-once delivery (``duplicates`` on a webhook): copies, request ids, ``@lid`` twins, determinism."""

from __future__ import annotations

from typing import Any

import httpx
from wawp_emulator.emulator import Emulator
from wawp_emulator.state.contacts import ContactsState
from wawp_emulator.testing import WebhookSink
from wawp_emulator.webhooks import Duplicates

TO = "201112223334"  # on WhatsApp (even last digit)
GROUP = "120363012345678901@g.us"


def _inbound(emulator: Emulator, **body: Any) -> dict[str, Any]:
    result: dict[str, Any] = emulator.act(None, "message.inbound", **{"from": TO, "body": "hi", **body})
    return result


def _lid_of(emulator: Emulator, phone_id: str) -> str:
    """The instance's own lid map, as ``GET /lids`` answers it."""
    with emulator.client() as http:
        rows = http.get("/lids", params={"limit": 1000}).json()
    (lid,) = [row["lid"] for row in rows if row["pn"] == phone_id]
    return str(lid)


def test_copies_keep_the_event_id_and_repeat_the_request_id(emulator: Emulator, webhook_sink: WebhookSink) -> None:
    emulator.add_webhook(
        webhook_sink.url, ["message"], hmac_key=webhook_sink.secret, duplicates={"copies": 3, "sameRequestId": True}
    )
    _inbound(emulator)
    got = webhook_sink.wait_for("message", count=3)
    assert emulator.drain(5)
    assert len(got) == 3 and all(d.verified for d in got)
    assert len({d.json["id"] for d in got}) == 1 and len({d.body for d in got}) == 1
    assert len({d.headers["X-Webhook-Request-Id"] for d in got}) == 1
    records = emulator.deliveries
    assert [(r.copy, r.outcome) for r in records] == [(1, "delivered"), (2, "delivered"), (3, "delivered")]
    assert {r.event_id for r in records} == {got[0].json["id"]}


def test_copies_with_fresh_request_ids_through_the_control_api(emulator: Emulator, webhook_sink: WebhookSink) -> None:
    base = f"/_emulator/instances/{emulator.instance_id}/webhooks"
    with httpx.Client(transport=emulator.transport(), base_url="http://127.0.0.1") as control:
        body = {"url": webhook_sink.url, "events": ["message"], "hmac": {"key": webhook_sink.secret}}
        hook = control.post(base, json={**body, "duplicates": {"copies": 2}}).json()
        assert hook["duplicates"] == {"copies": 2, "sameRequestId": False, "lidCopies": False}
        for bad in ({"copies": 0}, {"copies": 11}, {"sameRequestId": "yes"}, {"other": 1}):
            assert control.post(base, json={**body, "duplicates": bad}).status_code == 400
        document = control.get("/_emulator/openapi.json").json()
        post = document["paths"]["/_emulator/instances/{instance_id}/webhooks"]["post"]
        assert post["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Webhook"}
        properties = document["components"]["schemas"]["Webhook"]["properties"]
        assert set(properties["duplicates"]["properties"]) == {"copies", "sameRequestId", "lidCopies"}
    _inbound(emulator)
    got = webhook_sink.wait_for("message", count=2)
    assert len({d.json["id"] for d in got}) == 1 and all(d.verified for d in got)
    assert len({d.headers["X-Webhook-Request-Id"] for d in got}) == 2


def test_lid_copies_of_inbound_messages(emulator: Emulator, webhook_sink: WebhookSink) -> None:
    emulator.add_webhook(
        webhook_sink.url, ["message", "message.any"], hmac_key=webhook_sink.secret, duplicates={"lidCopies": True}
    )
    sent = _inbound(emulator)
    lid = _lid_of(emulator, f"{TO}@c.us")
    for event in ("message", "message.any"):
        phone, twin = webhook_sink.wait_for(event, count=2)
        assert phone.json["payload"] == sent and phone.verified and twin.verified
        assert twin.json["id"] != phone.json["id"]
        payload = twin.json["payload"]
        assert payload["from"] == lid and payload["_data"]["Info"]["Chat"] == lid
        assert payload["id"] == f"false_{lid}_{sent['id'].split('_')[2]}" and payload["body"] == "hi"
    group = emulator.people.send_message(from_=GROUP, participant="201111111110", body="all")
    phone, twin = webhook_sink.wait_for("message", count=4)[2:]
    lid = twin.json["payload"]["participant"]
    assert phone.json["payload"] == group and lid.endswith("@lid")
    assert emulator.instance.state(ContactsState).remember("201111111110").lid == lid  # the lid they will keep
    assert twin.json["payload"]["from"] == GROUP and twin.json["payload"]["id"].endswith(f"_{lid}")
    with emulator.client() as http:  # outgoing messages have no lid twin
        http.post("/send", params={"chatId": TO, "message": "out"})
    assert emulator.drain(5)
    assert [e["payload"]["fromMe"] for e in webhook_sink.events("message.any")] == [False, False, False, False, True]
    assert [e["event"] for e in emulator.events].count("message") == 2  # the event log keeps the originals only


def _journal_ids(seed: int, url: str) -> list[tuple[str, str, int]]:
    with Emulator(seed=seed) as emu:
        emu.add_webhook(url, duplicates=Duplicates(copies=2, lid_copies=True))
        _inbound(emu)
        assert emu.drain(5)
        return [(r.event_id, r.request_id, r.copy) for r in emu.deliveries]


def test_duplicates_are_deterministic(webhook_sink: WebhookSink) -> None:
    first = _journal_ids(7, webhook_sink.url)
    assert first == _journal_ids(7, webhook_sink.url) != _journal_ids(8, webhook_sink.url)
    assert len(first) == 8 and len({event_id for event_id, _, _ in first}) == 4  # 2 events x (phone + lid) x 2


def test_manual_delivery_keeps_copies_sharing_a_request_id_apart(webhook_sink: WebhookSink) -> None:
    with Emulator(seed=0, webhook_delivery="manual") as emu:
        emu.add_webhook(webhook_sink.url, ["message"], duplicates={"copies": 2, "sameRequestId": True})
        _inbound(emu)
        assert emu.deliver_now() == 2
        records = emu.deliveries
        assert [r.copy for r in records] == [1, 2] and all(r.outcome == "delivered" for r in records)
        assert [len(r.attempts) for r in records] == [1, 1]
    assert len(webhook_sink.deliveries) == 2
