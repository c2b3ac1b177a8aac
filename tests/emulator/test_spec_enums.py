"""The names the emulator renders (``ackName``, presences) are the spec's closed request enums: the
handlers map the validated values straight onto the store's tables, so the two must agree."""

from __future__ import annotations

from wawp_emulator.spec import load_spec
from wawp_emulator.state.messages import ACK_NAMES
from wawp_emulator.state.presence import PRESENCES, normalize_presence


def _enum(operation_id: str, name: str) -> list[str]:
    [op] = [op for op in load_spec() if op.operation_id == operation_id]
    [param] = [p for p in op.query if p.name == name]
    return list(param.schema["enum"])


def test_the_ack_filter_names_the_levels_in_order() -> None:
    assert _enum("chatMessagesList", "filter.ack") == [ACK_NAMES[level] for level in sorted(ACK_NAMES)]
    assert sorted(ACK_NAMES) == [-1, 0, 1, 2, 3, 4]


def test_every_presence_the_spec_accepts_is_one_the_store_knows() -> None:
    accepted = _enum("presenceSet", "presence")
    assert {normalize_presence(value) for value in accepted} == set(PRESENCES)
