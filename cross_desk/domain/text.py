"""Text a record may hold: what both databases store and give back byte for byte.

PostgreSQL refuses the NUL character in text, and neither database can encode a lone UTF-16
surrogate (a Python string can carry one, from undecodable command-line bytes or a broken paste).
Both are refused here, in the domain, with a message for the user, so that SQLite and PostgreSQL
behave alike and nothing reaches the store half-written. Everything else is ordinary text,
stored and read back intact: quotes, ``%``, ``_``, ``\\``, right-to-left overrides, zero-width
characters, emoji.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Any

from cross_desk.domain.errors import ValidationError

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def check_text(field_name: str, value: object) -> None:
    """Refuse (``ValidationError`` on ``field_name``) a text neither database can store."""
    if not isinstance(value, str):
        return
    found = _UNSTORABLE.search(value)
    if found is None:
        return
    where = found.start() + 1
    if found.group() == "\x00":
        raise ValidationError(
            field_name, f"This field contains a NUL character (at position {where}), which cannot be recorded."
        )
    raise ValidationError(
        field_name, f"This field contains an invalid character (at position {where}), which cannot be recorded."
    )


def nfc(text: str) -> str:
    """``text`` in Unicode's composed form (NFC): "Müller" typed with a combining diaeresis (as
    macOS file names and some pastes hold it) becomes the same string as "Müller" typed with
    "ü", so that the two count, sort, group and match as one."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def check_text_fields(record: Any) -> None:
    """``check_text`` on every text field of a dataclass, and on each text of its lists; then
    each of them put in NFC, in place. Every record's ``validate`` starts here, so every text
    the store keeps is composed alike (the domain's edge: forms, imports and the CLI all pass
    through ``validate``)."""
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str):
            check_text(f.name, value)
            setattr(record, f.name, nfc(value))
        elif isinstance(value, list):
            for item in value:
                check_text(f.name, item)
            value[:] = [nfc(item) if isinstance(item, str) else item for item in value]
        elif isinstance(value, tuple):
            for item in value:
                check_text(f.name, item)
            setattr(record, f.name, tuple(nfc(item) if isinstance(item, str) else item for item in value))


def reference_key(reference: str) -> str:
    """The one folding under which two case references are the same reference.

    NFKC then case-folding (and NFKC again, as case-folding can un-normalise): "ÉTÉ-NORD",
    "été-nord" and a decomposed "e\u0301te\u0301-nord" share a key, so do "ДЕЛО-1" and "дело-1".
    The store keeps it in a column with a unique index, so finding a case, refusing a taken
    reference and noticing another team's restricted case all compare the same thing, in Python,
    never with the database's ``lower()`` (SQLite's folds only ASCII).
    """
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", reference.strip()).casefold())


def escaped(text: str) -> str:
    """``text`` with every character that is not printable (controls such as CR and LF, bidi
    overrides, zero-width characters, lone surrogates) written as ``\\uXXXX``: safe to print on
    one line of a terminal or a message, and showing what it holds."""
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def quoted(value: str, limit: int = 40) -> str:
    """A value as a message quotes it back: between quotes, invisible characters (controls,
    bidi overrides, zero-width) made visible as ``\\uXXXX``, cut after ``limit`` characters. A
    10 000-character paste or a right-to-left override must not swamp or garble the message."""
    shown = escaped(value[: limit + 1])
    if len(value) > limit:
        shown = shown[:limit] + "…"
    return f"'{shown}'"


# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI) and the two marks:
# they reorder what follows them, so a name can read differently from what it holds.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def displayable(text: str) -> str:
    """A label as lists, charts and reports show it: bidi controls written as ``\\uXXXX``, so a
    right-to-left override can neither reverse a name on screen nor hide what it holds. The
    record itself keeps its text intact; search still finds it."""
    if not _BIDI_CONTROLS.search(text):
        return text
    return _BIDI_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
