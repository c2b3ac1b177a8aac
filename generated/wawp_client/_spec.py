# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.
"""Facts the runtime takes from the spec: version, base URLs, auth exceptions."""

PACKAGE_VERSION = "4.1.0.post1"
DEFAULT_BASE_URL = "https://wawp.net/wp-json/awp/v1"
# The root of each API version (a client speaks the version its base URL ends with).
BASE_URLS: dict[str, str] = {"v1": "https://wawp.net/wp-json/awp/v1", "v2": "https://api.wawp.net/v2"}
# Paths (under their version"s root) whose operations authenticate with the access token alone.
TOKEN_ONLY_PATHS: tuple[str, ...] = (
    "/createSession",
    "/session/create",
)
