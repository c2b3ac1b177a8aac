"""Control actions of the groups group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World


@control_action("group.create_remote")
def control_group_create_remote(world: World, instance: Instance, body: dict[str, Any]) -> object:
    b = instance.backend()
    group = b.settle(
        b.groups.create_remote(
            body["subject"],
            owner=body.get("owner"),
            participants=body.get("participants", []),
            description=body.get("description"),
            add_me=bool(body.get("addMe", False)),
        )
    )
    return {
        "id": group.id,
        "invite": group.invite_url,
        "code": group.invite_code,
        "group": group.info(with_invite=True),
    }


@control_action("group.participant_join")
def control_group_participant_join(world: World, instance: Instance, body: dict[str, Any]) -> object:
    b = instance.backend()
    return b.settle(b.groups.participant_join(body["groupId"], body["participant"]))


@control_action("group.participant_leave")
def control_group_participant_leave(world: World, instance: Instance, body: dict[str, Any]) -> object:
    b = instance.backend()
    return b.settle(b.groups.participant_leave(body["groupId"], body["participant"]))


@control_action("group.participants_change")
def control_group_participants_change(world: World, instance: Instance, body: dict[str, Any]) -> object:
    b = instance.backend()
    return b.settle(b.groups.remote_change(body["groupId"], body["action"], body["participants"], by=body.get("by")))


@control_action("group.update")
def control_group_update(world: World, instance: Instance, body: dict[str, Any]) -> object:
    b = instance.backend()
    group = b.groups.remote_group(body["groupId"])
    by = body.get("by") or group.owner
    if "subject" in body:
        b.settle(b.groups.set_subject(group.id, body["subject"], by=by))
    if "description" in body:
        b.settle(b.groups.set_description(group.id, body["description"], by=by))
    return group.info(with_invite=False)
