"""Fixtures of the ``wawp`` command-line tests (the helpers are in ``cli_support``)."""

from __future__ import annotations

import pytest
from cli_support import Phone, Wawp
from wawp_emulator.emulator import Emulator


@pytest.fixture
def phone(emulator: Emulator) -> Phone:
    return Phone(emulator)


@pytest.fixture
def wawp(emulator: Emulator, phone: Phone) -> Wawp:
    return Wawp(emulator, phone)
