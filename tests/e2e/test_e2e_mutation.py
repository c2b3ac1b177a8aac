"""Client/spec drift is caught: a client that sends a wrong parameter name fails against the emulator.

The mutation is a transport wrapper that renames the ``chatId`` query parameter to ``chat_id`` (a
plausible generator slip: the Python name instead of the wire name). The emulator validates every
request against the spec, so the mutated client gets ``400 rest_missing_callback_param`` where the
real client succeeds.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import wawp_client
from e2e_support import PEER, PEER_CHAT, make_async_client
from wawp_emulator.emulator import Emulator
from wawp_emulator.testing import make_client


class RenameQueryParam(httpx.BaseTransport):
    """Forwards every request with one query parameter renamed (the mutation)."""

    def __init__(self, inner: httpx.BaseTransport, old: str, new: str) -> None:
        self.inner, self.old, self.new = inner, old, new
        self.renamed = 0

    def mutate(self, request: httpx.Request) -> None:
        pairs = request.url.params.multi_items()
        if any(name == self.old for name, _ in pairs):
            self.renamed += 1
            request.url = request.url.copy_with(
                params=httpx.QueryParams([(self.new if name == self.old else name, value) for name, value in pairs])
            )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.mutate(request)
        return self.inner.handle_request(request)


class AsyncRenameQueryParam(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, old: str, new: str) -> None:
        self.sync = RenameQueryParam(httpx.MockTransport(lambda r: httpx.Response(500)), old, new)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sync.mutate(request)
        return await self.inner.handle_async_request(request)


CALLS: list[tuple[str, str, dict[str, Any]]] = [
    ("sendText", "send_text", {"chat_id": PEER, "message": "drift"}),
    ("startTyping", "start_typing", {"chat_id": PEER_CHAT}),
    ("messageGet", "get", {"chat_id": PEER_CHAT, "message_id": "true_201234567890@c.us_3EB0000000000000000A"}),
]


@pytest.mark.parametrize(("operation_id", "method", "kwargs"), CALLS, ids=[c[0] for c in CALLS])
def test_a_client_sending_a_wrong_parameter_name_fails_with_bad_request(
    emulator: Emulator, retry_sleeps: list[float], operation_id: str, method: str, kwargs: dict[str, Any]
) -> None:
    mutation = RenameQueryParam(emulator.transport(), "chatId", "chat_id")
    with make_client(emulator, transport=mutation) as mutated, pytest.raises(wawp_client.BadRequestError) as caught:
        getattr(mutated.messages, method)(**kwargs)
    assert mutation.renamed == 1
    assert caught.value.status_code == 400 and caught.value.code == "rest_missing_callback_param"
    assert caught.value.body["data"]["params"] == ["chatId"]
    journal = [r for r in emulator.requests if r.operation_id == operation_id]
    assert [(r.status, "chat_id" in r.query, "chatId" in r.query) for r in journal] == [(400, True, False)]
    assert retry_sleeps == []  # a 400 is final


def test_the_same_calls_pass_without_the_mutation(client: wawp_client.Wawp, emulator: Emulator) -> None:
    sent = client.messages.send_text(chat_id=PEER, message="no drift")
    assert client.messages.start_typing(chat_id=PEER_CHAT).result is True
    assert client.messages.get(chat_id=PEER_CHAT, message_id=sent.id).body == "no drift"
    assert [r.status for r in emulator.requests] == [200, 200, 200]


async def test_the_async_client_with_the_mutation_fails_too(emulator: Emulator, retry_sleeps: list[float]) -> None:
    mutation = AsyncRenameQueryParam(emulator.async_transport(), "chatId", "chat_id")
    client = make_async_client(emulator, transport=mutation)
    try:
        with pytest.raises(wawp_client.BadRequestError) as caught:
            await client.messages.send_text(chat_id=PEER, message="drift")
    finally:
        await client.close()
    assert caught.value.code == "rest_missing_callback_param" and mutation.sync.renamed == 1
