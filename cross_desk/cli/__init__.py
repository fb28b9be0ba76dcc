"""The use cases from a terminal: ``cross-desk`` (or ``python -m cross_desk``)."""
