"""Rewrite ``generated/`` (the ``wawp-client`` project) and the emulator's copies of the specs (v1, and v2 beside it).

    python -m generator [--spec PATH] [--v2-spec PATH] [--out DIR] [--emulator-spec PATH]

Steps: the v1 and v2 descriptions are combined into one document (``combine``: v2's operations beside v1's, one
set of components), from which openapi-python-client (pinned, ``--fail-on-warning``, some of its templates replaced by
``generator/oapi-templates``) writes ``wawp_client/_api``: the request builders and the attrs models;
what the client does not import is deleted; the hand-written runtime from ``generator/runtime`` is
copied next to it; every file written says at its top where it comes from and not to edit it
(``provenance``); the facade and the small spec-derived tables are rendered; ruff (pinned, isolated)
normalises the layout. Everything is built in a scratch directory and then swapped in, so a failed run
leaves the old output untouched and a successful one leaves no stray files. The output depends only on
the spec and this directory.
``--spec`` generates from another document (the rehearsal in ``tests/rehearsal`` feeds it a changed
copy); the version still comes from ``CHANGELOG.md``, so the copy keeps ``info.version``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from string import Template
from typing import Any

import yaml

from . import combine, postprocess, render, versions
from .facade import FacadeError, collect, webhook_events
from .provenance import stamp

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "generator"
SPEC = ROOT / "spec" / "openapi.yaml"
V2_SPEC = ROOT / "spec" / "v2" / "openapi.yaml"
EMULATOR_V2_SPEC = Path("v2") / "openapi.yaml"
"""Where the emulator's copy of the v2 description goes, relative to its v1 copy (which v2's
``../openapi.yaml`` references then find beside it)."""
PACKAGE = "wawp_client"
GENERATOR_VERSION = "0.29.1"
RUFF_VERSION = "0.17.5"
RUFF_ARGS = ["--isolated", "--no-cache", "--target-version", "py311", "--line-length", "120"]
RUFF_SELECT = "E,F,W,I,UP,B,SIM,RUF"


class GenerationError(Exception):
    """Generation cannot go on; the message says why and what to look at."""


def _tools() -> tuple[str, dict[str, str]]:
    """The generator executable and an environment whose PATH finds the pinned ruff first."""
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    try:
        version = importlib.metadata.version("openapi-python-client")
    except importlib.metadata.PackageNotFoundError:
        raise GenerationError(f"openapi-python-client=={GENERATOR_VERSION} is not installed") from None
    if version != GENERATOR_VERSION:
        raise GenerationError(f"openapi-python-client {version} found, {GENERATOR_VERSION} required")
    executable = shutil.which("openapi-python-client", path=env["PATH"])
    ruff = shutil.which("ruff", path=env["PATH"])
    if executable is None or ruff is None:
        raise GenerationError("openapi-python-client or ruff is not on PATH")
    ruff_version = subprocess.run([ruff, "--version"], capture_output=True, text=True, check=True).stdout.split()
    if ruff_version[-1] != RUFF_VERSION:
        raise GenerationError(f"ruff {ruff_version[-1]} found, {RUFF_VERSION} required")
    return executable, env


def _run_generator(executable: str, env: dict[str, str], spec_path: Path, target: Path) -> None:
    command = [
        executable,
        "generate",
        "--path",
        str(spec_path),
        "--config",
        str(HERE / "config.yaml"),
        "--custom-template-path",
        str(HERE / "oapi-templates"),
        "--meta",
        "none",
        "--output-path",
        str(target),
        "--overwrite",
        "--fail-on-warning",
    ]
    result = subprocess.run(command, cwd=target.parent, env=env, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "Warning" in output:
        raise GenerationError(
            f"openapi-python-client reported problems with {spec_path} "
            "(fix the spec or generator/config.yaml):\n" + output
        )


def _ruff(env: dict[str, str], package: Path) -> None:
    # The generator's templates write if/else assignments and ``None | X`` unions that the project's rules
    # (SIM108, RUF036) reject; their fixes are marked unsafe only because comments could move, and the
    # generated code has none there.
    template_fixes = ["--select", "SIM108,RUF036", "--fix-only", "--unsafe-fixes", "--quiet", "_api"]
    for command in (
        ["ruff", "check", *RUFF_ARGS, "--select", RUFF_SELECT, "--fix-only", "--quiet", "."],
        ["ruff", "check", *RUFF_ARGS, *template_fixes],
        ["ruff", "format", *RUFF_ARGS, "--quiet", "."],
    ):
        result = subprocess.run(command, cwd=package, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise GenerationError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def _build(spec: dict[str, Any], v2: dict[str, Any], stage: Path, env: dict[str, str], executable: str) -> None:
    package = stage / PACKAGE
    package.mkdir(parents=True)
    api = package / "_api"
    try:
        combined = combine.combine(spec, v2)
    except FacadeError as error:
        raise GenerationError(f"cannot combine the v1 and v2 descriptions: {error}") from None
    combined_path = stage.parent / "combined.yaml"
    combined_path.write_text(yaml.safe_dump(combined, sort_keys=False, allow_unicode=True), encoding="utf-8")
    _run_generator(executable, env, combined_path, api)
    postprocess.wrap_docstrings(api)
    written = (
        f"Written by openapi-python-client {GENERATOR_VERSION} from spec/openapi.yaml and spec/v2/openapi.yaml,"
        " run by `nox -s generate`.",
        "Do not edit: change the spec or generator/oapi-templates/, and regenerate.",
    )
    for module in sorted(api.rglob("*.py")):
        _write(module, stamp(module.read_text(encoding="utf-8"), ".py", *written))
    for module in sorted((HERE / "runtime").glob("*.py")):
        source = f"generator/runtime/{module.name}"
        copied = (f"Copied from {source} by `nox -s generate`.", f"Do not edit this copy: edit {source}.")
        _write(package / module.name, stamp(module.read_text(encoding="utf-8"), ".py", *copied))
    try:
        version = versions.package_version(spec, (ROOT / versions.CHANGELOG).read_text(encoding="utf-8"))
    except versions.ReleaseError as error:
        raise GenerationError(str(error)) from None
    title = str(spec["info"]["title"])
    try:
        roots = collect(combined, api)
        modules = render.model_modules(api)
        events = webhook_events(spec, modules)
        postprocess.drop_unused(api, (modules[name] for name in events.values()))
        modules = render.model_modules(api)
        _write(package / "models.py", render.models_module(modules))
        _write(package / "_client.py", render.client_module(roots, title))
        _write(package / "_webhook_events.py", render.webhook_events_module(events, modules))
        _write(package / "_spec.py", render.spec_module(combined, v2, version))
        tags_docstring = '"""One module per tag; imported on first use."""\n'
        _write(package / "resources" / "__init__.py", render.HEADER + tags_docstring)
        for tag, root in roots.items():
            _write(package / "resources" / f"{tag}.py", render.resource_module(root))
    except FacadeError as error:
        raise GenerationError(f"cannot render the facade: {error}") from None
    values = {"version": version, "title": title, "api_version": str(spec["info"]["version"])}
    for name, target in (
        ("__init__.py", package / "__init__.py"),
        ("pyproject.toml", stage / "pyproject.toml"),
        ("README.md", stage / "README.md"),
    ):
        text = Template((HERE / "templates" / f"{name}.tmpl").read_text(encoding="utf-8")).substitute(values)
        template = f"generator/templates/{name}.tmpl"
        rendered = (f"Rendered from {template} by `nox -s generate`.", f"Do not edit: change {template}.")
        _write(target, stamp(text, target.suffix, *rendered))
    _write(package / "py.typed", "")
    # The licence text ships in both sdist and wheel; the repository's LICENSE is the one source.
    shutil.copyfile(ROOT / "LICENSE", stage / "LICENSE")
    _ruff(env, package)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI document to generate from")
    parser.add_argument("--v2-spec", type=Path, default=V2_SPEC, help="the v2 description it is combined with")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="project directory to (re)write")
    parser.add_argument(
        "--emulator-spec",
        type=Path,
        default=ROOT / "emulator" / "wawp_emulator" / "openapi.yaml",
        help="where the emulator's byte-for-byte copy of the spec goes",
    )
    args = parser.parse_args(argv)
    try:
        executable, env = _tools()
        spec_path: Path = args.spec.resolve()
        try:
            raw = spec_path.read_bytes()
        except OSError as error:
            raise GenerationError(f"cannot read the spec: {error}") from None
        spec = yaml.safe_load(raw)
        try:
            v2_raw = args.v2_spec.read_bytes()
            v2 = yaml.safe_load(v2_raw)
        except OSError as error:
            raise GenerationError(f"cannot read the v2 description: {error}") from None
        with tempfile.TemporaryDirectory(prefix="wawp-generate-") as scratch:
            stage = Path(scratch) / "generated"
            _build(spec, v2, stage, env, executable)
            out: Path = args.out.resolve()
            if out.exists():
                shutil.rmtree(out)
            shutil.copytree(stage, out)
    except GenerationError as error:
        print(f"generate: {error}", file=sys.stderr)
        return 1
    emulator_spec: Path = args.emulator_spec
    _copy(raw, emulator_spec)
    _copy(v2_raw, emulator_spec.parent / EMULATOR_V2_SPEC)  # the emulator serves v2 too
    print(f"generate: wrote {out} and {emulator_spec}")
    return 0


def _copy(raw: bytes, target: Path) -> None:
    """``raw`` at ``target``, written only if it differs (an unchanged copy keeps its time stamp)."""
    if not target.exists() or target.read_bytes() != raw:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(raw)
