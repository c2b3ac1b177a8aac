"""One module per tag; imported on first use."""
