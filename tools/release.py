"""Versions and the changelog: one rule for both packages, checked on every run.

    python -m tools.release check      # fails when the rule or the changelog is not kept
    python -m tools.release draft      # prints the next CHANGELOG entry, written from the diff report

The rule (also in the README):

- The spec's ``info.version`` is the API description's semantic version: a change that breaks callers
  (see ``tools/specdiff.py``) bumps the major version, a compatible addition the minor, anything
  else (descriptions, examples, evidence) the patch.
- Both packages carry the version at the top of ``CHANGELOG.md``: ``info.version`` itself, or
  ``info.version`` plus ``.postN`` for a change to the generator, runtime or emulator alone, so an
  SDK-only fix never edits the spec's meaning.
- The emulator's ``client`` extra accepts the matching client: ``>=MAJOR.MINOR,<MAJOR+1``.
- A description (v1's ``spec/openapi.yaml`` or ``spec/v2/openapi.yaml``) that changed since the last
  changelog entry fails the check: each change is recorded. The version bump is judged from v1's file
  (``info.version`` lives there; v2's ``info.version`` is the vendor's export); a v2 change is recorded
  by hand as what it is for callers (``nox -s diff`` with no arguments shows v2 beside v1).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.versions import CHANGELOG, ReleaseError, Version, changelog_versions, package_version
from tools import specdiff

ROOT = Path(__file__).resolve().parent.parent
SPEC = "spec/openapi.yaml"
V2_SPEC = "spec/v2/openapi.yaml"
DESCRIPTIONS = (SPEC, V2_SPEC)
"""Every description the client is generated from: a change to any of them is recorded in the changelog."""
EMULATOR_PYPROJECT = "emulator/pyproject.toml"
EMULATOR_INIT = "emulator/wawp_emulator/__init__.py"
_CLIENT_EXTRA = re.compile(r'^client = \["wawp-client([^"]*)"\]', re.MULTILINE)

__all__ = [
    "CHANGELOG",
    "ReleaseError",
    "Version",
    "changelog_versions",
    "check",
    "client_range",
    "draft",
    "package_version",
]


def client_range(version: str) -> str:
    parsed = Version.parse(version)
    return f">={parsed.major}.{parsed.minor},<{parsed.major + 1}"


def _git(*args: str) -> str | None:
    result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return result.stdout if result.returncode == 0 else None


def _spec_at(commit: str, path: str = SPEC) -> dict[str, Any] | None:
    text = _git("show", f"{commit}:{path}")
    return None if text is None else dict(yaml.safe_load(text))


def _released_commit(version: Version) -> str | None:
    """The newest commit whose changelog's newest entry is ``version``: the spec as ``version`` shipped it.

    Not the commit that first wrote the entry: an entry is often written early and its release grows
    after it (more spec changes recorded under the same heading) until the next entry starts.
    """
    for commit in (_git("log", "--format=%H", "--", CHANGELOG) or "").split():
        text = _git("show", f"{commit}:{CHANGELOG}")
        versions = changelog_versions(text) if text else []
        if versions and versions[0] == version:
            return commit
    return None


def _required_bump(changes: list[specdiff.Change]) -> str:
    if any(change.breaking for change in changes):
        return "major"
    if any(" added" in change.what or change.what == "event added" for change in changes):
        return "minor"
    return "patch"


def _bumped(old: Version, new: Version, bump: str) -> bool:
    if bump == "major":
        return new.major > old.major
    if bump == "minor":
        return (new.major, new.minor) > (old.major, old.minor)
    return True


def check(root: Path = ROOT) -> list[str]:
    """Every violation of the rule, as messages; empty when all is kept."""
    spec = yaml.safe_load((root / SPEC).read_text(encoding="utf-8"))
    changelog = (root / CHANGELOG).read_text(encoding="utf-8")
    problems: list[str] = []
    try:
        version = package_version(spec, changelog)
    except ReleaseError as error:
        return [str(error)]
    init = (root / EMULATOR_INIT).read_text(encoding="utf-8")
    if f'__version__ = "{version}"' not in init:
        problems.append(f'{EMULATOR_INIT}: __version__ must be "{version}" (both packages carry one version)')
    extra = _CLIENT_EXTRA.search((root / EMULATOR_PYPROJECT).read_text(encoding="utf-8"))
    if extra is None or extra[1] != client_range(version):
        problems.append(f"{EMULATOR_PYPROJECT}: the client extra must be 'wawp-client{client_range(version)}'")
    last_entry = _git("log", "-1", "--format=%H", "--", CHANGELOG)
    changelog_edited = bool(_git("status", "--porcelain", "--", CHANGELOG))
    if last_entry and not changelog_edited:
        for path in DESCRIPTIONS:
            recorded = _spec_at(last_entry.strip(), path)
            current = yaml.safe_load((root / path).read_text(encoding="utf-8")) if (root / path).is_file() else None
            if recorded is not None and recorded != current:
                problems.append(
                    f"{path} changed since the last {CHANGELOG} entry: record it (`nox -s changelog` drafts the entry)"
                )
    versions = changelog_versions(changelog)
    if len(versions) > 1:
        previous = versions[1]
        commit = _released_commit(previous)
        old_spec = _spec_at(commit) if commit else None
        if old_spec is not None:
            bump = _required_bump(specdiff.diff_specs(old_spec, spec))
            current = Version.parse(version)
            if not _bumped(previous, current, bump):
                problems.append(
                    f"the spec changes since {previous} need a {bump} version bump, but the version is {current}"
                )
    return problems


def draft(root: Path = ROOT) -> str:
    """The next changelog entry: version proposed by the rule, changes from the diff report."""
    spec = yaml.safe_load((root / SPEC).read_text(encoding="utf-8"))
    changelog = (root / CHANGELOG).read_text(encoding="utf-8")
    versions = changelog_versions(changelog)
    previous = versions[0] if versions else Version(0, 0, 0)
    commit = _git("log", "-1", "--format=%H", "--", CHANGELOG)
    old_spec = _spec_at(commit.strip()) if commit else None
    changes = specdiff.diff_specs(old_spec, spec) if old_spec is not None else []
    bump = _required_bump(changes)
    if not changes:
        proposed = Version(previous.major, previous.minor, previous.patch, (previous.post or 0) + 1)
    elif bump == "major":
        proposed = Version(previous.major + 1, 0, 0)
    elif bump == "minor":
        proposed = Version(previous.major, previous.minor + 1, 0)
    else:
        proposed = Version(previous.major, previous.minor, previous.patch + 1)
    lines = [f"## {proposed}", ""]
    if not changes:
        lines += ["SDK-only release (the spec is unchanged): describe the generator, runtime or emulator change.", ""]
    for title, group in (
        ("Breaking", [c for c in changes if c.breaking]),
        ("Added and changed", [c for c in changes if not c.breaking]),
    ):
        if group:
            lines += [f"### {title}", "", *_summary(group), ""]
    if proposed.post is None:
        lines.insert(2, f"Set `info.version: {proposed}` in {SPEC}.\n")
    return "\n".join(lines)


def _summary(changes: list[specdiff.Change], per_place: int = 3) -> list[str]:
    """One line per place (facade method or event) with its first changes; the full list is `nox -s diff`'s."""
    places: dict[str, list[str]] = {}
    for change in changes:
        places.setdefault(change.where, []).append(change.what)
    lines = []
    for where, whats in places.items():
        more = f"; and {len(whats) - per_place} more" if len(whats) > per_place else ""
        lines.append(f"- `{where}`: {'; '.join(whats[:per_place])}{more}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check or draft versions and the changelog.")
    parser.add_argument("command", choices=["check", "draft", "version"])
    args = parser.parse_args(argv)
    if args.command == "draft":
        print(draft())
        return 0
    if args.command == "version":
        spec = yaml.safe_load((ROOT / SPEC).read_text(encoding="utf-8"))
        print(package_version(spec, (ROOT / CHANGELOG).read_text(encoding="utf-8")))
        return 0
    problems = check()
    for problem in problems:
        print(f"release: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
