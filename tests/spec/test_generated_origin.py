"""Every file in ``generated/`` says at its top where it comes from and that it is not to be edited there.

Copies of the runtime, renderings and openapi-python-client's output all live in ``generated/``; a change
made there is lost at the next ``nox -s generate``, so each file names its source (which must exist) and
says so. The licence text (the repository's ``LICENSE``, shipped verbatim) and the empty ``py.typed`` marker
carry no header: both have a fixed content.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
VERBATIM = {"LICENSE", "py.typed"}
SOURCE = re.compile(r"(?:generator|spec)/[\w./-]*[\w/]")
FILES = sorted(
    path.relative_to(GENERATED).as_posix()
    for path in GENERATED.rglob("*")
    if path.is_file() and "__pycache__" not in path.parts and path.name not in VERBATIM
)


def test_the_generated_project_is_all_there() -> None:
    assert {"pyproject.toml", "README.md", "wawp_client/__init__.py", "wawp_client/_retry.py"} <= set(FILES)
    assert any(name.startswith("wawp_client/_api/") for name in FILES)


@pytest.mark.parametrize("name", FILES)
def test_the_file_names_its_source_and_forbids_editing(name: str) -> None:
    top = "\n".join((GENERATED / name).read_text(encoding="utf-8").splitlines()[:2])
    assert "do not edit" in top.lower(), f"generated/{name} does not say it is not to be edited"
    sources = SOURCE.findall(top)
    assert sources, f"generated/{name} does not say where it comes from"
    assert all((ROOT / source).exists() for source in sources), sources


def test_a_runtime_copy_is_its_source_below_the_header() -> None:
    for source in sorted((ROOT / "generator" / "runtime").glob("*.py")):
        copy = (GENERATED / "wawp_client" / source.name).read_text(encoding="utf-8")
        assert f"Copied from generator/runtime/{source.name}" in copy.splitlines()[0]
        assert copy.endswith(source.read_text(encoding="utf-8")), f"regenerate: {source.name} differs from its copy"
