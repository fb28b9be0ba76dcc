"""A record and its links as HTML for the details panel."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import Enum
from html import escape

from PySide6.QtCore import QCoreApplication

from cross_desk.domain import records as r
from cross_desk.services.records import EntityDetail

_HIDDEN = {"id", "created_at", "created_by", "updated_at", "updated_by", "version", "deleted", "source_id"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordView", text)


def _show(value: object) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, r.SubstanceLine):
        return f"{value.quantity.normalize():f} {value.unit.value} {value.substance.value}"
    return str(value)


def render_detail(detail: EntityDetail) -> str:
    entity = detail.entity
    rows = []
    for f in dataclasses.fields(entity):
        value = getattr(entity, f.name)
        if f.name in _HIDDEN or value in (None, "", [], 0) or (f.name == "original_text"):
            continue
        rows.append(f"<tr><th align='left'>{escape(f.name.replace('_', ' '))}</th><td>{escape(_show(value))}</td></tr>")
    html = [
        f"<h2>{escape(entity.label())}</h2>",
        f"<p><i>{escape(entity.KIND.value)}</i></p>",
        "<table>",
        *rows,
        "</table>",
    ]
    if detail.cases:
        html.append(f"<h3>{_tr('Cases')}</h3><ul>")
        html += [f"<li>{escape(c.reference)} — {escape(c.title)}</li>" for c in detail.cases]
        html.append("</ul>")
    if detail.links:
        html.append(f"<h3>{_tr('Links')}</h3><ul>")
        for link in detail.links:
            outgoing = link.source_id == entity.id
            other = link.target_id if outgoing else link.source_id
            ref = detail.neighbours.get(other)
            label = escape(ref.label) if ref else escape(str(other))
            role = f" ({escape(link.role.value)})" if link.role else ""
            arrow = "→" if outgoing else "←"
            html.append(f"<li>{arrow} {escape(link.kind.value)}{role}: <a href='{other}'>{label}</a></li>")
        html.append("</ul>")
    return "\n".join(html)
