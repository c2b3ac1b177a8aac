"""The generated layer under the facade (openapi-python-client): endpoint modules and request models.

Nothing is imported here: the endpoint modules import their client classes themselves, and
``import wawp_client`` then loads neither attrs nor the generated client (see ``types.py``).
"""
