"""The ``status`` tag over HTTP: 24-hour statuses, deletion and expiry."""

from __future__ import annotations

import re

from _sessions_world import error, events, ok, open_emulator

STATUS_ID = re.compile(r"^true_status@broadcast_3EB0[0-9A-F]{16}_20[0-9]{10}@c\.us$")  # GOWS: the sender ends it
FILE = {"file[url]": "https://example.com/a.jpg", "file[filename]": "a.jpg", "file[mimetype]": "image/jpeg"}


def test_text_status_then_delete() -> None:
    with open_emulator() as emu, emu.client() as http:
        posted = ok(http.post("/status/text", params={"text": "Hello all", "backgroundColor": "#38b42f", "font": 1}))
        info = posted["_data"]["Info"]  # GOWS, the default engine
        assert STATUS_ID.match(posted["id"]) and info["Chat"] == "status@broadcast" and info["IsGroup"] is True
        me = ok(http.get("/session/me"))["id"]
        assert posted["id"].endswith(f"_{me}")
        echo = events(emu, "message.any")[-1]
        assert (echo["from"], echo["to"], echo["participant"]) == ("status@broadcast", me, me)
        revoke = ok(http.post("/status/delete", params={"id": info["ID"]}))
        assert revoke["_data"]["Message"]["protocolMessage"] == {
            "key": {"remoteJID": "status@broadcast", "fromMe": True, "ID": info["ID"]},
            "type": "REVOKE",
        }
        error(http.post("/status/delete", params={"id": info["ID"]}), 404, "status_not_found")


def test_media_statuses_and_expiry() -> None:
    with open_emulator() as emu, emu.client() as http:
        image = ok(http.post("/status/image", params={"caption": "pic", **FILE}))
        voice = ok(
            http.post(
                "/status/voice",
                params={
                    "file[url]": "https://example.com/v.ogg",
                    "file[filename]": "v.ogg",
                    "file[mimetype]": "audio/ogg",  # the spec's pattern forbids the "; codecs=opus" suffix
                },
            )
        )
        video = ok(
            http.post(
                "/status/video",
                params={
                    "file[url]": "https://example.com/v.mp4",
                    "file[filename]": "v.mp4",
                    "file[mimetype]": "video/mp4",
                    "caption": "clip",
                },
            )
        )
        image_message, voice_message = image["_data"]["Message"], voice["_data"]["Message"]
        assert "imageMessage" in image_message and voice_message["audioMessage"]["ptt"] is True
        assert video["_data"]["Message"]["videoMessage"]["caption"] == "clip"
        emu.advance(24 * 3600)
        error(http.post("/status/delete", params={"id": image["id"]}), 404, "status_not_found")
