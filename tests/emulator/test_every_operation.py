"""Every operation of the bundled spec has a handler acting on state, and answers 200 in strict mode
unless the engine profile refuses it (the spec's ``x-engine-refusals``: 501, as WAHA answers).

The tour drives one seeded world through all operations in a realistic order, feeding each call the
ids earlier calls returned (no canned fixtures), and then checks in the request journal that every
operationId of the spec answered 200 at least once with its response validated against the spec, or
501 where, and only where, the engine refuses it.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _engines import ENGINE_NAMES, chat_id, group_id, group_ids, group_subject, member_ids, sent_id
from _sessions_world import error, ok, open_emulator
from spec_examples import example_request
from wawp_emulator.emulator import Emulator
from wawp_emulator.engine_rules import bundled_rules
from wawp_emulator.registry import HANDLERS
from wawp_emulator.spec import load_spec

PEER = "201234567890"  # on WhatsApp (even last digit)
PEER_CHAT = f"{PEER}@c.us"
OTHER = "201222222222"
THIRD = "201333333332"
IMAGE = {"file[url]": "https://example.com/a.jpg", "file[filename]": "a.jpg", "file[mimetype]": "image/jpeg"}
VOICE = {"file[url]": "https://example.com/v.ogg", "file[filename]": "v.ogg", "file[mimetype]": "audio/ogg"}
VIDEO = {"file[url]": "https://example.com/v.mp4", "file[filename]": "v.mp4", "file[mimetype]": "video/mp4"}
PDF = {"file[url]": "https://example.com/d.pdf", "file[filename]": "d.pdf", "file[mimetype]": "application/pdf"}
RULES = bundled_rules()


def refused(response: httpx.Response, operation_id: str) -> bool:
    """Whether the engine refused ``operation_id`` (a 501 naming an engine the spec says refuses it);
    otherwise the call must have answered 200."""
    if response.status_code == 501:
        engine = response.json()["message"].split("'")[1]
        assert RULES.refuses(operation_id, engine), response.text
        return True
    ok(response)
    return False


ACKS_TO_READ = 10  # seconds after which a message to a phone on WhatsApp is READ (the default ack timing)


V2_FROM_THE_SPEC = {
    "authGetQrImage",
    "callReject",
    "channelsSearchByText",
    "labelChatAdd",
    "labelChatRemove",
    "lidByPhone",
    "mediaConvert",
    "presenceSubscribe",
    "sendAudio",
}
"""The v2 operations the emulator answers from the v2 description (``fallback.py``), with no state yet."""


def test_every_spec_operation_has_a_registered_handler() -> None:
    with Emulator(seed=0, webhook_delivery="manual") as emu:
        spec_ids = set(load_spec().operations)
        v2_ids = set(emu.spec_v2.operations)
        assert spec_ids <= set(HANDLERS), sorted(spec_ids - set(HANDLERS))
        assert set(HANDLERS) <= spec_ids | v2_ids, sorted(set(HANDLERS) - spec_ids - v2_ids)
        assert v2_ids - set(HANDLERS) == V2_FROM_THE_SPEC
        assert all(emu.handlers[op] is HANDLERS[op] for op in spec_ids)


def _example_request(operation_id: str) -> tuple[str, str, dict[str, Any], Any]:
    """``(method, path, query, body)`` of the spec's own example request for ``operation_id``."""
    request = example_request(load_spec().document, operation_id)
    return request.method, request.path, request.query, request.body


@pytest.mark.parametrize("operation_id", sorted(load_spec().operations))
def test_the_specs_own_example_request_gets_a_documented_answer(operation_id: str) -> None:
    """What schemathesis' examples phase sends: never a 5xx, never an undocumented status or body."""
    method, path, query, body = _example_request(operation_id)
    with Emulator(seed=0, webhook_delivery="manual") as emu, emu.client() as http:
        response = http.request(method, path, params=query, json=body)
        op = emu.spec.operations[operation_id]
        refusal = response.status_code == 501 and RULES.refuses(operation_id, emu.engine)
        assert response.status_code < 500 or refusal, response.text
        assert op.response_for(response.status_code) is not None, response.status_code
        assert emu.violations == []


@pytest.mark.parametrize("operation_id", sorted(load_spec().operations))
def test_missing_or_wrong_credentials_are_401(operation_id: str) -> None:
    """schemathesis' ignored_auth: exactly 401, for no credentials and for wrong ones."""
    method, path, query, body = _example_request(operation_id)
    with Emulator(seed=0, webhook_delivery="manual") as emu, emu.client(auth=False) as http:
        bare = http.request(method, path, params=query, json=body)
        wrong = http.request(method, path, params={**query, **emu.credentials, "access_token": "nope"}, json=body)
        assert (bare.status_code, wrong.status_code) == (401, 401), (bare.text, wrong.text)
        assert bare.json()["code"] in ("invalid_access_token", "invalid_instance")
        assert emu.violations == []


def test_undocumented_methods_are_405_with_allow() -> None:
    spec = load_spec()
    with Emulator(seed=0, webhook_delivery="manual") as emu, emu.client() as http:
        for template, item in spec.document["paths"].items():
            documented = {m.upper() for m in item if m in ("get", "put", "post", "delete", "patch")}
            path = template.replace("{", "").replace("}", "")
            for method in sorted({"GET", "PUT", "POST", "DELETE", "PATCH"} - documented):
                response = http.request(method, path)
                assert response.status_code == 405, (method, template, response.text)
                assert set(response.headers["allow"].split(", ")) == documented


def _sessions_and_auth(emu: Emulator, http: httpx.Client) -> None:
    assert ok(http.get("/session/info"))["status"] == "WORKING"
    assert ok(http.get("/session/me"))["id"].endswith("@c.us")
    ok(http.get("/status"))
    created = ok(http.post("/createSession", params={"name": "Second"}))
    new_id = created["config"]["metadata"]["instance_id"]
    creds = {"instance_id": new_id, "access_token": emu.credentials["access_token"]}
    with httpx.Client(base_url=emu.base_url, transport=emu.transport(), params=creds) as other:
        ok(other.post("/session/start"))
        emu.advance(3)
        assert ok(other.get("/getScreenshot"))["mimetype"] == "image/png"  # (every engine shows the QR page)
        assert ok(other.get("/getQr", params={"format": "raw"}))["value"]
        assert ok(other.get("/getQr"))["mimetype"] == "image/png"
        code = ok(other.post("/requestCode", params={"phone_number": "447441429008"}))["code"]
        emu.phone(instance_id=new_id).enter_pairing_code(code=code)
        emu.advance(2)
        assert ok(other.get("/session/info"))["status"] == "WORKING"
        ok(other.post("/session/stop"))
        ok(other.post("/session/restart"))
        emu.advance(3)
        ok(other.post("/session/logout"))
        assert ok(other.delete("/session/delete"))["status"] == "DELETED"
        error(other.get("/session/info"), 401, "invalid_instance")


def _messages(emu: Emulator, http: httpx.Client) -> dict[str, Any]:
    sent = ok(http.post("/send", params={"chatId": PEER, "message": "Hello"}))
    for operation_id, path, params in (
        ("sendImage", "/sendImage", {**IMAGE, "caption": "pic"}),
        ("sendFile", "/sendFile", {**PDF, "caption": "the invoice"}),
        ("sendVoice", "/sendVoice", VOICE),
        ("sendVideo", "/sendVideo", {**VIDEO, "caption": "a clip"}),
        ("sendLinkPreview", "/sendLinkPreview", {"text": "see https://example.com", "url": "https://example.com"}),
        ("sendLocation", "/sendLocation", {"latitude": 30.0444, "longitude": 31.2357, "title": "Cairo"}),
    ):
        answer = http.post(path, params={"chatId": PEER, **params})
        if not refused(answer, operation_id):
            assert sent_id(answer.json()).startswith(f"true_{PEER_CHAT}_")
    poll = {"name": "Lunch?", "options": ["Yes", "No"], "multipleAnswers": False}
    ok(http.post("/sendPoll", json={"chatId": PEER_CHAT, "poll": poll}))
    vcard = [{"fullName": "John Doe", "phoneNumber": "+20 111 222 3334", "whatsappId": "201112223334"}]
    ok(http.post("/sendContactVcard", json={"chatId": PEER_CHAT, "contacts": vcard}))
    inbound = emu.people.send_message(from_=PEER, body="hi there")
    ok(http.post("/sendSeen", params={"chatId": PEER_CHAT, "messageIds[]": [inbound["id"]]}))
    ok(http.post("/startTyping", params={"chatId": PEER_CHAT}))
    ok(http.post("/stopTyping", params={"chatId": PEER_CHAT}))
    ok(http.put("/reaction", params={"chatId": PEER_CHAT, "messageId": sent_id(sent), "reaction": "👍"}))
    refused(http.put("/star", params={"chatId": PEER_CHAT, "messageId": inbound["id"], "star": True}), "messageStar")
    emu.advance(ACKS_TO_READ)  # the fixtures read back a message the peer has read
    got = ok(http.get("/message", params={"chatId": PEER_CHAT, "messageId": sent_id(sent)}))
    assert got["id"] == sent_id(sent) and got["body"] == "Hello"
    ok(http.post("/send", params={"chatId": PEER, "message": "Thanks!"}))  # the chat's last message is ours
    emu.advance(ACKS_TO_READ)
    return {"sent": sent_id(sent), "inbound": inbound}


def _chats(emu: Emulator, http: httpx.Client, sent: str) -> None:
    assert PEER_CHAT in [chat_id(c) for c in ok(http.post("/chats", params={"sortBy": "id", "limit": 10}))]
    ok(http.get("/chats/overview", params={"limit": 5}))
    ok(http.get(f"/chats/{PEER_CHAT}/picture"))
    base = f"/chats/{PEER_CHAT}/messages"
    assert sent in [m["id"] for m in ok(http.get(base, params={"limit": 50, "filter.fromMe": True}))]
    emu.people.send_message(from_=PEER, body="still there?")  # something unread for the read call to read
    ok(http.post(f"{base}/read"))
    message = f"{base}/{sent}"
    assert ok(http.post(message))["id"] == sent
    ok(http.put(message, params={"text": "Hello again"}))
    refused(http.post(f"{message}/pin", params={"duration": 86400}), "chatMessagePin")
    refused(http.post(f"{message}/unpin"), "chatMessageUnpin")
    ok(http.delete(message))
    error(http.post(message), 404)
    refused(http.post(f"/chats/{PEER_CHAT}/archive"), "chatArchive")
    refused(http.post(f"/chats/{PEER_CHAT}/unarchive"), "chatUnarchive")
    ok(http.post(f"/chats/{PEER_CHAT}/unread"))
    if not refused(http.delete(base), "chatMessagesClear"):
        assert ok(http.get(base)) == []
    if not refused(http.delete(f"/chats/{PEER_CHAT}"), "chatDelete"):
        error(http.get(base), 404)


def _contacts(http: httpx.Client) -> None:
    people = ok(http.get("/contacts/all", params={"limit": 3, "sortBy": "name"}))
    assert len(people) == 3
    someone = people[0]["id"]
    assert ok(http.get("/contacts", params={"contactId": someone}))["id"] == someone
    assert ok(http.get("/contacts/check-exists", params={"phone": OTHER}))["numberExists"] is True
    refused(http.get("/contacts/about", params={"contactId": someone}), "contactAbout")
    ok(http.get("/contacts/profile-picture", params={"contactId": someone}))
    refused(http.post("/contacts/block", params={"contactId": someone}), "contactBlock")
    refused(http.post("/contacts/unblock", params={"contactId": someone}), "contactUnblock")
    ok(http.put(f"/contacts/{someone}", params={"firstName": "Renamed", "lastName": "Person"}))
    lids = ok(http.get("/lids", params={"limit": 100}))
    assert ok(http.get("/lids/count"))["count"] == len(lids)


def _groups(emu: Emulator, http: httpx.Client) -> None:
    created = ok(http.post("/groups", json={"name": "Project Alpha", "participants": [{"id": OTHER}]}))
    gid = group_id(created)
    base = f"/groups/{gid}"
    assert gid in group_ids(ok(http.get("/groups", params={"limit": 10})))
    assert ok(http.get("/groups/count"))["count"] >= 1
    ok(http.post("/groups/refresh"))
    assert group_id(ok(http.get(base))) == gid
    picture = {"file": {"url": "https://example.com/t.jpg", "mimetype": "image/jpeg"}}
    refused(http.put(f"{base}/picture", json=picture), "groupPictureSet")
    ok(http.get(f"{base}/picture"))
    refused(http.delete(f"{base}/picture"), "groupPictureDelete")
    ok(http.put(f"{base}/description", json={"description": "Sprint team"}))
    ok(http.put(f"{base}/subject", json={"subject": "Project Beta"}))
    assert group_subject(ok(http.get(base))) == "Project Beta"
    for setting in ("info-admin-only", "messages-admin-only"):
        ok(http.put(f"{base}/settings/security/{setting}", params={"adminsOnly": True}))
        assert ok(http.get(f"{base}/settings/security/{setting}"))["adminsOnly"] is True
    ok(http.get(f"{base}/invite-code"))
    ok(http.post(f"{base}/invite-code/revoke"))
    ok(http.post(f"{base}/participants/add", json={"participants": [{"id": THIRD}]}))
    assert f"{THIRD}@c.us" in member_ids(ok(http.get(f"{base}/participants")))
    ok(http.post(f"{base}/admin/promote", json={"participants": [{"id": THIRD}]}))
    ok(http.post(f"{base}/admin/demote", json={"participants": [{"id": THIRD}]}))
    ok(http.post(f"{base}/participants/remove", json={"participants": [{"id": THIRD}]}))
    if not refused(http.delete(base), "groupDelete"):
        error(http.get(base), 404)
    remote = emu.people.create_group(subject="Neighbours", participants=[OTHER])
    assert group_id(ok(http.get("/groups/join-info", params={"code": remote["code"]}))) == remote["id"]
    assert ok(http.post("/groups/join", json={"code": remote["invite"]}))["id"] == remote["id"]
    ok(http.post(f"/groups/{remote['id']}/leave"))
    error(http.get(f"/groups/{remote['id']}"), 404)


def _labels(emu: Emulator, http: httpx.Client) -> None:
    emu.people.send_message(from_=OTHER, body="price?")
    label = ok(http.post("/labels", json={"name": "Lead", "colorHex": "#ff9485"}))
    assert label in ok(http.get("/labels"))
    ok(http.put(f"/labels/{label['id']}", json={"name": "Hot lead", "colorHex": "#ff9485"}))
    ok(http.put(f"/labels/chats/{OTHER}@c.us", json={"labels": [{"id": label["id"]}]}))
    assert [lb["id"] for lb in ok(http.get(f"/labels/chats/{OTHER}@c.us"))] == [label["id"]]
    assert [chat_id(c) for c in ok(http.get(f"/labels/{label['id']}/chats"))] == [f"{OTHER}@c.us"]
    ok(http.delete(f"/labels/{label['id']}"))
    error(http.get(f"/labels/{label['id']}/chats"), 404)


def _channels(http: httpx.Client) -> None:
    created = http.post("/channels", json={"name": "Wawp News", "description": "Product updates"})
    mine = None if refused(created, "channelCreate") else created.json()
    owned = [c["id"] for c in ok(http.get("/channels", params={"role": "OWNER"}))]
    assert mine is None or mine["id"] in owned
    found = ok(http.get("/channels/search", params={"view": "RECOMMENDED", "limit": 2}))
    public = found["channels"][0]["id"]
    ok(http.get("/channels/search/views"))
    ok(http.get("/channels/search/countries"))
    ok(http.get("/channels/search/categories"))
    assert ok(http.get(f"/channels/{public}"))["id"] == public
    ok(http.get(f"/channels/{public}/messages/preview", params={"limit": 3}))
    refused(http.post(f"/channels/{public}/follow"), "channelFollow")
    refused(http.post(f"/channels/{public}/mute"), "channelMute")
    refused(http.post(f"/channels/{public}/unmute"), "channelUnmute")
    refused(http.post(f"/channels/{public}/unfollow"), "channelUnfollow")
    deleted = mine["id"] if mine is not None else owned[0] if owned else public
    if not refused(http.delete(f"/channels/{deleted}"), "channelDelete"):
        error(http.get(f"/channels/{deleted}"), 404)


def _presence_profile_status(http: httpx.Client) -> None:
    ok(http.post("/presence", params={"presence": "online"}))
    ok(http.get(f"/presence/{OTHER}@c.us"))
    ok(http.get("/profile"))
    ok(http.put("/profile/nameRequest", params={"name": "Wawp Bot"}))
    ok(http.put("/profile/status", params={"status": "Available"}))
    ok(http.put("/profile/picture", params=IMAGE))
    ok(http.delete("/profile/picture"))
    text = ok(http.post("/status/text", params={"text": "Hello status", "backgroundColor": "#38b42f"}))
    ok(http.post("/status/image", params={**IMAGE, "caption": "pic"}))
    ok(http.post("/status/voice", params=VOICE))
    ok(http.post("/status/video", params={**VIDEO, "caption": "a clip"}))
    ok(http.post("/status/delete", params={"id": sent_id(text)}))


def _tour(emu: Emulator, http: httpx.Client) -> None:
    """Call every operation once, in an order in which each finds what it acts on."""
    _sessions_and_auth(emu, http)
    sent = _messages(emu, http)["sent"]
    _chats(emu, http, sent)
    _contacts(http)
    _groups(emu, http)
    _labels(emu, http)
    _channels(http)
    _presence_profile_status(http)
    _by_example(http, set(emu.spec.operations) - {record.operation_id for record in emu.requests})


def _by_example(http: httpx.Client, operations: set[str]) -> None:
    """Operations no step above calls (a new one, say) get the spec's own example request."""
    for operation_id in sorted(operations):
        method, path, query, body = _example_request(operation_id)
        refused(http.request(method, path, params=query, json=body), operation_id)


def test_an_operation_the_tour_has_no_step_for_is_called_with_its_examples() -> None:
    stateless = {"sessionInfo", "contactCheckExists", "presenceGet", "channelsSearchCountries"}
    with open_emulator("GOWS") as emu, emu.client() as http:
        _by_example(http, stateless)
        assert {r.operation_id for r in emu.requests if r.status == 200} == stateless


@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_tour_of_every_operation_in_strict_mode(engine: str) -> None:
    """Each engine profile answers every operation with a body the spec accepts, except the ones the spec
    says the engine refuses: those answer 501 and never 200."""
    with open_emulator(engine) as emu, emu.client() as http:
        _tour(emu, http)
        answered = {r.operation_id for r in emu.requests if r.status == 200}
        refusals = {r.operation_id for r in emu.requests if r.status == 501}
        assert refusals == RULES.refused_by(engine)
        assert answered & refusals == set()
        assert sorted(set(emu.spec.operations) - answered - refusals) == []
