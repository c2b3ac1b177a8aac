"""The same program against the emulator's v1 and v2, with only the version changed (issue 20's promise).

One user code (send a text, read the chat, create a group, receive a webhook) runs on each engine
profile against ``/wp-json/awp/v1`` and ``/v2`` of the same emulator, strictly (every answer is held to its
version's description); v2-only calls then run on v2 and are refused on v1 before anything is sent, and
v1-only calls the other way round, naming the version (and the replacement) that has them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import wawp_client
from e2e_support import OTHER_CHAT, PEER_CHAT, SEED, created
from wawp_client import webhooks
from wawp_emulator.emulator import Emulator
from wawp_emulator.testing import WebhookSink, make_client

SECRET = "whsec-e2e-versions-7d1e"
VERSIONS = ("v1", "v2")
MENU = {
    "title": "Lunch",
    "button": "Choose",
    "sections": [{"title": "Today", "rows": [{"title": "Soup", "rowId": "s"}]}],
}


@pytest.fixture
def wawp_emulator_options() -> dict[str, Any]:
    return {"seed": SEED, "webhook_delivery": "background"}


def version_client(emulator: Emulator, version: str, **options: Any) -> wawp_client.Wawp:
    """A strict client of ``version``: the version comes from the base URL alone, as a user's would."""
    base_url = emulator.base_url_v2 if version == "v2" else emulator.base_url
    client: wawp_client.Wawp = make_client(emulator, base_url=base_url, strict_response_validation=True, **options)
    assert client.api_version == version
    return client


def user_code(client: wawp_client.Wawp, receiver: WebhookSink, emulator: Emulator) -> dict[str, Any]:
    """A program written once: it knows nothing of the version it speaks."""
    sent = client.messages.send_text(chat_id=PEER_CHAT, message="Your order shipped")
    bodies = [message.body for message in client.chats.messages.list(chat_id=PEER_CHAT, limit=10)]
    group = client.groups.create(name="Night shift", participants=[{"id": OTHER_CHAT}])
    assert emulator.drain(timeout=10), "the emulator did not finish its webhook deliveries"
    received = receiver.wait_for(count=len(emulator.deliveries), timeout=5)
    events = [webhooks.unwrap(r.body, r.headers, SECRET, now=created(r)) for r in received]
    return {
        "sent": sent.id,
        "read back": "Your order shipped" in bodies,
        "group": bool(group.to_dict()),
        "events": sorted({type(event).__name__ for event in events}),
        "sent event": any(getattr(e.payload, "id", None) == sent.id for e in events if e.event == "message.any"),
    }


@pytest.mark.parametrize("version", VERSIONS)
def test_the_same_user_code_runs_on_both_versions(emulator: Emulator, version: str) -> None:
    with WebhookSink(secret=SECRET, tolerance=None) as receiver:
        emulator.add_webhook(receiver.url, ["message.any"], hmac_key=SECRET, attempts=2, delay_seconds=0.01)
        with version_client(emulator, version) as client:
            outcome = user_code(client, receiver, emulator)
    assert outcome["sent"].startswith("true_") and PEER_CHAT in outcome["sent"]
    assert outcome == {
        "sent": outcome["sent"],
        "read back": True,
        "group": True,
        "events": ["MessageAnyEvent"],
        "sent event": True,
    }


def test_both_versions_see_one_world(emulator: Emulator) -> None:
    """What v1 sent, v2 reads, and the other way round: one emulator, one account, one chat."""
    with version_client(emulator, "v1") as v1, version_client(emulator, "v2") as v2:
        from_v1 = v1.messages.send_text(chat_id=PEER_CHAT, message="sent over v1").id
        from_v2 = v2.messages.send_text(chat_id=PEER_CHAT, message="sent over v2").id
        for client in (v1, v2):
            ids = {message.id for message in client.chats.messages.list(chat_id=PEER_CHAT, limit=10)}
            assert {from_v1, from_v2} <= ids


def test_v2_only_calls_run_on_v2_and_fail_clearly_on_v1(emulator: Emulator) -> None:
    with version_client(emulator, "v2") as v2:
        listed = v2.messages.send_list(chat_id=PEER_CHAT, message=MENU)
        assert listed.id.startswith("true_")
        assert v2.auth.otp_send(chat_id=PEER_CHAT) is not None
        chats = [message.id for message in v2.chats.messages.list(chat_id=PEER_CHAT, limit=5)]
        assert listed.id in chats
    asked = len(emulator.requests)
    with version_client(emulator, "v1") as v1, pytest.raises(wawp_client.UnsupportedInVersion) as refused:
        v1.messages.send_list(chat_id=PEER_CHAT, message=MENU)
    assert refused.value.available_in == "v2" and "v2" in str(refused.value)
    assert len(emulator.requests) == asked  # refused locally: nothing reached the emulator


def test_v1_only_calls_fail_clearly_on_v2_naming_the_replacement(emulator: Emulator) -> None:
    with version_client(emulator, "v2") as v2, pytest.raises(wawp_client.UnsupportedInVersion) as refused:
        v2.groups.join(code="https://chat.whatsapp.com/AbCdEf")
    assert refused.value.available_in == "v1" and refused.value.replacement == "groups.join_by_link"
    assert "groups.join_by_link" in str(refused.value)


@pytest.fixture
def header_client(emulator: Emulator) -> Iterator[wawp_client.Wawp]:
    with version_client(emulator, "v2", auth_style="bearer") as client:
        yield client


def test_v2_header_credentials_reach_the_same_account(emulator: Emulator, header_client: wawp_client.Wawp) -> None:
    assert header_client.sessions.info().status == "WORKING"
    assert emulator.access_token not in repr(header_client)
