"""HTTP handlers of the ``groups`` tag, backed by ``state.groups``; group reads and creation answer
the engine's raw group objects (``wawp_emulator.engines``)."""

from __future__ import annotations

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import (
    backend,
    empty,
    ok,
    param_bool,
    param_int,
    param_str,
    required_str,
)
from wawp_emulator.registry import Request, operation


def _participants(req: Request) -> list[object]:
    return list(req.body["participants"])  # required by the spec


def _group_id(req: Request) -> str:
    return str(req.path["id"])


@operation("groupsList", session="WORKING")
def groups_list(req: Request) -> object:
    b = backend(req)
    state = b.groups
    rows = state.list_groups(
        limit=param_int(req, "limit"),
        offset=param_int(req, "offset", 0) or 0,
        sort_order=param_str(req, "sortOrder"),
    )
    return render.groups_body(b.instance, rows)


@operation("groupCreate", session="WORKING")
def group_create(req: Request) -> object:
    b = backend(req)
    group = b.create_group(req.body["name"], _participants(req))
    return render.group_created_body(b.instance, group)


@operation("groupJoinInfo", session="WORKING")
def group_join_info(req: Request) -> object:
    code = param_str(req, "code") or ""
    b = backend(req)
    state = b.groups
    return render.group_body(b.instance, state.join_info(code))


@operation("groupJoin", session="WORKING")
def group_join(req: Request) -> object:
    b = backend(req)
    group = b.settle(b.groups.join(req.body["code"]))
    return {"id": group.id}


@operation("groupJoinByLink", session="WORKING")
def group_join_by_link(req: Request) -> object:
    """v2's join: the invite link or its code (``url``), where v1's ``groupJoin`` took the code."""
    b = backend(req)
    group = b.settle(b.groups.join(str(req.body["url"])))  # (the store reads a link or a bare code)
    return {"id": group.id}


@operation("groupsCount", session="WORKING")
def groups_count(req: Request) -> object:
    return {"count": backend(req).groups.count()}


@operation("groupsRefresh", session="WORKING")
def groups_refresh(req: Request) -> object:
    backend(req).groups.refresh()
    return ok()


@operation("groupGet", session="WORKING")
def group_get(req: Request) -> object:
    b = backend(req)
    state = b.groups
    return render.group_body(b.instance, state.member_group(_group_id(req)))


@operation("groupDetail", session="WORKING")
def group_detail(req: Request) -> object:
    """v2's group read: the group in the query (``groupId``), where v1's ``groupGet`` had it in the path."""
    b = backend(req)
    return render.group_body(b.instance, b.groups.member_group(required_str(req, "groupId")))


@operation("groupDelete", session="WORKING")
def group_delete(req: Request) -> object:
    b = backend(req)
    b.settle(b.groups.delete(_group_id(req)))
    return True


@operation("groupLeave", session="WORKING")
def group_leave(req: Request) -> object:
    b = backend(req)
    b.settle(b.groups.leave(_group_id(req)))
    return empty()


@operation("groupPictureGet", session="WORKING")
def group_picture_get(req: Request) -> object:
    param_bool(req, "refresh")  # the emulator keeps no stale picture cache for groups
    return {"url": backend(req).groups.picture(_group_id(req))}


@operation("groupPictureSet", session="WORKING")
def group_picture_set(req: Request) -> object:
    backend(req).groups.set_picture(_group_id(req))
    return ok()


@operation("groupPictureDelete", session="WORKING")
def group_picture_delete(req: Request) -> object:
    backend(req).groups.delete_picture(_group_id(req))
    return ok()


@operation("groupDescriptionSet", session="WORKING")
def group_description_set(req: Request) -> object:
    b = backend(req)
    b.settle(b.groups.set_description(_group_id(req), req.body["description"]))
    return empty()


@operation("groupSubjectSet", session="WORKING")
def group_subject_set(req: Request) -> object:
    b = backend(req)
    b.settle(b.groups.set_subject(_group_id(req), req.body["subject"]))
    return empty()


@operation("groupInfoAdminOnlySet", session="WORKING")
def group_info_admin_only_set(req: Request) -> object:
    backend(req).groups.set_info_admin_only(_group_id(req), param_bool(req, "adminsOnly", True))
    return empty()


@operation("groupInfoAdminOnlyGet", session="WORKING")
def group_info_admin_only_get(req: Request) -> object:
    group = backend(req).groups.member_group(_group_id(req))
    return {"adminsOnly": group.info_admin_only}


@operation("groupMessagesAdminOnlySet", session="WORKING")
def group_messages_admin_only_set(req: Request) -> object:
    b = backend(req)
    b.settle(b.groups.set_messages_admin_only(_group_id(req), param_bool(req, "adminsOnly", True)))
    return empty()


@operation("groupMessagesAdminOnlyGet", session="WORKING")
def group_messages_admin_only_get(req: Request) -> object:
    group = backend(req).groups.member_group(_group_id(req))
    return {"adminsOnly": group.messages_admin_only}


@operation("groupInviteCodeGet", session="WORKING")
def group_invite_code_get(req: Request) -> object:
    return backend(req).groups.invite(_group_id(req))


@operation("groupInviteCodeRevoke", session="WORKING")
def group_invite_code_revoke(req: Request) -> object:
    return backend(req).groups.revoke_invite(_group_id(req))


@operation("groupParticipantsList", session="WORKING")
def group_participants_list(req: Request) -> object:
    b = backend(req)
    state = b.groups
    return render.participants_body(b.instance, state.member_group(_group_id(req)))


def _change(req: Request, action: str) -> object:
    b = backend(req)
    group = b.groups.member_group(_group_id(req))
    changed = b.change_participants(group.id, action, _participants(req))
    return render.participants_changed_body(b.instance, group, action, [str(p["id"]) for p in changed])


@operation("groupParticipantsAdd", session="WORKING")
def group_participants_add(req: Request) -> object:
    return _change(req, "add")


@operation("groupParticipantsRemove", session="WORKING")
def group_participants_remove(req: Request) -> object:
    return _change(req, "remove")


@operation("groupAdminPromote", session="WORKING")
def group_admin_promote(req: Request) -> object:
    return _change(req, "promote")


@operation("groupAdminDemote", session="WORKING")
def group_admin_demote(req: Request) -> object:
    return _change(req, "demote")
