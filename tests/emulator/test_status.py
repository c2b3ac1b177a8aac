"""The ``status`` tag over HTTP: 24-hour statuses, deletion and expiry."""

from __future__ import annotations

import re

from _sessions_world import error, events, ok, open_emulator

STATUS_ID = re.compile(r"^true_status@broadcast_3EB0[0-9A-F]{16}$")
FILE = {"file[url]": "https://example.com/a.jpg", "file[filename]": "a.jpg", "file[mimetype]": "image/jpeg"}


def test_text_status_then_delete() -> None:
    with open_emulator() as emu, emu.client() as http:
        posted = ok(http.post("/status/text", params={"text": "Hello all", "backgroundColor": "#38b42f", "font": 1}))
        assert STATUS_ID.match(posted["id"]) and posted["key"]["remoteJid"] == "status@broadcast"
        assert events(emu, "message.any")[-1]["to"] == "status@broadcast"
        ok(http.post("/status/delete", params={"id": posted["key"]["id"]}))
        error(http.post("/status/delete", params={"id": posted["key"]["id"]}), 404, "status_not_found")


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
        assert "imageMessage" in image["message"] and "audioMessage" in voice["message"]
        assert video["message"]["videoMessage"]["caption"] == "clip"
        emu.advance(24 * 3600)
        error(http.post("/status/delete", params={"id": image["key"]["id"]}), 404, "status_not_found")
