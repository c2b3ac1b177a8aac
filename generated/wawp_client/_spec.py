# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""Facts the runtime takes from the spec: version, base URL, auth exceptions."""

PACKAGE_VERSION = "4.0.0"
DEFAULT_BASE_URL = "https://wawp.net/wp-json/awp/v1"
# Paths whose operations authenticate with the access token alone (no instance id).
TOKEN_ONLY_PATHS: tuple[str, ...] = ("/createSession",)
