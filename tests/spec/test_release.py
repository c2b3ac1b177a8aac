"""Versions and the changelog (tools/release.py): the rule holds for this repository and is enforced."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import release

ROOT = Path(__file__).resolve().parents[2]


def test_this_repository_keeps_the_rule() -> None:
    assert release.check() == []


def test_package_version_is_the_newest_entry_and_must_belong_to_the_spec() -> None:
    spec = {"info": {"version": "2.1.0"}}
    assert release.package_version(spec, "# C\n\n## 2.1.0.post2\n\n## 2.1.0\n") == "2.1.0.post2"
    assert release.package_version(spec, "## 2.1.0\n") == "2.1.0"
    with pytest.raises(release.ReleaseError, match=r"newest entry is 2\.0\.0.*info\.version is 2\.1\.0"):
        release.package_version(spec, "## 2.0.0\n")
    with pytest.raises(release.ReleaseError, match="no '## MAJOR"):
        release.package_version(spec, "nothing here\n")


def test_client_range_follows_the_major_version() -> None:
    assert release.client_range("2.3.1.post1") == ">=2.3,<3"


def _repository(tmp_path: Path) -> Path:
    """A scratch git repository holding the files the check reads, committed once."""
    for name in (*release.DESCRIPTIONS, release.CHANGELOG, release.EMULATOR_PYPROJECT, release.EMULATOR_INIT):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, tmp_path / name)
    for command in (["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "v"]):
        subprocess.run(["git", *command], cwd=tmp_path, check=True)
    return tmp_path


def test_a_spec_change_without_a_changelog_entry_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _repository(tmp_path)
    monkeypatch.setattr(release, "ROOT", repo)
    assert release.check(repo) == []
    spec = repo / release.SPEC
    spec.write_text(spec.read_text(encoding="utf-8").replace("summary: Send a text message", "summary: Send text"))
    (problem,) = release.check(repo)
    assert "changed since the last CHANGELOG.md entry" in problem
    assert "## " in release.draft(repo)


def test_a_v2_change_without_a_changelog_entry_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _repository(tmp_path)
    monkeypatch.setattr(release, "ROOT", repo)
    v2 = repo / release.V2_SPEC
    text = v2.read_text(encoding="utf-8")
    changed = text.replace("operationId: sendText\n", "operationId: sendTextRenamed\n", 1)
    assert changed != text
    v2.write_text(changed, encoding="utf-8")
    (problem,) = release.check(repo)
    assert problem.startswith(f"{release.V2_SPEC} changed since the last CHANGELOG.md entry")
    changelog = repo / release.CHANGELOG
    changelog.write_text(changelog.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # an entry being written
    assert release.check(repo) == []


def _release(repo: Path, spec_text: str, version: str) -> None:
    """Write ``spec_text`` as ``version`` everywhere the rule looks: spec, changelog, emulator version and extra."""
    old = release.Version.parse(release.package_version(_spec(repo), (repo / release.CHANGELOG).read_text()))
    spec_text = spec_text.replace(f"  version: {old.base}\n", f"  version: {version}\n", 1)
    (repo / release.SPEC).write_text(spec_text, encoding="utf-8")
    changelog = repo / release.CHANGELOG
    changelog.write_text(changelog.read_text().replace("\n## ", f"\n## {version}\n\nChanged.\n\n## ", 1))
    init = repo / release.EMULATOR_INIT
    init.write_text(init.read_text().replace(f'__version__ = "{old}"', f'__version__ = "{version}"'))
    pyproject = repo / release.EMULATOR_PYPROJECT
    pyproject.write_text(pyproject.read_text().replace(release.client_range(str(old)), release.client_range(version)))


def _spec(repo: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((repo / release.SPEC).read_text(encoding="utf-8"))
    return loaded


def _newest(repo: Path) -> release.Version:
    """The newest changelog entry's version: what the repository last released."""
    return release.changelog_versions((repo / release.CHANGELOG).read_text(encoding="utf-8"))[0]


@pytest.mark.parametrize(("bump", "accepted"), [("minor", False), ("major", True)])
def test_a_breaking_change_needs_a_major_bump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bump: str, accepted: bool
) -> None:
    repo = _repository(tmp_path)
    monkeypatch.setattr(release, "ROOT", repo)
    current = release.Version.parse(str(_spec(repo)["info"]["version"]))
    released = _newest(repo)  # (the spec's version, or an SDK-only .postN of it)
    text = (repo / release.SPEC).read_text(encoding="utf-8")
    renamed = text.replace("      operationId: sendText\n", "      operationId: sendTextRenamed\n")
    assert renamed != text
    version = f"{current.major + 1}.0.0" if bump == "major" else f"{current.major}.{current.minor + 1}.0"
    _release(repo, renamed, version)
    problems = release.check(repo)
    assert (
        problems == []
        if accepted
        else problems == [f"the spec changes since {released} need a major version bump, but the version is {version}"]
    )


def test_the_draft_proposes_the_version_the_rule_requires(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _repository(tmp_path)
    monkeypatch.setattr(release, "ROOT", repo)
    current = release.Version.parse(str(_spec(repo)["info"]["version"]))
    released = _newest(repo)
    assert release.draft(repo).startswith(f"## {current}.post{(released.post or 0) + 1}")
    spec = repo / release.SPEC
    spec.write_text(spec.read_text().replace("      operationId: sendText\n", "      operationId: sendTextRenamed\n"))
    entry = release.draft(repo)
    assert entry.startswith(f"## {current.major + 1}.0.0") and "### Breaking" in entry and "sendText" in entry
