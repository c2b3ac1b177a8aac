"""Every ``wawp`` command against the in-process emulator: output, ``--json``, exit codes, one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import Wawp
from wawp_client.cli import EXIT_CODES
from wawp_emulator.emulator import Emulator

CHAT = "201234567890@c.us"


def test_help_lists_every_command_and_the_exit_codes(wawp: Wawp) -> None:
    result = wawp("--help")
    assert result.exit_code == 0
    for command in ("login", "status", "me", "logout", "send", "chats", "messages", "qr", "webhooks"):
        assert f"  {command} " in result.stdout
    for code, meaning in EXIT_CODES.items():
        assert f"{code}  {meaning}" in result.stdout
    assert "_WAWP_COMPLETE=bash_source wawp" in result.stdout


def test_status_and_me_of_a_linked_session(wawp: Wawp, emulator: Emulator) -> None:
    status = wawp("status")
    me = wawp("--json", "me")
    assert status.exit_code == 0 and status.stdout.startswith("WORKING as ")
    assert me.exit_code == 0
    account = json.loads(me.stdout)
    assert account["id"].endswith("@c.us") and account["id"].split("@")[0] in status.stdout


def test_send_prints_the_message_id_that_reads_it_back(wawp: Wawp) -> None:
    sent = wawp("send", "Hello from the CLI", "--to", "+20 1234567890")
    assert sent.exit_code == 0, sent.output
    message_id = sent.stdout.strip()
    assert message_id.startswith(f"true_{CHAT}_")
    listed = wawp("messages", "201234567890", "--limit", "5")
    assert listed.exit_code == 0
    assert f"{message_id}\t->\tHello from the CLI" in listed.stdout.splitlines()


@pytest.mark.parametrize(
    ("option", "url"), [("--image", "https://example.com/a/cat.jpg"), ("--file", "https://example.com/r.pdf")]
)
def test_send_media_guesses_name_and_type(wawp: Wawp, option: str, url: str) -> None:
    result = wawp("--json", "send", "caption", "--to", CHAT, option, url)
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["id"].startswith(f"true_{CHAT}_") and answer["chat_id"] == CHAT


def test_send_refuses_what_it_cannot_send_with_exit_2(wawp: Wawp) -> None:
    no_number = wawp("send", "hi", "--to", "not-a-number")
    nothing = wawp("send", "--to", CHAT)
    unknown_type = wawp("send", "--to", CHAT, "--file", "https://example.com/blob")
    assert [no_number.exit_code, nothing.exit_code, unknown_type.exit_code] == [2, 2, 2]
    assert "is not a phone number in international format" in no_number.stderr
    assert "nothing to send" in nothing.stderr
    assert "--mimetype" in unknown_type.stderr


def test_chats_lists_ids_and_names_within_the_limit(wawp: Wawp) -> None:
    wawp("send", "hi", "--to", CHAT)
    text = wawp("chats", "--limit", "3")
    as_json = wawp("--json", "chats", "--limit", "3")
    assert text.exit_code == 0 and as_json.exit_code == 0
    lines = text.stdout.splitlines()
    assert 1 <= len(lines) <= 3 and all("@" in line.split("\t")[0] for line in lines)
    assert len([json.loads(line) for line in as_json.stdout.splitlines()]) == len(lines)


def test_logout_then_me_exits_4_and_status_shows_the_restart(wawp: Wawp) -> None:
    out = wawp("logout")
    me = wawp("me")
    assert out.exit_code == 0 and out.stdout.startswith("logged out; the session is ")
    assert me.exit_code == 4
    assert me.stderr.strip() == "Error: no WhatsApp account is linked to this session (run `wawp login`)"
    assert wawp("status").stdout.strip() in {"STARTING", "SCAN_QR_CODE"}


def test_qr_prints_in_the_terminal_and_saves_a_png(wawp: Wawp, tmp_path: object) -> None:
    wawp("logout")
    wawp.phone.sleep(3)  # STARTING -> SCAN_QR_CODE
    drawn = wawp("qr")
    target = f"{tmp_path}/qr.png"
    saved = wawp("qr", "--out", target)
    assert drawn.exit_code == 0 and saved.exit_code == 0
    assert "█" in drawn.stdout and len(drawn.stdout.splitlines()) > 20
    with open(target, "rb") as png:
        assert png.read(8) == b"\x89PNG\r\n\x1a\n"


def test_an_api_error_is_one_line_without_the_token_and_exit_1(wawp: Wawp) -> None:
    result = wawp("status", env={"WAWP_ACCESS_TOKEN": "wrong-secret-token"})
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: 401 ") and result.stderr.count("\n") == 1
    assert "wrong-secret-token" not in result.output


def test_a_qr_outside_scan_qr_code_is_the_api_error(wawp: Wawp) -> None:
    result = wawp("qr")
    assert result.exit_code == 1 and result.stderr.startswith("Error: 422 ")


def test_an_unreachable_api_exits_3_with_the_masked_request() -> None:
    """The real client factory and a closed port on 127.0.0.1."""
    from click.testing import CliRunner
    from wawp_client.cli import cli

    result = CliRunner().invoke(
        cli,
        ["--base-url", "http://127.0.0.1:9/wp-json/awp/v1", "--request-timeout", "2", "status"],
        env={"WAWP_INSTANCE_ID": "ABCDEF123456", "WAWP_ACCESS_TOKEN": "tok-should-not-show"},
    )
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "tok-should-not-show" not in result.output and "ABCDEF123456" not in result.output


def test_no_access_token_is_explained(wawp: Wawp) -> None:
    result = wawp("status", env={"WAWP_ACCESS_TOKEN": None})
    assert result.exit_code == 1 and "WAWP_ACCESS_TOKEN" in result.stderr


def test_bash_completion_is_clicks(wawp: Wawp) -> None:
    result = wawp(env={"_WAWP_COMPLETE": "bash_source"})
    assert result.exit_code == 0 and "_WAWP_COMPLETE=bash_complete" in result.stdout


def test_importing_the_library_does_not_import_the_cli() -> None:
    """Neither the CLI module nor segno load with the library. (click may: httpx's ``__init__`` tries to
    import its own command line, which imports click whenever it is installed; that cost is httpx's.)"""
    code = "import sys, wawp_client; print(sorted(m for m in ('segno', 'wawp_client.cli') if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


@pytest.mark.parametrize("readme", ["README.md", "generated/README.md", "emulator/README.md"])
def test_every_command_a_readme_shows_exists(readme: str) -> None:
    from pathlib import Path

    from wawp_client.cli import cli

    text = (Path(__file__).resolve().parents[2] / readme).read_text(encoding="utf-8")
    shown = set(re.findall(r"\bwawp ([a-z]+)\b", text)) - {"command", "module"}
    assert shown and shown <= set(cli.commands), shown - set(cli.commands)
