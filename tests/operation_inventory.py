"""Every operation of both descriptions and the names it goes by, for the tests that walk the whole facade.

The client itself never needs this table, so it is not shipped in ``generated/``: it is computed here the
way the generator computes the facade (``generator.facade.collect`` over the v1 and v2 descriptions combined
as ``generator.combine`` does, and the installed package's generated endpoint modules), so it cannot drift
from what the facade really offers. ``OPERATIONS`` holds v1's routes, ``V2_OPERATIONS`` v2's, each by the
operationId of its own description.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import wawp_client
import yaml

from generator.combine import combine
from generator.facade import collect

__all__ = ["OPERATIONS", "V2_OPERATIONS", "V2_SPEC_PATH", "Operation"]

SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "openapi.yaml"
V2_SPEC_PATH = SPEC_PATH.parent / "v2" / "openapi.yaml"


class Operation(NamedTuple):
    """One version's route of an operation: its HTTP method and path (as its description writes it), its generated
    module under ``wawp_client._api.api``, its dotted facade path, facade argument -> generated argument names
    (``arguments``), the keyword arguments gathered into the JSON body (``body_fields``), and every keyword
    argument of the facade method (``signature``: both versions' arguments, the call options left out)."""

    method: str
    path: str
    module: str
    facade: str
    arguments: dict[str, str]
    body_fields: tuple[str, ...]
    signature: frozenset[str]


def _inventory() -> dict[str, dict[str, Operation]]:
    spec = combine(
        yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")), yaml.safe_load(V2_SPEC_PATH.read_text(encoding="utf-8"))
    )
    api = Path(wawp_client.__file__).parent / "_api"
    found: dict[str, dict[str, Operation]] = {"v1": {}, "v2": {}}
    for root in collect(spec, api).values():
        for namespace in root.walk():
            for method in namespace.operations.values():
                for version, op in method.routes.items():
                    found[version][op.operation_id] = Operation(
                        method=op.method,
                        path=op.path,
                        module=op.module,
                        facade=method.dotted,
                        arguments={p.name: p.generated for p in op.params if not p.in_body},
                        body_fields=tuple(p.name for p in op.params if p.in_body),
                        signature=frozenset(p.name for p in method.params),
                    )
    return {version: dict(sorted(routes.items())) for version, routes in found.items()}


_ROUTES = _inventory()
OPERATIONS: dict[str, Operation] = _ROUTES["v1"]
V2_OPERATIONS: dict[str, Operation] = _ROUTES["v2"]
