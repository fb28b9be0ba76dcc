"""What every report shares: A4 pages with the marking above and below, "page X of Y", a
contents page, paragraph and table styles, and a PDF that appears whole or not at all.

The document is laid out in ONE pass. reportlab's usual recipe for "page X of Y" and a table of
contents (``multiBuild``) lays everything out two or three times; here the canvas keeps each
finished page, and only when the last page is known does it write the page furniture, the
contents page numbers, the bookmarks and the links. The contents page does not depend on those
numbers (one line per section), so nothing moves once they are known.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cross_desk.domain.errors import DomainError
from cross_desk.domain.text import quoted
from cross_desk.reports import fonts
from cross_desk.reports.i18n import NBSP, Words
from cross_desk.reports.model import PrintOptions, Progress

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
BODY_W = PAGE_W - 2 * MARGIN_X
BODY_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#9aa3ad")
HEAD_FILL = colors.HexColor("#1f3a5f")
ZEBRA = colors.HexColor("#eef2f6")
MARKING_INK = colors.HexColor("#8b1a1a")

#: Space a heading needs below it (its first lines of content), else it starts the next page.
HEADING_ROOM = 45 * mm


class ReportError(DomainError):
    """The report cannot be written (path, disk, permissions)."""


# --- styles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    toc: ParagraphStyle


def make_styles() -> Styles:
    fonts.register()
    # No widows or orphans: a paragraph never leaves a single line behind or ahead of a break.
    base = ParagraphStyle(
        "body",
        fontName=fonts.SANS,
        fontSize=9.5,
        leading=12.5,
        textColor=INK,
        allowWidows=0,
        allowOrphans=0,
        spaceAfter=4,
    )
    cell = ParagraphStyle(
        "cell", parent=base, fontName=fonts.NARROW, fontSize=8, leading=9.8, spaceAfter=0, splitLongWords=1
    )
    return Styles(
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        note=ParagraphStyle("note", parent=base, fontSize=8, leading=10, textColor=MUTED, spaceBefore=3),
        h1=ParagraphStyle(
            "h1",
            parent=base,
            fontName=fonts.SANS_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=4,
            spaceAfter=8,
            textColor=HEAD_FILL,
            # No keepWithNext: reportlab would keep the heading with the WHOLE table that follows,
            # pushing every long section to a new page; ``section`` reserves room instead.
        ),
        h2=ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.SANS_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        cover_title=ParagraphStyle(
            "cover_title",
            parent=base,
            fontName=fonts.SANS_BOLD,
            fontSize=22,
            leading=28,
            alignment=TA_CENTER,
            spaceAfter=10,
        ),
        cover_line=ParagraphStyle("cover_line", parent=base, fontSize=12, leading=16, alignment=TA_CENTER),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.NARROW_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        # Column titles wrap between words only: "Véhicule-s" split across lines reads as a typo.
        head=ParagraphStyle("head", parent=cell, fontName=fonts.NARROW_BOLD, textColor=colors.white, splitLongWords=0),
        toc=ParagraphStyle("toc", parent=base, fontSize=11, leading=20),
    )


_shaped_styles: dict[str, ParagraphStyle] = {}


def shaped_style(style: ParagraphStyle) -> ParagraphStyle:
    """The same style with harfbuzz shaping on: only for text that needs it (it is slower)."""
    found = _shaped_styles.get(style.name)
    if found is None:
        found = ParagraphStyle(style.name + "-shaped", parent=style)
        found.shaping = 1  # type: ignore[attr-defined]
        _shaped_styles[style.name] = found
    return found


def markup(text: str) -> str:
    """Plain text made safe for a Paragraph, line breaks kept, « guillemets » kept with their word;
    bidi controls shown and undrawable characters marked (``fonts.printable``)."""
    text = fonts.printable(text).replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return escape(text).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle, *, raw: bool = False) -> Paragraph:
    """A paragraph of plain ``text`` (or reportlab markup when ``raw``), shaped if it holds Arabic."""
    if fonts.needs_shaping(text):
        return Paragraph(fonts.visual_order(text if raw else markup(text)), shaped_style(style))
    return Paragraph(text if raw else markup(text), style)


#: Table cells that fit on one line are drawn as plain strings, far cheaper than paragraphs;
#: benchmarks flip this to measure the all-paragraph way.
PLAIN_TEXT_CELLS = True
_CELL_PAD = 6  # left + right padding of a cell, points


def cell(text: str, style: ParagraphStyle, width: float) -> Any:
    """A table cell: a plain string when it fits on one line, else a wrapping paragraph."""
    shown = fonts.printable(text)  # what para's markup would make of it
    if (
        PLAIN_TEXT_CELLS
        and "\n" not in shown
        and style.alignment == 0
        and not fonts.needs_shaping(shown)
        and stringWidth(shown, style.fontName, style.fontSize) <= width - _CELL_PAD
    ):
        return shown
    return para(text, style)


# --- tables ------------------------------------------------------------------------------


def data_table(
    styles: Styles,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    bold_last: bool = False,
) -> Table:
    """A table that splits across pages with its header row repeated; long text wraps.

    ``widths`` are fractions of the body width; cells may be text (wrapped as needed) or
    flowables. Columns in ``right`` are right-aligned (figures).
    """
    col_w = [BODY_W * w for w in widths]
    head = [para(h, _right(styles.head) if i in right else styles.head) for i, h in enumerate(headers)]
    body: list[list[Any]] = [head]
    last = len(rows)
    for n, row in enumerate(rows, 1):
        style = styles.cell_bold if bold_last and n == last else styles.cell
        out = []
        for i, value in enumerate(row):
            if isinstance(value, str):
                if i in right:
                    out.append(para(value, styles.cell_right if style is styles.cell else _right(styles.cell_bold)))
                else:
                    out.append(cell(value, style, col_w[i]))
            else:
                out.append(value)
        body.append(out)
    table = Table(body, colWidths=col_w, repeatRows=1, splitByRow=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.NARROW, styles.cell.fontSize, styles.cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ]
    if bold_last and rows:
        commands += [("FONT", (0, -1), (-1, -1), fonts.NARROW_BOLD), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    for i in right:
        commands.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


_right_styles: dict[str, ParagraphStyle] = {}


def _right(style: ParagraphStyle) -> ParagraphStyle:
    found = _right_styles.get(style.name)
    if found is None:
        found = _right_styles[style.name] = ParagraphStyle(style.name + "-right", parent=style, alignment=TA_RIGHT)
    return found


def key_value_table(
    styles: Styles, pairs: Sequence[tuple[str, str]], label_width: float = 0.3, width: float = 1.0, large: bool = False
) -> Table:
    col_w = [BODY_W * width * label_width, BODY_W * width * (1 - label_width)]
    label, value = styles.cell_bold, styles.cell
    if large:
        label = ParagraphStyle("kv-label", parent=styles.body, fontName=fonts.SANS_BOLD, spaceAfter=0)
        value = ParagraphStyle("kv-value", parent=styles.body, spaceAfter=0)
    rows = [[para(k, label), para(v or "—", value)] for k, v in pairs]
    table = Table(rows, colWidths=col_w, hAlign="LEFT" if width == 1.0 else "CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.NARROW, 8),  # else reportlab names Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


# --- headings and contents ------------------------------------------------------------------


class Heading(Paragraph):
    """A section title: listed in the contents, bookmarked, and a PDF outline entry."""

    def __init__(self, key: str, title: str, style: ParagraphStyle) -> None:
        super().__init__(markup(title), style)
        self.toc_key = key
        self.toc_title = title


def section(key: str, title: str, styles: Styles, *, new_page: bool = False) -> list[Flowable]:
    # Start on the next page rather than leave a heading with no room under it.
    start: Flowable = PageBreakIfNotEmpty() if new_page else CondPageBreak(HEADING_ROOM)
    return [start, Heading(key, title, styles.h1)]


class PageBreakIfNotEmpty(CondPageBreak):
    """A page break, unless the page is still empty (no blank page after a full one)."""

    def __init__(self) -> None:
        super().__init__(BODY_H - 1)


@dataclass
class PageMarks:
    """What the canvas fills in once every page is laid out."""

    heading_pages: dict[str, int] = field(default_factory=dict)
    headings: list[tuple[str, str, int]] = field(default_factory=list)  # key, title, page
    toc_page: int = 0
    toc_lines: list[tuple[str, float, float, float]] = field(default_factory=list)  # key, x, y, right edge


class Contents(Flowable):
    """The contents page: one line per section; page numbers are written when known."""

    LINE = 20.0

    def __init__(self, entries: Sequence[tuple[str, str]], marks: PageMarks, styles: Styles) -> None:
        super().__init__()
        self.entries = list(entries)
        self.marks = marks
        self.style = styles.toc

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        self.height = self.LINE * len(self.entries)
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self.marks.toc_page = canvas.getPageNumber()
        for i, (key, _title) in enumerate(self.entries):
            baseline = y + self.height - (i + 1) * self.LINE + 6
            self.marks.toc_lines.append((key, x, baseline, x + self.width))
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.style.fontName, self.style.fontSize)
        canvas.setFillColor(INK)
        for i, (_key, title) in enumerate(self.entries):
            canvas.drawString(0, self.height - (i + 1) * self.LINE + 6, f"{i + 1}.  {title}")


# --- the document ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Furniture:
    """Text around every page."""

    marking: str
    left_head: str
    right_head: str
    left_foot: str
    page_text: Callable[[int, int], str]
    pdf_title: str
    pdf_author: str


def _deferred_canvas(furniture: Furniture, marks: PageMarks) -> type[Canvas]:
    class DeferredCanvas(Canvas):
        """Keeps finished pages; writes page furniture, contents numbers and links on save."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Not reportlab's default Helvetica: a PDF that names a font it does not embed is
            # at the mercy of the reader's substitute.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.SANS
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            by_page: dict[int, list[tuple[str, str]]] = {}
            for key, title, page in marks.headings:
                by_page.setdefault(page, []).append((key, title))
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                _draw_furniture(self, furniture, number, total)
                for key, title in by_page.get(number, []):
                    self.bookmarkPage(key, fit="XYZ", left=0, top=PAGE_H)
                    self.addOutlineEntry(title, key, level=0)
                if number == marks.toc_page:
                    _draw_contents_numbers(self, marks)
                Canvas.showPage(self)
            self._pages = []
            Canvas.save(self)

    return DeferredCanvas


def _draw_furniture(canvas: Canvas, f: Furniture, page: int, total: int) -> None:
    marking = fonts.printable(f.marking.upper())
    canvas.saveState()
    canvas.setFillColor(MARKING_INK)
    canvas.setFont(fonts.SANS_BOLD, 9)
    _draw(canvas, TA_CENTER, PAGE_W / 2, PAGE_H - 11 * mm, marking)
    _draw(canvas, TA_CENTER, PAGE_W / 2, 8 * mm, marking)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.SANS, 7.5)
    if page > 1:
        left, right = (_fit(t, BODY_W * 0.48, fonts.SANS, 7.5) for t in (f.left_head, f.right_head))
        _draw(canvas, TA_LEFT, MARGIN_X, PAGE_H - 16.5 * mm, left)
        _draw(canvas, TA_RIGHT, PAGE_W - MARGIN_X, PAGE_H - 16.5 * mm, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, PAGE_H - 18 * mm, PAGE_W - MARGIN_X, PAGE_H - 18 * mm)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, 15.5 * mm, PAGE_W - MARGIN_X, 15.5 * mm)
    _draw(canvas, TA_LEFT, MARGIN_X, 12 * mm, _fit(f.left_foot, BODY_W * 0.7, fonts.SANS, 7.5))
    canvas.drawRightString(PAGE_W - MARGIN_X, 12 * mm, f.page_text(page, total))
    canvas.restoreState()


def _draw_contents_numbers(canvas: Canvas, marks: PageMarks) -> None:
    canvas.saveState()
    canvas.setFont(fonts.SANS, 11)
    canvas.setFillColor(INK)
    for key, x, y, right in marks.toc_lines:
        page = marks.heading_pages.get(key)
        if page is None:
            continue
        number = str(page)
        canvas.drawRightString(right, y, number)
        canvas.linkRect("", key, (x, y - 5, right, y + 13), relative=0, thickness=0)
    canvas.restoreState()


def _draw(canvas: Canvas, align: int, x: float, y: float, text: str) -> None:
    """Draw one line of page furniture on the baseline ``y``: from ``x`` (TA_LEFT), ending at it
    (TA_RIGHT) or centred on it (TA_CENTER). Arabic (a case title in the header, a marking) goes
    through a shaped paragraph, as in the body: letters joined and read in order."""
    if not fonts.needs_shaping(text):
        draw = {TA_LEFT: canvas.drawString, TA_RIGHT: canvas.drawRightString}.get(align, canvas.drawCentredString)
        draw(x, y, text)
        return
    size = canvas._fontsize
    style = ParagraphStyle(
        "furniture", fontName=canvas._fontname, fontSize=size, leading=size, textColor=canvas._fillColorObj
    )
    style.alignment = align
    style.shaping = 1  # type: ignore[attr-defined]
    line = Paragraph(fonts.visual_order(markup(text)), style)
    _w, height = line.wrap(BODY_W, 10 * size)
    left = x if align == TA_LEFT else x - BODY_W if align == TA_RIGHT else x - BODY_W / 2
    line.drawOn(canvas, left, y - height + size)


def _fit(text: str, width: float, font: str, size: float) -> str:
    text = fonts.printable(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class ReportTemplate(BaseDocTemplate):
    """A4 portrait: a cover page, then body pages; reports progress as the story is laid out."""

    def __init__(self, filename: str, marks: PageMarks, progress: Progress, **kw: Any) -> None:
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kw,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            BODY_W,
            BODY_H,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("body", [frame])])
        self.marks = marks
        self.progress = progress
        self._total = 1
        self._last = -1.0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            page = self.canv.getPageNumber()
            self.marks.heading_pages.setdefault(flowable.toc_key, page)
            self.marks.headings.append((flowable.toc_key, flowable.toc_title, page))

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        done = 1 - len(flowables) / self._total
        if done - self._last >= 0.02:
            self._last = done
            self.progress(done, "layout")
        super().handle_flowable(flowables)

    def build_story(self, story: list[Flowable], canvasmaker: type[Canvas]) -> None:
        self._total = max(1, len(story))
        self.build(story, canvasmaker=canvasmaker)


def render(
    path: Path,
    story: list[Flowable],
    furniture: Furniture,
    marks: PageMarks,
    progress: Progress,
) -> int:
    """Lay out ``story`` into ``path`` atomically; returns the number of pages."""
    pages = 0
    with atomic_output(path) as tmp:
        doc = ReportTemplate(
            str(tmp),
            marks,
            progress,
            title=furniture.pdf_title,
            author=furniture.pdf_author,
            subject=furniture.marking,
            creator="cross_desk",
        )
        doc.build_story(story, _deferred_canvas(furniture, marks))
        pages = doc.page
    return pages


def cover_break() -> list[Flowable]:
    return [NextPageTemplate("body"), PageBreak()]


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def page_text(words: Words) -> Callable[[int, int], str]:
    def text(page: int, total: int) -> str:
        return words("Page {page} of {pages}", page=page, pages=total).replace(" ", NBSP)

    return text


def footer_line(words: Words, options: PrintOptions) -> str:
    return words("Printed on {date} by {author}", date=words.moment(options.printed_at), author=options.author or "—")


# --- writing safely -------------------------------------------------------------------------------


def check_writable(path: Path) -> Path:
    """Refuse early, with one clear line, a path the report could not be written to."""
    target = Path(path).expanduser()
    try:
        if target.is_dir():
            raise ReportError(f"{target} is a folder: give a file name for the PDF.")
        folder = target.parent if str(target.parent) else Path(".")
        if not folder.is_dir():
            raise ReportError(f"Cannot write {target}: the folder {folder} does not exist.")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise ReportError(f"Cannot write {target}: the folder {folder} is not writable.")
        if target.exists() and not os.access(target, os.W_OK):
            raise ReportError(f"Cannot write {target}: the file exists and is read-only.")
    except OSError as err:
        # stat() itself fails on a name the system refuses (too long, a folder in the way that is
        # a file): say so in one line, the name cut short so that it cannot swamp the message
        raise ReportError(f"Cannot write {quoted(str(target), 80)}: {err.strerror or err}.") from None
    return target


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path``, renamed over it only when everything went well.

    A failure (or a cancel raised from a progress callback) removes the temporary file, so a
    reader never finds a half-written PDF under the chosen name. The file is readable by its
    owner only (mkstemp's 0600), which suits documents under a protective marking.
    """
    target = check_writable(path)
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as err:
        raise ReportError(f"Cannot write {target}: {err.strerror or err}.") from None
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as done:
            os.fsync(done.fileno())
        os.replace(tmp, target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ReportError(f"Cannot write {target}: {err.strerror or err}.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
