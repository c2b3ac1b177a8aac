"""The generated models, one module each; ``wawp_client.models`` imports each on first use."""
