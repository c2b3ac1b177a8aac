"""The ``auth`` tag over HTTP: QR (raw and PNG), rotation, pairing codes, screenshot."""

from __future__ import annotations

import base64
import re

import httpx
from _sessions_world import error, ok, open_emulator
from wawp_emulator.emulator import IN_PROCESS_HOST
from wawp_emulator.state.sessions import qr_png

PNG = b"\x89PNG\r\n\x1a\n"


def test_qr_only_while_scanning_then_raw_and_png() -> None:
    with open_emulator() as emu, emu.client() as http:
        error(http.get("/getQr", params={"format": "raw"}), 422)
        ok(http.post("/session/logout"))
        emu.advance(2)
        value = ok(http.get("/getQr", params={"format": "raw"}))["value"]
        assert value.startswith("2@") and value.count(",") == 3
        image = ok(http.get("/getQr"))
        assert image["mimetype"] == "image/png"
        png = base64.b64decode(image["data"])
        assert png.startswith(PNG) and png == qr_png(value)  # the PNG encodes exactly the raw value
        emu.advance(20)
        rotated = ok(http.get("/getQr", params={"format": "raw"}))["value"]
        assert rotated != value


def test_pairing_code_login() -> None:
    with open_emulator() as emu, emu.client() as http:
        error(http.post("/requestCode", params={"phone_number": "447441429009"}), 422)
        ok(http.post("/session/logout"))
        emu.advance(2)
        code = ok(http.post("/requestCode", params={"phone_number": "447441429009"}))["code"]
        assert re.fullmatch(r"[1-9A-HJ-NP-TV-Z]{4}-[1-9A-HJ-NP-TV-Z]{4}", code)
        emu.phone.enter_pairing_code(code=code)
        emu.advance(1)
        info = ok(http.get("/session/info"))
        assert info["status"] == "WORKING" and info["me"]["id"] == "447441429009@c.us"


def test_wrong_pairing_code_is_refused() -> None:
    with open_emulator() as emu, emu.client() as http:
        ok(http.post("/session/logout"))
        emu.advance(2)
        code = ok(http.post("/requestCode", params={"phone_number": "447441429009"}))["code"]
        wrong = "2222-2222" if code != "2222-2222" else "3333-3333"
        with httpx.Client(base_url=IN_PROCESS_HOST, transport=emu.transport()) as control:
            path = f"/_emulator/instances/{emu.instance_id}/actions/session.enter_pairing_code"
            error(control.post(path, json={"code": wrong}), 400, "wrong_pairing_code")
            ok(control.post(path, json={"code": code}))
        emu.advance(1)
        assert ok(http.get("/session/info"))["status"] == "WORKING"


def test_screenshot_is_a_png() -> None:
    with open_emulator("WEBJS") as emu, emu.client() as http:  # (the engine with a browser page to capture)
        shot = ok(http.get("/getScreenshot"))
        assert shot["mimetype"] == "image/png" and base64.b64decode(shot["data"]).startswith(PNG)
        ok(http.post("/session/logout"))
        emu.advance(2)
        value = ok(http.get("/getQr", params={"format": "raw"}))["value"]
        assert base64.b64decode(ok(http.get("/getScreenshot"))["data"]) == qr_png(value, scale=4)
