# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
"""The generated layer under the facade (openapi-python-client): request builders and models.

Nothing is imported here: ``import wawp_client`` loads neither attrs nor a model (see ``types.py``); each
endpoint module is imported by its facade method, each model on first use (``wawp_client.models``).
"""
