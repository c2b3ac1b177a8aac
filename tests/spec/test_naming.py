"""The facade's naming rule (generator/naming.py): a plain operation gets a derived name, ``x-wawp-facade``
overrides it, and two operations on one name stop generation with an error naming both."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.naming import FacadeError, derived_method, facade_path, facade_paths

SPEC: dict[str, Any] = yaml.safe_load((Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml").read_bytes())


@pytest.mark.parametrize(
    ("operation_id", "tag", "method"),
    [
        ("groupJoin", "groups", "join"),  # the tag's singular is dropped
        ("channelsSearchViews", "channels", "search_views"),  # and its plural
        ("sendText", "messages", "send_text"),  # a first word that is not the tag stays
        ("contactCommonGroups", "contacts", "common_groups"),
        ("groups", "groups", "groups"),  # nothing but the tag: the whole name
        ("labelImport", "labels", "label_import"),  # a keyword left over: the whole name
        ("chatMessagesList", "chats", "messages_list"),
    ],
)
def test_the_method_is_the_operation_id_without_the_tag(operation_id: str, tag: str, method: str) -> None:
    assert derived_method(operation_id, tag) == method


def test_x_wawp_facade_overrides_the_derived_name_and_may_nest() -> None:
    plain = {"operationId": "groupParticipantsAdd", "tags": ["groups"]}
    assert facade_path(plain) == ("groups", "participants_add")
    assert facade_path({**plain, "x-wawp-facade": "participants.add"}) == ("groups", "participants", "add")


def test_x_wawp_facade_is_only_given_where_it_changes_the_name() -> None:
    # A copy of the derived name would go stale silently the day the rule or the operationId changes.
    redundant = [
        f"{op['operationId']}: x-wawp-facade {op['x-wawp-facade']!r} is the derived name; remove it"
        for item in SPEC["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        and "x-wawp-facade" in op
        and op["x-wawp-facade"] == derived_method(op["operationId"], op["tags"][0])
    ]
    assert redundant == []


@pytest.mark.parametrize(
    "operation",
    [
        {"operationId": "groupJoin"},
        {"operationId": "groupJoin", "tags": []},
        {"operationId": "groupJoin", "tags": ["groups"], "x-wawp-facade": "participants.class"},
        {"operationId": "groupJoin", "tags": ["groups"], "x-wawp-facade": "join-now"},
    ],
)
def test_an_operation_without_a_usable_name_is_an_error(operation: dict[str, Any]) -> None:
    with pytest.raises(FacadeError, match="groupJoin"):
        facade_path(operation)


def test_every_operation_of_the_spec_has_its_own_name() -> None:
    operations = [op for item in SPEC["paths"].values() for op in item.values() if isinstance(op, dict)]
    paths = facade_paths(SPEC)
    assert sorted(paths) == sorted(op["operationId"] for op in operations)
    assert len(set(paths.values())) == len(paths)


@pytest.mark.parametrize(
    ("operation_id", "facade", "other"),
    [
        ("sessionsStop", None, "sessionStop is client.sessions.stop()"),  # derived onto an override
        ("groupPicture", None, "groupPictureGet is client.groups.picture.get()"),  # a method on a namespace
        ("groupAvatar", "picture.get.small", "groupPictureGet is client.groups.picture.get()"),  # the reverse
    ],
)
def test_two_operations_on_one_name_are_an_error_naming_both(operation_id: str, facade: str | None, other: str) -> None:
    spec = copy.deepcopy(SPEC)
    tag = "sessions" if operation_id.startswith("session") else "groups"
    operation: dict[str, Any] = {"operationId": operation_id, "tags": [tag]}
    if facade is not None:
        operation["x-wawp-facade"] = facade
    spec["paths"]["/new"] = {"get": operation}
    with pytest.raises(FacadeError, match="facade names collide") as caught:
        facade_paths(spec)
    assert operation_id in str(caught.value) and other in str(caught.value)
    assert "x-wawp-facade" in str(caught.value)
