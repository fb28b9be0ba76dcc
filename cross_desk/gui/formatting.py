"""Dates, numbers, money and weights as the user's language writes them (QLocale)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from cross_desk.domain.kinds import QuantityUnit
from cross_desk.gui import labels


def _locale() -> QLocale:
    return QLocale()  # the default locale, set by i18n when the language changes


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qdatetime(moment: datetime) -> QDateTime:
    local = moment.astimezone() if moment.tzinfo else moment
    return QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute, local.second))


def day(value: date | datetime | None) -> str:
    """A date in the locale's short form (26/11/2026, 11/26/26…)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return _locale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)


def moment(value: datetime | None) -> str:
    """A date and time in the locale's short form, in the workstation's time zone."""
    if value is None:
        return ""
    return _locale().toString(to_qdatetime(value), QLocale.FormatType.ShortFormat)


def number(value: Decimal | float | int, decimals: int | None = None) -> str:
    """A number with the locale's separators; Decimal keeps its own decimals unless told."""
    loc = _locale()
    if isinstance(value, int) and not isinstance(value, bool):
        return loc.toString(value)
    if isinstance(value, Decimal):
        value = value.normalize()
        if decimals is None:
            exponent = value.as_tuple().exponent
            decimals = max(0, -exponent) if isinstance(exponent, int) else 0
        return loc.toString(float(value), "f", decimals)
    return loc.toString(float(value), "f", 2 if decimals is None else decimals)


def quantity(value: Decimal, unit: QuantityUnit) -> str:
    """ "1,25 kg", "40 units" — the unit translated."""
    return f"{number(value)}\u00a0{labels.label(unit)}"


def money(value: Decimal) -> str:
    """Euros in the locale's currency format, cents only when there are some."""
    cents = value != value.to_integral_value()
    return _locale().toCurrencyString(float(value), "€", 2 if cents else 0)


def parse_number(text: str) -> float | None:
    """A number typed with the locale's separators (or a dot); None if it is not one."""
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    if not raw:
        return None
    value, ok = _locale().toDouble(raw)
    if ok:
        return value
    value, ok = QLocale.c().toDouble(raw.replace(",", "."))
    return value if ok else None
