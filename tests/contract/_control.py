"""The control API's own contract run: schemathesis against ``/_emulator/openapi.json``, in-process.

The API run (``test_in_process.py``) checks what the emulated Wawp answers; this one checks the
control API the tests and the typed mirror drive (reset, clock, webhooks, faults, journals and the
per-instance actions). Its requests reach the app the way the emulator's own in-process client does:
under the emulator's in-process host name (``Emulator.base_url``), without an ``Origin``, with JSON
bodies, so the control guard lets them through unchanged.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import schemathesis

CONTROL_SPEC = "/_emulator/openapi.json"
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
GENERIC_ACTION_UNCHECKED = ["negative_data_rejection", "positive_data_acceptance"]
"""The checks runAction (``/actions/{name}``) skips. It shares its URLs with the 33 action operations:
routing sends a registered name to that action's own operation, whose body schema is another one.
Its spec says so (``name`` is ``not`` a registered name), but a negative case sends a registered name
on purpose and the stateful phase feeds it the names ``listActions`` returns; either request is then
judged against the generic body schema while the action's own schema decides it (``session.unlink``
with ``{}`` is 200, ``group.create_remote`` with ``{}`` is 400). Its answers are still checked
(server errors, status, content type, response schema); the data checks run on each action's own
operation."""


def webhook_transport() -> httpx.MockTransport:
    """Where the emulators of the control runs deliver webhooks: a 204 at once, in-process.

    addWebhook gets schemathesis' invented URLs and drainWebhooks (or closing the emulator) sends what
    is queued; answered here, the run reaches no network and waits for no retries.
    """
    return httpx.MockTransport(lambda request: httpx.Response(204))


def control_schema(emulator: Any, config: Any) -> Any:
    """The control spec loaded from ``emulator``'s app, configured for the control run (on a copy of
    ``config``: the API runs share it)."""
    config = copy.deepcopy(config)
    from schemathesis.config import OperationConfig
    from wawp_emulator.control.guard import IN_PROCESS_HOSTNAME

    schema = schemathesis.openapi.from_asgi(CONTROL_SPEC, emulator.app, config=config)
    # Every case addresses the emulator's instance: invented ids would only ever meet 404 unknown_instance,
    # and the actions would never run (the stateful phase still creates and uses other instances).
    instance = {"path.instance_id": emulator.instance_id}
    schema.config.update(base_url=f"http://{IN_PROCESS_HOSTNAME}", parameters=instance)
    schema.config.checks.update(included_check_names=CHECKS)
    schema.config.checks.positive_data_acceptance.expected_statuses = ACCEPTED
    off = {name: {"enabled": False} for name in GENERIC_ACTION_UNCHECKED}
    generic = OperationConfig.from_dict({"include-operation-id": "runAction", "checks": off})
    generic.checks.update(excluded_check_names=GENERIC_ACTION_UNCHECKED)  # (explicit: outranks the list above)
    schema.config.operations.operations.append(generic)
    return schema
