"""The nota as a JSON-ready dict and back.

The dict form is the draft document of ``docs/format.md`` (without its envelope): the CLI's
``show --json``, ``new --from-json`` and the ``.nota`` packages all use it. ``nota_from_dict``
expects a dict that passed :func:`notadesk.core.model.schema.validate_document`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from notadesk.core.model.nota import (
    Attachment,
    AttachmentFile,
    Block,
    BulletList,
    Classification,
    Commitment,
    CommitmentsBlock,
    Deadlines,
    Declassification,
    DueDate,
    Finding,
    FindingsBlock,
    ListEntry,
    ListItem,
    Nota,
    Paragraph,
    PositionsBlock,
    Routing,
    RoutingEntry,
    Run,
    Section,
    Table,
    TableCell,
    TableRow,
)

_RUN_FLAGS = ("bold", "italic", "underline", "highlight")
_ROUTING_KEYS = (("to", "to"), ("from", "from_"), ("via", "via"), ("cc", "cc"))
_ROUTING_KEYS += (("agreed_with", "agreed_with"),)


def _date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date_in(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --- runs and blocks -------------------------------------------------------------------------


def run_to_dict(run: Run) -> dict[str, Any]:
    """Return a run as a dict holding only what is set."""
    out: dict[str, Any] = {}
    if run.generated:
        out["generated"] = run.generated
    else:
        out["text"] = run.text
    for flag in _RUN_FLAGS:
        if getattr(run, flag):
            out[flag] = True
    if run.redact:
        out["redact"] = run.redact
    return out


def run_from_dict(data: dict[str, Any]) -> Run:
    """Return a run from its dict."""
    return Run(
        text=data.get("text", ""),
        bold=bool(data.get("bold")),
        italic=bool(data.get("italic")),
        underline=bool(data.get("underline")),
        highlight=bool(data.get("highlight")),
        redact=data.get("redact"),
        generated=data.get("generated"),
    )


def _runs_out(runs: list[Run]) -> list[dict[str, Any]]:
    return [run_to_dict(r) for r in runs]


def _runs_in(data: list[dict[str, Any]]) -> list[Run]:
    return [run_from_dict(r) for r in data]


def block_to_dict(block: Block | ListEntry) -> dict[str, Any]:
    """Return a block or list entry as a dict tagged with its ``kind``."""
    out: dict[str, Any] = {"kind": block.kind}
    match block:
        case Paragraph(runs=runs):
            out["runs"] = _runs_out(runs)
            _portion_out(out, block.portion)
        case BulletList(items=items):
            out["items"] = [block_to_dict(i) for i in items]
            if block.numbered:  # omitted when false: documents without numbers hash as before
                out["numbered"] = True
        case ListItem(runs=runs, children=children):
            out["runs"] = _runs_out(runs)
            out["children"] = [block_to_dict(c) for c in children]
            if block.children_numbered:
                out["children_numbered"] = True
            _portion_out(out, block.portion)
        case Table(rows=rows):
            out["rows"] = [{"cells": [_cell_out(c) for c in r.cells]} for r in rows]
            if block.header_rows != 1:
                out["header_rows"] = block.header_rows
            if block.widths:
                out["widths"] = list(block.widths)
            _portion_out(out, block.portion)
        case FindingsBlock():
            out.update(select=block.select, finding_ids=list(block.finding_ids), quote=block.quote)
            if block.positions:  # omitted when false: documents without it hash as before
                out["positions"] = True
        case CommitmentsBlock():
            out["finding_ids"] = list(block.finding_ids)
        case PositionsBlock():
            pass
    return out


def _portion_out(out: dict[str, Any], portion: str | None) -> None:
    if portion is not None:  # omitted when unset: documents without portions hash as before
        out["portion"] = portion


def _cell_out(cell: TableCell) -> dict[str, Any]:
    return {"paragraphs": [block_to_dict(p) for p in cell.paragraphs]}


def block_from_dict(data: dict[str, Any]) -> Block | ListEntry:
    """Return a block or list entry from its tagged dict."""
    kind = data["kind"]
    if kind == "paragraph":
        return _paragraph(data)
    if kind == "list":
        return BulletList(
            items=[_entry(i) for i in data.get("items", [])],
            numbered=bool(data.get("numbered", False)),
        )
    if kind == "item":
        return ListItem(
            runs=_runs_in(data.get("runs", [])),
            children=[_entry(c) for c in data.get("children", [])],
            children_numbered=bool(data.get("children_numbered", False)),
            portion=data.get("portion"),
        )
    if kind == "table":
        return Table(
            rows=[
                TableRow(
                    cells=[
                        TableCell(paragraphs=[_paragraph(p) for p in c.get("paragraphs", [])])
                        for c in r.get("cells", [])
                    ]
                )
                for r in data.get("rows", [])
            ],
            header_rows=int(data.get("header_rows", 1)),
            widths=[float(w) for w in data.get("widths", [])],
            portion=data.get("portion"),
        )
    if kind == "findings":
        return FindingsBlock(
            select=data.get("select", "all"),
            finding_ids=list(data.get("finding_ids", [])),
            quote=bool(data.get("quote", False)),
            positions=bool(data.get("positions", False)),
        )
    if kind == "commitments":
        return CommitmentsBlock(finding_ids=list(data.get("finding_ids", [])))
    if kind == "positions":
        return PositionsBlock()
    raise ValueError(f"unknown block kind {kind!r}")


def _entry(data: dict[str, Any]) -> ListEntry:
    entry = block_from_dict(data)
    assert isinstance(entry, ListItem | FindingsBlock | CommitmentsBlock)
    return entry


def _paragraph(data: dict[str, Any]) -> Paragraph:
    return Paragraph(runs=_runs_in(data.get("runs", [])), portion=data.get("portion"))


def _block(data: dict[str, Any]) -> Block:
    block = block_from_dict(data)
    assert not isinstance(block, ListItem)
    return block


def section_to_dict(section: Section) -> dict[str, Any]:
    """Return a section (and its sub-sections) as a dict."""
    return {
        "title": section.title,
        "blocks": [block_to_dict(b) for b in section.blocks],
        "subsections": [section_to_dict(s) for s in section.subsections],
    }


def section_from_dict(data: dict[str, Any]) -> Section:
    """Return a section from its dict."""
    return Section(
        title=data.get("title", ""),
        blocks=[_block(b) for b in data.get("blocks", [])],
        subsections=[section_from_dict(s) for s in data.get("subsections", [])],
    )


# --- the rest of the nota --------------------------------------------------------------------


def _entry_out(entry: RoutingEntry) -> dict[str, Any]:
    return {
        "name": entry.name,
        "personal_data": entry.personal_data,
        "woo_ground": entry.woo_ground,
    }


def _entry_in(data: dict[str, Any]) -> RoutingEntry:
    return RoutingEntry(
        name=data.get("name", ""),
        personal_data=bool(data.get("personal_data", False)),
        woo_ground=data.get("woo_ground"),
    )


def _finding_out(f: Finding) -> dict[str, Any]:
    out = {
        "id": f.id,
        "number": f.number,
        "text": f.text,
        "main": f.main,
        "group": f.group,
        "position": f.position,
        "comment": f.comment,
    }
    _portion_out(out, f.portion)
    return out


def _commitment_out(c: Commitment) -> dict[str, Any]:
    out = {
        "id": c.id,
        "text": c.text,
        "finding_ids": list(c.finding_ids),
        "owner": c.owner,
        "due": _date_out(c.due),
        "status": c.status,
    }
    _portion_out(out, c.portion)
    return out


def _attachment_out(a: Attachment) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": a.id,
        "title": a.title,
        "file": None
        if a.file is None
        else {
            "name": a.file.name,
            "sha256": a.file.sha256,
            "size": a.file.size,
            "media_type": a.file.media_type,
        },
    }
    if a.level is not None:  # omitted when unset: documents without it hash as before
        out["level"] = a.level
    return out


def _classification_out(nota: Nota) -> dict[str, Any]:
    cls = nota.classification
    out: dict[str, Any] = {
        "level": cls.level,
        "proposed_by": cls.proposed_by,
        "set_by": cls.set_by,
        "until": _date_out(cls.until),
        "end_event": cls.end_event,
    }
    d = cls.declassified
    if d is not None:  # omitted when none: documents without it hash as before
        out["declassified"] = {"by": d.by, "date": _date_out(d.date), "reference": d.reference}
    return out


def _declassification_in(data: dict[str, Any] | None) -> Declassification | None:
    if not data:
        return None
    return Declassification(
        by=data.get("by", ""), date=_date_in(data.get("date")), reference=data.get("reference", "")
    )


def nota_to_dict(nota: Nota) -> dict[str, Any]:
    """Return the content of a nota as a JSON-ready dict."""
    return {
        "type": nota.type,
        "subject": nota.subject,
        "date": _date_out(nota.date),
        "reference": nota.reference,
        "status": nota.status,
        "drafted_by": [_entry_out(e) for e in nota.drafted_by],
        "routing": {
            key: [_entry_out(e) for e in getattr(nota.routing, attr)] for key, attr in _ROUTING_KEYS
        },
        "deadlines": {
            "due": {"date": _date_out(nota.deadlines.due.date), "text": nota.deadlines.due.text},
            "parliament": _date_out(nota.deadlines.parliament),
            "received": _date_out(nota.deadlines.received),
        },
        "classification": _classification_out(nota),
        "sections": [section_to_dict(s) for s in nota.sections],
        "finding_groups": list(nota.finding_groups),
        "findings": [_finding_out(f) for f in nota.findings],
        "commitments": [_commitment_out(c) for c in nota.commitments],
        "attachments": [_attachment_out(a) for a in nota.attachments],
    }


def nota_from_dict(data: dict[str, Any]) -> Nota:
    """Return a nota from its (validated) dict."""
    routing = data.get("routing", {})
    deadlines = data.get("deadlines", {})
    due = deadlines.get("due") or {}
    cls = data.get("classification", {})
    return Nota(
        type=data.get("type", "ter-beslissing"),
        subject=data.get("subject", ""),
        date=_date_in(data.get("date")),
        reference=data.get("reference", ""),
        status=data.get("status", "concept"),
        drafted_by=[_entry_in(e) for e in data.get("drafted_by", [])],
        routing=Routing(
            **{attr: [_entry_in(e) for e in routing.get(key, [])] for key, attr in _ROUTING_KEYS}
        ),
        deadlines=Deadlines(
            due=DueDate(date=_date_in(due.get("date")), text=due.get("text", "")),
            parliament=_date_in(deadlines.get("parliament")),
            received=_date_in(deadlines.get("received")),
        ),
        classification=Classification(
            level=cls.get("level", "nl.ongerubriceerd"),
            proposed_by=cls.get("proposed_by", ""),
            set_by=cls.get("set_by", ""),
            until=_date_in(cls.get("until")),
            end_event=cls.get("end_event", ""),
            declassified=_declassification_in(cls.get("declassified")),
        ),
        sections=[section_from_dict(s) for s in data.get("sections", [])],
        finding_groups=list(data.get("finding_groups", [])),
        findings=[
            Finding(
                id=f["id"],
                number=f["number"],
                text=f.get("text", ""),
                main=bool(f.get("main", False)),
                group=f.get("group", ""),
                position=f.get("position"),
                comment=f.get("comment", ""),
                portion=f.get("portion"),
            )
            for f in data.get("findings", [])
        ],
        commitments=[
            Commitment(
                id=c["id"],
                text=c.get("text", ""),
                finding_ids=list(c.get("finding_ids", [])),
                owner=c.get("owner", ""),
                due=_date_in(c.get("due")),
                status=c.get("status", "open"),
                portion=c.get("portion"),
            )
            for c in data.get("commitments", [])
        ],
        attachments=[
            Attachment(
                id=a["id"],
                title=a.get("title", ""),
                file=None if not a.get("file") else AttachmentFile(**_file_fields(a["file"])),
                level=a.get("level"),
            )
            for a in data.get("attachments", [])
        ],
    )


def _file_fields(data: dict[str, Any]) -> dict[str, Any]:
    return {k: data[k] for k in ("name", "sha256", "size", "media_type") if k in data}
