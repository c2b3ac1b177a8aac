"""HTTP handlers of the ``status`` tag: 24-hour text, image, voice and video statuses."""

from __future__ import annotations

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import (
    domain_errors,
    file_param,
    param_bool,
    param_int,
    param_list,
    param_str,
    required_str,
    state_of,
)
from wawp_emulator.registry import Request, operation
from wawp_emulator.state.statuses import StatusesState


def _contacts(req: Request) -> list[str] | None:
    return param_list(req, "contacts", "contacts[]") or None


@operation("statusText")
def status_text(req: Request) -> object:
    state = state_of(req, StatusesState)
    with domain_errors():
        sent = state.text(
            required_str(req, "text"),
            background_color=param_str(req, "backgroundColor"),
            font=param_int(req, "font"),
            link_preview=param_bool(req, "linkPreview", True),
            contacts=_contacts(req),
        )
    return render.sent_body(state.instance, sent)


@operation("statusImage")
def status_image(req: Request) -> object:
    file = file_param(req, "image/jpeg", "image.jpg")
    state = state_of(req, StatusesState)
    with domain_errors():
        sent = state.media("image", file, caption=param_str(req, "caption"), contacts=_contacts(req))
    return render.sent_body(state.instance, sent)


@operation("statusVoice")
def status_voice(req: Request) -> object:
    file = file_param(req, "audio/ogg; codecs=opus", "note.ogg")
    if param_bool(req, "convert", True):
        file["mimetype"] = "audio/ogg; codecs=opus"
    state = state_of(req, StatusesState)
    with domain_errors():
        sent = state.media("voice", file, contacts=_contacts(req))
    return render.sent_body(state.instance, sent)


@operation("statusVideo")
def status_video(req: Request) -> object:
    file = file_param(req, "video/mp4", "video.mp4")
    if param_bool(req, "convert", True):
        file["mimetype"] = "video/mp4"
    state = state_of(req, StatusesState)
    with domain_errors():
        sent = state.media(
            "video",
            file,
            caption=param_str(req, "caption"),
            as_note=param_bool(req, "asNote", False),
            contacts=_contacts(req),
        )
    return render.sent_body(state.instance, sent)


@operation("statusDelete")
def status_delete(req: Request) -> object:
    state = state_of(req, StatusesState)
    with domain_errors():
        sent = state.delete(required_str(req, "id"))
    return render.sent_body(state.instance, sent)
