"""Dates as the unit knows them: sometimes only a year, sometimes a month."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from cross_desk.domain.errors import ValidationError
from cross_desk.domain.text import quoted

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_FRENCH = re.compile(r"^(?:(\d{1,2})[/.](?=\d{1,2}[/.]))?(?:(\d{1,2})[/.])?(\d{4})$")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day (a birth date "born in 1994")."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1850 <= self.year <= 2200:
            raise ValidationError("date", f"Year {self.year} is out of range.")
        if self.month is None and self.day is not None:
            raise ValidationError("date", "A day needs a month.")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError("date", f"Month {self.month} does not exist.")
        if self.day is not None:
            try:
                date(self.year, self.month or 1, self.day)
            except ValueError:
                raise ValidationError("date", f"{self.day:02d}/{self.month:02d}/{self.year} does not exist.") from None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``1994``, ``1994-03``, ``1994-03-12``, ``03/1994`` or ``12/03/1994``."""
        raw = (text or "").strip()
        m = _ISO.match(raw)
        if m:
            return cls(int(m.group(1)), _opt(m.group(2)), _opt(m.group(3)))
        m = _FRENCH.match(raw)
        if m:
            return cls(int(m.group(3)), _opt(m.group(2)), _opt(m.group(1)))
        raise ValidationError("date", f"{quoted(raw)} is not a date: write 1994, 03/1994 or 12/03/1994.")

    def iso(self) -> str:
        """Stored form: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (sorts as text)."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out

    def display(self) -> str:
        if self.day is not None:
            return f"{self.day:02d}/{self.month:02d}/{self.year}"
        if self.month is not None:
            return f"{self.month:02d}/{self.year}"
        return str(self.year)

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        return self.display()


def _opt(group: str | None) -> int | None:
    return int(group) if group else None


def years_later(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check_order(field: str, start: date | None, end: date | None, what: str = "end") -> None:
    """Raise when an end date comes before its start date."""
    if start is not None and end is not None and end < start:
        raise ValidationError(field, f"The {what} date ({end:%d/%m/%Y}) is before the start ({start:%d/%m/%Y}).")


def aware(moment: datetime) -> datetime:
    """A moment with its time zone: naive input is taken as the workstation's local time."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.astimezone()
    return moment


def local_moment(moment: datetime, field: str = "") -> datetime:
    """A date and time the user typed, as a moment: naive input is the workstation's local time.

    Refused (``ValidationError`` on ``field``) when that wall-clock time does not exist: the
    hour skipped when clocks go forward (02:30 on the last Sunday of March in Europe/Paris).
    Python would quietly move it an hour, so the record would say something nobody typed.
    A time that happens twice (clocks going back) exists: it is the first of the two, unless
    ``fold=1`` asks for the second.
    """
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        return moment
    placed = moment.astimezone()
    if placed.astimezone().replace(tzinfo=None) != moment:  # a skipped time comes back moved
        raise ValidationError(
            field,
            f"{moment:%d/%m/%Y %H:%M} does not exist in local time (the clocks went forward that night): "
            "give an hour before or after the change.",
        )
    return placed


def now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)
