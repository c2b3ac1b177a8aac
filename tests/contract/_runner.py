"""Run schemathesis' engine (all phases) and condense its events into the figures the pipeline reports."""

from __future__ import annotations

import collections
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from schemathesis import engine
from schemathesis.engine import Status, events

ROOT = Path(__file__).resolve().parents[2]
_SECRET_QUERY = re.compile(r"((?:instance_id|access_token)=)[^&\s\"']*")


def redact(text: str) -> str:
    """Mask the credentials in any URL in ``text`` (failure reports quote the requests they sent)."""
    return _SECRET_QUERY.sub(r"\1[Filtered]", text)


REPORTS = ROOT / "reports"


@dataclass
class Summary:
    """What one schemathesis run tried and found."""

    name: str
    operations: set[str]
    tested: set[str] = field(default_factory=set)
    cases: collections.Counter[str] = field(default_factory=collections.Counter)
    checks: int = 0
    failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def untested(self) -> list[str]:
        return sorted(self.operations - self.tested)

    def render(self) -> str:
        phases = ", ".join(f"{phase} {n}" for phase, n in sorted(self.cases.items()))
        lines = [
            f"contract[{self.name}]: operations covered {len(self.tested & self.operations)}/{len(self.operations)}, "
            f"schemathesis cases {sum(self.cases.values())} ({phases}), checks {self.checks}, "
            f"failures {len(self.failures)}, errors {len(self.errors)}",
            *(f"  FAILURE {f}" for f in self.failures),
            *(f"  ERROR {e}" for e in self.errors),
            *(f"  UNTESTED {op}" for op in self.untested),
        ]
        return redact("\n".join(lines))


def run(schema: Any, name: str, progress: Callable[[str], None] | None = None) -> Summary:
    """Execute every configured phase against ``schema``'s target and summarise the result.

    ``progress`` gets a line as each phase starts and every 20 scenarios (a run takes minutes).
    """
    summary = Summary(name=name, operations={f"{op.method.upper()} {op.path}" for op in _operations(schema)})
    phase: str | None = None
    started = time.monotonic()
    scenarios = 0
    for event in engine.from_schema(schema).execute():
        if isinstance(event, events.PhaseStarted):
            phase = event.phase.name.value
            if progress is not None:
                progress(f"contract[{name}] {phase} phase, {time.monotonic() - started:.0f} s in")
        elif isinstance(event, events.ScenarioFinished) and event.recorder is not None:
            _record(summary, phase or "?", event)
            scenarios += 1
            if progress is not None and scenarios % 20 == 0:
                progress(
                    f"contract[{name}] {scenarios} scenarios, {sum(summary.cases.values())} cases, "
                    f"{len(summary.failures)} failures, {time.monotonic() - started:.0f} s"
                )
        elif isinstance(event, events.NonFatalError):
            summary.errors.append(redact(f"{event.label}: {event.info.message}"))
        elif isinstance(event, events.FatalError):
            summary.errors.append(f"fatal: {event.exception!r}")
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / f"contract-{name}.txt").write_text(summary.render() + "\n", encoding="utf-8")
    return summary


def _operations(schema: Any) -> list[Any]:
    return [result.ok() for result in schema.get_all_operations()]


def _record(summary: Summary, phase: str, event: Any) -> None:
    recorder = event.recorder
    summary.cases[phase] += len(recorder.cases)
    if phase != "stateful" and recorder.cases:
        summary.tested.add(recorder.label)
    for case_id, checks in recorder.checks.items():
        summary.checks += len(checks)
        for check in checks:
            if check.status == Status.FAILURE and check.failure_info is not None:
                failure = check.failure_info.failure
                node = recorder.cases.get(case_id)
                where = recorder.label if node is None else node.value.operation.label
                answer = _answer(recorder.interactions.get(case_id))
                summary.failures.append(redact(f"[{phase}] {where}: {check.name}: {failure.title}{answer}"))


def _answer(interaction: Any) -> str:
    """The status and the start of the body the server answered (schemathesis sanitises the request)."""
    if interaction is None or interaction.response is None:
        return ""
    request = interaction.request
    sent = (request.body or b"")[:200].decode("utf-8", "replace") if isinstance(request.body, bytes) else ""
    body = (interaction.response.content or b"")[:200].decode("utf-8", "replace")
    return f" | sent {request.method} {request.uri} {sent} -> {interaction.response.status_code} {body}"
