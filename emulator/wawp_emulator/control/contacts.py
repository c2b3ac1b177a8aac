"""Control actions of the contacts group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World

_CONTACT_ID = {"type": "string", "minLength": 1, "description": "phone digits or @c.us id"}


@control_action(
    "contact.set_exists",
    schema={
        "type": "object",
        "required": ["phone"],
        "properties": {
            "phone": _CONTACT_ID,
            "exists": {
                "type": ["boolean", "null"],
                "description": "force check-exists; null restores the rule (even last digit = registered)",
            },
        },
        "additionalProperties": False,
    },
)
def control_contact_set_exists(world: World, instance: Instance, body: dict[str, Any]) -> object:
    state = instance.backend().contacts
    state.set_exists(body["phone"], body.get("exists", True))
    return state.check_exists(body["phone"])


@control_action(
    "contact.update_profile",
    schema={
        "type": "object",
        "required": ["contactId"],
        "properties": {
            "contactId": _CONTACT_ID,
            "pushname": {"type": "string"},
            "about": {"type": "string"},
            "picture": {"type": "string", "enum": ["new", "remove"], "description": "change or remove the picture"},
        },
        "additionalProperties": False,
    },
)
def control_contact_update_profile(world: World, instance: Instance, body: dict[str, Any]) -> object:
    contact = instance.backend().contacts.update_profile(
        body["contactId"], pushname=body.get("pushname"), about=body.get("about"), picture=body.get("picture")
    )
    return contact.to_json()
