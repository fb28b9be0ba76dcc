"""Grading of intelligence ("cotation"): one type, several schemes.

A tip stores its grade as a short code (``"B2"`` for the Admiralty code, ``"B35"`` for the UK
5×5×5); the scheme in force is a setting. Screens and reports ask the scheme for the choices
and their meanings instead of hard-coding letters.
"""

from __future__ import annotations

from dataclasses import dataclass

from cross_desk.domain.errors import ValidationError
from cross_desk.domain.text import quoted


@dataclass(frozen=True, slots=True)
class GradeAxis:
    """One independent part of a grade: its name and ordered (code, meaning) choices."""

    name: str
    choices: tuple[tuple[str, str], ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.choices)

    def meaning(self, code: str) -> str:
        for c, text in self.choices:
            if c == code:
                return text
        raise KeyError(code)


@dataclass(frozen=True, slots=True)
class GradingScheme:
    key: str
    title: str
    axes: tuple[GradeAxis, ...]
    #: grade of a report whose author is unknown (a public report)
    unknown_source_default: str

    def parse(self, grade: str) -> tuple[str, ...]:
        """Split and check a grade code; raise ValidationError naming what is wrong."""
        text = (grade or "").strip().upper().replace(" ", "").replace("/", "")
        if not text:
            raise ValidationError("grade", f"A grade is required ({self.describe_format()}).")
        parts: list[str] = []
        rest = text
        for axis in self.axes:
            code = rest[:1]
            if code not in axis.codes:
                raise ValidationError(
                    "grade",
                    f"{quoted(grade)} is not a {self.title} grade: {axis.name} must be one of {', '.join(axis.codes)}.",
                )
            parts.append(code)
            rest = rest[1:]
        if rest:
            raise ValidationError("grade", f"{quoted(grade)} is not a {self.title} grade ({self.describe_format()}).")
        return tuple(parts)

    def normalise(self, grade: str) -> str:
        return "".join(self.parse(grade))

    def describe_format(self) -> str:
        return " + ".join(f"{a.name} {a.codes[0]}–{a.codes[-1]}" for a in self.axes)

    def meanings(self, grade: str) -> tuple[str, ...]:
        return tuple(axis.meaning(code) for axis, code in zip(self.axes, self.parse(grade), strict=True))


ADMIRALTY = GradingScheme(
    key="admiralty",
    title="Admiralty (6×6)",
    axes=(
        GradeAxis(
            "source reliability",
            (
                ("A", "completely reliable"),
                ("B", "usually reliable"),
                ("C", "fairly reliable"),
                ("D", "not usually reliable"),
                ("E", "unreliable"),
                ("F", "reliability cannot be judged"),
            ),
        ),
        GradeAxis(
            "information credibility",
            (
                ("1", "confirmed by other sources"),
                ("2", "probably true"),
                ("3", "possibly true"),
                ("4", "doubtful"),
                ("5", "improbable"),
                ("6", "truth cannot be judged"),
            ),
        ),
    ),
    unknown_source_default="F6",
)

UK_5X5X5 = GradingScheme(
    key="uk_5x5x5",
    title="UK 5×5×5",
    axes=(
        GradeAxis(
            "source evaluation",
            (
                ("A", "always reliable"),
                ("B", "mostly reliable"),
                ("C", "sometimes reliable"),
                ("D", "unreliable"),
                ("E", "untested source"),
            ),
        ),
        GradeAxis(
            "intelligence assessment",
            (
                ("1", "known to be true without reservation"),
                ("2", "known personally to the source but not to the officer"),
                ("3", "not personally known to the source but corroborated"),
                ("4", "cannot be judged"),
                ("5", "suspected to be false or malicious"),
            ),
        ),
        GradeAxis(
            "handling code",
            (
                ("1", "may be shared with law-enforcement and prosecuting agencies"),
                ("2", "may be shared with UK non-prosecuting agencies"),
                ("3", "may be shared with non-UK law-enforcement agencies"),
                ("4", "may be disseminated within the originating agency only"),
                ("5", "no further dissemination: refer to the originator"),
            ),
        ),
    ),
    unknown_source_default="E44",
)

UK_3X5X2 = GradingScheme(
    key="uk_3x5x2",
    title="UK 3×5×2",
    axes=(
        GradeAxis(
            "source evaluation",
            (("1", "reliable"), ("2", "untested"), ("3", "not reliable")),
        ),
        GradeAxis(
            "intelligence assessment",
            (
                ("A", "known directly to the source"),
                ("B", "known indirectly to the source but corroborated"),
                ("C", "known indirectly to the source"),
                ("D", "not known"),
                ("E", "suspected to be false"),
            ),
        ),
        GradeAxis(
            "handling code",
            (("P", "lawful sharing permitted"), ("C", "lawful sharing permitted with conditions")),
        ),
    ),
    unknown_source_default="2DC",
)

SCHEMES: dict[str, GradingScheme] = {s.key: s for s in (ADMIRALTY, UK_5X5X5, UK_3X5X2)}


def scheme(key: str) -> GradingScheme:
    try:
        return SCHEMES[key]
    except KeyError:
        raise ValidationError(
            "grading_scheme",
            f"Unknown grading scheme '{key}'; known: {', '.join(SCHEMES)}.",
        ) from None
