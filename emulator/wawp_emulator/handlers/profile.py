"""HTTP handlers of the ``profile`` tag: the account's own name, About text and picture."""

from __future__ import annotations

from wawp_emulator.handlers._common import domain_errors, file_param, ok, required_str, state_of
from wawp_emulator.registry import Request, operation
from wawp_emulator.state.profile import ProfileState


@operation("profileGet")
def profile_get(req: Request) -> object:
    with domain_errors():
        return state_of(req, ProfileState).get()


@operation("profileSetName")
def profile_set_name(req: Request) -> object:
    with domain_errors():
        state_of(req, ProfileState).set_name(required_str(req, "name"))
    return ok()


@operation("profileSetStatus")
def profile_set_status(req: Request) -> object:
    with domain_errors():
        state_of(req, ProfileState).set_status(required_str(req, "status"))
    return ok()


@operation("profileSetPicture")
def profile_set_picture(req: Request) -> object:
    file = file_param(req, "image/jpeg", "me.jpg")
    with domain_errors():
        state_of(req, ProfileState).set_picture(file)
    return ok()


@operation("profileDeletePicture")
def profile_delete_picture(req: Request) -> object:
    with domain_errors():
        state_of(req, ProfileState).delete_picture()
    return ok()
