"""HTTP handlers of the ``groups`` tag, backed by ``state.groups``; group reads and creation answer
the engine's raw group objects (``wawp_emulator.engines``)."""

from __future__ import annotations

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import (
    body_dict,
    domain_errors,
    empty,
    ok,
    param_bool,
    param_int,
    param_str,
    state_of,
)
from wawp_emulator.registry import Request, operation
from wawp_emulator.state.groups import GroupsState
from wawp_emulator.validation import missing


def _participants(req: Request) -> list[object]:
    items = body_dict(req).get("participants")
    if not isinstance(items, list):
        raise missing(["participants"])
    return list(items)


def _group_id(req: Request) -> str:
    return str(req.path["id"])


@operation("groupsList")
def groups_list(req: Request) -> object:
    state = state_of(req, GroupsState)
    with domain_errors():
        rows = state.list_groups(
            limit=param_int(req, "limit"),
            offset=param_int(req, "offset", 0) or 0,
            sort_order=param_str(req, "sortOrder"),
        )
        return render.groups_body(state.instance, rows)


@operation("groupCreate")
def group_create(req: Request) -> object:
    body = body_dict(req)
    name = body.get("name")
    if not isinstance(name, str):
        raise missing(["name"])
    state = state_of(req, GroupsState)
    with domain_errors():
        group = state.create(name, _participants(req))
        return render.group_created_body(state.instance, group)


@operation("groupJoinInfo")
def group_join_info(req: Request) -> object:
    code = param_str(req, "code") or ""
    state = state_of(req, GroupsState)
    with domain_errors():
        return render.group_body(state.instance, state.join_info(code))


@operation("groupJoin")
def group_join(req: Request) -> object:
    code = body_dict(req).get("code")
    if not isinstance(code, str):
        raise missing(["code"])
    with domain_errors():
        group = state_of(req, GroupsState).join(code)
    return {"id": group.id}


@operation("groupsCount")
def groups_count(req: Request) -> object:
    return {"count": state_of(req, GroupsState).count()}


@operation("groupsRefresh")
def groups_refresh(req: Request) -> object:
    state_of(req, GroupsState).refresh()
    return ok()


@operation("groupGet")
def group_get(req: Request) -> object:
    state = state_of(req, GroupsState)
    with domain_errors():
        return render.group_body(state.instance, state.member_group(_group_id(req)))


@operation("groupDelete")
def group_delete(req: Request) -> object:
    with domain_errors():
        state_of(req, GroupsState).delete(_group_id(req))
    return True


@operation("groupLeave")
def group_leave(req: Request) -> object:
    with domain_errors():
        state_of(req, GroupsState).leave(_group_id(req))
    return empty()


@operation("groupPictureGet")
def group_picture_get(req: Request) -> object:
    param_bool(req, "refresh")  # the emulator keeps no stale picture cache for groups
    with domain_errors():
        return {"url": state_of(req, GroupsState).picture(_group_id(req))}


@operation("groupPictureSet")
def group_picture_set(req: Request) -> object:
    file = body_dict(req).get("file")
    if not isinstance(file, dict):
        raise missing(["file"])
    with domain_errors():
        state_of(req, GroupsState).set_picture(_group_id(req))
    return ok()


@operation("groupPictureDelete")
def group_picture_delete(req: Request) -> object:
    with domain_errors():
        state_of(req, GroupsState).delete_picture(_group_id(req))
    return ok()


@operation("groupDescriptionSet")
def group_description_set(req: Request) -> object:
    description = body_dict(req).get("description")
    if not isinstance(description, str):
        raise missing(["description"])
    with domain_errors():
        state_of(req, GroupsState).set_description(_group_id(req), description)
    return empty()


@operation("groupSubjectSet")
def group_subject_set(req: Request) -> object:
    subject = body_dict(req).get("subject")
    if not isinstance(subject, str):
        raise missing(["subject"])
    with domain_errors():
        state_of(req, GroupsState).set_subject(_group_id(req), subject)
    return empty()


@operation("groupInfoAdminOnlySet")
def group_info_admin_only_set(req: Request) -> object:
    with domain_errors():
        state_of(req, GroupsState).set_info_admin_only(_group_id(req), param_bool(req, "adminsOnly", True))
    return empty()


@operation("groupInfoAdminOnlyGet")
def group_info_admin_only_get(req: Request) -> object:
    with domain_errors():
        group = state_of(req, GroupsState).member_group(_group_id(req))
    return {"adminsOnly": group.info_admin_only}


@operation("groupMessagesAdminOnlySet")
def group_messages_admin_only_set(req: Request) -> object:
    with domain_errors():
        state_of(req, GroupsState).set_messages_admin_only(_group_id(req), param_bool(req, "adminsOnly", True))
    return empty()


@operation("groupMessagesAdminOnlyGet")
def group_messages_admin_only_get(req: Request) -> object:
    with domain_errors():
        group = state_of(req, GroupsState).member_group(_group_id(req))
    return {"adminsOnly": group.messages_admin_only}


@operation("groupInviteCodeGet")
def group_invite_code_get(req: Request) -> object:
    with domain_errors():
        return state_of(req, GroupsState).invite(_group_id(req))


@operation("groupInviteCodeRevoke")
def group_invite_code_revoke(req: Request) -> object:
    with domain_errors():
        return state_of(req, GroupsState).revoke_invite(_group_id(req))


@operation("groupParticipantsList")
def group_participants_list(req: Request) -> object:
    state = state_of(req, GroupsState)
    with domain_errors():
        return render.participants_body(state.instance, state.member_group(_group_id(req)))


def _change(req: Request, action: str) -> object:
    state = state_of(req, GroupsState)
    with domain_errors():
        group = state.member_group(_group_id(req))
        changed = state.change_participants(group.id, action, _participants(req))
    return render.participants_changed_body(state.instance, group, action, [str(p["id"]) for p in changed])


@operation("groupParticipantsAdd")
def group_participants_add(req: Request) -> object:
    return _change(req, "add")


@operation("groupParticipantsRemove")
def group_participants_remove(req: Request) -> object:
    return _change(req, "remove")


@operation("groupAdminPromote")
def group_admin_promote(req: Request) -> object:
    return _change(req, "promote")


@operation("groupAdminDemote")
def group_admin_demote(req: Request) -> object:
    return _change(req, "demote")
