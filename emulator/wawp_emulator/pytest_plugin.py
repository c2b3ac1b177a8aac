"""The pytest plugin (registered through the ``pytest11`` entry point): emulator fixtures.

- ``emulator``: a fresh in-process :class:`~wawp_emulator.emulator.Emulator` per test, strict, with
  contract violations raised at once and checked again at teardown. Override the
  ``wawp_emulator_options`` fixture (a dict of ``Emulator`` keyword arguments) to change it.
- ``wawp_emulator_engine``: the engine the ``emulator`` imitates: the ``wawp_emulator_engine`` ini
  option (default ``GOWS``, Wawp's engine). To run a suite on every engine, override it in a
  conftest with ``@pytest.fixture(params=wawp_emulator.testing.ENGINE_NAMES)`` returning
  ``request.param``.
- ``emulator_client``: the generated ``wawp_client.Wawp`` bound to that emulator in-process (no
  sockets); skipped when ``wawp_client`` is not installed.
- ``emulator_http``: a plain ``httpx.Client`` on the emulated API, credentials included.
- ``emulator_server``: the emulator served on 127.0.0.1 (a real port, for webhooks and other
  languages); the value is the API base URL.
- ``webhook_sink``: a running :class:`~wawp_emulator.testing.WebhookSink` that
  checks signatures against ``webhook_sink.secret``, and each event's signed timestamp against the
  ``emulator``'s (virtual) clock; give its ``url`` and ``secret`` to ``emulator.add_webhook(...)``.

The helpers the fixtures use, importable without pytest, are in :mod:`wawp_emulator.testing`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from wawp_emulator.engines import DEFAULT_ENGINE, ENGINE_NAMES, engine_name
from wawp_emulator.testing import SINK_SECRET, WebhookSink, make_client

if TYPE_CHECKING:
    import httpx

    from wawp_emulator.emulator import Emulator

__all__ = [
    "emulator",
    "emulator_client",
    "emulator_http",
    "emulator_server",
    "wawp_emulator_engine",
    "wawp_emulator_options",
    "webhook_sink",
]

INI_ENGINE = "wawp_emulator_engine"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        INI_ENGINE,
        f"engine the emulator fixture imitates: {', '.join(ENGINE_NAMES)} (default {DEFAULT_ENGINE})",
        default=DEFAULT_ENGINE,
    )


@pytest.fixture
def wawp_emulator_engine(pytestconfig: pytest.Config) -> str:
    """The engine of the ``emulator`` fixture (the ``wawp_emulator_engine`` ini option; override to parametrize)."""
    try:
        return engine_name(pytestconfig.getini(INI_ENGINE))
    except ValueError as exc:
        raise pytest.UsageError(f"{INI_ENGINE}: {exc}") from None


@pytest.fixture
def wawp_emulator_options() -> dict[str, Any]:
    """Keyword arguments for the ``emulator`` fixture's ``Emulator`` (override in a conftest)."""
    return {}


@pytest.fixture
def emulator(wawp_emulator_options: dict[str, Any], wawp_emulator_engine: str) -> Iterator[Emulator]:
    from wawp_emulator.emulator import Emulator

    options = {
        "seed": 0,
        "strict": True,
        "raise_on_violation": True,
        "engine": wawp_emulator_engine,
        **wawp_emulator_options,
    }
    emu = Emulator(**options)
    try:
        yield emu
    finally:
        emu.close()
    if emu.violations:
        details = "\n".join(f"{v['operationId']} -> {v['status']}: {'; '.join(v['problems'])}" for v in emu.violations)
        pytest.fail(f"the emulator broke its own spec:\n{details}", pytrace=False)


@pytest.fixture
def emulator_http(emulator: Emulator) -> Iterator[httpx.Client]:
    with emulator.client() as client:
        yield client


@pytest.fixture
def emulator_server(emulator: Emulator) -> Iterator[str]:
    with emulator.serve_in_thread() as url:
        yield url


@pytest.fixture
def emulator_client(emulator: Emulator) -> Iterator[Any]:
    pytest.importorskip("wawp_client")
    client = make_client(emulator)
    try:
        yield client
    finally:
        close = getattr(client, "close", None)
        if callable(close):
            close()


@pytest.fixture
def webhook_sink(emulator: Emulator) -> Iterator[WebhookSink]:
    """A running sink that checks signatures against ``webhook_sink.secret`` (use it as the ``hmac_key``), and
    the age of each event on the ``emulator``'s clock (the one its events are stamped with)."""
    with WebhookSink(secret=SINK_SECRET, now=emulator.world.clock.now) as sink:
        yield sink
