"""Control actions of the labels group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action
from wawp_emulator.state.labels import color_fields
from wawp_emulator.validation import missing

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World


@control_action("label.change_from_phone")
def control_label_change_from_phone(world: World, instance: Instance, body: dict[str, Any]) -> object:
    b = instance.backend()
    state = b.labels
    color, color_hex = color_fields(body)
    if body["action"] == "delete":
        if "id" not in body:
            raise missing(["id"])
        return b.label_changed(state.delete(body["id"]), deleted=True).to_json()
    if "id" in body:
        return b.label_changed(state.update(body["id"], body.get("name"), color=color, color_hex=color_hex)).to_json()
    if "name" not in body:
        raise missing(["name"])
    if color is None and color_hex is None:
        color = 0
    return b.label_changed(state.create(body["name"], color=color, color_hex=color_hex)).to_json()


@control_action("label.chat_from_phone")
def control_label_chat_from_phone(world: World, instance: Instance, body: dict[str, Any]) -> object:
    b = instance.backend()
    state = b.labels
    if body["action"] == "add":
        changed = b.chat_labels_changed(state.add_to_chat(body["chatId"], body["labelId"]))
    else:
        changed = b.chat_labels_changed(state.remove_from_chat(body["chatId"], body["labelId"]))
    return {"changed": changed, "labels": [label.to_json() for label in state.for_chat(body["chatId"])]}
