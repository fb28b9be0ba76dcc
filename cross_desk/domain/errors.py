"""Errors the domain raises; each carries a message meant for the user."""

from __future__ import annotations

from uuid import UUID


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


class DuplicateKey(ValidationError, Conflict):
    """A unique identifier (plate, VIN, number, IMEI, codename) is held by another live record.

    Both a ValidationError (forms put it beside ``field``) and a Conflict (the database's unique
    index refused it, possibly after a race the application's own check could not see).
    ``existing_id`` is the record holding the value, for the "open it?" offer; None when the
    clash was within what was being saved.
    """

    def __init__(self, field: str, what: str, shown: str, existing_id: UUID | None) -> None:
        if existing_id is None:
            message = f"{what} {shown} is given to two records being saved together."
        else:
            message = f"{what} {shown} is already recorded: open it?"
        super().__init__(field, message)
        self.what = what
        self.shown = shown
        self.existing_id = existing_id


class DatabaseUnavailable(DomainError):
    """The database cannot be reached, opened or written."""
