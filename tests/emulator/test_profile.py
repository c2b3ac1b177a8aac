"""The ``profile`` tag over HTTP: name (MeInfo follows), About text, picture."""

from __future__ import annotations

from _sessions_world import error, ok, open_emulator


def test_profile_round_trip() -> None:
    with open_emulator() as emu, emu.client() as http:
        profile = ok(http.get("/profile"))
        assert profile["id"] == ok(http.get("/session/me"))["id"] and profile["picture"] is None
        ok(http.put("/profile/nameRequest", params={"name": "Acme Support"}))
        assert ok(http.get("/profile"))["name"] == "Acme Support"
        assert ok(http.get("/session/me"))["pushName"] == "Acme Support"
        ok(http.put("/profile/status", params={"status": "Open 9-5"}))
        ok(
            http.put(
                "/profile/picture",
                params={
                    "file[url]": "https://example.com/me.jpg",
                    "file[filename]": "me.jpg",
                    "file[mimetype]": "image/jpeg",
                },
            )
        )
        picture = ok(http.get("/profile"))["picture"]
        assert picture is not None and picture.startswith("https://")
        ok(http.delete("/profile/picture"))
        assert ok(http.get("/profile"))["picture"] is None
        error(http.put("/profile/nameRequest", params={"name": ""}), 400)
        ok(http.put("/profile/nameRequest", params={"name": "x" * 26}))  # no source sets a length limit
        assert ok(http.get("/profile"))["name"] == "x" * 26


def test_profile_needs_a_working_session() -> None:
    with open_emulator() as emu, emu.client() as http:
        ok(http.post("/session/logout"))
        error(http.get("/profile"), 422, "session_not_working")


def test_an_empty_about_text_is_an_invalid_parameter_as_the_spec_says() -> None:
    """WAHA's ProfileStatusRequest is IsNotEmpty; the spec says minLength 1, so the 400 names the rule."""
    with open_emulator() as emu, emu.client() as http:
        body = error(http.put("/profile/status", params={"status": ""}), 400, "rest_invalid_param")
        assert "status" in body["data"]["params"]
        ok(http.put("/profile/status", params={"status": "x" * 139}))
        error(http.put("/profile/status", params={"status": "x" * 140}), 400, "rest_invalid_param")
