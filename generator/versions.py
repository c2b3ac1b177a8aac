"""The package version: the newest ``CHANGELOG.md`` entry, which must belong to the spec's ``info.version``.

The generator stamps it into ``generated/``; ``tools/release.py`` holds the rest of the versioning rule
(what a spec change requires) and reads versions through this module, so both agree on one parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

CHANGELOG = "CHANGELOG.md"
_HEADING = re.compile(r"^## (\d+)\.(\d+)\.(\d+)(?:\.post(\d+))?\b", re.MULTILINE)

__all__ = ["CHANGELOG", "ReleaseError", "Version", "changelog_versions", "package_version"]


class ReleaseError(Exception):
    """The versioning rule or the changelog is not kept; the message says what to do."""


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int
    post: int | None = None

    @classmethod
    def parse(cls, text: str) -> Version:
        match = _HEADING.match(f"## {text}")
        if match is None:
            raise ReleaseError(f"{text!r} is not MAJOR.MINOR.PATCH[.postN]")
        major, minor, patch, post = match.groups()
        return cls(int(major), int(minor), int(patch), None if post is None else int(post))

    @property
    def base(self) -> Version:
        return Version(self.major, self.minor, self.patch)

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        return text if self.post is None else f"{text}.post{self.post}"


def changelog_versions(changelog: str) -> list[Version]:
    """The versions of the changelog's entries, newest first."""
    return [
        Version(int(m[1]), int(m[2]), int(m[3]), None if m[4] is None else int(m[4]))
        for m in _HEADING.finditer(changelog)
    ]


def package_version(spec: dict[str, Any], changelog: str) -> str:
    """The version both packages carry: the changelog's newest entry, which must belong to ``info.version``."""
    versions = changelog_versions(changelog)
    if not versions:
        raise ReleaseError(f"{CHANGELOG} has no '## MAJOR.MINOR.PATCH' entry")
    newest, spec_version = versions[0], Version.parse(str(spec["info"]["version"]))
    if newest.base != spec_version:
        raise ReleaseError(
            f"{CHANGELOG}'s newest entry is {newest}, but spec info.version is {spec_version}: "
            f"write an entry for {spec_version} (or {spec_version}.postN for an SDK-only change)"
        )
    return str(newest)
