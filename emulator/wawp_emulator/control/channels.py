"""Control actions of the channels group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World


@control_action("channel.set_role")
def control_channel_set_role(world: World, instance: Instance, body: dict[str, Any]) -> object:
    return instance.backend().channels.set_role(body["channelId"], body.get("role"))
