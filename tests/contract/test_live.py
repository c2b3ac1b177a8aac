"""Live mode: the read-only part of the contract against a real Wawp account.

Run with ``nox -s contract -- --base-url https://wawp.net/wp-json/awp/v1`` (v1) or
``--base-url https://api.wawp.net/v2`` (v2: the spec follows the URL) and the account's
``WAWP_INSTANCE_ID`` / ``WAWP_ACCESS_TOKEN`` in the environment. Only GET operations are called (they
read state and change nothing), with valid data only, at most two requests a second; the report in
``reports/contract-live.txt`` (``contract-live-v2.txt`` for v2) lists every place where the real API and the
spec disagree (the emulator rehearsal that ``nox`` runs writes ``reports/contract-rehearsal*.txt`` instead).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _runner import REPORTS, redact
from contract_support import live_credentials, live_report, live_target, secrets_in
from test_socket import hooks_env, progress_printer, schemathesis_cli

pytestmark = pytest.mark.live

READ_ONLY_CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def test_real_api_agrees_with_the_spec(
    request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    spec, url, version = live_target(request.config.getoption("--base-url"), tmp_path)
    credentials = live_credentials()
    REPORTS.mkdir(exist_ok=True)
    env = hooks_env(
        WAWP_CONTRACT_LIVE="1",
        WAWP_CONTRACT_INSTANCE_ID=credentials["instance_id"],
        WAWP_CONTRACT_ACCESS_TOKEN=credentials["access_token"],
    )
    result = schemathesis_cli(
        "run", spec, "--url", url, "--include-method", "GET", "--mode", "positive",
        "--phases", "examples,fuzzing", "--max-examples", "2", "--checks", READ_ONLY_CHECKS, "--rate-limit", "2/s",
        "--report", "junit", "--report-junit-path", str(REPORTS / live_report(f"{version}-junit.xml")),
        env=env, echo=progress_printer(capsys, "live"),
    )  # fmt: skip
    output = redact(result.stdout + result.stderr)
    report = REPORTS / live_report(f"{version}.txt")
    report.write_text(output, encoding="utf-8")
    with capsys.disabled():
        print("\n" + "\n".join(line for line in output.splitlines()[-25:] if line.strip()))
    assert secrets_in(result.stdout + result.stderr, *credentials.values()) == []
    assert result.returncode == 0, f"the real API and the spec disagree; see {report.relative_to(REPORTS.parent)}"
