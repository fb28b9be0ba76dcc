"""The fonts embedded in every PDF, and what Arabic names need to print right.

DejaVu Sans covers French, Latin extended, Cyrillic and Arabic (resources/fonts/README.md).
The standard PDF fonts (Helvetica…) cover none of these beyond Latin-1, so a report never uses
them: one missing glyph would print a black box in the middle of a suspect's name.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from cross_desk.domain.errors import DomainError
from cross_desk.domain.text import displayable
from cross_desk.shipped import RESOURCES

SANS = "CrossDesk-Sans"
SANS_BOLD = "CrossDesk-Sans-Bold"
NARROW = "CrossDesk-SansCondensed"
NARROW_BOLD = "CrossDesk-SansCondensed-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    NARROW: "DejaVuSansCondensed.ttf",
    NARROW_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
#: Where to look, in order: an override, the project's resources, then the system's copy.
FONT_DIR_ENV = "CROSS_DESK_FONT_DIR"
_PROJECT_FONTS = RESOURCES / "fonts"
_SYSTEM_FONTS = Path("/usr/share/fonts/truetype/dejavu")

_lock = threading.Lock()
_registered = False
#: characters every one of the four fonts has a glyph for (filled by ``register``)
_drawable: frozenset[int] = frozenset()

#: What a PDF prints for a character no report font can draw (an emoji, a rare script): the
#: Unicode replacement character, which DejaVu Sans draws as a diamond with a question mark. No
#: emoji font is shipped (nor could reportlab embed a colour one), and an empty box reads as a
#: blank: the mark says that something is there that the PDF cannot show (README, "Using it").
MISSING_GLYPH = "\ufffd"


def _presentation_form(code: int) -> bool:
    """Arabic and Hebrew presentation forms: the contextual glyphs (initial, medial, final,
    ligatures such as lam-alef) that shaping draws instead of the letters typed."""
    return 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for one subset, but a presentation form maps back to the
    letters it stands for (its NFKC form: U+FEE3 "ﻣ" → U+0645 "م", U+FEFB "ﻻ" → "لا")."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({font_name})",
        f"/Ordering ({font_name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
    ]
    for i, code in enumerate(subset):
        text = unicodedata.normalize("NFKC", chr(code)) if _presentation_form(code) else chr(code)
        lines.append(f"<{i:02X}> <{_utf16_hex(text) if code else '0000'}>")
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class _ExtractableFont(TTFont):
    """A TrueType font whose shaped Arabic copies and searches as the letters typed.

    Shaping draws contextual glyphs, and reportlab's ToUnicode map names each glyph by the code
    point the font gives it: the presentation forms (U+FExx), so text copied or extracted from
    the PDF held "ﻣﺤﻤﺪ", which no search for "محمد" finds. This rewrites the map reportlab has
    just made, once per subset, when the document is written; the glyphs drawn are unchanged.
    """

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if not any(_presentation_form(code) for code in subset):
                continue  # reportlab's own map is already right
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = _to_unicode_cmap(base, subset)


class FontsMissing(DomainError):
    """The report fonts are not installed with the application."""


def font_dir() -> Path:
    candidates = [Path(p) for p in (os.environ.get(FONT_DIR_ENV),) if p]
    candidates += [_PROJECT_FONTS, _SYSTEM_FONTS]
    for folder in candidates:
        if all((folder / name).is_file() for name in _FILES.values()):
            return folder
    raise FontsMissing(
        f"The report fonts (DejaVu Sans) are missing: expected them in {_PROJECT_FONTS}. Reinstall the application."
    )


def register() -> None:
    """Register the fonts with reportlab once per process (reports may run on worker threads)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        global _drawable
        folder = font_dir()
        covered: set[int] | None = None
        for name, filename in _FILES.items():
            font = _ExtractableFont(name, str(folder / filename))
            pdfmetrics.registerFont(font)
            cmap = set(font.face.charToGlyph)
            covered = cmap if covered is None else covered & cmap
        _drawable = frozenset(covered or ())
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
        pdfmetrics.registerFontFamily(NARROW, normal=NARROW, bold=NARROW_BOLD, italic=NARROW, boldItalic=NARROW_BOLD)
        _registered = True


def printable(text: str) -> str:
    """``text`` as every PDF prints it (cells, paragraphs, page headers, chart labels).

    Bidi controls are written as ``\\uXXXX`` (``domain.text.displayable``, as lists and the
    dossier's labels show them), so a right-to-left override can neither reverse nor hide
    what follows it; a character no report font can draw becomes ``MISSING_GLYPH``; a tab is a
    space and a carriage return is dropped (line breaks are the ``\\n``).
    """
    text = displayable(text)
    if text.isascii() and text.isprintable():
        return text
    register()
    out = []
    for c in text:
        if ord(c) in _drawable or c == "\n":
            out.append(c)
        elif c in "\t\r":
            out.append(" " if c == "\t" else "")
        else:
            out.append(MISSING_GLYPH)
    return "".join(out)


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def needs_shaping(text: str) -> bool:
    """True when ``text`` holds right-to-left letters (Arabic, Hebrew) that need shaping."""
    return any(_is_rtl(c) for c in text if ord(c) >= 0x0590)


def _word_is_rtl(word: str) -> bool:
    for char in word:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def visual_order(text: str) -> str:
    """Put runs of right-to-left words in display order (reportlab lays words left to right).

    Each word keeps its logical letters: harfbuzz shapes and orders the letters of one word.
    Without this, "محمد بن علي" would print with its words in reverse reading order.
    """
    if not needs_shaping(text):
        return text
    words = text.split(" ")
    out: list[str] = []
    run: list[str] = []
    for word in words:
        if _word_is_rtl(word):
            run.append(word)
            continue
        if run:
            out.extend(reversed(run))
            run = []
        out.append(word)
    out.extend(reversed(run))
    return " ".join(out)
