"""A rehearsal of an API change: what a maintainer does when Wawp changes, run end to end on a copy.

A scripted change is applied to a copy of ``spec/openapi.yaml`` (one new operation, one new response
field, one renamed parameter, one removed enum value); the generator writes a client from the copy into
a scratch directory, and the test checks the three things a regeneration must deliver: the client gains
the new facade method (and it works against the emulator), the emulator serves the new operation from
the changed spec although no handler exists for it (the spec fallback), and ``tools/specdiff.py``
classifies every change as the versioning rule needs (additions compatible; rename and removed value
breaking). The copy keeps ``info.version``: the generator takes the version from ``CHANGELOG.md``,
and writing a changelog entry is the maintainer's step after the report, not part of the rehearsal.

Runs in ``nox -s rehearsal`` (the session installs the pinned generator); about half a minute.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

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


def change_api(spec: dict[str, Any]) -> dict[str, Any]:
    """The scripted change; returns a changed deep copy of ``spec``."""
    spec = copy.deepcopy(spec)
    schemas = spec["components"]["schemas"]
    # 1. A new operation, documented without an example: the emulator must build its answer from the schema.
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
                }
            ],
            "responses": {
                "200": {
                    "description": "The shared groups.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CommonGroups"}}},
                },
                **ERRORS,
            },
            "x-wawp-facade": "common_groups",
            "x-seed-entries": [],
            "x-evidence": {
                "request": {"confidence": "low", "sources": ["rehearsal"]},
                "response": {"confidence": "low", "sources": ["rehearsal"]},
            },
        }
    }
    # 2. A new (optional) response field.
    schemas["Session"]["properties"]["region"] = {"type": "string", "description": "Where the session runs."}
    # 3. A renamed parameter: POST /chats sortBy -> orderBy.
    (sort_by,) = [p for p in spec["paths"]["/chats"]["post"]["parameters"] if p.get("name") == "sortBy"]
    sort_by["name"] = "orderBy"
    # 4. A value removed from a closed request enum: presence no longer accepts "paused".
    (presence,) = [p for p in spec["paths"]["/presence"]["post"]["parameters"] if p.get("name") == "presence"]
    presence["schema"]["enum"].remove("paused")
    return spec


@pytest.fixture(scope="module")
def rehearsal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, Any], Path, Path]]:
    """(the changed spec, its file, the regenerated client project)."""
    scratch = tmp_path_factory.mktemp("rehearsal")
    original = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    changed = change_api(original)
    spec_file = scratch / "openapi.yaml"
    spec_file.write_text(yaml.safe_dump(changed, sort_keys=False, allow_unicode=True), encoding="utf-8")
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
            str(scratch / "emulator-openapi.yaml"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    yield changed, spec_file, out


def test_the_client_gains_the_new_method_and_keeps_up_with_the_changes(
    rehearsal: tuple[dict[str, Any], Path, Path],
) -> None:
    _, spec_file, out = rehearsal
    source = (out / "wawp_client" / "resources" / "contacts.py").read_text(encoding="utf-8")
    assert "def common_groups(" in source
    # The regenerated package, imported in a child process (the installed wawp_client is the old one),
    # calls the new method on an emulator loaded with the changed spec, and validates the answer strictly.
    script = textwrap.dedent(
        f"""
        import json, inspect
        import wawp_client
        from wawp_emulator import Emulator
        from wawp_emulator.testing import make_client

        assert wawp_client.__file__.startswith({str(out)!r}), wawp_client.__file__
        with Emulator(seed=1, spec_path={str(spec_file)!r}, raise_on_violation=True) as emu:
            client = make_client(emu, strict_response_validation=True)
            shared = client.contacts.common_groups(contact_id={CONTACT!r})
            list_args = inspect.signature(client.chats.list).parameters
            presence_args = inspect.signature(client.presence.set).parameters
            print(json.dumps({{
                "contact": shared.contact_id,
                "groups": shared.groups,
                "source": emu.requests[-1].to_json().get("source"),
                "list_args": sorted(list_args),
                "presence": str(presence_args["presence"].annotation),
                "session_fields": sorted(wawp_client.models.Session.__annotations__),
            }}))
            client.close()
        """
    )
    env = {**os.environ, "PYTHONPATH": str(out)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["source"] == "spec-schema"
    assert seen["contact"].endswith("@c.us") and all(g.endswith("@g.us") for g in seen["groups"])
    assert "order_by" in seen["list_args"] and "sort_by" not in seen["list_args"]
    assert "paused" not in seen["presence"] and "online" in seen["presence"]
    assert "region" in seen["session_fields"]


def test_the_emulator_serves_the_changed_spec(rehearsal: tuple[dict[str, Any], Path, Path]) -> None:
    from wawp_emulator import Emulator

    _, spec_file, _ = rehearsal
    with Emulator(seed=1, spec_path=spec_file, raise_on_violation=True) as emu, emu.client() as http:
        rows = {row.operation_id: row.source for row in emu.coverage()}
        assert rows.pop(NEW_OPERATION) == "spec-schema"
        assert set(rows.values()) == {"stateful"}
        answer = http.get(f"/contacts/{CONTACT}/common-groups")
        assert answer.status_code == 200, answer.text
        assert answer.headers["X-Wawp-Emulator-Source"] == "spec-schema"
        assert emu.requests[-1].to_json()["source"] == "spec-schema"
        # Parameters of the new operation are validated like any other.
        assert http.get("/contacts/not-a-contact/common-groups").json()["code"] == "rest_invalid_param"
        # The changed parameters are validated by the changed spec; stateful handlers keep answering.
        assert http.post("/presence", params={"presence": "paused"}).status_code == 400
        assert http.post("/presence", params={"presence": "online"}).status_code != 400
        assert http.post("/chats", params={"orderBy": "name"}).status_code == 200
        assert http.post("/chats", params={"orderBy": "nonsense"}).status_code == 400
        assert not emu.violations


def test_the_diff_report_classifies_every_change(rehearsal: tuple[dict[str, Any], Path, Path]) -> None:
    changed, spec_file, _ = rehearsal
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
