"""A rehearsal of an API change: what a maintainer does when Wawp changes, run end to end on a copy.

The repository's hand-written sources are copied into a scratch directory and changed there by hand, as a
maintainer would: the spec gets one new operation (plain: no ``x-wawp-facade``, so its facade name is
derived), one new response field, one renamed parameter and one removed enum value; the emulator's
``contacts`` handler module gets the new operation's handler. Then the client and the emulator's copy of
the spec are regenerated there, and the rehearsal checks what a regeneration must deliver:

- the new operation alone took two hand-edited files, the spec and the handler module (printed; at most
  three is the bound), and the tests that take the list of operations from the spec pass on that copy, the
  new operation included, with no test edited;
- the client gains the new facade method, which works strictly against the changed emulator (served by its
  new handler, from state), and the changed arguments and fields;
- the installed emulator, which has no handler for it, serves it from the changed spec (the spec fallback);
- ``tools/specdiff.py`` classifies every change as the versioning rule needs (additions compatible; rename
  and removed value breaking).

The copy keeps ``info.version``: the generator takes the version from ``CHANGELOG.md``, and writing a
changelog entry is the maintainer's step after the report, not part of the rehearsal.

Runs in ``nox -s rehearsal`` (the session installs the pinned generator); about a minute.
"""

from __future__ import annotations

import copy
import filecmp
import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml

from generator.naming import facade_paths
from tools import specdiff

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"

NEW_OPERATION = "contactCommonGroups"
NEW_PATH = "/contacts/{contactId}/common-groups"
CONTACT = "201234567890@c.us"
ERRORS = {
    status: {"$ref": f"#/components/responses/{name}"}
    for status, name in (
        ("400", "BadRequest"),
        ("401", "Unauthorized"),
        ("404", "NotFound"),
        ("429", "TooManyRequests"),
        ("5XX", "ServerError"),
    )
}


def add_operation(spec: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of ``spec`` with one new operation, documented as the spec's rules want (examples,
    evidence) but plain: no ``x-wawp-facade``."""
    spec = copy.deepcopy(spec)
    schemas = spec["components"]["schemas"]
    schemas["CommonGroups"] = {
        "type": "object",
        "description": "The groups the account shares with a contact.",
        "required": ["contactId", "groups"],
        "properties": {
            "contactId": {"type": "string", "pattern": r"^[0-9]+@c\.us$"},
            "groups": {"type": "array", "items": {"type": "string", "pattern": r"^[0-9]+@g\.us$"}},
        },
    }
    spec["paths"][NEW_PATH] = {
        "get": {
            "operationId": NEW_OPERATION,
            "tags": ["contacts"],
            "summary": "Groups in common",
            "description": "The groups the account and the contact are both members of.",
            "parameters": [
                {
                    "name": "contactId",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": r"^[0-9]+@c\.us$"},
                    "example": CONTACT,
                }
            ],
            "responses": {
                "200": {
                    "description": "The shared groups.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/CommonGroups"},
                            "example": {"contactId": CONTACT, "groups": ["120363012345678901@g.us"]},
                        }
                    },
                },
                **ERRORS,
            },
            "x-seed-entries": [],
            "x-evidence": {
                "request": {"confidence": "low", "sources": ["rehearsal"]},
                "response": {"confidence": "low", "sources": ["rehearsal"]},
            },
        }
    }
    return spec


def change_api(spec: dict[str, Any]) -> dict[str, Any]:
    """The scripted change; returns a changed deep copy of ``spec``."""
    spec = add_operation(spec)  # 1. a new operation
    schemas = spec["components"]["schemas"]
    # 2. A new (optional) response field.
    schemas["Session"]["properties"]["region"] = {"type": "string", "description": "Where the session runs."}
    # 3. A renamed parameter: POST /chats sortBy -> orderBy.
    (sort_by,) = [p for p in spec["paths"]["/chats"]["post"]["parameters"] if p.get("name") == "sortBy"]
    sort_by["name"] = "orderBy"
    # 4. A value removed from a closed request enum: presence no longer accepts "paused".
    (presence,) = [p for p in spec["paths"]["/presence"]["post"]["parameters"] if p.get("name") == "presence"]
    presence["schema"]["enum"].remove("paused")
    return spec


HANDLER = f"""

@operation("{NEW_OPERATION}", session="WORKING")
def contact_common_groups(req: Request) -> object:
    contact = req.path["contactId"]
    groups = backend(req).groups.list_groups(limit=None)
    return {{"contactId": contact, "groups": [group.id for group in groups if contact in group.participants]}}
"""
"""The new operation's behaviour, as a maintainer would add it to ``handlers/contacts.py``."""

EDITABLE = ("spec", "emulator/wawp_emulator", "generator", "tools", "tests", "pyproject.toml")
"""What the rehearsal copies of the repository: the hand-written sources the client, the emulator and their
tests are made of. ``nox -s generate`` writes the rest (``generated/`` and the emulator's copy of the spec),
so those are not counted as edits."""
GENERATED = {"emulator/wawp_emulator/openapi.yaml"}
INVENTORY_TESTS = (
    "tests/emulator/test_every_operation.py",
    "tests/e2e/test_e2e_operations.py",
    "tests/client/test_client_facade.py",
)
"""The tests that take the list of operations from the spec: run on the changed copy, they must pass with no
test edited, the new operation included."""


def hand_edited(scratch: Path) -> list[str]:
    """The files of the scratch copy that differ from the repository's (or are new), outputs of the
    generator excluded."""
    edited = []
    for top in EDITABLE:
        for path in sorted((scratch / top).rglob("*")) if (scratch / top).is_dir() else [scratch / top]:
            name = path.relative_to(scratch).as_posix()
            if path.is_file() and "__pycache__" not in path.parts and name not in GENERATED:
                original = ROOT / name
                if not original.exists() or not filecmp.cmp(path, original, shallow=False):
                    edited.append(name)
    return edited


class Rehearsal(NamedTuple):
    changed: dict[str, Any]  # the changed spec
    scratch: Path  # the scratch copy of the repository's hand-written sources, changed
    out: Path  # the client project regenerated from the changed spec
    edited: list[str]  # the files edited by hand, relative to the copy


def _rehearse(scratch: Path, change: Callable[[dict[str, Any]], dict[str, Any]]) -> Rehearsal:
    """Copy the repository's sources into ``scratch``, apply ``change`` to the spec and add the new handler
    (the edits by hand), then regenerate the client and the emulator's copy of the spec there."""
    for top in EDITABLE:
        if (ROOT / top).is_dir():
            shutil.copytree(ROOT / top, scratch / top, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copyfile(ROOT / top, scratch / top)
    changed = change(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    spec_file = scratch / "spec" / "openapi.yaml"
    spec_file.write_text(yaml.safe_dump(changed, sort_keys=False, allow_unicode=True), encoding="utf-8")
    with (scratch / "emulator" / "wawp_emulator" / "handlers" / "contacts.py").open("a", encoding="utf-8") as handlers:
        handlers.write(HANDLER)
    out = scratch / "generated"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "--spec",
            str(spec_file),
            "--out",
            str(out),
            "--emulator-spec",
            str(scratch / "emulator" / "wawp_emulator" / "openapi.yaml"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return Rehearsal(changed, scratch, out, sorted(hand_edited(scratch)))


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory: pytest.TempPathFactory) -> Rehearsal:
    """The whole scripted change: a new operation, a new field, a renamed parameter, a removed value."""
    return _rehearse(tmp_path_factory.mktemp("rehearsal"), change_api)


@pytest.fixture(scope="module")
def new_operation(tmp_path_factory: pytest.TempPathFactory) -> Rehearsal:
    """The new operation alone: what it takes to add one, and that nothing else needs a hand."""
    return _rehearse(tmp_path_factory.mktemp("new-operation"), add_operation)


def test_the_new_operation_needs_the_spec_and_its_handler_only(
    new_operation: Rehearsal, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = new_operation.edited
    with capsys.disabled():
        print(f"\nrehearsal: {len(edited)} hand-edited file(s) for {NEW_OPERATION}: {', '.join(edited)}")
    assert edited == ["emulator/wawp_emulator/handlers/contacts.py", "spec/openapi.yaml"]
    assert len(edited) <= 3


def test_the_tests_that_take_the_inventory_from_the_spec_pass_with_the_new_operation(
    new_operation: Rehearsal, capsys: pytest.CaptureFixture[str]
) -> None:
    """The every-operation tests, run on the copy with the new operation, its regenerated client and its
    handler: the new operation is covered (called with its examples) although no test was edited."""
    scratch = new_operation.scratch
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(new_operation.out), str(scratch / "emulator")])}
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-s", *INVENTORY_TESTS]
    result = subprocess.run(command, cwd=scratch, capture_output=True, text=True, env=env, timeout=900)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    operations = len(facade_paths(new_operation.changed))  # one per operation of the changed spec
    covered = [line for line in result.stdout.splitlines() if "operations covered" in line]
    with capsys.disabled():
        print(f"\nrehearsal: the inventory tests on the copy: {result.stdout.strip().splitlines()[-1]}")
    assert covered and all(f"operations covered {operations}/{operations} " in line for line in covered), covered


def test_the_client_gains_the_new_method_and_keeps_up_with_the_changes(
    rehearsal: Rehearsal,
) -> None:
    _, scratch, out, _ = rehearsal
    source = (out / "wawp_client" / "resources" / "contacts.py").read_text(encoding="utf-8")
    assert "def common_groups(" in source  # derived from contactCommonGroups under the contacts tag
    # The regenerated package and the changed emulator, imported in a child process (the installed ones are
    # the old ones): the new method is called strictly on both sides, and the new handler answers from state.
    emulator = scratch / "emulator"
    script = textwrap.dedent(
        f"""
        import json, inspect
        import wawp_client, wawp_emulator
        from wawp_emulator import Emulator
        from wawp_emulator.testing import make_client

        assert wawp_client.__file__.startswith({str(out)!r}), wawp_client.__file__
        assert wawp_emulator.__file__.startswith({str(emulator)!r}), wawp_emulator.__file__
        with Emulator(seed=1, raise_on_violation=True) as emu:
            client = make_client(emu, strict_response_validation=True)
            group = client.groups.create(name="Rehearsal", participants=[{{"id": {CONTACT!r}}}])
            shared = client.contacts.common_groups(contact_id={CONTACT!r})
            list_args = inspect.signature(client.chats.list).parameters
            try:  # v2 still calls it sortBy: the method keeps sort_by for v2, and a v1 client refuses it
                client.chats.list(sort_by="name")
                refused = None
            except wawp_client.UnsupportedInVersion as error:
                refused = error.available_in
            presence_args = inspect.signature(client.presence.set).parameters
            print(json.dumps({{
                "coverage": sorted({{row.source for row in emu.coverage()}}),
                "contact": shared.contact_id,
                "groups": shared.groups,
                "created": emu.requests[-2].to_json()["status"],
                "source": emu.requests[-1].to_json().get("source"),
                "violations": len(emu.violations),
                "list_args": sorted(list_args),
                "sort_by_refused": refused,
                "presence": str(presence_args["presence"].annotation),
                "session_fields": sorted(wawp_client.models.Session.__annotations__),
            }}))
            client.close()
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(out), str(emulator)])}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["coverage"] == ["stateful"]  # every operation, the new one too, has its handler
    assert seen["source"] is None  # answered by the handler, not from the spec
    assert seen["created"] == 200 and seen["violations"] == 0
    assert seen["contact"] == CONTACT and len(seen["groups"]) == 1 and seen["groups"][0].endswith("@g.us")
    assert "order_by" in seen["list_args"] and seen["sort_by_refused"] == "v2"
    assert "paused" not in seen["presence"] and "online" in seen["presence"]
    assert "region" in seen["session_fields"]


def test_the_installed_emulator_serves_the_changed_spec_before_its_handlers_do(rehearsal: Rehearsal) -> None:
    from wawp_emulator import Emulator

    scratch = rehearsal.scratch
    spec_file = scratch / "spec" / "openapi.yaml"
    with Emulator(seed=1, spec_path=spec_file, raise_on_violation=True) as emu, emu.client() as http:
        rows = {row.operation_id: row.source for row in emu.coverage()}
        assert rows.pop(NEW_OPERATION) == "spec-example"
        assert set(rows.values()) == {"stateful"}
        answer = http.get(f"/contacts/{CONTACT}/common-groups")
        assert answer.status_code == 200, answer.text
        assert answer.headers["X-Wawp-Emulator-Source"] == "spec-example"
        assert emu.requests[-1].to_json()["source"] == "spec-example"
        # Parameters of the new operation are validated like any other.
        assert http.get("/contacts/not-a-contact/common-groups").json()["code"] == "rest_invalid_param"
        # The changed parameters are validated by the changed spec; stateful handlers keep answering.
        assert http.post("/presence", params={"presence": "paused"}).status_code == 400
        assert http.post("/presence", params={"presence": "online"}).status_code != 400
        assert http.post("/chats", params={"orderBy": "name"}).status_code == 200
        assert http.post("/chats", params={"orderBy": "nonsense"}).status_code == 400
        assert not emu.violations


def test_the_diff_report_classifies_every_change(rehearsal: Rehearsal) -> None:
    changed, scratch = rehearsal.changed, rehearsal.scratch
    spec_file = scratch / "spec" / "openapi.yaml"
    original = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    changes = specdiff.diff_specs(original, changed)
    found = {(c.where, c.what): c.breaking for c in changes}
    expected = {
        ("client.contacts.common_groups()", f"operation `{NEW_OPERATION}` added (GET {NEW_PATH})"): False,
        ("client.sessions.info()", "field `region` added"): False,
        ("client.chats.list()", "argument `sort_by (`sortBy`)` removed"): True,
        ("client.chats.list()", "argument `order_by (`orderBy`)` added"): False,
        ("client.presence.set()", "argument `presence`: accepts fewer values (no longer 'paused')"): True,
    }
    for key, breaking in expected.items():
        assert found.get(key) is breaking, (key, sorted(found))
    report = specdiff.render(changes, "spec/openapi.yaml", "rehearsal")
    assert report.index("## Breaking") < report.index("sort_by") < report.index("## Compatible")
    assert specdiff.main([str(SPEC), str(spec_file)]) == 1  # what `nox -s diff` reports: something breaks
