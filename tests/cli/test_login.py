"""``wawp login``: create or start the session, show the QR (redrawn as it rotates) or a pairing code, wait for WORKING.

The phone is played through the emulator's control API (``session.scan_qr``, ``session.enter_pairing_code``)
at chosen seconds of virtual waiting.
"""

from __future__ import annotations

import json
import re

from cli_support import Phone, Wawp
from wawp_emulator.emulator import Emulator
from wawp_emulator.state.sessions import SessionState


def _created(emulator: Emulator) -> str:
    (instance_id,) = set(emulator.world.instances) - {emulator.instance_id}
    return instance_id


def test_login_creates_a_session_redraws_the_rotating_qr_and_returns_once_scanned(wawp: Wawp, phone: Phone) -> None:
    emulator = wawp.emulator
    phone.actions = {25: lambda: phone.control(_created(emulator), "session.scan_qr", {"pushName": "CLI user"})}
    result = wawp("login", "--name", "cli-test", env={"WAWP_INSTANCE_ID": None})
    assert result.exit_code == 0, result.output
    instance_id = _created(emulator)
    assert f"export WAWP_INSTANCE_ID={instance_id}" in result.stdout
    assert f"/_emulator/instances/{instance_id}/actions/session.scan_qr\n" in result.stdout  # the emulator's scan
    assert result.stdout.count("Scan with WhatsApp") == 1 and result.stdout.count("The QR rotated:") == 1  # at 20 s
    assert "█" in result.stdout
    assert re.search(r"^WORKING: linked as \d+@c\.us \(CLI user\)$", result.stdout, re.M)
    assert wawp("status", env={"WAWP_INSTANCE_ID": instance_id}).stdout.startswith("WORKING as ")


def test_login_with_a_pairing_code_prints_json_events(wawp: Wawp, phone: Phone, emulator: Emulator) -> None:
    assert wawp("logout").exit_code == 0

    def type_the_code_on_the_phone() -> None:
        pairing = emulator.instance.state(SessionState).pairing
        assert pairing is not None
        phone.control(emulator.instance_id, "session.enter_pairing_code", {"code": pairing.display})

    phone.actions = {5: type_the_code_on_the_phone}
    result = wawp("--json", "login", "--phone", "+20 111 222 3334")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["event"] for e in events] == ["pairing_code", "working"]
    assert re.fullmatch(r"\w{4}-\w{4}", events[0]["code"])
    assert events[1]["me"]["id"].endswith("@c.us")


def test_login_of_a_linked_session_returns_at_once(wawp: Wawp, phone: Phone) -> None:
    result = wawp("login")
    assert result.exit_code == 0 and result.stdout.startswith("WORKING: linked as ") and phone.waited == 0


def test_login_gives_up_after_its_timeout_with_exit_4(wawp: Wawp, phone: Phone) -> None:
    wawp("logout")
    result = wawp("login", "--timeout", "10")
    assert result.exit_code == 4
    assert result.stderr.strip() == "Error: the session is still SCAN_QR_CODE after 10 s (--timeout)"
    assert 10 <= phone.waited <= 11


def test_login_reports_a_failed_session_with_exit_4(wawp: Wawp, phone: Phone, emulator: Emulator) -> None:
    wawp("logout")
    phone.actions = {3: lambda: phone.control(emulator.instance_id, "session.fail", {})}
    result = wawp("login")
    assert result.exit_code == 4 and "FAILED" in result.stderr


def test_login_over_a_socket_with_the_default_client(emulator: Emulator, phone: Phone) -> None:
    """The issue's check: ``wawp --base-url URL login`` on a served emulator returns once the scan action runs."""
    from click.testing import CliRunner
    from wawp_client.cli import Runtime, cli

    emulator.phone.log_out()  # FAILED and logged out: login must start it again
    phone.actions = {4: lambda: phone.control(emulator.instance_id, "session.scan_qr")}
    with emulator.serve_in_thread() as base_url:
        result = CliRunner().invoke(
            cli,
            ["--base-url", base_url, "login"],
            obj=Runtime(sleep=phone.sleep, monotonic=phone.monotonic),
            env={"WAWP_INSTANCE_ID": emulator.instance_id, "WAWP_ACCESS_TOKEN": emulator.access_token},
        )
    assert result.exit_code == 0, result.output
    assert "Scan with WhatsApp" in result.stdout and "WORKING: linked as" in result.stdout
    root = base_url.removesuffix("/wp-json/awp/v1")
    assert (
        "On wawp-emulator, scan it with:\n  curl -X POST -H 'Content-Type: application/json' -d '{}' "
        f"{root}/_emulator/instances/$WAWP_INSTANCE_ID/actions/session.scan_qr\n"
    ) in result.stdout


def test_the_scan_command_names_the_instance_given_with_the_option(emulator: Emulator, phone: Phone) -> None:
    """With ``--instance-id`` (WAWP_INSTANCE_ID unset, or naming another instance) the printed scan command
    must act on that instance, not on ``$WAWP_INSTANCE_ID``."""
    from click.testing import CliRunner
    from wawp_client.cli import Runtime, cli

    emulator.phone.log_out()
    phone.actions = {4: lambda: phone.control(emulator.instance_id, "session.scan_qr")}
    with emulator.serve_in_thread() as base_url:
        result = CliRunner().invoke(
            cli,
            ["--base-url", base_url, "--instance-id", emulator.instance_id, "login"],
            obj=Runtime(sleep=phone.sleep, monotonic=phone.monotonic),
            env={"WAWP_INSTANCE_ID": "another-instance", "WAWP_ACCESS_TOKEN": emulator.access_token},
        )
    assert result.exit_code == 0, result.output
    root = base_url.removesuffix("/wp-json/awp/v1")
    assert f"{root}/_emulator/instances/{emulator.instance_id}/actions/session.scan_qr\n" in result.stdout
    assert "$WAWP_INSTANCE_ID" not in result.stdout and "another-instance" not in result.stdout
