"""The nota as typed objects, and its JSON document form."""

from __future__ import annotations

from notadesk.core.model.nota import (
    Attachment,
    AttachmentFile,
    Block,
    BulletList,
    Classification,
    Commitment,
    CommitmentsBlock,
    Deadlines,
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
)

__all__ = [
    "Attachment",
    "AttachmentFile",
    "Block",
    "BulletList",
    "Classification",
    "Commitment",
    "CommitmentsBlock",
    "Deadlines",
    "DueDate",
    "Finding",
    "FindingsBlock",
    "ListEntry",
    "ListItem",
    "Nota",
    "Paragraph",
    "PositionsBlock",
    "Routing",
    "RoutingEntry",
    "Run",
    "Section",
]
