"""HTTP handlers of the ``contacts`` tag (contacts and LIDs), backed by ``state.contacts``."""

from __future__ import annotations

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import backend, empty, ok, param_bool, param_int, param_str, required_str
from wawp_emulator.registry import Request, operation


def _contact_id(req: Request) -> str:
    return required_str(req, "contactId")


@operation("contactsList", session="WORKING")
def contacts_list(req: Request) -> object:
    b = backend(req)
    state = b.contacts
    rows = state.list_contacts(
        limit=param_int(req, "limit"),
        offset=param_int(req, "offset", 0) or 0,
        sort_by=param_str(req, "sortBy"),
        sort_order=param_str(req, "sortOrder"),
    )
    return [render.contact_body(b.instance, contact.to_json()) for contact in rows]


@operation("contactGet", session="WORKING")
def contact_get(req: Request) -> object:
    b = backend(req)
    state = b.contacts
    return render.contact_body(b.instance, state.get(_contact_id(req)).to_json())


@operation("contactCheckExists", session="WORKING")
def contact_check_exists(req: Request) -> object:
    phone = required_str(req, "phone")
    b = backend(req)
    state = b.contacts
    return render.number_status_body(b.instance, state.check_exists(phone))


@operation("contactAbout", session="WORKING")
def contact_about(req: Request) -> object:
    return backend(req).contacts.about(_contact_id(req))


@operation("contactProfilePicture", session="WORKING")
def contact_profile_picture(req: Request) -> object:
    url = backend(req).contacts.profile_picture(_contact_id(req), refresh=param_bool(req, "refresh"))
    return {"profilePictureURL": url}


@operation("contactBlock", session="WORKING")
def contact_block(req: Request) -> object:
    backend(req).contacts.set_blocked(_contact_id(req), True)
    return empty()


@operation("contactUnblock", session="WORKING")
def contact_unblock(req: Request) -> object:
    backend(req).contacts.set_blocked(_contact_id(req), False)
    return empty()


@operation("contactUpsert", session="WORKING")
def contact_upsert(req: Request) -> object:
    backend(req).contacts.upsert(req.path["contactId"], param_str(req, "firstName"), param_str(req, "lastName"))
    return ok()


@operation("lidsList", session="WORKING")
def lids_list(req: Request) -> object:
    return backend(req).contacts.lids(limit=param_int(req, "limit"), offset=param_int(req, "offset", 0) or 0)


@operation("lidsCount", session="WORKING")
def lids_count(req: Request) -> object:
    return {"count": backend(req).contacts.lids_count()}
