"""Control actions of the channels group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World


@control_action(
    "channel.set_role",
    schema={
        "type": "object",
        "required": ["channelId"],
        "properties": {
            "channelId": {"type": "string", "minLength": 1, "description": "directory channel id or invite code"},
            "role": {
                "type": ["string", "null"],
                "enum": ["ADMIN", "SUBSCRIBER", None],
                "description": "the channel's owner makes you admin / subscriber; null removes you",
            },
        },
        "additionalProperties": False,
    },
)
def control_channel_set_role(world: World, instance: Instance, body: dict[str, Any]) -> object:
    return instance.backend().channels.set_role(body["channelId"], body.get("role"))
