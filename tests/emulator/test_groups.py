"""The ``groups`` tag over HTTP: one realistic flow, from creation to leaving, on one consistent state."""

from __future__ import annotations

from typing import Any

import pytest
from _engines import member_ids
from _sessions_world import error, events, ok, open_emulator
from wawp_emulator.engines import ENGINE_NAMES
from wawp_emulator.engines.read import member_roles
from wawp_emulator.spec import load_spec

MAYA, OMAR = "201222222222", "201333333332"  # both on WhatsApp (even last digit)
STRANGER = "201333333333"  # not on WhatsApp (odd last digit)


def test_group_lifecycle_roles_settings_and_404_after_delete() -> None:
    with open_emulator() as emu, emu.client() as http:
        me = ok(http.get("/session/me"))["id"]
        group = ok(http.post("/groups", json={"name": "Team", "participants": [{"id": MAYA}, {"id": STRANGER}]}))
        gid, base = group["JID"], f"/groups/{group['JID']}"
        roles = member_roles(ok(http.get(f"{base}/participants")))
        assert roles == {me: "superadmin", f"{MAYA}@c.us": "participant"}  # the stranger is left out
        assert [e["group"]["id"] for e in events(emu, "group.v2.join")] == [gid]
        assert ok(http.get("/groups/count"))["count"] == 1

        ok(http.put(f"{base}/subject", json={"subject": "Team Alpha"}))
        ok(http.put(f"{base}/description", json={"description": "Sprint work"}))
        info = ok(http.get(base))
        assert (info["Name"], info["Topic"]) == ("Team Alpha", "Sprint work")

        ok(http.put(f"{base}/settings/security/messages-admin-only", params={"adminsOnly": True}))
        assert ok(http.get(f"{base}/settings/security/messages-admin-only")) == {"adminsOnly": True}
        assert ok(http.get(f"{base}/settings/security/info-admin-only")) == {"adminsOnly": False}

        added = ok(http.post(f"{base}/participants/add", json={"participants": [{"id": OMAR}]}))
        assert member_ids(added) == [f"{OMAR}@c.us"]
        promoted = ok(http.post(f"{base}/admin/promote", json={"participants": [{"id": OMAR}]}))
        assert member_roles(promoted) == {f"{OMAR}@c.us": "admin"}
        assert member_roles(ok(http.get(f"{base}/participants")))[f"{OMAR}@c.us"] == "admin"
        ok(http.post(f"{base}/participants/remove", json={"participants": [{"id": MAYA}]}))
        assert f"{MAYA}@c.us" not in member_ids(ok(http.get(f"{base}/participants")))
        assert {e["type"] for e in events(emu, "group.v2.participants")} >= {"join", "promote", "leave"}

        old = ok(http.get(f"{base}/invite-code"))
        new = ok(http.post(f"{base}/invite-code/revoke"))
        assert new != old and ok(http.get(f"{base}/invite-code")) == new
        error(http.get("/groups/join-info", params={"code": old}), 404)

        error(http.delete(base), 501, "wawp_upstream_error")  # GOWS' deleteGroup throws
        emu.set_engine("WEBJS")  # (whatsapp-web.js deletes groups)
        ok(http.delete(base))
        error(http.get(base), 404, "group_not_found")
        error(http.get(f"{base}/participants"), 404, "group_not_found")
        assert ok(http.get("/groups")) == []


def test_join_a_remote_group_by_invite_then_leave() -> None:
    with open_emulator() as emu, emu.client() as http:
        remote = emu.people.create_group(subject="Neighbours", participants=[MAYA])
        preview = ok(http.get("/groups/join-info", params={"code": remote["invite"]}))
        assert preview["Name"] == "Neighbours"
        error(http.get(f"/groups/{remote['id']}"), 404)  # not a member yet
        assert ok(http.post("/groups/join", json={"code": remote["code"]})) == {"id": remote["id"]}
        assert ok(http.get(f"/groups/{remote['id']}"))["Name"] == "Neighbours"
        error(http.post(f"/groups/{remote['id']}/admin/promote", json={"participants": [{"id": MAYA}]}), 422)
        ok(http.post(f"/groups/{remote['id']}/leave"))
        assert [e["group"]["id"] for e in events(emu, "group.v2.leave")] == [remote["id"]]
        error(http.get(f"/groups/{remote['id']}"), 404)


def _created_id(body: dict[str, Any]) -> str:
    """The new group's id in each engine's create answer (GOWS ``JID``, WEBJS ``gid._serialized``, NOWEB ``id``)."""
    if "JID" in body:
        return str(body["JID"])
    if "gid" in body:
        return str(body["gid"]["_serialized"])
    return str(body["id"])


def _blank_text_rule(operation_id: str) -> dict[str, Any]:
    [op] = [op for op in load_spec() if op.operation_id == operation_id]
    [rule] = op.raw["x-wawp-request-rules"]
    return dict(rule)


@pytest.mark.parametrize("engine", ENGINE_NAMES)
@pytest.mark.parametrize("text", ["", "   "])
@pytest.mark.parametrize(
    ("operation_id", "field"), [("groupDescriptionSet", "description"), ("groupSubjectSet", "subject")]
)
def test_a_blank_description_or_subject_is_refused_where_the_spec_rule_says(
    engine: str, text: str, operation_id: str, field: str
) -> None:
    """GOWS' assertGowsGroupTextIsNotEmpty refuses both (400); the other engines' DTOs check the type only, so
    they take the text as sent."""
    rule = _blank_text_rule(operation_id)
    with open_emulator(engine) as emu, emu.client() as http:
        group = ok(http.post("/groups", json={"name": "Team", "participants": [{"id": MAYA}]}))
        gid = _created_id(group)
        answer = http.put(f"/groups/{gid}/{field}", json={field: text})
        if engine in rule["engines"]:
            body = error(answer, rule["status"], rule["code"])
            assert body["message"] == rule["description"]
        else:
            assert answer.status_code == 200, answer.text


LONG_NAME = "Neighbourhood watch " * 15  # 300 characters: no WAHA DTO, engine core or whatsmeow call limits it


def test_a_group_or_channel_name_of_any_length_is_taken() -> None:
    with open_emulator() as emu, emu.client() as http:
        gid = _created_id(ok(http.post("/groups", json={"name": LONG_NAME, "participants": [{"id": MAYA}]})))
        ok(http.put(f"/groups/{gid}/subject", json={"subject": LONG_NAME + "!"}))
        channel = ok(http.post("/channels", json={"name": LONG_NAME}))
        assert channel["name"] == LONG_NAME
        ok(http.get(f"/channels/{channel['id']}", params={"name": LONG_NAME}))
