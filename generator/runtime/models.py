"""Every model by name: what calls return, request bodies and their parts, enums, webhook events.

The result models (``wawp_client._outputs``, read tolerantly: see ``wawp_client._models.BaseModel``)
take precedence over the generated attrs classes of the same name, which remain the request side
(``GroupCreateBody``, ``ParticipantRef``...) and the webhook events. Importing this module loads every
model; ``import wawp_client`` alone loads none, which keeps the package cheap to import.
"""

from ._api.models import *  # noqa: F403
from ._api.models import __all__ as _request_models
from ._outputs import *  # noqa: F403
from ._outputs import __all__ as _result_models

__all__ = sorted(set(_request_models) | set(_result_models))
