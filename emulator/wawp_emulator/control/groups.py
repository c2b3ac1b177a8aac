"""Control actions of the groups group: what the phone and the other people do (``/_emulator``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wawp_emulator.control.registry import control_action

if TYPE_CHECKING:
    from wawp_emulator.world import Instance, World

_PERSON = {"type": "string", "minLength": 1, "description": "phone digits, @c.us or @lid id"}
_GROUP_ID = {"type": "string", "pattern": "@g\\.us$"}
_PEOPLE = {"type": "array", "items": _PERSON, "minItems": 1}


@control_action(
    "group.create_remote",
    schema={
        "type": "object",
        "required": ["subject"],
        "properties": {
            "subject": {"type": "string", "minLength": 1},
            "description": {"type": "string"},
            "owner": {**_PERSON, "description": "the creator (default: a generated number)"},
            "participants": {"type": "array", "items": _PERSON},
            "addMe": {"type": "boolean", "description": "the owner adds the instance (emits group.v2.join)"},
        },
        "additionalProperties": False,
    },
)
def control_group_create_remote(world: World, instance: Instance, body: dict[str, Any]) -> object:
    state = instance.backend().groups
    group = state.create_remote(
        body["subject"],
        owner=body.get("owner"),
        participants=body.get("participants", []),
        description=body.get("description"),
        add_me=bool(body.get("addMe", False)),
    )
    return {
        "id": group.id,
        "invite": group.invite_url,
        "code": group.invite_code,
        "group": group.info(with_invite=True),
    }


@control_action(
    "group.participant_join",
    schema={
        "type": "object",
        "required": ["groupId", "participant"],
        "properties": {"groupId": _GROUP_ID, "participant": _PERSON},
        "additionalProperties": False,
    },
)
def control_group_participant_join(world: World, instance: Instance, body: dict[str, Any]) -> object:
    return instance.backend().groups.participant_join(body["groupId"], body["participant"])


@control_action(
    "group.participant_leave",
    schema={
        "type": "object",
        "required": ["groupId", "participant"],
        "properties": {"groupId": _GROUP_ID, "participant": _PERSON},
        "additionalProperties": False,
    },
)
def control_group_participant_leave(world: World, instance: Instance, body: dict[str, Any]) -> object:
    return instance.backend().groups.participant_leave(body["groupId"], body["participant"])


@control_action(
    "group.participants_change",
    schema={
        "type": "object",
        "required": ["groupId", "action", "participants"],
        "properties": {
            "groupId": _GROUP_ID,
            "action": {"type": "string", "enum": ["add", "remove", "promote", "demote"]},
            "participants": _PEOPLE,
            "by": {**_PERSON, "description": "the admin doing it (default: the group's owner)"},
        },
        "additionalProperties": False,
    },
)
def control_group_participants_change(world: World, instance: Instance, body: dict[str, Any]) -> object:
    return instance.backend().groups.remote_change(
        body["groupId"], body["action"], body["participants"], by=body.get("by")
    )


@control_action(
    "group.update",
    schema={
        "type": "object",
        "required": ["groupId"],
        "properties": {
            "groupId": _GROUP_ID,
            "subject": {"type": "string", "minLength": 1},
            "description": {"type": "string"},
            "by": {**_PERSON, "description": "who changes it (default: the group's owner)"},
        },
        "additionalProperties": False,
    },
)
def control_group_update(world: World, instance: Instance, body: dict[str, Any]) -> object:
    state = instance.backend().groups
    group = state.remote_group(body["groupId"])
    by = body.get("by") or group.owner
    if "subject" in body:
        state.set_subject(group.id, body["subject"], by=by)
    if "description" in body:
        state.set_description(group.id, body["description"], by=by)
    return group.info(with_invite=False)
