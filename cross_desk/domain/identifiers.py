"""Identifiers an investigator types: phone numbers, plates, IMEI, VIN, and search folding.

Each ``normalise_*`` returns the stored form or raises ValidationError with a message fit for
the user; each ``format_*`` gives the form the unit reads.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from stdnum import imei as stdnum_imei
from stdnum.exceptions import ValidationError as StdnumError

from cross_desk.domain.errors import ValidationError
from cross_desk.domain.text import quoted

DEFAULT_PHONE_REGION = "FR"


# --- phones -------------------------------------------------------------------------------


def normalise_phone(text: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """Return the E.164 form (``+33612345678``) of a number typed in any common way."""
    raw = (text or "").strip()
    if not raw:
        raise ValidationError("number", "A phone number is required.")
    candidate = raw
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    try:
        parsed = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        raise ValidationError("number", f"{quoted(raw)} is not a phone number.") from None
    # "possible" rather than "valid": new ranges and numbers reserved for fiction are missing
    # from phonenumbers' metadata, yet the unit must be able to record them.
    if not phonenumbers.is_possible_number(parsed):
        raise ValidationError("number", f"{quoted(raw)} has the wrong number of digits for a phone number.")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """National format for French numbers (``06 12 34 56 78``), international otherwise."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if parsed.country_code == 33:
        digits = "0" + str(parsed.national_number)
        return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def try_normalise_phone(text: str) -> str | None:
    try:
        return normalise_phone(text)
    except ValidationError:
        return None


# --- IMEI and VIN -------------------------------------------------------------------------


def normalise_imei(text: str) -> str:
    """Return the 15 digits of an IMEI after checking its Luhn digit."""
    raw = (text or "").strip()
    digits = re.sub(r"[\s./-]", "", raw)
    if not digits.isdigit() or len(digits) != 15:
        raise ValidationError("imei", f"{quoted(raw)} is not an IMEI: it must have 15 digits.")
    try:
        stdnum_imei.validate(digits)
    except StdnumError:
        raise ValidationError("imei", f"{quoted(raw)} is not a valid IMEI: its check digit is wrong.") from None
    return digits


_VIN_RE = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


def normalise_vin(text: str) -> str:
    raw = (text or "").strip()
    vin = re.sub(r"[\s-]", "", raw).upper()
    if not _VIN_RE.match(vin):
        raise ValidationError("vin", f"{quoted(raw)} is not a VIN: 17 letters and digits, without I, O or Q.")
    return vin


# --- plates -------------------------------------------------------------------------------

_SIV_RE = re.compile(r"^([A-Z]{2})(\d{3})([A-Z]{2})$")
# FNI (before 2009): 1-4 digits, 1-3 letters, then a department (2 digits, 2A/2B, or 3 digits
# overseas).
_FNI_RE = re.compile(r"^(\d{1,4})([A-Z]{1,3})(\d{2}|2A|2B|97\d)$")
_SIV_FORBIDDEN = set("IOU")


def _plate_chars(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", _strip_accents(text).upper())


def normalise_plate(text: str, country: str = "FR") -> str:
    """Stored form: French plates as bare letters and digits, foreign plates as typed.

    Foreign plates keep their spacing and punctuation (upper-cased, trimmed) because their
    national formats are not ours to guess.
    """
    raw = (text or "").strip()
    if not raw:
        raise ValidationError("plate", "A registration plate is required.")
    country = (country or "FR").strip().upper()
    if country != "FR":
        if not re.search(r"[A-Z0-9]", raw.upper()):
            raise ValidationError("plate", f"{quoted(raw)} is not a registration plate.")
        return re.sub(r"\s+", " ", raw.upper())
    chars = _plate_chars(raw)
    siv = _SIV_RE.match(chars)
    if siv:
        letters = siv.group(1) + siv.group(3)
        if _SIV_FORBIDDEN & set(letters) or siv.group(2) == "000":
            raise ValidationError(
                "plate",
                f"{quoted(raw)} is not a French SIV plate: SIV uses no I, O or U and no 000.",
            )
        return chars
    if _FNI_RE.match(chars):
        return chars
    raise ValidationError(
        "plate",
        f"{quoted(raw)} is not a French plate (SIV AB-123-CD or FNI 1234 AB 75); "
        "for a foreign plate choose its country.",
    )


def format_plate(stored: str, country: str = "FR") -> str:
    if (country or "FR").upper() != "FR":
        return stored
    siv = _SIV_RE.match(stored)
    if siv:
        return f"{siv.group(1)}-{siv.group(2)}-{siv.group(3)}"
    fni = _FNI_RE.match(stored)
    if fni:
        return f"{fni.group(1)} {fni.group(2)} {fni.group(3)}"
    return stored


# --- folding for search -------------------------------------------------------------------


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FOLD_EXTRA = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d"})


def fold(text: str) -> str:
    """Fold text for matching: no accents, no case, no spaces or punctuation.

    "Ben Ali" and "Benali", "Müller" and "MULLER", "AB-123-CD" and "ab 123 cd" fold alike.
    Letters of other scripts (Arabic, Cyrillic) are kept, lower-cased.
    """
    # Compatibility decomposition can reveal capitals ("𝕊" → "S"), so case-fold after it too.
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold()).casefold().translate(_FOLD_EXTRA)
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))
