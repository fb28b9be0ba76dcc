"""Domain messages in the interface language.

The domain raises English messages (they also reach logs and the CLI). The desk shows them
translated: fixed messages are looked up as they are; messages with a value in them match a
pattern whose translation puts the value back (``{0}``, ``{1}``…). Anything unknown is shown as
raised, so a new message is never lost, only untranslated.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_C = "DomainMessages"

FIXED: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("DomainMessages", "A location needs a name, an address or a city."),
    QT_TRANSLATE_NOOP("DomainMessages", "Cash seized cannot be negative."),
    QT_TRANSLATE_NOOP("DomainMessages", "A closed case needs its closing date."),
    QT_TRANSLATE_NOOP("DomainMessages", "A day needs a month."),
    QT_TRANSLATE_NOOP("DomainMessages", "Only a deal point has a deal-point status."),
    QT_TRANSLATE_NOOP("DomainMessages", "A status date needs a status."),
    QT_TRANSLATE_NOOP("DomainMessages", "Give both latitude and longitude, or neither."),
    QT_TRANSLATE_NOOP("DomainMessages", "Latitude must be between -90 and 90."),
    QT_TRANSLATE_NOOP("DomainMessages", "Longitude must be between -180 and 180."),
    QT_TRANSLATE_NOOP("DomainMessages", "A phone needs a number or an IMEI."),
    QT_TRANSLATE_NOOP("DomainMessages", "A phone number is required."),
    QT_TRANSLATE_NOOP("DomainMessages", "A registration plate is required."),
    QT_TRANSLATE_NOOP("DomainMessages", "A vehicle needs a plate or a VIN."),
    QT_TRANSLATE_NOOP("DomainMessages", "A tip needs its text."),
    QT_TRANSLATE_NOOP("DomainMessages", "A tip from a source needs a sanitised wording that others may read."),
    QT_TRANSLATE_NOOP("DomainMessages", "A tip from an informant needs its source."),
    QT_TRANSLATE_NOOP("DomainMessages", "The tip's source is not a recorded source."),
    QT_TRANSLATE_NOOP("DomainMessages", "A seized quantity must be more than zero."),
    QT_TRANSLATE_NOOP("DomainMessages", "A seizure needs at least one thing seized."),
    QT_TRANSLATE_NOOP("DomainMessages", "A person needs a surname, a given name or an alias."),
    QT_TRANSLATE_NOOP("DomainMessages", "The number of vehicles cannot be negative."),
    QT_TRANSLATE_NOOP("DomainMessages", "The number of weapons cannot be negative."),
    QT_TRANSLATE_NOOP("DomainMessages", "A record cannot be linked to itself."),
    QT_TRANSLATE_NOOP(
        "DomainMessages", "Someone else changed this record since you opened it; reopen it to see their changes."
    ),
    QT_TRANSLATE_NOOP("DomainMessages", "This case was changed by someone else since you opened it; reopen it."),
    QT_TRANSLATE_NOOP("DomainMessages", "No such case."),
    QT_TRANSLATE_NOOP("DomainMessages", "No such record (it may have been deleted)."),
    QT_TRANSLATE_NOOP("DomainMessages", "No such record."),
    QT_TRANSLATE_NOOP("DomainMessages", "No deleted record with this id."),
    QT_TRANSLATE_NOOP("DomainMessages", "This record no longer exists."),
    QT_TRANSLATE_NOOP("DomainMessages", "One end of the link no longer exists."),
    QT_TRANSLATE_NOOP("DomainMessages", "That codename is already taken."),
    QT_TRANSLATE_NOOP("DomainMessages", "That case reference is already taken."),
    QT_TRANSLATE_NOOP("DomainMessages", "A record this change refers to no longer exists."),
    QT_TRANSLATE_NOOP("DomainMessages", "This change clashes with records already stored; nothing was saved."),
    QT_TRANSLATE_NOOP("DomainMessages", "A case reference is required."),
    QT_TRANSLATE_NOOP("DomainMessages", "A case title is required."),
    QT_TRANSLATE_NOOP("DomainMessages", "A name is required."),
    QT_TRANSLATE_NOOP("DomainMessages", "A codename is required."),
)

#: (pattern, English template) — the template is what the catalogue translates
PATTERNS: tuple[tuple[str, str], ...] = (
    (
        r"^'(.*)' is not a country code \(FR, ES, BE…\)\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "'{0}' is not a country code (FR, ES, BE…)."),
    ),
    (
        r"^'(.*)' is not a date: write 1994, 03/1994 or 12/03/1994\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "'{0}' is not a date: write 1994, 03/1994 or 12/03/1994."),
    ),
    (r"^Month (\d+) does not exist\.$", QT_TRANSLATE_NOOP("DomainMessages", "Month {0} does not exist.")),
    (r"^Year (\d+) is out of range\.$", QT_TRANSLATE_NOOP("DomainMessages", "Year {0} is out of range.")),
    (r"^(\S+) does not exist\.$", QT_TRANSLATE_NOOP("DomainMessages", "{0} does not exist.")),
    (
        r"^'(.*)' is not a valid IMEI: its check digit is wrong\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "'{0}' is not a valid IMEI: its check digit is wrong."),
    ),
    (
        r"^'(.*)' is not an IMEI: it must have 15 digits\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "'{0}' is not an IMEI: it must have 15 digits."),
    ),
    (
        r"^'(.*)' has the wrong number of digits for a phone number\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "'{0}' has the wrong number of digits for a phone number."),
    ),
    (r"^'(.*)' is not a phone number\.$", QT_TRANSLATE_NOOP("DomainMessages", "'{0}' is not a phone number.")),
    (
        r"^'(.*)' is not a registration plate\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "'{0}' is not a registration plate."),
    ),
    (
        r"^'(.*)' is not a French SIV plate: SIV uses no I, O or U and no 000\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "'{0}' is not a French SIV plate: SIV uses no I, O or U and no 000."),
    ),
    (
        r"^'(.*)' is not a French plate \(SIV AB-123-CD or FNI 1234 AB 75\); for a foreign plate choose its country\.$",
        QT_TRANSLATE_NOOP(
            "DomainMessages",
            "'{0}' is not a French plate (SIV AB-123-CD or FNI 1234 AB 75); for a foreign plate choose its country.",
        ),
    ),
    (
        r"^'(.*)' is not a VIN: 17 letters and digits, without I, O or Q\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "'{0}' is not a VIN: 17 letters and digits, without I, O or Q."),
    ),
    (r"^A grade is required \(.*\)\.$", QT_TRANSLATE_NOOP("DomainMessages", "A grade is required: choose both parts.")),
    (
        r"^'(.*)' is not a .* grade.*$",
        QT_TRANSLATE_NOOP("DomainMessages", "'{0}' is not a grade of the scheme in use."),
    ),
    # DuplicateKey (one template per key: French agrees the words with each one's gender)
    (
        r"^Plate (.*) is already recorded: open it\?$",
        QT_TRANSLATE_NOOP("DomainMessages", "Plate {0} is already recorded: open it?"),
    ),
    (
        r"^VIN (.*) is already recorded: open it\?$",
        QT_TRANSLATE_NOOP("DomainMessages", "VIN {0} is already recorded: open it?"),
    ),
    (
        r"^Phone number (.*) is already recorded: open it\?$",
        QT_TRANSLATE_NOOP("DomainMessages", "Phone number {0} is already recorded: open it?"),
    ),
    (
        r"^IMEI (.*) is already recorded: open it\?$",
        QT_TRANSLATE_NOOP("DomainMessages", "IMEI {0} is already recorded: open it?"),
    ),
    (
        r"^Codename (.*) is already recorded: open it\?$",
        QT_TRANSLATE_NOOP("DomainMessages", "Codename {0} is already recorded: open it?"),
    ),
    (
        r"^Plate (.*) is given to two records being saved together\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "Plate {0} is given to two records being saved together."),
    ),
    (
        r"^VIN (.*) is given to two records being saved together\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "VIN {0} is given to two records being saved together."),
    ),
    (
        r"^Phone number (.*) is given to two records being saved together\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "Phone number {0} is given to two records being saved together."),
    ),
    (
        r"^IMEI (.*) is given to two records being saved together\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "IMEI {0} is given to two records being saved together."),
    ),
    (
        r"^Codename (.*) is given to two records being saved together\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "Codename {0} is given to two records being saved together."),
    ),
    (
        r"^The (.*) date \((.*)\) is before the start \((.*)\)\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "The date ({1}) is before the start ({2})."),
    ),
    (
        r"^This field holds (\d+) characters; the limit is (\d+)\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "This field holds {0} characters; the limit is {1}."),
    ),
    (
        r"^A case with reference '(.*)' already exists\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "A case with reference '{0}' already exists."),
    ),
    (r"^No case with reference '(.*)'\.$", QT_TRANSLATE_NOOP("DomainMessages", "No case with reference '{0}'.")),
    (
        r"^Your role \((.*)\) does not allow this \((.*)\)\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "Your role ({0}) does not allow this ({1})."),
    ),
    (
        r"^(\d+) of the records to add no longer exist\.$",
        QT_TRANSLATE_NOOP("DomainMessages", "{0} of the records to add no longer exist."),
    ),
    (
        r"^The database could not be used: (.*)$",
        QT_TRANSLATE_NOOP("DomainMessages", "The database could not be used: {0}"),
    ),
)

_COMPILED = [(re.compile(p), template) for p, template in PATTERNS]
_WORDS = {  # values that are themselves words of the interface
    "plate": QT_TRANSLATE_NOOP("DomainMessages", "plate"),
    "number": QT_TRANSLATE_NOOP("DomainMessages", "number"),
    "IMEI": QT_TRANSLATE_NOOP("DomainMessages", "IMEI"),
    "codename": QT_TRANSLATE_NOOP("DomainMessages", "codename"),
}


def translate(message: str) -> str:
    """``message`` from the domain, in the interface language."""
    translated = QCoreApplication.translate(_C, message)
    if translated != message or message in FIXED:
        return translated
    for pattern, template in _COMPILED:
        m = pattern.match(message)
        if m:
            values = [QCoreApplication.translate(_C, _WORDS[v]) if v in _WORDS else v for v in m.groups()]
            out = QCoreApplication.translate(_C, template)
            for i, value in enumerate(values):
                out = out.replace("{" + str(i) + "}", value)
            return out
    return message
