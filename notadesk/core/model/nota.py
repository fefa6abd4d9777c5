"""The parts of a nota as plain, typed dataclasses.

A nota is a document: it is stored whole in every revision, exchanged whole in packages and
printed whole. Identity (``id``) and timestamps are kept beside the content by the storage
layer; :meth:`Nota.content_hash` covers the content only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import ClassVar

from notadesk.core.model import jsonform

MAX_LIST_DEPTH = 3
"""How deep bullet lists nest (a top-level bullet is depth 1)."""

MAX_TABLE_ROWS = 1000
"""How many rows a table holds at most (header rows included)."""
MAX_TABLE_COLUMNS = 20
"""How many cells a table row holds at most."""
MAX_CELL_PARAGRAPHS = 50
"""How many paragraphs one table cell holds at most."""
MAX_CELL_CHARACTERS = 5000
"""How many characters of text one table cell holds at most (all its paragraphs together)."""
MAX_HEADER_ROWS = 5
"""How many header rows (repeated on every page a table spans) a table may have."""


@dataclass
class Run:
    """A stretch of text with one set of inline styles.

    ``generated`` names text the program writes from the structured data instead of the user
    (``"positions-summary"``); such a run has no ``text`` of its own.
    ``redact`` holds a Woo ground code when the passage is to be withheld on publication.
    """

    text: str = ""
    bold: bool = False
    italic: bool = False
    underline: bool = False
    highlight: bool = False
    redact: str | None = None
    generated: str | None = None


@dataclass
class Paragraph:
    """A paragraph of running text."""

    kind: ClassVar[str] = "paragraph"
    runs: list[Run] = field(default_factory=list)
    portion: str | None = None  # its own marking level (portion mark); None: the nota's


@dataclass
class FindingsBlock:
    """Findings printed from the findings table: all, the main ones, or the chosen ones."""

    kind: ClassVar[str] = "findings"
    select: str = "all"  # "all" | "main" | "chosen"
    finding_ids: list[str] = field(default_factory=list)
    quote: bool = False
    positions: bool = False  # print each finding's position: "(onderschrijft deels)"


@dataclass
class CommitmentsBlock:
    """Commitments printed from the commitments table, each with the finding(s) it answers."""

    kind: ClassVar[str] = "commitments"
    finding_ids: list[str] = field(default_factory=list)  # empty: all commitments


@dataclass
class PositionsBlock:
    """A paragraph holding the summary of the cabinet's positions on the findings."""

    kind: ClassVar[str] = "positions"


@dataclass
class ListItem:
    """One bullet: its text and the entries nested under it.

    ``children_numbered`` says whether the entries nested under this item are numbered
    (a. / i.) rather than bulleted: each level of a list chooses for itself.
    """

    kind: ClassVar[str] = "item"
    runs: list[Run] = field(default_factory=list)
    children: list[ListEntry] = field(default_factory=list)
    children_numbered: bool = False
    portion: str | None = None  # its own marking level (portion mark); None: the nota's


ListEntry = ListItem | FindingsBlock | CommitmentsBlock
"""What a list holds: bullets, or data blocks that expand into bullets when printed."""


@dataclass
class BulletList:
    """A bulleted or numbered list; its entries may nest up to :data:`MAX_LIST_DEPTH` deep.

    ``numbered`` numbers the top level (1. 2. 3.); a nested level is numbered when its parent
    item says ``children_numbered`` (a. b. c. at depth 2, i. ii. iii. at depth 3).
    """

    kind: ClassVar[str] = "list"
    items: list[ListEntry] = field(default_factory=list)
    numbered: bool = False


@dataclass
class TableCell:
    """One cell of a table: one or more paragraphs (a line break is ``"\\n"`` in a run)."""

    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class TableRow:
    """One row of a table; every row of a table has the same number of cells."""

    cells: list[TableCell] = field(default_factory=list)


@dataclass
class Table:
    """A table in a section's text.

    The first ``header_rows`` rows are headers: printed bold and repeated on every page the
    table spans. ``widths`` are relative column widths (empty: all columns equally wide).
    Merged cells do not exist: an importer flattens them.
    """

    kind: ClassVar[str] = "table"
    rows: list[TableRow] = field(default_factory=list)
    header_rows: int = 1
    widths: list[float] = field(default_factory=list)
    portion: str | None = None  # its own marking level (portion mark); None: the nota's

    @property
    def column_count(self) -> int:
        """Return the number of columns (the cells of the first row)."""
        return len(self.rows[0].cells) if self.rows else 0


Block = Paragraph | BulletList | Table | FindingsBlock | CommitmentsBlock | PositionsBlock
"""What a section holds, in order."""


@dataclass
class Section:
    """A headed part of the nota (Aanleiding, Kernpunten, …) with optional sub-sections."""

    title: str = ""
    blocks: list[Block] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)


@dataclass
class RoutingEntry:
    """A name or unit on the routing block or in 'Opgesteld door'."""

    name: str = ""
    personal_data: bool = False
    woo_ground: str | None = None


@dataclass
class Routing:
    """Aan, Van, Via, Kopie aan and Afgestemd met: each an ordered list."""

    to: list[RoutingEntry] = field(default_factory=list)
    from_: list[RoutingEntry] = field(default_factory=list)
    via: list[RoutingEntry] = field(default_factory=list)
    cc: list[RoutingEntry] = field(default_factory=list)
    agreed_with: list[RoutingEntry] = field(default_factory=list)

    ROLES: ClassVar[tuple[str, ...]] = ("to", "from_", "via", "cc", "agreed_with")

    def entries(self, role: str) -> list[RoutingEntry]:
        """Return the list for a role name (``to``, ``from``, ``via``, ``cc``, ``agreed_with``)."""
        return getattr(self, "from_" if role == "from" else role)


@dataclass
class DueDate:
    """'Uiterlijk bij': a date, free text ("RDINEV"), or both."""

    date: dt.date | None = None
    text: str = ""


@dataclass
class Deadlines:
    """Uiterlijk bij, Plandatum/Deadline Kamer and Binnengekomen op."""

    due: DueDate = field(default_factory=DueDate)
    parliament: dt.date | None = None
    received: dt.date | None = None


@dataclass
class Declassification:
    """A recorded decision that the nota's marking no longer holds (for the Woo variant)."""

    by: str = ""  # who decided
    date: dt.date | None = None  # when
    reference: str = ""  # the decision's own reference


@dataclass
class Classification:
    """The marking level with who proposed and who set it and how long it holds."""

    level: str = "nl.ongerubriceerd"
    proposed_by: str = ""
    set_by: str = ""
    until: dt.date | None = None
    end_event: str = ""
    declassified: Declassification | None = None


@dataclass
class Finding:
    """A finding (bevinding) of the evaluation and the cabinet's position on it."""

    id: str = ""
    number: int = 0
    text: str = ""
    main: bool = False
    group: str = ""
    position: str | None = None
    comment: str = ""
    portion: str | None = None  # its own marking level (portion mark); None: the nota's


@dataclass
class Commitment:
    """A commitment (toezegging) answering one or more findings."""

    id: str = ""
    text: str = ""
    finding_ids: list[str] = field(default_factory=list)
    owner: str = ""
    due: dt.date | None = None
    status: str = "open"
    portion: str | None = None  # its own marking level (portion mark); None: the nota's


@dataclass
class AttachmentFile:
    """An embedded file, stored once by the SHA-256 of its content."""

    name: str = ""
    sha256: str = ""
    size: int = 0
    media_type: str = "application/octet-stream"


@dataclass
class Attachment:
    """A Bijlage: its title and, optionally, the file itself."""

    id: str = ""
    title: str = ""
    file: AttachmentFile | None = None
    level: str | None = None  # its own marking level when it has one; stamps its pages


@dataclass
class Nota:
    """A whole nota: every part of the printed form."""

    type: str = "ter-beslissing"
    subject: str = ""
    date: dt.date | None = None
    reference: str = ""
    status: str = "concept"
    drafted_by: list[RoutingEntry] = field(default_factory=list)
    routing: Routing = field(default_factory=Routing)
    deadlines: Deadlines = field(default_factory=Deadlines)
    classification: Classification = field(default_factory=Classification)
    sections: list[Section] = field(default_factory=list)
    finding_groups: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)

    def finding_by_id(self) -> dict[str, Finding]:
        """Return the findings keyed by id."""
        return {f.id: f for f in self.findings}

    def canonical_json(self) -> str:
        """Return the content as canonical JSON (sorted keys, no spaces): what is hashed."""
        from notadesk.core.model.codec import nota_to_dict

        return jsonform.canonical(nota_to_dict(self))

    def content_hash(self) -> str:
        """Return the SHA-256 of the canonical content."""
        from notadesk.core.model.codec import nota_to_dict

        return jsonform.content_hash(nota_to_dict(self))
