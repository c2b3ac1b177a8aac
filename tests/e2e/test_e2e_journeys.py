"""Real user journeys with the generated client against the emulator, each one readable top to bottom.

The clock is the emulator's manual clock: "waiting" is ``emulator.advance(seconds)``, and every poll
loop is bounded.
"""

from __future__ import annotations

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
    SEED,
    THIRD,
    THIRD_CHAT,
    VIDEO,
    VOICE,
    is_png,
    make_async_client,
    own_direct_message_ends,
    raw,
    unless_refused,
)
from wawp_client import binary, models
from wawp_emulator.emulator import Emulator
from wawp_emulator.engines.read import chat_id, group_description, group_id, group_subject, member_roles
from wawp_emulator.testing import make_client


def poll_status(
    client: wawp_client.Wawp, emulator: Emulator, wanted: str, *, step: float = 0.5, limit: int = 40
) -> str:
    """Poll ``sessions.info`` like a user would, moving the emulator clock between polls (bounded)."""
    seen = []
    for _ in range(limit):
        status = client.sessions.info().status
        seen.append(status)
        if status == wanted:
            return status
        emulator.advance(step)
    raise AssertionError(f"never reached {wanted}; saw {seen}")


def test_create_a_session_scan_the_qr_and_reach_working(
    emulator: Emulator, retry_sleeps: list[float], wawp_emulator_engine: str
) -> None:
    # createSession is the one call that needs no instance: a client with only the access token.
    with wawp_client.Wawp(
        access_token=emulator.access_token, base_url=emulator.base_url, transport=emulator.transport()
    ) as account:
        assert account.instance_id is None
        created = account.sessions.create(name="Support line")
    assert isinstance(created, models.Session) and created.name == "Support line"
    instance_id = created.config.metadata.instance_id
    assert isinstance(instance_id, str) and instance_id != emulator.instance_id
    assert "Support line" in repr(created) and instance_id not in repr(created.config.metadata)

    with make_client(emulator, instance_id=instance_id) as client:
        assert client.sessions.info().status in ("STOPPED", "STARTING")
        client.sessions.start()
        assert poll_status(client, emulator, "SCAN_QR_CODE") == "SCAN_QR_CODE"

        qr = client.auth.get_qr()
        assert isinstance(qr, models.Base64File) and qr.mimetype == "image/png"
        png = binary.decode_base64(qr.data)
        assert is_png(png) and binary.to_bytes(qr) == png
        value = client.auth.get_qr(format="raw")
        assert isinstance(value, models.QRCodeValue) and isinstance(value.value, str) and len(value.value) > 20
        # the QR rotates while nobody scans it
        emulator.advance(20)
        again = client.auth.get_qr(format="raw")
        assert isinstance(again, models.QRCodeValue) and again.value != value.value

        emulator.phone(instance_id=instance_id).scan_qr(phone="+44 7441 429009", push_name="Support")
        assert poll_status(client, emulator, "WORKING") == "WORKING"
        me = client.sessions.me()
        assert me.id == "447441429009@c.us" and me.push_name == "Support"
        assert client.sessions.status().status
        with pytest.raises(wawp_client.UnprocessableEntityError):
            client.auth.get_qr()
        sent = client.messages.send_text(chat_id=PEER, message="first message from the new line")
        assert sent.id is not None and sent.id.startswith(f"true_{PEER_CHAT}_")
        stored = client.messages.get(chat_id=PEER_CHAT, message_id=sent.id)
        ends = own_direct_message_ends(wawp_emulator_engine, "447441429009@c.us", PEER_CHAT)
        assert (stored.from_, stored.to) == ends


def test_me_is_none_until_a_phone_is_linked(emulator: Emulator, retry_sleeps: list[float]) -> None:
    with make_client(emulator, instance_id=None) as account:
        instance_id = account.sessions.create(name="Not linked yet").config.metadata.instance_id
    with make_client(emulator, instance_id=instance_id) as client:
        emulator.advance(3)
        assert client.sessions.info().status == "SCAN_QR_CODE"
        assert client.sessions.me() is None


def test_send_every_message_type_and_read_them_back_with_pagination(
    client: wawp_client.Wawp, emulator: Emulator, wawp_emulator_engine: str
) -> None:
    sent = [client.messages.send_text(chat_id=PEER, message="Hello 👋", link_preview=False)]
    sent.append(client.messages.send_image(chat_id=PEER, caption="the menu", **IMAGE))
    sent.append(client.messages.send_file(chat_id=PEER, caption="the invoice", **PDF))
    sent.append(client.messages.send_voice(chat_id=PEER, **VOICE))
    sent += unless_refused(
        emulator, "sendVideo", lambda: [client.messages.send_video(chat_id=PEER, caption="a clip", **VIDEO)]
    )
    media = len(sent)  # (the text, then the media that went out)
    sent += unless_refused(
        emulator,
        "sendLinkPreview",
        lambda: [
            client.messages.send_link_preview(
                chat_id=PEER, text="Docs: https://wawp.net", url="https://wawp.net", title="Wawp"
            )
        ],
    )
    sent.append(client.messages.send_location(chat_id=PEER, latitude=51.5007, longitude=-0.1246, title="Big Ben"))
    sent.append(
        client.messages.send_poll(
            body=models.SendPollBody(
                chat_id=PEER_CHAT,
                poll=models.SendPollBodyPoll(name="Pizza or pasta?", options=["Pizza", "Pasta"]),
            )
        )
    )
    sent.append(
        client.messages.send_contact_vcard(
            body=models.SendContactVcardBody(
                chat_id=PEER_CHAT,
                contacts=[models.VCardContact(full_name="Jane Roe", phone_number="+20 122 222 2222")],
            )
        )
    )
    reply = client.messages.send_text(chat_id=PEER, message="replying", reply_to=sent[0].id)
    sent.append(reply)
    ids_sent = [m.id for m in sent]
    assert all(isinstance(i, str) and i.startswith(f"true_{PEER_CHAT}_") for i in ids_sent)
    assert len(set(ids_sent)) == len(sent)
    stored = [client.messages.get(chat_id=PEER_CHAT, message_id=i, download_media=True) for i in ids_sent]
    me = client.sessions.me().id
    ends = own_direct_message_ends(wawp_emulator_engine, str(me), PEER_CHAT)
    assert all(m.from_me and (m.from_, m.to) == ends for m in stored)
    assert [m.has_media for m in stored[1:media]] == [True] * (media - 1)
    assert stored[-1].reply_to and ids_sent[0].endswith(stored[-1].reply_to.id)

    # acks progress with the clock: SERVER, DEVICE, READ
    assert client.messages.get(chat_id=PEER_CHAT, message_id=ids_sent[0]).ack_name in ("PENDING", "SERVER")
    emulator.advance(10)
    assert client.messages.get(chat_id=PEER_CHAT, message_id=ids_sent[0]).ack_name == "READ"

    # the other side answers; we mark it seen (an empty answer) and show typing
    inbound = emulator.people.send_message(from_=PEER, body="got them all, thanks")
    assert client.messages.send_seen(chat_id=PEER_CHAT, message_ids=[inbound["id"]]) is None
    assert client.messages.start_typing(chat_id=PEER_CHAT).result is True
    assert client.messages.stop_typing(chat_id=PEER_CHAT).result is True

    # every message of the chat, page by page, newest first
    everything = list(client.chats.messages.list(chat_id=PEER_CHAT, limit=3).iter_all())
    ids = [m.id for m in everything]
    assert len(ids) == len(set(ids)) == len(sent) + 1
    assert ids[0] == inbound["id"] and set(ids) == set(ids_sent) | {inbound["id"]}
    timestamps = [m.timestamp for m in everything]
    assert timestamps == sorted(timestamps, reverse=True)
    pages = [r for r in emulator.requests if r.operation_id == "chatMessagesList"]
    assert len(pages) == (len(ids) // 3) + 1 and [p.query["offset"] for p in pages][:2] == ["0", "3"]
    only_mine = list(client.chats.messages.list(chat_id=PEER_CHAT, limit=4, filter_from_me=True).iter_all())
    assert {m.id for m in only_mine} == set(ids_sent)

    # and every chat, two at a time
    emulator.people.send_message(from_=OTHER, body="hello?")
    emulator.people.send_message(from_=THIRD, body="hey")
    chats = list(client.chats.list(limit=2, sort_by="id", sort_order="ASC").iter_all())
    chat_ids = [chat_id(raw(c)) for c in chats]
    assert {PEER_CHAT, OTHER_CHAT, THIRD_CHAT} <= set(chat_ids) and len(chat_ids) == len(set(chat_ids))
    assert chat_ids == sorted(chat_ids)


def test_react_edit_and_delete(client: wawp_client.Wawp, emulator: Emulator) -> None:
    mine = client.messages.send_text(chat_id=PEER, message="See you at 5")
    theirs = emulator.people.send_message(from_=PEER, body="ok!")

    assert mine.id is not None
    reaction = client.messages.react(chat_id=PEER_CHAT, message_id=theirs["id"], reaction="❤️")
    assert reaction.id and reaction.id != theirs["id"]  # a reaction is a message of its own
    assert client.messages.react(chat_id=PEER_CHAT, message_id=theirs["id"], reaction="").id  # removes it
    assert unless_refused(
        emulator, "messageStar", lambda: [client.messages.star(chat_id=PEER_CHAT, message_id=theirs["id"], star=True)]
    ) in ([None], [])  # an empty answer

    assert client.chats.messages.edit(chat_id=PEER_CHAT, message_id=mine.id, text="See you at 6").id
    assert client.chats.messages.get(chat_id=PEER_CHAT, message_id=mine.id).body == "See you at 6"
    with pytest.raises(wawp_client.APIStatusError) as not_mine:
        client.chats.messages.edit(chat_id=PEER_CHAT, message_id=theirs["id"], text="hijack")
    assert not_mine.value.status_code in (400, 403, 422) and not_mine.value.code

    assert all(
        p.success
        for p in unless_refused(
            emulator, "chatMessagePin", lambda: [client.chats.messages.pin(chat_id=PEER_CHAT, message_id=mine.id)]
        )
    )
    assert all(
        p.success
        for p in unless_refused(
            emulator, "chatMessageUnpin", lambda: [client.chats.messages.unpin(chat_id=PEER_CHAT, message_id=mine.id)]
        )
    )
    assert client.chats.messages.delete(chat_id=PEER_CHAT, message_id=mine.id).id
    with pytest.raises(wawp_client.NotFoundError) as gone:
        client.chats.messages.get(chat_id=PEER_CHAT, message_id=mine.id)
    assert gone.value.code
    remaining = [m.id for m in client.chats.messages.list(chat_id=PEER_CHAT)]
    assert mine.id not in remaining and theirs["id"] in remaining

    read = client.chats.messages.read(chat_id=PEER_CHAT)
    assert isinstance(read, models.ReadMessagesResult)
    if unless_refused(emulator, "chatArchive", lambda: [client.chats.archive(chat_id=PEER_CHAT)]) == [True]:
        assert [c.archived for c in client.chats.list() if chat_id(raw(c)) == PEER_CHAT] == [True]
        assert client.chats.unarchive(chat_id=PEER_CHAT) is True
    assert client.chats.mark_unread(chat_id=PEER_CHAT).success


def test_manage_a_group_and_its_participants(client: wawp_client.Wawp, emulator: Emulator) -> None:
    group = client.groups.create(
        body=models.GroupCreateBody(
            name="Book club", participants=[models.ParticipantRef(id=OTHER), models.ParticipantRef(id=PEER)]
        )
    )
    gid = group_id(raw(group))
    assert gid.endswith("@g.us") and group_subject(raw(client.groups.get(id=gid))) == "Book club"
    members = member_roles(raw(client.groups.participants.list(id=gid)))
    assert {OTHER_CHAT, PEER_CHAT} <= set(members)

    client.groups.set_subject(id=gid, body=models.GroupSubjectSetBody(subject="Book club 📚"))
    client.groups.set_description(id=gid, body=models.GroupDescriptionSetBody(description="One book a month"))
    client.groups.settings.set_messages_admin_only(id=gid, admins_only=True)
    assert client.groups.settings.get_messages_admin_only(id=gid).admins_only is True
    assert client.groups.settings.get_info_admin_only(id=gid).admins_only is False
    fetched = raw(client.groups.get(id=gid))
    assert (group_subject(fetched), group_description(fetched)) == ("Book club 📚", "One book a month")

    third = models.ParticipantsRequest(participants=[models.ParticipantRef(id=THIRD)])
    assert client.groups.participants.add(id=gid, body=third)
    assert client.groups.participants.promote(id=gid, body=third)
    assert member_roles(raw(client.groups.participants.list(id=gid)))[THIRD_CHAT] == "admin"
    assert client.groups.participants.demote(id=gid, body=third)
    assert member_roles(raw(client.groups.participants.list(id=gid)))[THIRD_CHAT] == "participant"
    assert client.groups.participants.remove(id=gid, body=third)
    assert THIRD_CHAT not in member_roles(raw(client.groups.participants.list(id=gid)))

    # someone joins by themselves, someone leaves, then a message in the group
    emulator.people.join_group(group_id=gid, participant="201444444444")
    emulator.people.leave_group(group_id=gid, participant=OTHER)
    ids = member_roles(raw(client.groups.participants.list(id=gid)))
    assert "201444444444@c.us" in ids and OTHER_CHAT not in ids
    posted = client.messages.send_text(chat_id=gid, message="Welcome!")
    assert posted.id is not None and posted.id.startswith(f"true_{gid}_")

    code = client.groups.invite_code.get(id=gid)
    assert code and client.groups.invite_code.revoke(id=gid) != code
    assert gid in [group_id(raw(g)) for g in client.groups.list(limit=1)]
    assert client.groups.count().count >= 1
    assert client.groups.leave(id=gid) is None
    with pytest.raises(wawp_client.NotFoundError):
        client.groups.get(id=gid)


def test_labels_on_chats(client: wawp_client.Wawp, emulator: Emulator) -> None:
    emulator.people.send_message(from_=OTHER, body="How much is it?")
    lead = client.labels.create(body=models.LabelRequest(name="Lead", color_hex="#ff9485"))
    paid = client.labels.create(body=models.LabelRequest(name="Paid", color_hex="#64c4ff"))
    assert {lead.id, paid.id} <= {label.id for label in client.labels.list()}
    assert (
        client.labels.set_for_chat(
            chat_id=OTHER_CHAT, body=models.ChatLabelsSetBody(labels=[models.LabelRef(id=lead.id)])
        )
        is None
    )
    assert [label.name for label in client.labels.for_chat(chat_id=OTHER_CHAT)] == ["Lead"]
    assert [chat_id(raw(c)) for c in client.labels.chats(label_id=lead.id)] == [OTHER_CHAT]
    # the customer paid: swap the labels
    client.labels.set_for_chat(chat_id=OTHER_CHAT, body=models.ChatLabelsSetBody(labels=[models.LabelRef(id=paid.id)]))
    assert [label.name for label in client.labels.for_chat(chat_id=OTHER_CHAT)] == ["Paid"]
    assert client.labels.chats(label_id=lead.id) == []
    renamed = client.labels.update(label_id=paid.id, body=models.LabelRequest(name="Paid ✅", color_hex="#64c4ff"))
    assert renamed.name == "Paid ✅" and renamed.id == paid.id
    assert client.labels.delete(label_id=lead.id).result is True
    assert lead.id not in [label.id for label in client.labels.list()]


def test_channels_follow_mute_and_search_with_cursor_pagination(client: wawp_client.Wawp, emulator: Emulator) -> None:
    views = [v.value for v in client.channels.search_views()]
    assert "RECOMMENDED" in views
    assert client.channels.search_countries() and client.channels.search_categories()

    every = list(client.channels.search(view="RECOMMENDED", limit=25).iter_all())
    ids = [c.id for c in every]
    assert len(ids) == len(set(ids)) > 25 and all(i.endswith("@newsletter") for i in ids)
    # the same directory in pages of 100 (the maximum), following the cursor by hand
    big = client.channels.search(view="RECOMMENDED", limit=100).result
    assert big.page.has_next_page is True and isinstance(big.page.end_cursor, str)
    rest = client.channels.search(view="RECOMMENDED", limit=100, start_cursor=big.page.end_cursor).result
    assert rest.page.has_next_page is False and not rest.page.end_cursor
    assert [c.id for c in big.channels + rest.channels] == ids
    first = client.channels.search(view="RECOMMENDED", limit=2).result
    assert first.page.has_next_page is True and isinstance(first.page.end_cursor, str)
    second = client.channels.search(view="RECOMMENDED", limit=2, start_cursor=first.page.end_cursor).result
    assert [c.id for c in second.channels] == ids[2:4]
    # a cursor only fits the search it came from (the emulator answers 400 or 422, both documented)
    with pytest.raises((wawp_client.BadRequestError, wawp_client.UnprocessableEntityError)) as stale:
        client.channels.search(text="news", limit=2, start_cursor=first.page.end_cursor)
    assert stale.value.code == "invalid_cursor"

    news = every[0]
    preview = client.channels.preview_messages(id=news.id, limit=2)
    assert len(preview) <= 2 and all(isinstance(m.message, models.Message) for m in preview)
    if unless_refused(emulator, "channelFollow", lambda: [client.channels.follow(id=news.id)]) == [{}]:
        assert news.id in [c.id for c in client.channels.list(role="SUBSCRIBER")]
        assert client.channels.mute(id=news.id) == {}
        assert client.channels.unmute(id=news.id) == {}
        assert client.channels.unfollow(id=news.id) == {}
        assert news.id not in [c.id for c in client.channels.list(role="SUBSCRIBER")]

    body = models.ChannelCreateBody(name="Shop news", description="Deals")
    created = unless_refused(emulator, "channelCreate", lambda: [client.channels.create(body=body)])
    if created:
        [mine] = created
        assert client.channels.get(id=mine.id).name == "Shop news"
        assert unless_refused(emulator, "channelDelete", lambda: [client.channels.delete(id=mine.id)]) in ([None], [])


def test_statuses_contacts_presence_and_profile(
    client: wawp_client.Wawp, emulator: Emulator, wawp_emulator_engine: str
) -> None:
    story = client.status.send_text(text="Open until 9pm today", background_color="#38b42f", font=1)
    photo = client.status.send_image(caption="New stock", **IMAGE)
    assert story.id and photo.id and story.id != photo.id
    assert client.status.send_voice(**VOICE).id
    assert client.status.send_video(caption="Tour", **VIDEO).id
    assert client.status.delete(id=story.id).id

    assert client.contacts.check_exists(phone=OTHER).number_exists is True
    assert client.contacts.check_exists(phone="201222222223").number_exists is False
    people = list(client.contacts.list(limit=5, sort_by="id").iter_all())
    assert len(people) == len({p.id for p in people}) > 0
    someone = people[0].id
    assert client.contacts.upsert(contact_id=someone, first_name="Alice", last_name="Smith").success
    assert client.contacts.get(contact_id=someone).name == "Alice Smith"
    if unless_refused(emulator, "contactBlock", lambda: [client.contacts.block(contact_id=someone)]) == [None]:
        assert client.contacts.get(contact_id=someone).is_blocked is True
        assert client.contacts.unblock(contact_id=someone) is None
    about = unless_refused(emulator, "contactAbout", lambda: [client.contacts.about(contact_id=someone)])
    assert all(isinstance(a, models.ContactAbout) for a in about)
    lids = list(client.contacts.lids.list(limit=2).iter_all())
    assert client.contacts.lids.count().count == len(lids)

    assert client.presence.set(presence="online") is None
    emulator.people.update_presence(chat_id=OTHER_CHAT, presence="typing")
    presences = client.presence.get(chat_id=OTHER_CHAT)
    assert presences.id == OTHER_CHAT and presences.presences

    assert client.profile.set_name(name="Corner Shop").success
    assert client.profile.set_status(status="Open 9-21").success
    assert client.profile.set_picture(**IMAGE).success
    profile = client.profile.get()
    assert profile.name == "Corner Shop" and profile.picture
    assert client.profile.delete_picture().success
    assert not client.profile.get().picture


async def test_async_journey_over_a_real_socket(emulator: Emulator, retry_sleeps: list[float]) -> None:
    """The async client over 127.0.0.1 (uvicorn in a thread): send, read back with apaginate, groups."""
    with emulator.serve_in_thread() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        async with wawp_client.AsyncWawp(
            instance_id=emulator.instance_id, access_token=emulator.access_token, base_url=base_url
        ) as client:
            client.retry_policy.rng = random.Random(SEED)
            assert (await client.sessions.info()).status == "WORKING"
            for n in range(5):
                await client.messages.send_text(chat_id=PEER, message=f"async {n}")
            got = [m async for m in (await client.chats.messages.list(chat_id=PEER_CHAT, limit=2)).iter_all()]
            assert [m.body for m in got] == [f"async {n}" for n in reversed(range(5))]
            group = await client.groups.create(
                body=models.GroupCreateBody(name="Async", participants=[models.ParticipantRef(id=OTHER)])
            )
            members = member_roles(raw(await client.groups.participants.list(id=group_id(raw(group)))))
            assert OTHER_CHAT in members
            channels = [c async for c in (await client.channels.search(limit=3)).iter_all()]
            assert len(channels) == len({c.id for c in channels}) > 3
            with pytest.raises(wawp_client.NotFoundError):
                await client.groups.get(id="120363000000000000@g.us")
    assert [r.operation_id for r in emulator.requests][:2] == ["sessionInfo", "sendText"]


async def test_async_client_in_process(emulator: Emulator, retry_sleeps: list[float]) -> None:
    client: Any = make_async_client(emulator)
    try:
        sent = await client.messages.send_image(chat_id=PEER, caption="async pic", **IMAGE)
        stored = await client.messages.get(chat_id=PEER_CHAT, message_id=sent.id, download_media=True)
        assert stored.has_media and stored.body == "async pic"
        if emulator.engine == "WEBJS":  # (the others show a screen only while the QR is up)
            assert is_png(binary.to_bytes(await client.auth.screenshot()))
        else:
            with pytest.raises(wawp_client.UnprocessableEntityError):
                await client.auth.screenshot()
    finally:
        await client.close()
