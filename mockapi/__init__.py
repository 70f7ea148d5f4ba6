"""A Mistral-faithful HTTP API for tests and for readers: bodies, codes and models from catalog/."""
