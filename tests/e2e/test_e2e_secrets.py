"""No secret in any captured output: logs at DEBUG, reprs, exception text and tracebacks, and the emulator's
request journal as its control API serves it.

The instance id and access token travel in every query string and come back in ``createSession``'s
body, so they would show up in httpx's log lines, URLs in errors and model reprs unless redacted.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
import traceback
from typing import Any

import httpx
import pytest
import wawp_client
from e2e_support import PEER, PEER_CHAT, SEED, make_async_client
from wawp_client._redact import configure_logging
from wawp_emulator.emulator import IN_PROCESS_HOST, Emulator
from wawp_emulator.testing import make_client

INSTANCE_ID = "9C8B7A6D5E4F"
ACCESS_TOKEN = "tok-e2e-9d7e1c0b5a3f77"
SECRETS = (INSTANCE_ID, ACCESS_TOKEN)


@pytest.fixture
def wawp_emulator_options() -> dict[str, Any]:
    return {"seed": SEED, "webhook_delivery": "manual", "instance_id": INSTANCE_ID, "access_token": ACCESS_TOKEN}


def describe(error: BaseException) -> list[str]:
    """Everything a user might print about an exception."""
    return [str(error), repr(error), "".join(traceback.format_exception(error)), repr(getattr(error, "body", None))]


def assert_clean(texts: list[str]) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"secret leaked into: {text[:300]!r}"


async def test_a_debug_journey_leaks_no_credentials(
    emulator: Emulator,
    retry_sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="wawp_client")  # restored after the test
    monkeypatch.setenv("WAWP_LOG", "DEBUG")
    configure_logging()  # what importing wawp_client does with WAWP_LOG set (the next test runs it for real)
    texts: list[str] = []

    with make_client(emulator) as client:
        texts.append(repr(client))
        texts.append(repr(client.sessions.info()))
        sent = client.messages.send_text(chat_id=PEER, message="debug me")
        emulator.add_fault(operation="sendText", status=429, retry_after=0, times=1)
        texts.append(repr(client.messages.send_text(chat_id=PEER, message="after a 429")))
        texts.append(repr(client.chats.messages.list(chat_id=PEER_CHAT)))
        texts.append(repr(client.messages.get(chat_id=PEER_CHAT, message_id=sent.id)))
        for failing in (
            lambda: client.groups.get(id="120363000000000000@g.us"),
            lambda: client.messages.send_text(chat_id="not a chat", message="x"),
        ):
            with pytest.raises(wawp_client.APIStatusError) as caught:
                failing()
            texts.extend(describe(caught.value))
        emulator.add_fault(operation="groupsCount", status=502, times=5)
        with pytest.raises(wawp_client.InternalServerError) as upstream:
            client.groups.count()
        texts.extend(describe(upstream.value))

    # createSession answers with the account's token and the new instance's id in its body
    with make_client(emulator, instance_id=None) as account:
        texts.append(repr(account))
        created = account.sessions.create(name="Leaky?")
        texts.append(repr(created))
        texts.append(repr(created.config))
        assert created.config.metadata.access_token == ACCESS_TOKEN  # the value is there, only never shown

    with make_client(emulator, access_token="wrong-token-1234") as wrong:
        with pytest.raises(wawp_client.AuthenticationError) as denied:
            wrong.sessions.info()
        texts.extend(describe(denied.value))

    aclient = make_async_client(emulator)
    try:
        texts.append(repr(aclient))
        texts.append(repr(await aclient.groups.list()))
        with pytest.raises(wawp_client.NotFoundError) as missing:
            await aclient.channels.get(id="120363000000000001@newsletter")
        texts.extend(describe(missing.value))
    finally:
        await aclient.close()

    # over a real socket: connection-level failures carry URLs in httpx's own messages
    with emulator.serve_in_thread() as base_url:
        emulator.add_fault(operation="sessionInfo", latency_ms=300, times=1)
        with make_client(emulator, base_url=base_url, transport=None, timeout=0.05, max_retries=0) as slow:
            texts.append(repr(slow))
            with pytest.raises(wawp_client.APITimeoutError) as timed_out:
                slow.sessions.info()
            texts.extend(describe(timed_out.value))
    refused_url = base_url  # the server is gone now: connection refused
    with make_client(emulator, base_url=refused_url, transport=None, max_retries=0) as refused:
        with pytest.raises(wawp_client.APIConnectionError) as unreachable:
            refused.sessions.info()
        texts.extend(describe(unreachable.value))

    # the emulator's request journal, as its control API serves it
    with httpx.Client(base_url=IN_PROCESS_HOST, transport=emulator.transport()) as control:
        journal = control.get("/_emulator/journal/requests")
    assert journal.status_code == 200
    records = journal.json()
    assert len(records) >= 10 and all(r["query"].get("access_token") == "***" for r in records if r["query"])
    texts.append(journal.text)

    records_logged = [r for r in caplog.records if r.name.startswith(("wawp_client", "httpx"))]
    assert any("request: POST" in r.getMessage() for r in records_logged), "the DEBUG log was not captured"
    texts.append(caplog.text)
    texts.extend(r.getMessage() for r in caplog.records)
    out, err = capsys.readouterr()
    texts.extend([out, err])
    assert_clean(texts)


def test_wawp_log_debug_in_a_fresh_process_prints_no_credentials(tmp_path: Any) -> None:
    """``WAWP_LOG=DEBUG`` as a user sets it: credentials from the environment, log lines on stderr."""
    script = textwrap.dedent(
        f"""
        import traceback
        import wawp_client
        from wawp_emulator.emulator import IN_PROCESS_HOST, Emulator

        emu = Emulator(seed={SEED}, webhook_delivery="manual", instance_id={INSTANCE_ID!r},
                       access_token={ACCESS_TOKEN!r})
        client = wawp_client.Wawp(base_url=emu.base_url, transport=emu.transport())
        print(repr(client))
        print(client.sessions.info())
        sent = client.messages.send_text(chat_id="{PEER}", message="hello from a script")
        print(sent, client.messages.get(chat_id="{PEER}@c.us", message_id=sent.id))
        try:
            client.groups.get(id="120363000000000000@g.us")
        except wawp_client.NotFoundError:
            traceback.print_exc()
        client.close()
        emu.close()
        """
    )
    env = {
        **os.environ,
        "WAWP_LOG": "DEBUG",
        "WAWP_INSTANCE_ID": INSTANCE_ID,
        "WAWP_ACCESS_TOKEN": ACCESS_TOKEN,
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "request: POST" in done.stderr and "group_not_found" in done.stderr
    assert "hello from a script" in done.stdout
    assert_clean([done.stdout, done.stderr])
    assert "***" in done.stderr


def test_webhook_bodies_reveal_no_access_token(emulator: Emulator) -> None:
    """The envelope's ``metadata`` goes to third-party URLs: the token is left out of it."""
    emulator.people.send_message(from_=PEER, body="hi")
    envelopes = json.dumps(emulator.events)
    assert '"body": "hi"' in envelopes and ACCESS_TOKEN not in envelopes
