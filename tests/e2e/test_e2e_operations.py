"""Every operation of the spec, called through the generated facade against the emulator, sync and async.

One tour drives a seeded world through all the spec's operations in a realistic order, feeding each call
the ids earlier calls returned and checking each typed result. The same tour runs with ``Wawp``
(sync, the emulator's in-process sync transport) and with ``AsyncWawp`` (``httpx.ASGITransport``).
Coverage is computed from the spec (``tags[0]`` + ``x-wawp-facade`` -> ``operationId``) and
cross-checked against the emulator's request journal (each operation answered 200, or 501 where the spec
says the engine profile refuses it: the client raises ``NotImplementedByEngineError`` naming both).
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import pytest
import wawp_client
from e2e_support import (
    IMAGE,
    OTHER,
    OTHER_CHAT,
    PDF,
    PEER,
    PEER_CHAT,
    THIRD,
    THIRD_CHAT,
    VIDEO,
    VOICE,
    facade_to_operation,
    is_png,
    load_spec,
    raw,
)
from operation_inventory import OPERATIONS
from spec_examples import example_request
from wawp_client import binary, models
from wawp_emulator.emulator import Emulator
from wawp_emulator.engine_rules import bundled_rules
from wawp_emulator.engines.read import chat_id, group_description, group_id, group_subject, member_roles

from generator.naming import pythonic

SPEC = load_spec()
FACADE = facade_to_operation(SPEC)
ALL_OPERATIONS = {op for op in FACADE.values()}
RULES = bundled_rules()
REFUSED = object()
"""What ``Tour.refusable`` returns for a call the engine refused."""


class Tour:
    """Calls facade methods by path on sync or async clients and remembers which ones answered."""

    def __init__(self, emulator: Emulator, mode: str) -> None:
        self.emu = emulator
        self.mode = mode
        self.called: list[str] = []
        self._clients: list[Any] = []

    def client(self, **overrides: Any) -> Any:
        options: dict[str, Any] = {
            "instance_id": self.emu.instance_id,
            "access_token": self.emu.access_token,
            "base_url": self.emu.base_url,
            **overrides,
        }
        if self.mode == "sync":
            made: Any = wawp_client.Wawp(transport=self.emu.transport(), **options)
        else:
            made = wawp_client.AsyncWawp(transport=self.emu.async_transport(), **options)
        made.retry_policy.rng = random.Random(1)
        self._clients.append(made)
        return made

    async def close(self) -> None:
        for made in self._clients:
            closed = made.close()
            if inspect.isawaitable(closed):
                await closed

    async def call(self, client: Any, path: str, **kwargs: Any) -> Any:
        assert path in FACADE, f"{path} is not a facade method of the spec"
        target = client
        for part in path.split("."):
            target = getattr(target, part)
        result = target(**kwargs)
        if inspect.isawaitable(result):
            assert self.mode == "async", f"{path} returned an awaitable on the sync client"
            result = await result
        else:
            assert self.mode == "sync", f"{path} did not return an awaitable on the async client"
        self.called.append(path)
        return result

    async def refusable(self, client: Any, path: str, **kwargs: Any) -> Any:
        """The result of a call, or ``REFUSED`` when the engine refuses it: then the typed error names the
        engine and the operation, and the spec declares the refusal for that engine."""
        try:
            return await self.call(client, path, **kwargs)
        except wawp_client.NotImplementedByEngineError as refusal:
            engine, operation = self.emu.engine, FACADE[path]
            assert (refusal.engine, refusal.operation, refusal.status_code) == (engine, operation, 501)
            assert str(refusal).startswith(f"{operation} is not implemented by the {engine} engine. 501")
            assert operation in RULES.refused_by(engine)
            self.called.append(path)
            return REFUSED

    async def fails(self, client: Any, path: str, error: type[Exception], **kwargs: Any) -> Any:
        with pytest.raises(error) as caught:
            await self.call(client, path, **kwargs)
        return caught.value

    @property
    def covered(self) -> set[str]:
        return {FACADE[path] for path in self.called}


async def read_back(t: Tour, client: Any, sent: models.SentMessage) -> Any:
    """The stored message a send created, read back by its serialized id (what every engine's answer yields)."""
    assert isinstance(sent, models.SentMessage) and sent.id, sent
    return await t.call(client, "messages.get", chat_id=PEER_CHAT, message_id=sent.id, download_media=True)


def ok(result: Any) -> None:
    assert isinstance(result, models.Result), type(result)
    assert result.success is True


async def sessions_and_auth(t: Tour, main: Any) -> None:
    info = await t.call(main, "sessions.info")
    assert isinstance(info, models.Session) and info.status == "WORKING"
    me = await t.call(main, "sessions.me")
    assert isinstance(me, models.Me) and me.id.endswith("@c.us")
    status = await t.call(main, "sessions.status")
    assert isinstance(status, models.InstanceStatus) and status.status
    if t.emu.engine != "WEBJS":  # only a browser has a screen to show once WORKING
        await t.fails(main, "auth.screenshot", wawp_client.UnprocessableEntityError)

    token_only = t.client(instance_id=None)
    created = await t.call(token_only, "sessions.create", name="Second")
    assert isinstance(created, models.Session) and created.name == "Second"
    new_id = created.config.metadata.instance_id
    assert isinstance(new_id, str) and len(new_id) == 12 and new_id != t.emu.instance_id

    other = t.client(instance_id=new_id)
    started = await t.call(other, "sessions.start")
    assert started.status in ("STARTING", "SCAN_QR_CODE")
    t.emu.advance(3)
    shot = await t.call(other, "auth.screenshot")  # (the QR page, on every engine)
    assert isinstance(shot, models.Base64File) and shot.mimetype == "image/png"
    assert is_png(binary.to_bytes(shot))
    qr_raw = await t.call(other, "auth.get_qr", format="raw")
    assert isinstance(qr_raw, models.QRCodeValue) and isinstance(qr_raw.value, str) and qr_raw.value
    qr_image = await t.call(other, "auth.get_qr")
    assert qr_image.mimetype == "image/png" and is_png(binary.to_bytes(qr_image))
    code = await t.call(other, "auth.request_code", phone_number="447441429008")
    assert isinstance(code, models.PairingCode) and len(code.code.replace("-", "")) == 8
    t.emu.phone(instance_id=new_id).enter_pairing_code(code=code.code)
    t.emu.advance(2)
    assert (await t.call(other, "sessions.info")).status == "WORKING"
    assert (await t.call(other, "sessions.stop")).status == "STOPPED"
    restarted = await t.call(other, "sessions.restart")
    assert restarted.status in ("STARTING", "WORKING")
    t.emu.advance(3)
    logged_out = await t.call(other, "sessions.logout")
    assert isinstance(logged_out, models.Session)
    assert (await t.call(other, "sessions.delete")).status == "DELETED"
    gone = await t.fails(other, "sessions.info", wawp_client.AuthenticationError)
    assert gone.code == "invalid_instance"


async def messages(t: Tour, main: Any) -> dict[str, Any]:
    sent = await t.call(main, "messages.send_text", chat_id=PEER, message="Hello")
    assert isinstance(sent, models.SentMessage) and sent.id.startswith(f"true_{PEER_CHAT}_")
    stored = await t.call(main, "messages.get", chat_id=PEER_CHAT, message_id=sent.id)
    assert stored.from_me is True and stored.body == "Hello"
    media_sends: list[tuple[str, dict[str, Any], str]] = [
        ("messages.send_image", {**IMAGE, "caption": "pic"}, "image/jpeg"),
        ("messages.send_file", PDF, "application/pdf"),
        ("messages.send_voice", VOICE, "audio/ogg"),
        ("messages.send_video", VIDEO, "video/mp4"),
    ]
    for path, params, mimetype in media_sends:
        media = await t.refusable(main, path, chat_id=PEER, **params)
        if media is REFUSED:
            continue
        message = await read_back(t, main, media)
        assert message.from_me is True, path
        assert message.has_media is True and message.media.mimetype.startswith(mimetype), path
    preview = await t.refusable(
        main, "messages.send_link_preview", chat_id=PEER, text="see https://example.com", url="https://example.com"
    )
    assert preview is REFUSED or "https://example.com" in (await read_back(t, main, preview)).body
    where = await t.call(
        main, "messages.send_location", chat_id=PEER, latitude=30.0444, longitude=31.2357, title="Cairo"
    )
    location = (await read_back(t, main, where)).location
    assert float(location.latitude) == pytest.approx(30.0444) and location.name == "Cairo"
    poll = models.SendPollBody(
        chat_id=PEER_CHAT, poll=models.SendPollBodyPoll(name="Lunch?", options=["Yes", "No"], multiple_answers=False)
    )
    assert (await read_back(t, main, await t.call(main, "messages.send_poll", body=poll))).from_me is True
    vcard = models.SendContactVcardBody(
        chat_id=PEER_CHAT,
        contacts=[
            models.VCardContact(full_name="John Doe", phone_number="+20 111 222 3334", whatsapp_id="201112223334")
        ],
    )
    card = await read_back(t, main, await t.call(main, "messages.send_contact_vcard", body=vcard))
    assert card.v_cards and "John Doe" in card.v_cards[0]

    inbound = t.emu.people.send_message(from_=PEER, body="hi there")
    assert await t.call(main, "messages.send_seen", chat_id=PEER_CHAT, message_ids=[inbound["id"]]) is None
    assert (await t.call(main, "messages.start_typing", chat_id=PEER_CHAT)).result is True
    assert (await t.call(main, "messages.stop_typing", chat_id=PEER_CHAT)).result is True
    assert (await t.call(main, "messages.react", chat_id=PEER_CHAT, message_id=inbound["id"], reaction="👍")).id
    assert await t.refusable(main, "messages.star", chat_id=PEER_CHAT, message_id=inbound["id"], star=True) in (
        None,
        REFUSED,
    )
    got = await t.call(main, "messages.get", chat_id=PEER_CHAT, message_id=sent.id)
    assert got.id == sent.id and got.body == "Hello"
    return {"sent": sent, "inbound": inbound}


async def chats(t: Tour, main: Any, sent: models.SentMessage) -> None:
    listed = (await t.call(main, "chats.list", sort_by="id", limit=10)).items
    assert PEER_CHAT in [chat_id(raw(c)) for c in listed]
    overview = (await t.call(main, "chats.overview", limit=5)).items
    assert overview and all(isinstance(o, models.ChatOverview) for o in overview)
    picture = await t.call(main, "chats.picture", chat_id=PEER_CHAT)
    assert isinstance(picture, models.ChatPicture)
    mine = (await t.call(main, "chats.messages.list", chat_id=PEER_CHAT, limit=50, filter_from_me=True)).items
    assert sent.id in [m.id for m in mine] and all(m.from_me for m in mine)
    read = await t.call(main, "chats.messages.read", chat_id=PEER_CHAT)
    assert isinstance(read, models.ReadMessagesResult)
    one = await t.call(main, "chats.messages.get", chat_id=PEER_CHAT, message_id=sent.id)
    assert one.id == sent.id
    assert (await t.call(main, "chats.messages.edit", chat_id=PEER_CHAT, message_id=sent.id, text="Hello again")).id
    assert (await t.call(main, "chats.messages.get", chat_id=PEER_CHAT, message_id=sent.id)).body == "Hello again"
    for path in ("chats.messages.pin", "chats.messages.unpin"):
        pinned = await t.refusable(main, path, chat_id=PEER_CHAT, message_id=sent.id)
        if pinned is not REFUSED:
            ok(pinned)
    assert (await t.call(main, "chats.messages.delete", chat_id=PEER_CHAT, message_id=sent.id)).id
    await t.fails(main, "chats.messages.get", wawp_client.NotFoundError, chat_id=PEER_CHAT, message_id=sent.id)
    assert await t.refusable(main, "chats.archive", chat_id=PEER_CHAT) in (True, REFUSED)
    assert await t.refusable(main, "chats.unarchive", chat_id=PEER_CHAT) in (True, REFUSED)
    ok(await t.call(main, "chats.mark_unread", chat_id=PEER_CHAT))
    cleared = await t.refusable(main, "chats.messages.clear", chat_id=PEER_CHAT)
    assert cleared is REFUSED or (
        cleared is True and (await t.call(main, "chats.messages.list", chat_id=PEER_CHAT)).items == []
    )
    deleted = await t.refusable(main, "chats.delete", chat_id=PEER_CHAT)
    if deleted is not REFUSED:
        assert deleted is True
        await t.fails(main, "chats.messages.list", wawp_client.NotFoundError, chat_id=PEER_CHAT)


async def contacts(t: Tour, main: Any) -> None:
    people = (await t.call(main, "contacts.list", limit=3, sort_by="name")).items
    assert len(people) == 3 and all(isinstance(p, models.Contact) for p in people)
    someone = people[0].id
    assert (await t.call(main, "contacts.get", contact_id=someone)).id == someone
    exists = await t.call(main, "contacts.check_exists", phone=OTHER)
    assert exists.number_exists is True and exists.chat_id == OTHER_CHAT
    about = await t.refusable(main, "contacts.about", contact_id=someone)
    assert about is REFUSED or isinstance(about, models.ContactAbout)
    picture = await t.call(main, "contacts.profile_picture", contact_id=someone)
    assert isinstance(picture, models.ContactProfilePicture)
    assert await t.refusable(main, "contacts.block", contact_id=someone) in (None, REFUSED)
    assert await t.refusable(main, "contacts.unblock", contact_id=someone) in (None, REFUSED)
    ok(await t.call(main, "contacts.upsert", contact_id=someone, first_name="Renamed", last_name="Person"))
    lids = (await t.call(main, "contacts.lids.list", limit=100)).items
    assert all(isinstance(m, models.LidMapping) for m in lids)
    assert (await t.call(main, "contacts.lids.count")).count == len(lids)


async def groups(t: Tour, main: Any) -> None:
    body = models.GroupCreateBody(name="Project Alpha", participants=[models.ParticipantRef(id=OTHER)])
    gid = group_id(raw(await t.call(main, "groups.create", body=body)))
    assert gid.endswith("@g.us")
    assert gid in [group_id(raw(g)) for g in (await t.call(main, "groups.list", limit=10)).items]
    assert (await t.call(main, "groups.count")).count >= 1
    ok(await t.call(main, "groups.refresh"))
    assert group_subject(raw(await t.call(main, "groups.get", id=gid))) == "Project Alpha"
    picture = models.GroupPictureSetBody(file=models.FileRef(url="https://example.com/t.jpg", mimetype="image/jpeg"))
    changed = await t.refusable(main, "groups.picture.set", id=gid, body=picture)
    if changed is not REFUSED:
        ok(changed)
    assert isinstance(await t.call(main, "groups.picture.get", id=gid), models.ChatPicture)
    removed = await t.refusable(main, "groups.picture.delete", id=gid)
    if removed is not REFUSED:
        ok(removed)
    description = models.GroupDescriptionSetBody(description="Sprint team")
    assert await t.call(main, "groups.set_description", id=gid, body=description) is None
    subject = models.GroupSubjectSetBody(subject="Project Beta")
    assert await t.call(main, "groups.set_subject", id=gid, body=subject) is None
    renamed = raw(await t.call(main, "groups.get", id=gid))
    assert (group_subject(renamed), group_description(renamed)) == ("Project Beta", "Sprint team")
    assert await t.call(main, "groups.settings.set_info_admin_only", id=gid, admins_only=True) is None
    assert (await t.call(main, "groups.settings.get_info_admin_only", id=gid)).admins_only is True
    assert await t.call(main, "groups.settings.set_messages_admin_only", id=gid, admins_only=True) is None
    assert (await t.call(main, "groups.settings.get_messages_admin_only", id=gid)).admins_only is True
    code = await t.call(main, "groups.invite_code.get", id=gid)
    assert isinstance(code, str) and code
    new_code = await t.call(main, "groups.invite_code.revoke", id=gid)
    assert isinstance(new_code, str) and new_code != code
    third = models.ParticipantsRequest(participants=[models.ParticipantRef(id=THIRD)])
    assert await t.call(main, "groups.participants.add", id=gid, body=third)
    assert THIRD_CHAT in member_roles(raw(await t.call(main, "groups.participants.list", id=gid)))
    assert await t.call(main, "groups.participants.promote", id=gid, body=third)
    roles = member_roles(raw(await t.call(main, "groups.participants.list", id=gid)))
    assert roles[THIRD_CHAT] in ("admin", "superadmin")
    assert await t.call(main, "groups.participants.demote", id=gid, body=third)
    assert await t.call(main, "groups.participants.remove", id=gid, body=third)
    if await t.refusable(main, "groups.delete", id=gid) is not REFUSED:
        await t.fails(main, "groups.get", wawp_client.NotFoundError, id=gid)

    remote = t.emu.people.create_group(subject="Neighbours", participants=[OTHER])
    info = raw(await t.call(main, "groups.join_info", code=remote["code"]))
    assert group_id(info) == remote["id"] and group_subject(info) == "Neighbours"
    joined = await t.call(main, "groups.join", body=models.GroupJoinBody(code=remote["invite"]))
    assert isinstance(joined, models.GroupJoinResult) and joined.id == remote["id"]
    assert await t.call(main, "groups.leave", id=remote["id"]) is None
    await t.fails(main, "groups.get", wawp_client.NotFoundError, id=remote["id"])


async def labels(t: Tour, main: Any) -> None:
    t.emu.people.send_message(from_=OTHER, body="price?")
    label = await t.call(main, "labels.create", body=models.LabelRequest(name="Lead", color_hex="#ff9485"))
    assert isinstance(label, models.Label) and label.name == "Lead"
    assert label.id in [lb.id for lb in await t.call(main, "labels.list")]
    updated = await t.call(
        main, "labels.update", label_id=label.id, body=models.LabelRequest(name="Hot lead", color_hex="#ff9485")
    )
    assert updated.name == "Hot lead"
    chosen = models.ChatLabelsSetBody(labels=[models.LabelRef(id=label.id)])
    assert await t.call(main, "labels.set_for_chat", chat_id=OTHER_CHAT, body=chosen) is None
    assert [lb.id for lb in await t.call(main, "labels.for_chat", chat_id=OTHER_CHAT)] == [label.id]
    assert [chat_id(raw(c)) for c in await t.call(main, "labels.chats", label_id=label.id)] == [OTHER_CHAT]
    assert (await t.call(main, "labels.delete", label_id=label.id)).result is True
    await t.fails(main, "labels.chats", wawp_client.NotFoundError, label_id=label.id)


async def channels(t: Tour, main: Any) -> None:
    body = models.ChannelCreateBody(name="Wawp News", description="Product updates")
    mine = await t.refusable(main, "channels.create", body=body)
    owned = [c.id for c in await t.call(main, "channels.list", role="OWNER")]
    assert mine is REFUSED or (
        isinstance(mine, models.Channel) and mine.id.endswith("@newsletter") and mine.id in owned
    )
    found = (await t.call(main, "channels.search", view="RECOMMENDED", limit=2)).result
    assert isinstance(found, models.ChannelSearchResult) and len(found.channels) == 2
    public = found.channels[0].id
    views = await t.call(main, "channels.search_views")
    assert "RECOMMENDED" in [v.value for v in views]
    assert all(isinstance(c, models.ChannelCountry) for c in await t.call(main, "channels.search_countries"))
    assert all(isinstance(c, models.ChannelCategory) for c in await t.call(main, "channels.search_categories"))
    assert (await t.call(main, "channels.get", id=public)).id == public
    preview = await t.call(main, "channels.preview_messages", id=public, limit=3)
    assert len(preview) <= 3 and all(isinstance(m, models.ChannelMessage) for m in preview)
    for path in ("channels.follow", "channels.mute", "channels.unmute", "channels.unfollow"):
        assert await t.refusable(main, path, id=public) in ({}, REFUSED), path
    gone = mine.id if mine is not REFUSED else owned[0] if owned else public
    if await t.refusable(main, "channels.delete", id=gone) is not REFUSED:
        await t.fails(main, "channels.get", wawp_client.NotFoundError, id=gone)


async def presence_profile_status(t: Tour, main: Any) -> None:
    assert await t.call(main, "presence.set", presence="online") is None
    seen = await t.call(main, "presence.get", chat_id=OTHER_CHAT)
    assert isinstance(seen, models.ChatPresences) and seen.id == OTHER_CHAT
    profile = await t.call(main, "profile.get")
    assert isinstance(profile, models.Profile) and profile.id.endswith("@c.us")
    ok(await t.call(main, "profile.set_name", name="Wawp Bot"))
    ok(await t.call(main, "profile.set_status", status="Available"))
    assert (await t.call(main, "profile.get")).name == "Wawp Bot"
    ok(await t.call(main, "profile.set_picture", **IMAGE))
    ok(await t.call(main, "profile.delete_picture"))
    text = await t.call(main, "status.send_text", text="Hello status", background_color="#38b42f")
    assert isinstance(text, models.SentMessage) and text.id
    for path, params in (
        ("status.send_image", {**IMAGE, "caption": "pic"}),
        ("status.send_voice", VOICE),
        ("status.send_video", VIDEO),
    ):
        posted = await t.call(main, path, **params)
        assert isinstance(posted, models.SentMessage) and posted.id != text.id, path
    assert (await t.call(main, "status.delete", id=text.id)).id


async def by_example(t: Tour, main: Any, operations: set[str]) -> None:
    """Operations no step above calls (a new one, say): the spec's own example request, through the facade
    (parameters by their Python names, the JSON body whole through ``body=``)."""
    paths = {operation: path for path, operation in FACADE.items()}
    for operation_id in sorted(operations):
        request = example_request(SPEC, operation_id)
        arguments = {pythonic(name): value for name, value in {**request.path_params, **request.query}.items()}
        if request.body is not None:
            arguments["body"] = request.body
        await t.refusable(main, paths[operation_id], **arguments)


async def run_tour(emulator: Emulator, mode: str) -> Tour:
    tour = Tour(emulator, mode)
    try:
        main = tour.client()
        await sessions_and_auth(tour, main)
        sent = (await messages(tour, main))["sent"]
        await chats(tour, main, sent)
        await contacts(tour, main)
        await groups(tour, main)
        await labels(tour, main)
        await channels(tour, main)
        await presence_profile_status(tour, main)
        await by_example(tour, main, ALL_OPERATIONS - tour.covered)
    finally:
        await tour.close()
    return tour


async def test_every_spec_operation_has_a_sync_and_an_async_facade_method(emulator: Emulator) -> None:
    assert len(ALL_OPERATIONS) == len(FACADE) == len(OPERATIONS)  # one facade method per operation of the spec
    tour = Tour(emulator, "sync")
    for mode in ("sync", "async"):
        tour.mode = mode
        made = tour.client()
        for path in FACADE:
            target: Any = made
            for part in path.split("."):
                target = getattr(target, part)
            assert callable(target), (mode, path)
            assert inspect.iscoroutinefunction(target) is (mode == "async"), (mode, path)
    await tour.close()


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_operation_the_tour_has_no_step_for_is_called_with_its_examples(emulator: Emulator, mode: str) -> None:
    stateless = {"sessionInfo", "contactCheckExists", "presenceGet", "groupCreate"}  # groupCreate: a JSON body
    tour = Tour(emulator, mode)
    await by_example(tour, tour.client(), stateless)
    await tour.close()
    assert tour.covered == stateless
    assert {r.operation_id for r in emulator.requests if r.status == 200} == stateless


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_every_operation_through_the_facade(
    emulator: Emulator, mode: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tour = await run_tour(emulator, mode)
    missing = sorted(ALL_OPERATIONS - tour.covered)
    answered = {r.operation_id for r in emulator.requests if r.status == 200}
    refused = {r.operation_id for r in emulator.requests if r.status == 501}
    with capsys.disabled():
        print(f"\nend-to-end: operations covered {len(tour.covered & ALL_OPERATIONS)}/{len(ALL_OPERATIONS)} ({mode})")
    assert missing == [], f"operations never called through the {mode} facade: {missing}"
    assert refused == RULES.refused_by(emulator.engine) and not refused & answered
    assert sorted(ALL_OPERATIONS - answered - refused) == [], "every call must have reached the emulator"
    assert emulator.violations == []
