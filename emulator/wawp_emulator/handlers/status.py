"""HTTP handlers of the ``status`` tag: 24-hour text, image, voice and video statuses."""

from __future__ import annotations

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import (
    backend,
    file_param,
    param_bool,
    param_int,
    param_list,
    param_str,
    required_str,
)
from wawp_emulator.registry import Request, operation


def _contacts(req: Request) -> list[str] | None:
    return param_list(req, "contacts") or None


@operation("statusText", session="WORKING")
def status_text(req: Request) -> object:
    b = backend(req)
    sent = b.status_text(
        required_str(req, "text"),
        background_color=param_str(req, "backgroundColor"),
        font=param_int(req, "font"),
        contacts=_contacts(req),
    )
    return render.sent_body(b.instance, sent)


@operation("statusImage", session="WORKING")
def status_image(req: Request) -> object:
    file = file_param(req, "image/jpeg", "image.jpg")
    b = backend(req)
    sent = b.status_media("image", file, caption=param_str(req, "caption"), contacts=_contacts(req))
    return render.sent_body(b.instance, sent)


@operation("statusVoice", session="WORKING")
def status_voice(req: Request) -> object:
    file = file_param(req, "audio/ogg; codecs=opus", "note.ogg")
    if param_bool(req, "convert", True):
        file["mimetype"] = "audio/ogg; codecs=opus"
    b = backend(req)
    return render.sent_body(b.instance, b.status_media("voice", file, contacts=_contacts(req)))


@operation("statusVideo", session="WORKING")
def status_video(req: Request) -> object:
    file = file_param(req, "video/mp4", "video.mp4")
    if param_bool(req, "convert", True):
        file["mimetype"] = "video/mp4"
    b = backend(req)
    sent = b.status_media(
        "video",
        file,
        caption=param_str(req, "caption"),
        as_note=param_bool(req, "asNote", False),
        contacts=_contacts(req),
    )
    return render.sent_body(b.instance, sent)


@operation("statusDelete", session="WORKING")
def status_delete(req: Request) -> object:
    b = backend(req)
    return render.sent_body(b.instance, b.status_delete(required_str(req, "id")))
