"""Use cases: the only API the GUI and the CLI call. Owns transactions and, later, permissions."""

from cross_desk.services.facade import Services

__all__ = ["Services"]
