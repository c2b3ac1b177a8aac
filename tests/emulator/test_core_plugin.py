"""The pytest plugin's fixtures, run in a child pytest (the plugin is loaded explicitly)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import wawp_emulator

PACKAGE_PARENT = str(Path(wawp_emulator.__file__).resolve().parent.parent)

TESTS = """
import pytest
from wawp_emulator.registry import Request

def test_fresh_emulator(emulator):
    assert emulator.strict and emulator.raise_on_violation
    emulator.add_fault(operation="x", status=500)

def test_and_again_fresh(emulator):
    assert emulator.faults == []

def test_http(emulator_http, emulator):
    response = emulator_http.get("/definitely-not-a-route")
    assert response.status_code == 404
    assert emulator.requests[-1].status == 404

@pytest.fixture
def wawp_emulator_options():
    return {"seed": 9, "instance_id": "ABABABABABAB"}

def test_options(emulator):
    assert emulator.world.seed == 9 and emulator.instance_id == "ABABABABABAB"

def test_server(emulator_server):
    import httpx
    assert httpx.get(emulator_server.replace("/wp-json/awp/v1", "/_emulator/health")).status_code == 200

def test_client_fixture(emulator_client):
    assert emulator_client is not None

def test_default_engine_is_gows(emulator, wawp_emulator_engine):
    assert wawp_emulator_engine == emulator.engine == "GOWS"
"""

ENGINE_TESTS = """
import pytest
from wawp_emulator.testing import ENGINE_NAMES

def test_ini_engine(emulator):
    assert emulator.engine == "WEBJS"

class TestEveryEngine:
    @pytest.fixture(params=ENGINE_NAMES)
    def wawp_emulator_engine(self, request):
        return request.param

    def test_runs_on(self, emulator, wawp_emulator_engine):
        assert emulator.instance.engine == wawp_emulator_engine
"""


def _child_pytest(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [PACKAGE_PARENT, os.environ.get("PYTHONPATH")]))}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:wawp_emulator",
            "-p",
            "wawp_emulator.pytest_plugin",
            "-p",
            "no:cacheprovider",
            "-rs",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


def test_plugin_fixtures(tmp_path: Path) -> None:
    (tmp_path / "test_uses_plugin.py").write_text(TESTS)
    result = _child_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout and "failed" not in result.stdout


def test_plugin_engine_ini_option_and_parametrized_fixture(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\nwawp_emulator_engine = webjs\n")
    (tmp_path / "test_engines.py").write_text(ENGINE_TESTS)
    result = _child_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout
    (tmp_path / "pytest.ini").write_text("[pytest]\nwawp_emulator_engine = venom\n")
    refused = _child_pytest(tmp_path)
    assert refused.returncode != 0 and "unknown engine 'venom'" in refused.stdout + refused.stderr


def test_testing_helpers_import_without_pytest() -> None:
    """``wawp_emulator.testing`` serves any test framework: it imports with pytest unavailable."""
    script = (
        "import sys\n"
        "sys.modules['pytest'] = None  # any 'import pytest' now raises ImportError\n"
        "import wawp_emulator.testing as t\n"
        "assert 'pytest' not in [m for m, v in sys.modules.items() if v is not None]\n"
        "with t.WebhookSink() as sink:\n"
        "    print(sorted(t.__all__), sink.url.startswith('http://127.0.0.1:'))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [PACKAGE_PARENT, os.environ.get("PYTHONPATH")]))}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "['ENGINE_NAMES', 'ReceivedWebhook', 'SINK_SECRET', 'WebhookSink', 'make_client'] True"
    blocked = subprocess.run(
        [sys.executable, "-c", "import sys; sys.modules['pytest'] = None; import wawp_emulator.pytest_plugin"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert blocked.returncode != 0 and "import of pytest halted" in blocked.stderr  # (the blocker works)
