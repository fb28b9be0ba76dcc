"""What a store failure tells the user: the clash, never the row."""

from __future__ import annotations

import pytest

from cross_desk.store.unit_of_work import _integrity_message


@pytest.mark.parametrize(
    ("driver_text", "said"),
    [
        (
            'update or delete on table "source" violates foreign key constraint "source_identity_source_id_fkey" '
            'on table "source_identity"\nDETAIL: Key (id)=(…) is still referenced from table "source_identity".',
            "A record this change refers to no longer exists.",
        ),
        ("FOREIGN KEY constraint failed", "A record this change refers to no longer exists."),
        ('duplicate key value violates unique constraint "ix_case_reference"', "That case reference is already taken."),
        ("UNIQUE constraint failed: source.codename", "That codename is already taken."),
        ("something else", "This change clashes with records already stored; nothing was saved."),
    ],
)
def test_integrity_messages(driver_text: str, said: str) -> None:
    assert _integrity_message(driver_text) == said
