"""Every operation of the spec and the names it goes by, for the tests that walk the whole facade.

The client itself never needs this table, so it is not shipped in ``generated/``: it is computed here the
way the generator computes the facade (``generator.facade.collect`` over the spec and the installed
package's generated endpoint modules), so it cannot drift from what the facade really offers.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import wawp_client
import yaml

from generator.facade import collect
from generator.naming import pythonic

__all__ = ["OPERATIONS", "Operation"]

SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "openapi.yaml"


class Operation(NamedTuple):
    """One operation: its HTTP method and path, its generated module under ``wawp_client._api.api``, its
    dotted facade path, facade argument -> generated argument names (``arguments``), and the keyword arguments
    gathered into the JSON body (``body_fields``)."""

    method: str
    path: str
    module: str
    facade: str
    arguments: dict[str, str]
    body_fields: tuple[str, ...]


def _inventory() -> dict[str, Operation]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    api = Path(wawp_client.__file__).parent / "_api"
    found = {
        op.operation_id: Operation(
            method=op.method,
            path=op.path,
            module=op.module,
            facade=".".join((pythonic(op.tag), *op.facade)),
            arguments={p.name: p.generated for p in op.params if not p.in_body},
            body_fields=tuple(p.name for p in op.params if p.in_body),
        )
        for root in collect(spec, api).values()
        for namespace in root.walk()
        for op in namespace.operations.values()
    }
    return dict(sorted(found.items()))


OPERATIONS: dict[str, Operation] = _inventory()
