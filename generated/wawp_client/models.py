"""The request and response models (attrs classes), re-exported from the generated layer.

Importing this module loads every model; ``import wawp_client`` alone loads none, which keeps the
package cheap to import. Build request bodies from here, e.g.
``client.groups.create(body=models.GroupCreateBody(name="Team", participants=[...]))``.
"""

from ._api.models import *  # noqa: F403
from ._api.models import __all__ as __all__
