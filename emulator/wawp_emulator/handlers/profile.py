"""HTTP handlers of the ``profile`` tag: the account's own name, About text and picture."""

from __future__ import annotations

from wawp_emulator.handlers._common import backend, file_param, ok, required_str
from wawp_emulator.registry import Request, operation


@operation("profileGet", session="WORKING")
def profile_get(req: Request) -> object:
    b = backend(req)
    return b.profile.get(b.profile_account())


@operation("profileSetName", session="WORKING")
def profile_set_name(req: Request) -> object:
    b = backend(req)
    b.profile.set_name(b.profile_account(), required_str(req, "name"))
    return ok()


@operation("profileSetStatus", session="WORKING")
def profile_set_status(req: Request) -> object:
    b = backend(req)
    b.profile.set_status(b.profile_account(), required_str(req, "status"))
    return ok()


@operation("profileSetPicture", session="WORKING")
def profile_set_picture(req: Request) -> object:
    file = file_param(req, "image/jpeg", "me.jpg")
    b = backend(req)
    b.profile.set_picture(b.profile_account(), file)
    return ok()


@operation("profileDeletePicture", session="WORKING")
def profile_delete_picture(req: Request) -> object:
    b = backend(req)
    b.profile.delete_picture(b.profile_account())
    return ok()
