"""Wawp v2 on the emulator (``/v2``): the same world and handlers as v1, v2's credentials and error
envelope, and v2's own behaviour (one-time passwords, plans, session webhooks, rate-limit policies,
temporary links, lists, events and poll votes). Seeded world, manual clock."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from wawp_emulator.emulator import Emulator
from wawp_emulator.registry import Request
from wawp_emulator.state.otp import CODE_LIFETIME, COOLDOWN, LOCKOUT, MAX_ATTEMPTS
from wawp_emulator.testing import WebhookSink

CHAT = "201234567890@c.us"
PHONE = "201234567890"


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(seed=11, strict=True, raise_on_violation=True, webhook_delivery="manual") as emulator:
        yield emulator


@pytest.fixture
def v2(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.base_url_v2, transport=emu.transport(), params=emu.credentials) as client:
        yield client


def _bare(emu: Emulator) -> httpx.Client:
    return httpx.Client(base_url=emu.base_url_v2, transport=emu.transport())


def _code(v2: httpx.Client) -> str:
    """The code of the last OTP message in the recipient's chat, as the user reads it."""
    last = v2.get("/chats/messages", params={"chatId": CHAT, "limit": 1}).json()[0]
    return str(last["body"]).split("code is ")[1][:6]


# --------------------------------------------------------------------------- serving v2


def test_v1_and_v2_share_one_world(emu: Emulator, v2: httpx.Client) -> None:
    sent = v2.post("/send/text", params={"chatId": CHAT, "message": "from v2"}).json()
    with emu.client() as v1:
        bodies = [m["body"] for m in v1.get(f"/chats/{CHAT}/messages").json()]
    assert "from v2" in bodies and sent["id"].startswith("true_")


@pytest.mark.parametrize("how", ["query", "access-token header", "bearer"])
def test_every_credential_alternative_is_accepted(emu: Emulator, how: str) -> None:
    token, instance = emu.access_token, emu.instance_id
    ways: dict[str, tuple[dict[str, str], dict[str, str]]] = {
        "query": ({"instance_id": instance, "access_token": token}, {}),
        "access-token header": ({"instance_id": instance}, {"access-token": token}),
        "bearer": ({}, {"Authorization": f"Bearer {token}", "X-Instance-ID": instance}),
    }
    params, headers = ways[how]
    with _bare(emu) as client:
        assert client.get("/session/me", params=params, headers=headers).status_code == 200


@pytest.mark.parametrize(
    ("params", "headers", "code"),
    [
        ({}, {}, "invalid_access_token"),
        ({}, {"Authorization": "Bearer wrong", "X-Instance-ID": "A1B2C3D4E5F6"}, "invalid_access_token"),
        ({"access_token": "TOKEN"}, {}, "invalid_instance"),
    ],
)
def test_wrong_credentials_answer_v2s_401_envelope(
    emu: Emulator, params: dict[str, str], headers: dict[str, str], code: str
) -> None:
    params = {k: emu.access_token if v == "TOKEN" else v for k, v in params.items()}
    with _bare(emu) as client:
        answer = client.get("/session/me", params=params, headers=headers)
    body = answer.json()
    assert answer.status_code == 401
    assert body == {"status": 401, "error": "Unauthorized", "code": code, "message": body["message"]}
    assert emu.access_token not in answer.text


def _probes(emu: Emulator) -> list[tuple[dict[str, str], dict[str, str]]]:
    """Credentials that must be refused: none, and each alternative with one of its values wrong."""
    token, instance = emu.access_token, emu.instance_id
    return [
        ({}, {}),
        ({"instance_id": instance, "access_token": "wrong"}, {}),
        ({"instance_id": "WRONG0000000", "access_token": token}, {}),
        ({"instance_id": instance}, {"access-token": "wrong"}),
        ({}, {"Authorization": "Bearer wrong", "X-Instance-ID": instance}),
        ({}, {"Authorization": f"Bearer {token}", "X-Instance-ID": "WRONG0000000"}),
        ({}, {"Authorization": f"Basic {token}", "X-Instance-ID": instance}),
    ]


def test_every_v2_operation_refuses_missing_or_wrong_credentials(emu: Emulator) -> None:
    with _bare(emu) as client:
        for op in emu.spec_v2:
            path = op.path.removeprefix("/v2").replace("{", "").replace("}", "")  # (any value: auth comes first)
            probes = _probes(emu)[:3] if op.operation_id == "sessionProvision" else _probes(emu)
            for params, headers in probes:
                if op.operation_id == "sessionProvision" and params.get("access_token") == emu.access_token:
                    continue  # (it needs the token only: a wrong instance id is no credential of its)
                answer = client.request(op.method, path, params=params, headers=headers)
                assert answer.status_code == 401, (op.operation_id, sorted(params), sorted(headers))


def test_unknown_paths_and_invalid_parameters_answer_the_v2_envelope(v2: httpx.Client) -> None:
    missing = v2.get("/no/such/path")
    assert missing.status_code == 404 and missing.json()["error"] == "Not Found"
    invalid = v2.post("/send/text", params={"chatId": CHAT})
    assert invalid.status_code == 400 and set(invalid.json()) == {"status", "message", "error", "code"}
    assert invalid.json()["code"] == "rest_missing_callback_param"


def test_a_stopped_session_is_422_in_the_v2_envelope(v2: httpx.Client) -> None:
    assert v2.post("/session/stop").status_code == 200
    answer = v2.post("/send/text", params={"chatId": CHAT, "message": "x"})
    assert answer.status_code == 422 and answer.json()["code"] == "session_not_working"


def test_participant_changes_answer_ok_in_v2_and_the_engine_list_in_v1(emu: Emulator, v2: httpx.Client) -> None:
    group = v2.post("/groups", json={"name": "Team", "participants": [{"id": CHAT}]}).json()["JID"]
    added = v2.post(f"/groups/{group}/participants/add", json={"participants": [{"id": "201234567892@c.us"}]})
    assert added.json() == {"ok": True}
    with emu.client() as v1:
        removed = v1.post(f"/groups/{group}/participants/remove", json={"participants": [{"id": CHAT}]})
    assert isinstance(removed.json(), list)


def test_inputs_v2_moved_reach_the_same_handler(v2: httpx.Client) -> None:
    v2.post("/send/text", params={"chatId": CHAT, "message": "x"})
    assert v2.post("/chats/read", json={"chatId": CHAT}).status_code == 200
    messages = v2.get("/chats/messages", params={"chatId": CHAT}).json()
    assert [m["body"] for m in messages] == ["x"]


# --------------------------------------------------------------------------- one-time passwords


def test_an_otp_arrives_as_a_message_and_verifies_once(v2: httpx.Client) -> None:
    sent = v2.get("/auth/otp/send", params={"chatId": PHONE, "footer": "Wawp"})
    assert sent.status_code == 200
    code = _code(v2)
    assert code.isdigit() and len(code) == 6
    assert v2.get("/auth/otp/verify", params={"chatId": PHONE, "code": code}).json()["success"] is True
    again = v2.get("/auth/otp/verify", params={"chatId": PHONE, "code": code})
    assert again.status_code == 400 and again.json()["code"] == "otp_expired"


def test_the_same_seed_sends_the_same_code() -> None:
    codes = []
    for _ in range(2):
        with Emulator(seed=5, webhook_delivery="manual") as emulator, _bare(emulator) as client:
            client.params = httpx.QueryParams(emulator.credentials)
            client.get("/auth/otp/send", params={"chatId": PHONE})
            codes.append(_code(client))
    assert codes[0] == codes[1]


def test_a_second_code_inside_the_cooldown_is_429(emu: Emulator, v2: httpx.Client) -> None:
    assert v2.get("/auth/otp/send", params={"chatId": PHONE}).status_code == 200
    refused = v2.get("/auth/otp/send", params={"chatId": f"{PHONE}@c.us"})
    assert refused.status_code == 429 and refused.json()["code"] == "otp_cooldown"
    assert v2.get("/auth/otp/send", params={"chatId": "201234567892"}).status_code == 200  # per recipient
    emu.advance(COOLDOWN)
    assert v2.get("/auth/otp/send", params={"chatId": PHONE}).status_code == 200


def test_a_code_expires_on_the_emulator_clock(emu: Emulator, v2: httpx.Client) -> None:
    v2.get("/auth/otp/send", params={"chatId": PHONE})
    code = _code(v2)
    emu.advance(CODE_LIFETIME)
    expired = v2.get("/auth/otp/verify", params={"chatId": PHONE, "code": code})
    assert expired.status_code == 400 and expired.json()["code"] == "otp_expired"


def test_wrong_codes_lock_the_recipient_out(emu: Emulator, v2: httpx.Client) -> None:
    v2.get("/auth/otp/send", params={"chatId": PHONE})
    code = _code(v2)
    wrong = "000000" if code != "000000" else "111111"
    statuses = [v2.get("/auth/otp/verify", params={"chatId": PHONE, "code": wrong}).status_code for _ in range(6)]
    assert statuses == [400] * (MAX_ATTEMPTS - 1) + [429, 429]
    assert v2.get("/auth/otp/verify", params={"chatId": PHONE, "code": code}).status_code == 429  # even the right one
    assert v2.get("/auth/otp/send", params={"chatId": PHONE}).status_code == 429  # no new code while locked
    emu.advance(LOCKOUT)  # (the old code has expired meanwhile: a new one)
    assert v2.get("/auth/otp/send", params={"chatId": PHONE}).status_code == 200
    assert v2.get("/auth/otp/verify", params={"chatId": PHONE, "code": _code(v2)}).status_code == 200


def test_the_confirmation_list_is_readable_in_the_chat(v2: httpx.Client) -> None:
    body = {"chatId": PHONE, "title": "Login?", "item1": "Yes", "item2": "No", "button": "Answer"}
    assert v2.post("/auth/list/send", json=body).status_code == 200
    assert _last_body(v2) == "Login?\n1. Yes\n2. No"


# --------------------------------------------------------------------------- plans and session webhooks


def test_session_webhooks_need_a_paid_plan(emu: Emulator, v2: httpx.Client) -> None:
    refused = v2.get("/session/webhook")
    assert refused.status_code == 403 and refused.json()["code"] == "subscription_required"
    emu.server.set_account_plan(plan="paid")
    assert v2.get("/session/webhook").json()["webhooks"] == []


def test_configured_webhooks_receive_signed_events(emu: Emulator, v2: httpx.Client) -> None:
    emu.server.set_account_plan(plan="paid")
    with WebhookSink() as receiver:
        hook = {"url": receiver.url, "events": ["message.any"], "is_active": 1, "hmac": "v2-secret"}
        assert v2.post("/session/webhook", json={"webhooks": [hook]}).status_code == 200
        assert "v2-secret" not in v2.get("/session/webhook").text
        v2.post("/send/text", params={"chatId": CHAT, "message": "signed"})
        assert emu.deliver_now() == 1
        (got,) = receiver.wait_for(count=1, timeout=10)
        expected = hmac.new(b"v2-secret", got.body, hashlib.sha512).hexdigest()
        assert hmac.compare_digest(got.headers["x-webhook-hmac"], expected)
        assert got.json["payload"]["body"] == "signed"
        v2.patch("/webhook/update", json={"url": receiver.url, "is_active": 0})  # paused: kept, not delivered
        v2.post("/send/text", params={"chatId": CHAT, "message": "quiet"})
        assert emu.deliver_now() == 0
        assert v2.get("/session/webhook").json()["webhooks"][0]["is_active"] == 0


def test_webhook_urls_are_set_updated_and_deleted_one_at_a_time(emu: Emulator, v2: httpx.Client) -> None:
    emu.server.set_account_plan(plan="paid")
    for url in ("https://a.example/hook", "https://b.example/hook"):
        assert v2.post("/webhook/set", json={"url": url, "events": ["message"]}).status_code == 200
    assert v2.delete("/webhook/delete", params={"url": "https://a.example/hook"}).status_code == 200
    assert [h["url"] for h in v2.get("/session/webhook").json()["webhooks"]] == ["https://b.example/hook"]
    gone = v2.delete("/webhook/delete", params={"url": "https://a.example/hook"})
    assert gone.status_code == 404 and gone.json()["code"] == "webhook_not_found"


# --------------------------------------------------------------------------- rate-limit policies


def test_a_free_plan_chooses_only_free_policies(emu: Emulator, v2: httpx.Client) -> None:
    described = v2.get("/session/rate-limit").json()
    assert described["has_active_plan"] is False
    assert [p["slug"] for p in described["free_policies"]] == ["strict", "standard_policy"]
    paid = v2.patch("/session/rate-limit", params={"policy_slug": "unlimited"})
    assert paid.status_code == 403 and paid.json()["code"] == "subscription_required"
    emu.server.set_account_plan(plan="paid")
    assert v2.patch("/session/rate-limit", params={"policy_slug": "unlimited"}).status_code == 200


def test_a_policy_refuses_sends_beyond_it_until_the_clock_moves(emu: Emulator, v2: httpx.Client) -> None:
    assert v2.patch("/session/rate-limit", params={"policy_slug": "strict"}).status_code == 200
    send = {"chatId": CHAT, "message": "x"}
    assert v2.post("/send/text", params=send).status_code == 200
    refused = v2.post("/send/text", params=send)
    assert refused.status_code == 429 and refused.json()["code"] == "rate_limited"
    with emu.client() as v1:  # the policy is the session's: v1 sends count too
        assert v1.post("/send", params=send).status_code == 429
    emu.advance(10)
    assert v2.post("/send/text", params=send).status_code == 200


# --------------------------------------------------------------------------- temporary links


def test_a_temporary_link_lasts_30_minutes_and_can_be_revoked(emu: Emulator, v2: httpx.Client) -> None:
    assert v2.get("/session/temp-link").json() == {"link": None}
    link = v2.post("/session/temp-link").json()["link"]
    assert link.startswith("https://app.wawp.net/temp-qr/") and v2.get("/session/temp-link").json()["link"] == link
    assert v2.post("/session/temp-link").json()["link"] != link  # a new one replaces it
    emu.advance(30 * 60)
    assert v2.get("/session/temp-link").json() == {"link": None}
    v2.post("/session/temp-link")
    assert v2.delete("/session/temp-link").json()["revoked"] is True
    assert v2.get("/session/temp-link").json() == {"link": None}


# --------------------------------------------------------------------------- lists, events, poll votes


def _last(v2: httpx.Client) -> Any:
    return v2.get("/chats/messages", params={"chatId": CHAT, "limit": 1}).json()[0]


def _last_body(v2: httpx.Client) -> Any:
    return _last(v2)["body"]


def test_list_and_event_messages_are_readable_in_the_chat(v2: httpx.Client) -> None:
    rows = [{"title": "Pizza", "rowId": "p"}, {"title": "Salad", "rowId": "s"}]
    menu = {"title": "Lunch", "button": "Choose", "sections": [{"title": "Today", "rows": rows}]}
    assert v2.post("/send/list", json={"chatId": CHAT, "message": menu}).status_code == 200
    assert _last_body(v2) == "Lunch\n- Pizza\n- Salad"
    listed = _last(v2)["_data"]["Message"]["listMessage"]  # (GOWS keeps the WhatsApp message)
    assert listed["buttonText"] == "Choose" and [r["rowId"] for r in listed["sections"][0]["rows"]] == ["p", "s"]
    event = {"name": "Launch", "startTime": 1767229200, "location": {"name": "Cairo"}}
    assert v2.post("/send/event", json={"chatId": CHAT, "event": event}).status_code == 200
    assert _last_body(v2) == "Launch\nCairo"
    assert _last(v2)["_data"]["Message"]["eventMessage"] == {**event, "isCanceled": False}


def test_a_poll_vote_updates_the_poll(emu: Emulator, v2: httpx.Client) -> None:
    poll = v2.post("/send/poll", json={"chatId": CHAT, "poll": {"name": "Tea?", "options": ["yes", "no"]}}).json()
    assert v2.post("/send/poll/vote", json={"chatId": CHAT, "messageId": poll["id"], "votes": [1]}).status_code == 200
    stored = emu.world.instance(emu.instance_id)
    assert stored is not None
    own = stored.backend().own_id()
    assert stored.backend().messages.get(poll["id"], CHAT).votes[own] == ["no"]
    unknown = v2.post("/send/poll/vote", json={"chatId": CHAT, "messageId": poll["id"], "votes": ["maybe"]})
    assert unknown.status_code == 400 and unknown.json()["code"] == "invalid_poll_option"


# --------------------------------------------------------------------------- kept in the state file


def test_v2_changes_are_kept_in_the_state_file(tmp_path: Path) -> None:
    state = tmp_path / "world.sqlite"
    with Emulator(seed=3, state_file=state, webhook_delivery="manual") as first, _bare(first) as client:
        client.params = httpx.QueryParams(first.credentials)
        first.server.set_account_plan(plan="paid")
        client.get("/auth/otp/send", params={"chatId": PHONE})
        code = _code(client)
        client.patch("/session/rate-limit", params={"policy_slug": "unlimited"})
        client.post("/webhook/set", json={"url": "https://kept.example/hook", "events": ["message"]})
        link = client.post("/session/temp-link").json()["link"]
    with Emulator(seed=3, state_file=state, webhook_delivery="manual") as second, _bare(second) as client:
        client.params = httpx.QueryParams(second.credentials)
        assert client.get("/session/rate-limit").json()["current_policy"] == "unlimited"
        assert [h["url"] for h in client.get("/session/webhook").json()["webhooks"]] == ["https://kept.example/hook"]
        assert client.get("/session/temp-link").json()["link"] == link
        assert client.get("/auth/otp/verify", params={"chatId": PHONE, "code": code}).status_code == 200
        instance = second.world.instance(second.instance_id)
        assert instance is not None and [h.url for h in instance.webhooks] == ["https://kept.example/hook"]


def test_provisioning_makes_an_unlinked_instance_of_the_account(emu: Emulator) -> None:
    with _bare(emu) as client:
        made = client.post("/session/create", headers={"access-token": emu.access_token})
        assert made.status_code == 201
        created = made.json()
        assert created["session_name"].startswith("wawp-") and created["server_name"] == "wawp-emulator"
        info = client.post(
            "/session/info", params={"instance_id": created["instance_id"]}, headers={"access-token": emu.access_token}
        )
    assert info.status_code == 200 and info.json()["status"] != "WORKING"


def test_a_vote_on_another_emulated_phones_poll_reaches_its_copy(emu: Emulator, v2: httpx.Client) -> None:
    other = emu.create_instance("second")  # (linked: a second emulated phone)
    phone = other.backend().own_id()
    poll = v2.post("/send/poll", json={"chatId": phone, "poll": {"name": "Go?", "options": ["a", "b"]}}).json()
    emu.advance(60)  # (the poll reaches the other phone's device)
    voter = {"instance_id": other.id, "access_token": emu.access_token}
    with _bare(emu) as client:
        received = client.get("/chats/messages", params={**voter, "chatId": _own(emu)}).json()
        (copy,) = [m for m in received if not m["fromMe"]]
        body = {"chatId": _own(emu), "messageId": copy["id"], "votes": ["a"]}
        assert client.post("/send/poll/vote", params=voter, json=body).status_code == 200
    mine = emu.world.instance(emu.instance_id)
    assert mine is not None
    assert mine.backend().messages.get(poll["id"]).votes == {phone: ["a"]}


def _own(emu: Emulator) -> str:
    instance = emu.world.instance(emu.instance_id)
    assert instance is not None
    return instance.backend().own_id()


def test_header_credentials_stay_out_of_reprs_and_the_journal(emu: Emulator) -> None:
    token, instance = emu.access_token, emu.instance_id
    with _bare(emu) as client:
        headers = {"Authorization": f"Bearer {token}", "X-Instance-ID": instance}
        assert client.post("/send/text", params={"chatId": CHAT, "message": "x"}, headers=headers).status_code == 200
    request = Request("sendText", {}, {}, None, None, None, emu.world, headers={"authorization": f"Bearer {token}"})
    assert token not in repr(request)
    assert all(token not in repr(record) for record in emu.journal.records())


def test_a_text_status_takes_v2s_text_forms_of_font_and_flags(v2: httpx.Client) -> None:
    body = {"text": "Open", "font": "3", "linkPreview": "false", "backgroundColor": "#38b42f"}
    sent = v2.post("/status/text", json=body)
    assert sent.status_code == 200
    assert sent.json()["_data"]["Message"]["extendedTextMessage"]["font"] == 3
    too_big = v2.post("/status/text", json={"text": "Open", "font": 12})
    assert too_big.status_code == 400 and too_big.json()["code"] == "rest_invalid_param"
