"""Live mode that can see writes: a few safe writes aimed only at the account itself, checked against the spec.

Off unless ``--allow-writes`` is given with ``--base-url``. On the account's own chat (its own number,
read from ``GET /session/me``) it sends one text, stars and unstars it (a 501 is the engine refusing to,
as GOWS does, documented in the spec), turns typing on and off, and
creates a label and deletes it; every answer is checked against the spec's documented responses. In
any case it cleans up afterwards: typing off, the star removed, the label and the message deleted.
Nothing is sent to anyone else. At most two requests a second; the report is
``reports/contract-live-writes.txt`` (credentials masked; ``contract-rehearsal-writes.txt`` for the emulator rehearsal).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from _runner import REPORTS, ROOT, redact
from contract_support import live_credentials, live_report, secrets_in

pytestmark = pytest.mark.live

TEXT = "wawp-python contract check: a message to yourself, deleted right after"
LABEL = "wawp-python contract check"
PAUSE = 0.5  # two requests a second at most


class Checker:
    """Sends the writes and checks each answer against the operation's documented responses."""

    def __init__(self, http: httpx.Client) -> None:
        from wawp_emulator.spec import load_spec
        from wawp_emulator.validation import compile_spec

        self.http = http
        self.spec = load_spec(ROOT / "spec" / "openapi.yaml")
        self.compiled = compile_spec(self.spec)
        self.log: list[str] = []
        self.problems: list[str] = []

    def call(self, operation_id: str, method: str, path: str, **kwargs: Any) -> Any:
        time.sleep(PAUSE)
        response = self.http.request(method, path, **kwargs)
        body: Any = None
        if response.content:
            try:
                body = response.json()
            except ValueError:
                body = response.text
        media = response.headers.get("content-type") if response.content else None
        problems = self.compiled[operation_id].check_response(response.status_code, media, body)
        self.log.append(f"{operation_id} {method} {path} -> {response.status_code} {str(body)[:300]}")
        self.problems += problems
        # an engine's documented refusal (x-engine-refusals, e.g. GOWS and /star) is an answer, not a failure
        refusal = response.status_code == 501 and bool(self.spec.operations[operation_id].raw.get("x-engine-refusals"))
        if response.status_code >= 300 and not refusal:
            self.problems.append(f"{operation_id}: answered {response.status_code}, not a success")
        return body


@contextmanager
def _undo_on_exit(pending: dict[str, Callable[[], object]]) -> Iterator[None]:
    """Run the undo steps still pending, newest first, whatever happened (their answers are checked too)."""
    try:
        yield
    finally:
        for name in reversed(list(pending)):
            pending.pop(name)()


def _own_message_id(checker: Checker, chat: str, sent: Any) -> str | None:
    """The id of the text just sent: from the answer, or (Wawp's ``{sent, upstream_status}`` ack carries
    none) the newest message of the own chat written by us."""
    from wawp_emulator.engines.read import message_id

    found = message_id(sent)
    if found is not None:
        return found
    newest = checker.call(
        "chatMessagesList", "GET", f"/chats/{chat}/messages", params={"limit": 1, "filter.fromMe": True}
    )
    if isinstance(newest, list) and newest and isinstance(newest[0], dict) and newest[0].get("body") == TEXT:
        return str(newest[0]["id"])
    return None


def test_safe_writes_to_the_own_account(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]) -> None:
    if not request.config.getoption("--allow-writes"):
        pytest.skip("writes are off (add --allow-writes to check them; see the README's warning)")
    credentials = live_credentials()
    base_url = str(request.config.getoption("--base-url")).rstrip("/")
    with httpx.Client(base_url=base_url, params=credentials, timeout=30.0) as http:
        checker = Checker(http)
        me = checker.call("sessionMe", "GET", "/session/me")
        if not isinstance(me, dict) or not str(me.get("id", "")).endswith("@c.us"):
            pytest.fail(f"the session has no own number to write to (is it WORKING?): {redact(str(me))[:200]}")
        chat = str(me["id"])
        pending: dict[str, Callable[[], object]] = {}
        with _undo_on_exit(pending):
            sent = checker.call("sendText", "POST", "/send", params={"chatId": chat, "message": TEXT})
            message_id = _own_message_id(checker, chat, sent)
            if message_id is None:
                checker.problems.append("sendText: no message id in the answer nor in the own chat; star skipped")
            else:
                pending["message"] = lambda: checker.call(
                    "chatMessageDelete", "DELETE", f"/chats/{chat}/messages/{message_id}"
                )
                star = {"chatId": chat, "messageId": message_id}
                pending["star"] = lambda: checker.call("messageStar", "PUT", "/star", params={**star, "star": False})
                checker.call("messageStar", "PUT", "/star", params={**star, "star": True})
                pending.pop("star")()
            pending["typing"] = lambda: checker.call("stopTyping", "POST", "/stopTyping", params={"chatId": chat})
            checker.call("startTyping", "POST", "/startTyping", params={"chatId": chat})
            pending.pop("typing")()
            label = checker.call("labelCreate", "POST", "/labels", json={"name": LABEL, "colorHex": "#64c4ff"})
            if isinstance(label, dict) and label.get("id") is not None:
                checker.call("labelDelete", "DELETE", f"/labels/{label['id']}")
    report = redact("\n".join(checker.log + [f"PROBLEM {p}" for p in checker.problems]))
    REPORTS.mkdir(exist_ok=True)
    written = REPORTS / live_report("-writes.txt")
    written.write_text(report + "\n", encoding="utf-8")
    with capsys.disabled():
        print(f"\ncontract[live-writes]: {len(checker.log)} calls, {len(checker.problems)} problems")
    assert secrets_in(report, *credentials.values()) == []
    assert checker.problems == [], f"the real API and the spec disagree on writes; see {written}"
