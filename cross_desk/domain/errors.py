"""Errors the domain raises; each carries a message meant for the user."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the unit's work was broken. ``str(err)`` is fit to show a user."""


class ValidationError(DomainError):
    """One field holds a value the unit cannot record.

    ``field`` names the attribute (as in the domain type) so forms can put the message
    beside the right input.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(DomainError):
    """The record asked for does not exist (or was deleted)."""


class Conflict(DomainError):
    """Someone else changed the record since it was read, or a unique value is taken."""


class DatabaseUnavailable(DomainError):
    """The database cannot be reached, opened or written."""
