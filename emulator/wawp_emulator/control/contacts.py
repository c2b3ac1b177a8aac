"""Control actions of the contacts group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World


@control_action("contact.set_exists")
def control_contact_set_exists(world: World, instance: Instance, body: dict[str, Any]) -> object:
    state = instance.backend().contacts
    state.set_exists(body["phone"], body.get("exists", True))
    return state.check_exists(body["phone"])


@control_action("contact.update_profile")
def control_contact_update_profile(world: World, instance: Instance, body: dict[str, Any]) -> object:
    contact = instance.backend().contacts.update_profile(
        body["contactId"], pushname=body.get("pushname"), about=body.get("about"), picture=body.get("picture")
    )
    return contact.to_json()
