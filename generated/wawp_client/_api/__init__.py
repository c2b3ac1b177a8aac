# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
"""The generated layer under the facade (openapi-python-client): endpoint modules and request models.

Nothing is imported here: the endpoint modules import their client classes themselves, and
``import wawp_client`` then loads neither attrs nor the generated client (see ``types.py``).
"""
