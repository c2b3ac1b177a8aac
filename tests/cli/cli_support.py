"""The ``wawp`` command-line tests' helpers: click's runner on the in-process emulator, no sockets.

The CLI takes its client factory, ``sleep`` and clock from click's ``obj`` (a ``Runtime``); here the
factory binds the client to the emulator's in-process transport and ``sleep`` advances the emulator's
virtual clock, so the login flow's waits, QR rotations and timeouts happen without waiting. A module of
its own (not ``conftest``) so that test files import it by a name no other test directory uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from click.testing import CliRunner, Result
from wawp_client.cli import Runtime, Settings, cli
from wawp_emulator.emulator import Emulator
from wawp_emulator.testing import make_client


@dataclass
class Phone:
    """Virtual time for ``wawp login`` plus what the user's phone does at a given second of waiting."""

    emulator: Emulator
    actions: dict[int, Callable[[], Any]] = field(default_factory=dict)
    waited: float = 0.0

    def sleep(self, seconds: float) -> None:
        self.emulator.advance(seconds)
        self.waited += seconds
        for second in [s for s in self.actions if s <= self.waited]:
            self.actions.pop(second)()

    def monotonic(self) -> float:
        return self.waited

    def control(self, instance_id: str, action: str, body: dict[str, Any] | None = None) -> Any:
        """``POST /_emulator/instances/{id}/actions/{action}``: the control API, over the in-process transport."""
        root = self.emulator.base_url.removesuffix(self.emulator.spec.base_path)
        with httpx.Client(transport=self.emulator.transport()) as http:
            answer = http.post(f"{root}/_emulator/instances/{instance_id}/actions/{action}", json=body or {})
        assert answer.status_code == 200, answer.text
        return answer.json()


@dataclass
class Wawp:
    """Runs ``wawp ARGS`` against the emulator, with the emulator's credentials in the environment."""

    emulator: Emulator
    phone: Phone
    on_listening: Callable[[str], None] | None = None

    def factory(self, settings: Settings) -> Any:
        extra = {"timeout": settings.timeout} if settings.timeout is not None else {}
        return make_client(self.emulator, instance_id=settings.instance_id, access_token=settings.access_token, **extra)

    def __call__(self, *args: str, env: dict[str, str | None] | None = None) -> Result:
        runtime = Runtime(
            client_factory=self.factory,
            sleep=self.phone.sleep,
            monotonic=self.phone.monotonic,
            now=self.emulator.world.clock.now,
            on_listening=self.on_listening,
        )
        environment: dict[str, str | None] = {
            "WAWP_INSTANCE_ID": self.emulator.instance_id,
            "WAWP_ACCESS_TOKEN": self.emulator.access_token,
            "WAWP_BASE_URL": None,
            **(env or {}),
        }
        return CliRunner().invoke(cli, list(args), obj=runtime, env=environment, prog_name="wawp")
