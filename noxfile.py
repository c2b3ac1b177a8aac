"""The whole pipeline: spec -> generated client -> emulator -> contract tests.

`nox` with no arguments runs every default session in order; each session installs what it needs
with exact pins, so a fresh machine with Python 3.11, pip and npm is enough.
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

import nox

nox.needs_version = ">=2026.8.10"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.download_python = "never"
nox.options.error_on_external_run = True
nox.options.sessions = [
    "spec",
    "generate",
    "check_generated",
    "lint",
    "tests",
    "rehearsal",
    "contract",
    "build",
    "docker",
]

ROOT = Path(__file__).parent
GENERATOR = ["openapi-python-client==0.29.1", "ruff==0.17.5", "pyyaml==6.0.3"]
RUFF = "ruff==0.17.5"
MYPY = "mypy==2.4.1"
IMPORT_LINTER = "import-linter==2.17"
SCHEMATHESIS = "schemathesis==4.32.5"
# The client's ``cli`` extra (ranges in the package) pinned exactly here, so the pipeline tests one known pair.
CLI_DEPS = ["click==8.5.1", "segno==1.6.6"]
TEST_DEPS = [
    *CLI_DEPS,
    "pytest==9.2.0",
    "pytest-asyncio==1.5.0",
    "hypothesis==6.170.17",
    "pyyaml==6.0.3",
    "jsonschema==4.26.0",
]
SPEC_DEPS = [
    "openapi-spec-validator==0.9.0",
    "pyyaml==6.0.3",
    "jsonschema==4.26.0",
    "pytest==9.2.0",
    "pytest-asyncio==1.5.0",
]
PYTEST = ["pytest", "-p", "no:cacheprovider"]


def _npm_tools(session: nox.Session) -> None:
    """Install the pinned Node tools (Redocly CLI, Prism) from package-lock.json once."""
    marker = ROOT / "node_modules" / ".package-lock.json"
    lock = ROOT / "package-lock.json"
    if not marker.exists() or marker.stat().st_mtime < lock.stat().st_mtime:
        session.run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", external=True)


def _install_with_projects(session: nox.Session, *requirements: str) -> None:
    """Install the pinned ``requirements`` plus our two projects, rebuilt from the working tree every time.

    Reused virtualenvs would otherwise keep an old build of ``wawp-client`` or ``wawp-emulator`` whose
    version number did not change, and test yesterday's code.
    """
    if session.venv_backend == "uv":
        fresh = ["--reinstall-package", "wawp-client", "--reinstall-package", "wawp-emulator"]
    else:
        fresh = ["--force-reinstall"]
    session.install(*requirements)
    session.install(*fresh, "./generated[cli]", "./emulator")


def _generate(session: nox.Session, *args: str) -> None:
    session.install(*GENERATOR)
    session.run("python", "-m", "generator", *args)


@nox.session(python=False, name="npm")
def npm(session: nox.Session) -> None:
    """Install the Node tools only (used by the other sessions; handy offline-prep step)."""
    _npm_tools(session)


@nox.session
def spec(session: nox.Session) -> None:
    """Validate the spec, lint it with Redocly under spec/redocly.yaml, and hold it to the seed."""
    _npm_tools(session)
    session.install(*SPEC_DEPS)
    session.run(*PYTEST, "tests/spec", *session.posargs)


@nox.session
def generate(session: nox.Session) -> None:
    """Rewrite generated/ (and the emulator's bundled spec) from spec/openapi.yaml."""
    _generate(session)


@nox.session(default=False)
def diff(session: nox.Session) -> None:
    """`nox -s diff`: moving from v1 to v2, call by call (reports/v1-to-v2.md); `nox -s diff -- REF_OR_FILE [NEW]`:
    what changes for callers since REF, breaking or not (reports/spec-diff.md; exit 1 if something breaks)."""
    session.install("pyyaml==6.0.3")
    Path("reports").mkdir(exist_ok=True)
    if not session.posargs:
        session.run("python", "-m", "tools.migration", "--report", "reports/v1-to-v2.md")
        return
    session.run("python", "-m", "tools.specdiff", *session.posargs, "--report", "reports/spec-diff.md")


@nox.session(default=False)
def changelog(session: nox.Session) -> None:
    """Draft the next CHANGELOG.md entry (version by the rule, changes from the diff report)."""
    session.install("pyyaml==6.0.3")
    session.run("python", "-m", "tools.release", "draft")


@nox.session
def check_generated(session: nox.Session) -> None:
    """Regenerate into a scratch directory and fail on any byte of difference."""
    scratch = Path(tempfile.mkdtemp(prefix="wawp-check-"))
    try:
        _generate(session, "--out", str(scratch / "generated"), "--emulator-spec", str(scratch / "openapi.yaml"))
        session.run("diff", "-r", "-x", "__pycache__", "generated", str(scratch / "generated"), external=True)
        for copy in ("openapi.yaml", "v2/openapi.yaml"):  # the emulator's copies of the v1 and v2 specs
            session.run("diff", f"emulator/wawp_emulator/{copy}", str(scratch / copy), external=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    untracked = session.run(
        "git", "status", "--porcelain", "--untracked-files=all", "--", "generated", external=True, silent=True
    )
    if isinstance(untracked, str) and untracked.strip():
        session.error(f"generated/ differs from what git tracks:\n{untracked}")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint + format check), mypy --strict on every Python tree (generated code included), and the
    emulator's import contract (import-linter: layers one way, no state module importing another)."""
    _install_with_projects(
        session,
        RUFF,
        MYPY,
        IMPORT_LINTER,
        *TEST_DEPS,
        SCHEMATHESIS,
        "types-PyYAML==6.0.12.20261113",
        "types-jsonschema==4.26.0.20261006",
    )
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy", "--strict", "generator", "tools", "generated/wawp_client", "emulator/wawp_emulator")
    session.run("lint-imports", "emulator/pyproject.toml")


@nox.session
def tests(session: nox.Session) -> None:
    """Unit and end-to-end tests of the client and the emulator (everything but the contract run)."""
    _install_with_projects(session, *TEST_DEPS)
    session.run(
        *PYTEST, "tests", "--ignore=tests/spec", "--ignore=tests/contract", "--ignore=tests/rehearsal", *session.posargs
    )


@nox.session
def rehearsal(session: nox.Session) -> None:
    """An API change rehearsed on a copy of the spec: regenerate, serve it, classify it (tests/rehearsal)."""
    _install_with_projects(session, *TEST_DEPS, *GENERATOR)
    session.run(*PYTEST, "tests/rehearsal", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Schemathesis against the emulator (in-process and over a socket) and against the control API's own spec
    (in-process); `-- --base-url URL` goes live."""
    _install_with_projects(session, *TEST_DEPS, SCHEMATHESIS)
    Path("reports").mkdir(exist_ok=True)
    session.run(*PYTEST, "tests/contract", "--junitxml=reports/contract-junit.xml", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Build wheel and sdist of both packages twice; check them and require byte-identical rebuilds."""
    session.install("build==1.6.1", "twine==7.0.0", "check-wheel-contents==0.6.3")
    if (ROOT / "emulator" / "LICENSE").read_bytes() != (ROOT / "LICENSE").read_bytes():
        session.error("emulator/LICENSE differs from LICENSE (copy it: both packages ship the same licence)")
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    rebuild = Path(tempfile.mkdtemp(prefix="wawp-rebuild-"))
    # A fixed timestamp makes archive member times independent of when and where the build ran.
    env = {"SOURCE_DATE_EPOCH": "1767225600"}
    try:
        for out in (dist, rebuild):
            for project in ("generated", "emulator"):
                session.run("python", "-m", "build", "--outdir", str(out), project, env=env, silent=True)
        artifacts = sorted(dist.iterdir())
        different = [p.name for p in artifacts if p.read_bytes() != (rebuild / p.name).read_bytes()]
        if different or sorted(p.name for p in rebuild.iterdir()) != [p.name for p in artifacts]:
            session.error(f"two builds of the same tree differ: {different or 'file names'}")
    finally:
        shutil.rmtree(rebuild, ignore_errors=True)
    missing = [p.name for p in artifacts if not _has_licence(p)]
    if missing:
        session.error(f"no LICENSE in {missing}")
    session.run("twine", "check", "--strict", *map(str, artifacts))
    # W002 (identical files) only flags the generator's one-line ``__init__.py`` of each tag's package.
    wheels = [str(p) for p in artifacts if p.suffix == ".whl"]
    session.run("check-wheel-contents", "--ignore", "W002", *wheels)
    session.log(f"built {len(artifacts)} artifacts twice, byte-identical, each with its LICENSE")


def _has_licence(artifact: Path) -> bool:
    """True when the wheel or sdist carries the licence text (wheels keep it under .dist-info/licenses/)."""
    if artifact.suffix == ".whl":
        with zipfile.ZipFile(artifact) as wheel:
            return any(name.endswith("licenses/LICENSE") for name in wheel.namelist())
    with tarfile.open(artifact) as sdist:
        return any(name.endswith("/LICENSE") for name in sdist.getnames())


@nox.session(python=False)
def docker(session: nox.Session) -> None:
    """Build the emulator image and wait for its health check; in the default run, skipped without a Docker daemon."""
    if shutil.which("docker") is None or subprocess.run(["docker", "info"], capture_output=True).returncode != 0:
        session.skip("no Docker daemon here; tests/emulator/test_dockerfile.py still runs the image's command")
    image, name = "wawp-emulator:local", "wawp-emulator-nox"
    session.run("docker", "build", "-t", image, "emulator", external=True)
    token = f"WAWP_EMULATOR_CONTROL_TOKEN={secrets.token_hex(16)}"  # binding 0.0.0.0 requires one
    session.run(
        "docker", "run", "-d", "--rm", "--name", name, "-e", token, "-p", "127.0.0.1:18787:8787", image, external=True
    )
    try:
        for _ in range(60):
            status = subprocess.run(
                ["docker", "inspect", "-f", "{{.State.Health.Status}}", name], capture_output=True, text=True
            ).stdout.strip()
            if status == "healthy":
                session.log("the container is healthy")
                return
            time.sleep(1)
        session.error(f"the container did not become healthy within 60 s (last status {status!r})")
    finally:
        subprocess.run(["docker", "rm", "-f", name], capture_output=True)


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Performance figures as side-by-side ratios (client overhead, import cost, emulator vs Prism)."""
    _npm_tools(session)
    _install_with_projects(session, "uvicorn==0.54.0")
    session.run("python", "-m", "tools.bench")
    session.run("python", "emulator/bench/run.py")
