"""A record and its links as HTML for the details panel, in the interface language.

A tip's original wording and a source's true identity never appear here (the details panel is
what anyone looking over a shoulder sees); the tip's form shows the original to those allowed.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cross_desk.domain import records as r
from cross_desk.domain.dates import PartialDate
from cross_desk.gui import formatting, labels
from cross_desk.services.records import EntityDetail

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

_HIDDEN = {
    "id",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "version",
    "deleted",
    "source_id",
    "original_text",
}

#: field name → label (context "Forms": the same words as the forms)
FIELD_LABELS: dict[str, str] = {
    "surname": QT_TRANSLATE_NOOP("Forms", "Surname"),
    "given_names": QT_TRANSLATE_NOOP("Forms", "Given names"),
    "aliases": QT_TRANSLATE_NOOP("Forms", "Aliases"),
    "birth_date": QT_TRANSLATE_NOOP("Forms", "Birth date"),
    "birthplace": QT_TRANSLATE_NOOP("Forms", "Birthplace"),
    "nationality": QT_TRANSLATE_NOOP("Forms", "Nationality"),
    "sex": QT_TRANSLATE_NOOP("Forms", "Sex"),
    "category": QT_TRANSLATE_NOOP("Forms", "Category"),
    "plate": QT_TRANSLATE_NOOP("Forms", "Plate"),
    "country": QT_TRANSLATE_NOOP("Forms", "Country"),
    "make": QT_TRANSLATE_NOOP("Forms", "Make"),
    "model": QT_TRANSLATE_NOOP("Forms", "Model"),
    "colour": QT_TRANSLATE_NOOP("Forms", "Colour"),
    "vin": QT_TRANSLATE_NOOP("Forms", "VIN"),
    "number": QT_TRANSLATE_NOOP("Forms", "Number"),
    "imei": QT_TRANSLATE_NOOP("Forms", "IMEI"),
    "line_type": QT_TRANSLATE_NOOP("Forms", "Line type"),
    "operator": QT_TRANSLATE_NOOP("Forms", "Operator"),
    "location_kind": QT_TRANSLATE_NOOP("Forms", "Kind of place"),
    "name": QT_TRANSLATE_NOOP("Forms", "Name"),
    "address": QT_TRANSLATE_NOOP("Forms", "Address"),
    "postcode": QT_TRANSLATE_NOOP("Forms", "Postcode"),
    "city": QT_TRANSLATE_NOOP("Forms", "City"),
    "district": QT_TRANSLATE_NOOP("Forms", "District"),
    "latitude": QT_TRANSLATE_NOOP("Forms", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Forms", "Longitude"),
    "deal_status": QT_TRANSLATE_NOOP("Forms", "Deal point status"),
    "deal_status_since": QT_TRANSLATE_NOOP("Forms", "Status since"),
    "org_kind": QT_TRANSLATE_NOOP("Forms", "Kind of organisation"),
    "codename": QT_TRANSLATE_NOOP("Forms", "Codename"),
    "handlers": QT_TRANSLATE_NOOP("Forms", "Handlers"),
    "status": QT_TRANSLATE_NOOP("Forms", "Status"),
    "received_at": QT_TRANSLATE_NOOP("Forms", "Received"),
    "channel": QT_TRANSLATE_NOOP("Forms", "Channel"),
    "sanitised_text": QT_TRANSLATE_NOOP("Forms", "Sanitised text"),
    "grade": QT_TRANSLATE_NOOP("Forms", "Grade"),
    "handling_code": QT_TRANSLATE_NOOP("Forms", "Handling code"),
    "summary": QT_TRANSLATE_NOOP("Forms", "Summary"),
    "seized_on": QT_TRANSLATE_NOOP("Forms", "Seized on"),
    "substances": QT_TRANSLATE_NOOP("Forms", "Substances"),
    "cash_eur": QT_TRANSLATE_NOOP("Forms", "Cash"),
    "weapons": QT_TRANSLATE_NOOP("Forms", "Weapons"),
    "vehicles": QT_TRANSLATE_NOOP("Forms", "Vehicles seized"),
    "description": QT_TRANSLATE_NOOP("Forms", "Description"),
    "event_kind": QT_TRANSLATE_NOOP("Forms", "Kind of event"),
    "occurred_at": QT_TRANSLATE_NOOP("Forms", "When"),
    "ended_at": QT_TRANSLATE_NOOP("Forms", "Ended"),
    "agency": QT_TRANSLATE_NOOP("Forms", "Service"),
    "unit": QT_TRANSLATE_NOOP("Forms", "Unit"),
    "notes": QT_TRANSLATE_NOOP("Forms", "Notes"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordView", text)


def _show(name: str, value: object) -> str:
    if isinstance(value, Enum):
        return labels.label(value)
    if isinstance(value, datetime):
        return formatting.moment(value)
    if isinstance(value, date):
        return formatting.day(value)
    if isinstance(value, PartialDate):
        return value.display()
    if isinstance(value, Decimal):
        return formatting.money(value) if name == "cash_eur" else formatting.number(value)
    if isinstance(value, float):
        return formatting.number(value, 6)
    if isinstance(value, list):
        return ", ".join(_show(name, v) for v in value)
    if isinstance(value, r.SubstanceLine):
        return f"{formatting.quantity(value.quantity, value.unit)} {labels.label(value.substance)}"
    return str(value)


def render_detail(detail: EntityDetail) -> str:
    entity = detail.entity
    rows = []
    for f in dataclasses.fields(entity):
        value = getattr(entity, f.name)
        if f.name in _HIDDEN or value in (None, "", [], 0):
            continue
        caption = QCoreApplication.translate("Forms", FIELD_LABELS.get(f.name, f.name.replace("_", " ")))
        shown = escape(_show(f.name, value)).replace("\n", "<br>")
        rows.append(f"<tr><th align='right' valign='top'>{escape(caption)}</th><td>{shown}</td></tr>")
    open_form = translate("RecordView", "Open the form")
    chart = translate("RecordView", "Link chart")
    html = [
        f"<h2>{escape(entity.label())}</h2>",
        f"<p><i>{escape(labels.label(entity.KIND))}</i> &nbsp; <a href='open:{entity.id}'>{open_form}</a>"
        f" &nbsp; <a href='chart:{entity.id}'>{chart}</a></p>",
        "<table cellspacing='4'>",
        *rows,
        "</table>",
    ]
    if detail.cases:
        cases = translate("RecordView", "Cases")
        html.append(f"<h3>{cases}</h3><ul>")
        html += [f"<li><a href='case:{c.id}'>{escape(c.reference)}</a> — {escape(c.title)}</li>" for c in detail.cases]
        html.append("</ul>")
    if detail.links:
        links = translate("RecordView", "Links")
        html.append(f"<h3>{links} ({len(detail.links)})</h3><ul>")
        for link in sorted(detail.links, key=lambda x: (x.kind.value, str(x.first_seen or ""))):
            outgoing = link.source_id == entity.id
            other = link.target_id if outgoing else link.source_id
            ref = detail.neighbours.get(other)
            label = escape(ref.label) if ref else escape(str(other))
            role = f" ({escape(labels.label(link.role))})" if link.role else ""
            arrow = "→" if outgoing else "←"
            html.append(f"<li>{arrow} {escape(labels.label(link.kind))}{role}: <a href='show:{other}'>{label}</a></li>")
        html.append("</ul>")
    return "\n".join(html)
