"""Fixtures of the contract run: the emulator under test, the schemathesis config, the live-mode switch."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--base-url",
        default=None,
        help="live mode: run the read-only checks against this Wawp base URL "
        "(credentials from WAWP_INSTANCE_ID / WAWP_ACCESS_TOKEN)",
    )
    parser.addoption(
        "--engine",
        action="append",
        type=str.upper,
        choices=["GOWS", "WEBJS", "NOWEB"],
        help="run the emulator runs on this engine profile only (repeatable; default: every engine)",
    )
    parser.addoption(
        "--allow-writes",
        action="store_true",
        default=False,
        help="live mode: also make a few writes aimed only at the account itself (a text to its own number, "
        "star/unstar, typing on/off, a label created then deleted), check them and clean up",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--allow-writes") and config.getoption("--base-url") is None:
        raise pytest.UsageError("--allow-writes needs --base-url (it adds writes to the live mode)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Live mode runs only the live test; the emulator run skips it."""
    live = config.getoption("--base-url") is not None
    for item in items:
        if ("live" in item.keywords) != live:
            reason = "emulator run only" if live else "live mode only (`nox -s contract -- --base-url URL`)"
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture
def credentials_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Test credentials for the emulator, exported where schemathesis.toml reads them."""
    values = {"instance_id": "C0FFEE000001", "access_token": "contract-test-token-0001"}
    monkeypatch.setenv("WAWP_CONTRACT_INSTANCE_ID", values["instance_id"])
    monkeypatch.setenv("WAWP_CONTRACT_ACCESS_TOKEN", values["access_token"])
    yield values


@pytest.fixture
def contract_config(credentials_env: dict[str, str]) -> Any:
    from contract_support import CONFIG
    from schemathesis.config import SchemathesisConfig

    return SchemathesisConfig.from_path(str(CONFIG))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests taking ``engine`` run once per engine profile (``--engine`` narrows the list)."""
    if "engine" in metafunc.fixturenames:
        from wawp_emulator.engines import ENGINE_NAMES

        chosen = metafunc.config.getoption("--engine") or list(ENGINE_NAMES)
        metafunc.parametrize("engine", chosen)


@pytest.fixture
def emulator(credentials_env: dict[str, str], engine: str) -> Iterator[Any]:
    """A strict in-process emulator imitating ``engine``; every case starts from its seeded world (see
    contract_hooks)."""
    import contract_hooks
    from wawp_emulator.emulator import Emulator

    emu = Emulator(seed=7, strict=True, webhook_delivery="manual", engine=engine, **credentials_env)
    contract_hooks.use_reset(emu.reset)
    try:
        yield emu
    finally:
        contract_hooks.use_reset(None)
        emu.close()
