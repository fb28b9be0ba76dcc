"""Reading back the PDFs the reports write: text per page, fonts, and dossier data from a demo."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from cross_desk.demo.generator import DemoBuilder, DemoSpec
from cross_desk.domain import records as r
from cross_desk.reports.model import DossierData, TipEntry


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    """Text without any whitespace: wrapped lines and non-breaking spaces compare equal."""
    return "".join(text.split())


def contains(haystack: str, needle: str) -> bool:
    return squash(needle) in squash(haystack)


def fonts(path: Path) -> dict[str, bool]:
    """Every font the PDF names, and whether its program is embedded."""
    out: dict[str, bool] = {}
    for page in PdfReader(str(path)).pages:
        resources: Any = page["/Resources"]
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = False
            if descriptor is not None:
                d = descriptor.get_object()
                embedded = any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out[str(font["/BaseFont"])] = embedded
    return out


def outline_titles(path: Path) -> list[str]:
    return [item.title for item in PdfReader(str(path)).outline if hasattr(item, "title")]


def render_pages(path: Path, folder: Path, dpi: int = 40) -> list[Path]:
    """Every page as PNG with poppler's pdftoppm (installed by CI)."""
    exe = shutil.which("pdftoppm")
    assert exe, "pdftoppm (poppler-utils) is needed to render PDFs"
    subprocess.run([exe, "-png", "-r", str(dpi), str(path), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


def demo_dossier(
    people: int = 60, links: int = 220, seed: int = 5, case_index: int = 0
) -> tuple[DossierData, DemoBuilder]:
    """A case's dossier data straight from the demo generator (no database)."""
    builder = DemoBuilder(DemoSpec(people=people, links=links), seed)
    builder.build()
    for entity in builder.entities:
        entity.validate()  # as the demo loader does: plates and numbers in their stored form
    by_id = {e.id: e for e in builder.entities}
    case, member_ids = builder.cases[case_index]
    members = [by_id[i] for i in dict.fromkeys(member_ids)]
    ids = {e.id for e in members}
    codenames = {e.id: e.codename for e in builder.entities if isinstance(e, r.Source)}
    links = [link for link in builder.links if link.source_id in ids and link.target_id in ids]
    data = DossierData(
        case=case,
        people=[e for e in members if isinstance(e, r.Person)],
        vehicles=[e for e in members if isinstance(e, r.Vehicle)],
        phones=[e for e in members if isinstance(e, r.Phone)],
        locations=[e for e in members if isinstance(e, r.Location)],
        organisations=[e for e in members if isinstance(e, r.Organisation)],
        tips=[TipEntry.of(t, codenames.get(t.source_id, "")) for t in members if isinstance(t, r.Tip)],
        seizures=[e for e in members if isinstance(e, r.Seizure)],
        events=[e for e in members if isinstance(e, r.Event)],
        graph=r.GraphData(nodes={e.id: e.ref() for e in members}, links=links),
    )
    return data, builder
