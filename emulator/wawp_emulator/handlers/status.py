"""HTTP handlers of the ``status`` tag: 24-hour text, image, voice and video statuses."""

from __future__ import annotations

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
    with domain_errors():
        return state_of(req, StatusesState).text(
            required_str(req, "text"),
            background_color=param_str(req, "backgroundColor"),
            font=param_int(req, "font"),
            link_preview=param_bool(req, "linkPreview", True),
            contacts=_contacts(req),
        )


@operation("statusImage")
def status_image(req: Request) -> object:
    file = file_param(req, "image/jpeg", "image.jpg")
    with domain_errors():
        return state_of(req, StatusesState).media(
            "image", file, caption=param_str(req, "caption"), contacts=_contacts(req)
        )


@operation("statusVoice")
def status_voice(req: Request) -> object:
    file = file_param(req, "audio/ogg; codecs=opus", "note.ogg")
    if param_bool(req, "convert", True):
        file["mimetype"] = "audio/ogg; codecs=opus"
    with domain_errors():
        return state_of(req, StatusesState).media("voice", file, contacts=_contacts(req))


@operation("statusVideo")
def status_video(req: Request) -> object:
    file = file_param(req, "video/mp4", "video.mp4")
    if param_bool(req, "convert", True):
        file["mimetype"] = "video/mp4"
    with domain_errors():
        return state_of(req, StatusesState).media(
            "video",
            file,
            caption=param_str(req, "caption"),
            as_note=param_bool(req, "asNote", False),
            contacts=_contacts(req),
        )


@operation("statusDelete")
def status_delete(req: Request) -> object:
    with domain_errors():
        post = state_of(req, StatusesState).delete(required_str(req, "id"))
    return {"success": True, "id": post.message_id}
