"""HTTP handlers of the ``auth`` tag: the login QR, pairing codes and the screenshot."""

from __future__ import annotations

import base64

from wawp_emulator.handlers._common import backend, param_str, required_str
from wawp_emulator.registry import Request, operation
from wawp_emulator.state.sessions import qr_png


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@operation("authGetQr")
def auth_get_qr(req: Request) -> object:
    """``format=raw``: ``{value}``; otherwise the QR as a base64 PNG ``{mimetype, data}``."""
    session = backend(req).sessions
    value = session.qr()
    if (param_str(req, "format") or "image") == "raw":
        return {"value": value}
    return {"mimetype": "image/png", "data": _b64(qr_png(value))}


@operation("authRequestCode")
def auth_request_code(req: Request) -> object:
    phone = required_str(req, "phone_number")
    return {"code": backend(req).sessions.request_code(phone)}


@operation("authScreenshot")
def auth_screenshot(req: Request) -> object:
    """What the engine shows; in which statuses each engine answers is the spec's ``x-engine-states``."""
    return {"mimetype": "image/png", "data": _b64(backend(req).sessions.screenshot_png())}
