"""The control API's own contract run: schemathesis against ``/_emulator/openapi.json``, in-process.

The API run (``test_in_process.py``) checks what the emulated Wawp answers; this one checks the
control API the tests and the typed mirror drive (reset, clock, webhooks, faults, journals and the
per-instance actions). Its requests reach the app the way the emulator's own in-process client does:
under the emulator's in-process host name (``Emulator.base_url``), without an ``Origin``, with JSON
bodies, so the control guard lets them through unchanged.
"""

from __future__ import annotations

from typing import Any

import schemathesis

CONTROL_SPEC = "/_emulator/openapi.json"
CONTROL_OPERATIONS = 52
CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "unsupported_method",
]
"""What the control run checks. Left out: the auth checks (the control API declares no security: its
token is a deployment option, off in-process), header checks (it has no header parameters), and the
stateful checks (its spec has no links)."""
ACCEPTED = ["2xx", "404", "409", "422"]
"""Valid requests the world's state refuses: 404 an instance, message, group or fault that does not
exist (schemathesis invents ids), 409 the clock is not manual or a label is missing, 422 the session
is not WORKING (the actions that need it say so)."""


def control_schema(emulator: Any, config: Any) -> Any:
    """The control spec loaded from ``emulator``'s app, configured for the control run."""
    from wawp_emulator.control.guard import IN_PROCESS_HOSTNAME

    schema = schemathesis.openapi.from_asgi(CONTROL_SPEC, emulator.app, config=config)
    schema.config.update(base_url=f"http://{IN_PROCESS_HOSTNAME}")
    schema.config.checks.update(included_check_names=CHECKS)
    schema.config.checks.positive_data_acceptance.expected_statuses = ACCEPTED
    return schema
