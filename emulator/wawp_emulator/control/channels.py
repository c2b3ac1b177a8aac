"""Control actions of the channels group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action
from wawp_emulator.handlers._common import domain_errors
from wawp_emulator.state.channels import ChannelsState

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World


@control_action("channel.set_role")
def control_channel_set_role(world: World, instance: Instance, body: dict[str, Any]) -> object:
    with domain_errors():
        return instance.state(ChannelsState).set_role(body["channelId"], body.get("role"))
