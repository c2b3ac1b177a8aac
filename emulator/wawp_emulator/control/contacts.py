"""Control actions of the contacts group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action
from wawp_emulator.handlers._common import domain_errors
from wawp_emulator.state.contacts import ContactsState

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World


@control_action("contact.set_exists")
def control_contact_set_exists(world: World, instance: Instance, body: dict[str, Any]) -> object:
    state = instance.state(ContactsState)
    with domain_errors():
        state.set_exists(body["phone"], body.get("exists", True))
        return state.check_exists(body["phone"])


@control_action("contact.update_profile")
def control_contact_update_profile(world: World, instance: Instance, body: dict[str, Any]) -> object:
    with domain_errors():
        contact = instance.state(ContactsState).update_profile(
            body["contactId"], pushname=body.get("pushname"), about=body.get("about"), picture=body.get("picture")
        )
    return contact.to_json()
