"""Every ``wawp`` command against the in-process emulator: output, ``--json``, exit codes, one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from cli_support import Wawp
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
    assert me.stderr.splitlines() == [
        "Error: no WhatsApp account is linked to this session",
        "Hint: link a phone with `wawp login`",
    ]
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


@pytest.mark.parametrize(
    ("args", "env", "source"),
    [
        ([], {"WAWP_ACCESS_TOKEN": "wrong-secret-token"}, "WAWP_ACCESS_TOKEN"),
        (["--access-token", "wrong-secret-token"], {"WAWP_ACCESS_TOKEN": None}, "--access-token"),
    ],
)
def test_a_401_names_where_the_token_came_from_and_the_emulators_banner(
    wawp: Wawp, args: list[str], env: dict[str, str | None], source: str
) -> None:
    result = wawp(*args, "status", env=env)
    assert result.exit_code == 1
    error, hint = result.stderr.splitlines()
    assert error.startswith("Error: 401 invalid_access_token: ")
    assert hint == (
        f"Hint: check the access token (from {source}); this is wawp-emulator: use the access_token and "
        "instance_id its start-up banner printed"
    )
    assert "wrong-secret-token" not in result.output


def test_a_401_for_the_instance_names_where_the_instance_id_came_from(wawp: Wawp) -> None:
    result = wawp("--instance-id", "NOTANINSTANCE", "status")
    assert result.exit_code == 1 and "invalid_instance" in result.stderr
    assert "Hint: check the instance id (from --instance-id)" in result.stderr
    assert "NOTANINSTANCE" not in result.output


def test_qr_of_a_linked_session_says_so_instead_of_a_422(wawp: Wawp) -> None:
    result = wawp("qr")
    assert result.exit_code == 1
    error, hint = result.stderr.splitlines()
    assert re.fullmatch(
        r"Error: the session is already linked \(WORKING as \d+@c\.us \(.*\)\): there is no QR to scan", error
    )
    assert hint == "Hint: `wawp logout` unlinks it, then `wawp qr` shows the new QR"


def test_qr_waits_while_the_session_starts_and_gives_up_after_its_timeout(wawp: Wawp) -> None:
    wawp("logout")  # STARTING for the next 2 s of virtual time, then SCAN_QR_CODE
    waited = wawp("qr", "--timeout", "10")
    assert waited.exit_code == 0, waited.output
    assert "the session is STARTING; waiting for its QR (up to 10 s)" in waited.stderr and "█" in waited.stdout
    wawp("logout")
    impatient = wawp("qr", "--timeout", "1")
    assert impatient.exit_code == 4
    assert impatient.stderr.splitlines()[-2:] == [
        "Error: the session is still STARTING after 1 s (--timeout): no QR yet",
        "Hint: wait a little and run `wawp qr` again, or give a longer --timeout",
    ]


def test_a_qr_too_long_to_draw_is_a_clear_error() -> None:
    from wawp_client.cli import CommandError, qr_block

    with pytest.raises(CommandError) as error:
        qr_block("x" * 5000)
    assert error.value.format_message() == (
        "the QR text (5000 characters) is too long to draw as a QR code\n"
        "Hint: save the API's own image instead: wawp qr --out qr.png"
    )


def test_an_unexpected_failure_is_two_lines_without_a_traceback(wawp: Wawp) -> None:
    def broken(settings: object) -> object:
        raise RecursionError("maximum recursion depth exceeded; token=wrong-secret-token")

    wawp.factory = broken  # type: ignore[method-assign]
    result = wawp("status")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Error: unexpected RecursionError",
        "Hint: this is a bug in wawp; please report it with the command",
    ]
    assert "Traceback" not in result.output and "wrong-secret-token" not in result.output


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
    error, hint = result.stderr.splitlines()
    assert error.startswith("Error: Connection error on GET ")
    assert hint == "Hint: check that the API is running at http://127.0.0.1:9/wp-json/awp/v1"
    assert "tok-should-not-show" not in result.output and "ABCDEF123456" not in result.output


def test_a_password_in_the_base_url_stays_out_of_the_unreachable_hint() -> None:
    """The hint names the URL it tried; a password in it (``http://user:pass@host``) is masked there too."""
    from click.testing import CliRunner
    from wawp_client.cli import cli

    url = "http://user:pw-should-not-show@127.0.0.1:9/wp-json/awp/v1"
    for json_flag in ([], ["--json"]):
        result = CliRunner().invoke(
            cli,
            ["--base-url", url, "--request-timeout", "2", *json_flag, "status"],
            env={"WAWP_INSTANCE_ID": "ABCDEF123456", "WAWP_ACCESS_TOKEN": "tok-should-not-show"},
        )
        assert result.exit_code == 3
        assert (
            result.stderr.splitlines()[1]
            == "Hint: check that the API is running at http://user:***@127.0.0.1:9/wp-json/awp/v1"
        )
        assert "pw-should-not-show" not in result.output


def test_no_access_token_is_explained(wawp: Wawp) -> None:
    result = wawp("status", env={"WAWP_ACCESS_TOKEN": None})
    assert result.exit_code == 1
    error, hint = result.stderr.splitlines()
    assert "WAWP_ACCESS_TOKEN" in error
    assert hint.startswith("Hint: give --access-token and --instance-id, or set WAWP_ACCESS_TOKEN")


def test_an_api_error_puts_the_clients_hint_on_its_own_line(emulator: Emulator) -> None:
    """The real client factory against a served emulator, with a base URL that misses the API root."""
    from click.testing import CliRunner
    from wawp_client.cli import cli

    with emulator.serve_in_thread() as base_url:
        wrong = base_url.removesuffix("/wp-json/awp/v1") + "/not-the-root"
        result = CliRunner().invoke(
            cli,
            ["--base-url", wrong, "status"],
            env={"WAWP_INSTANCE_ID": emulator.instance_id, "WAWP_ACCESS_TOKEN": emulator.access_token},
        )
    assert result.exit_code == 1
    error, hint = result.stderr.splitlines()
    assert error.startswith("Error: 404") and "hint" not in error
    assert hint.startswith(f"Hint: base_url {wrong!r} does not end with the API root")


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


@pytest.mark.parametrize("command", [["status"], ["logout"], ["chats", "--limit", "2"]])
def test_json_goes_before_or_after_the_command_and_shows_no_secret(
    wawp: Wawp, emulator: Emulator, command: list[str]
) -> None:
    """The issue's check: ``wawp status --json`` works like ``wawp --json status``, and neither prints a
    credential (session answers echo the access token and the instance id, and name the session after it)."""
    wawp("send", "hi", "--to", CHAT)
    before = wawp("--json", *command)
    if command == ["logout"]:  # link again, so that the second logout has something to undo
        wawp.phone.sleep(3)
        wawp.phone.control(emulator.instance_id, "session.scan_qr")
    after = wawp(*command, "--json")
    assert before.exit_code == 0 and after.exit_code == 0, before.output + after.output
    for result in (before, after):
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        assert lines
        for secret in (emulator.access_token, emulator.instance_id):
            assert secret.lower() not in result.output.lower()
    if command == ["status"]:
        assert before.stdout == after.stdout
        metadata = json.loads(after.stdout)["config"]["metadata"]
        assert metadata["access_token"] == metadata["instance_id"] == "***"


def test_show_secrets_prints_them_on_request(wawp: Wawp, emulator: Emulator) -> None:
    for args in (["--show-secrets", "--json", "status"], ["status", "--show-secrets", "--json"]):
        result = wawp(*args)
        metadata = json.loads(result.stdout)["config"]["metadata"]
        assert metadata["access_token"] == emulator.access_token and metadata["instance_id"] == emulator.instance_id


def test_masking_covers_hmac_keys_and_secrets_in_any_case() -> None:
    from wawp_client.cli import mask_text, masked

    data = {"webhooks": [{"url": "http://x/", "hmac": {"key": "k3y-value"}}], "accessToken": "t", "name": "s-ABCD1234"}
    assert masked(data, ["abcd1234"]) == {
        "webhooks": [{"url": "http://x/", "hmac": {"key": "***"}}],
        "accessToken": "***",
        "name": "s-***",
    }
    assert mask_text("id ABCD1234, token tok", ["abcd1234", "tok"]) == "id ***, token tok"  # below 4 characters: kept


def test_an_answer_nested_too_deeply_is_a_clear_error(wawp: Wawp) -> None:
    """A session answer with an unknown field nested 900 deep: the client refuses it before decoding (no
    RecursionError), and the command says so in one or two lines, with or without ``--json``."""
    import httpx
    import wawp_client

    def handler(request: httpx.Request) -> httpx.Response:
        body = b'{"name": "x", "status": "WORKING", "extra": ' + b"[" * 900 + b"]" * 900 + b"}"
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    def deep(settings: object) -> wawp_client.Wawp:
        return wawp_client.Wawp(instance_id="ABCDEF123456", transport=httpx.MockTransport(handler))

    wawp.factory = deep  # type: ignore[method-assign]
    for args in (("status",), ("status", "--json")):
        result = wawp(*args)
        assert result.exit_code != 0 and result.stdout == ""
        lines = result.stderr.splitlines()
        assert 1 <= len(lines) <= 2 and lines[0].startswith("Error: ") and "nested" in lines[0]
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message", "hint"),
    [
        (("status", "--bogus"), "No such option '--bogus'", "wawp status --help"),
        (("--bogus", "status"), "No such option '--bogus'", "wawp --help"),
        (("nosuch",), "No such command 'nosuch'", "wawp --help"),
        (("webhooks", "listen", "--port", "abc"), "Invalid value for '--port'", "wawp webhooks listen --help"),
        (
            ("send", "--to", "201234567890", "--image", "x", "--file", "y", "hi"),
            "give --image or --file, not both",
            "wawp send --help",
        ),
    ],
)
def test_a_usage_error_is_one_line_and_the_help_command(
    wawp: Wawp, args: tuple[str, ...], message: str, hint: str
) -> None:
    """Not click's usage block: ``Error: ...`` and ``Hint: <the command> --help``, click's exit code 2."""
    result = wawp(*args)
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[0].startswith("Error: ") and message in lines[0] and lines[1] == f"Hint: {hint}"
