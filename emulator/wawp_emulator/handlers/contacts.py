"""HTTP handlers of the ``contacts`` tag (contacts and LIDs), backed by ``state.contacts``."""

from __future__ import annotations

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import domain_errors, empty, ok, param_bool, param_int, param_str, state_of
from wawp_emulator.registry import Request, operation
from wawp_emulator.state.contacts import ContactsState
from wawp_emulator.validation import missing


def _contact_id(req: Request) -> str:
    value = param_str(req, "contactId")
    if not value:
        raise missing(["contactId"])
    return value


@operation("contactsList")
def contacts_list(req: Request) -> object:
    state = state_of(req, ContactsState)
    with domain_errors():
        rows = state.list_contacts(
            limit=param_int(req, "limit"),
            offset=param_int(req, "offset", 0) or 0,
            sort_by=param_str(req, "sortBy"),
            sort_order=param_str(req, "sortOrder"),
        )
    return [render.contact_body(state.instance, contact.to_json()) for contact in rows]


@operation("contactGet")
def contact_get(req: Request) -> object:
    state = state_of(req, ContactsState)
    with domain_errors():
        return render.contact_body(state.instance, state.get(_contact_id(req)).to_json())


@operation("contactCheckExists")
def contact_check_exists(req: Request) -> object:
    phone = param_str(req, "phone")
    if not phone:
        raise missing(["phone"])
    state = state_of(req, ContactsState)
    with domain_errors():
        return render.number_status_body(state.instance, state.check_exists(phone))


@operation("contactAbout")
def contact_about(req: Request) -> object:
    with domain_errors():
        return state_of(req, ContactsState).about(_contact_id(req))


@operation("contactProfilePicture")
def contact_profile_picture(req: Request) -> object:
    with domain_errors():
        url = state_of(req, ContactsState).profile_picture(_contact_id(req), refresh=param_bool(req, "refresh"))
    return {"profilePictureURL": url}


@operation("contactBlock")
def contact_block(req: Request) -> object:
    with domain_errors():
        state_of(req, ContactsState).set_blocked(_contact_id(req), True)
    return empty()


@operation("contactUnblock")
def contact_unblock(req: Request) -> object:
    with domain_errors():
        state_of(req, ContactsState).set_blocked(_contact_id(req), False)
    return empty()


@operation("contactUpsert")
def contact_upsert(req: Request) -> object:
    with domain_errors():
        state_of(req, ContactsState).upsert(
            req.path["contactId"], param_str(req, "firstName"), param_str(req, "lastName")
        )
    return ok()


@operation("lidsList")
def lids_list(req: Request) -> object:
    with domain_errors():
        return state_of(req, ContactsState).lids(limit=param_int(req, "limit"), offset=param_int(req, "offset", 0) or 0)


@operation("lidsCount")
def lids_count(req: Request) -> object:
    return {"count": state_of(req, ContactsState).lids_count()}
