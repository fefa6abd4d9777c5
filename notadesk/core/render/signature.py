"""The block for the paper signature, fitting the type line.

TER BESLISSING: Akkoord / Niet akkoord / Besproken with date and signature per addressee;
TER INFORMATIE and the like: Gezien, date and paraaf; TER ONDERTEKENING: date and signature.
Then a paraaf line for every entry in Via; a paraaf given on the printed text fills its line
with the name, function and date (reviewers added to the route follow the Via names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from notadesk.core.model.nota import Nota, RoutingEntry
from notadesk.core.policy.vocabulary import format_date, signature_kind
from notadesk.core.render.markup import escape
from notadesk.core.render.styles import colours, geometry, paragraph_styles, words
from notadesk.core.review.route import GivenParaaf, same_name

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

BOX = 8.0
"""Side of a tick box, in points."""
SIGN = 34.0
"""Height of a row with lines to sign or initial on, in points (room for the hand)."""


def _form_row_class() -> type:
    from reportlab.platypus import Flowable as RLFlowable

    from notadesk.core.render.fonts import fonts

    class FormRow(RLFlowable):
        """A row of tick boxes and labelled lines to write on, drawn left to right."""

        def __init__(self, items: list[tuple[str, str, float]], height: float = 22.0) -> None:
            super().__init__()
            self.items = items  # (kind "box" | "line", label, width in points)
            self.height = height
            self._key = ("form", tuple(items), height)  # see render.layout.flowable_key

        def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            return avail_width, self.height

        def draw(self) -> None:
            c = self.canv
            style = paragraph_styles()["signature_label"]
            c.saveState()
            c.setFont(fonts().regular, style.fontSize)
            c.setLineWidth(0.6)
            c.setStrokeColor(colours()["text"])
            c.setFillColor(colours()["text"])
            x, base = 0.0, 6.0
            for kind, label, width in self.items:
                if kind == "box":
                    c.rect(x, base - 1, BOX, BOX, stroke=1, fill=0)
                    c.drawString(x + BOX + 4, base, label)
                else:
                    c.setFillColor(colours()["label"])
                    c.drawString(x, base, label)
                    c.setFillColor(colours()["text"])
                    start = x + c.stringWidth(label, fonts().regular, style.fontSize) + 4
                    c.setStrokeColor(colours()["rule"])
                    c.line(start, base - 2, x + width - 10, base - 2)
                    c.setStrokeColor(colours()["text"])
                x += width
            c.restoreState()

    return FormRow


_FORM_ROW: type | None = None


def form_row(items: list[tuple[str, str, float]], height: float = 22.0) -> Flowable:
    """Return a row of tick boxes and lines (a line row should be tall enough to sign on)."""
    global _FORM_ROW
    if _FORM_ROW is None:
        _FORM_ROW = _form_row_class()
    return _FORM_ROW(items, height)


def paragraph(markup: str, style_name: str) -> Flowable:
    """Return a cached-parse paragraph (see :func:`notadesk.core.render.story.paragraph`)."""
    from notadesk.core.render.story import paragraph as story_paragraph

    return story_paragraph(markup, style_name)


def _name(entry: RoutingEntry | None, woo: bool) -> str:
    from notadesk.core.render.story import entry_name

    return entry_name(entry, woo=woo).markup() if entry is not None else ""


def signature_block(
    nota: Nota, *, woo: bool, parafen: tuple[GivenParaaf, ...] = ()
) -> list[Flowable]:
    """Return the signature block for the nota's type line, and the Via parafen."""
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    w = words()
    width = geometry().body_width
    kind = signature_kind(nota.type)
    heading = {"decision": w["decision"], "signature": w["signature"]}.get(kind, w["seen"])
    addressees: list[RoutingEntry | None] = [
        e for e in nota.routing.to if e.name.strip() or (woo and e.personal_data)
    ] or [None]

    groups: list[list[Flowable]] = []
    for entry in addressees:
        rows: list[Flowable] = []
        name = _name(entry, woo)
        if name:
            rows.append(paragraph(f"<b>{name}</b>", "body"))
        if kind == "decision":
            third = width / 3
            rows.append(
                form_row(
                    [
                        ("box", w["agree"], third),
                        ("box", w["disagree"], third),
                        ("box", w["discussed"], third),
                    ]
                )
            )
            rows.append(
                form_row([("line", w["date"], width * 0.4), ("line", w["sign"], width * 0.6)], SIGN)
            )
        elif kind == "signature":
            rows.append(
                form_row([("line", w["date"], width * 0.4), ("line", w["sign"], width * 0.6)], SIGN)
            )
        else:
            rows.append(
                form_row(
                    [
                        ("box", w["seen_box"], width * 0.2),
                        ("line", w["date"], width * 0.4),
                        ("line", w["initials"], width * 0.4),
                    ],
                    SIGN,
                )
            )
        rows.append(Spacer(1, 6))
        groups.append(rows)

    out: list[Flowable] = [
        CondPageBreak(90),
        _rule(),
        # Never nest KeepTogether: ReportLab then breaks the page before it.
        KeepTogether([paragraph(escape(heading), "signature_heading"), *groups[0]]),
        *(KeepTogether(g) for g in groups[1:]),
    ]
    out.extend(_via_block(nota, woo=woo, parafen=parafen))
    return out


def _given_row(name: str, given: GivenParaaf) -> list[Any]:
    import datetime as dt

    try:
        date = format_date(dt.date.fromisoformat(given.date))
    except ValueError:
        date = given.date
    function = f", {escape(given.function)}" if given.function else ""
    done = escape(words()["paraaf_given"].format(date=date))
    return [paragraph(f"{name}{function} — {done}", "body")]


def _via_block(nota: Nota, *, woo: bool, parafen: tuple[GivenParaaf, ...] = ()) -> list[Flowable]:
    from reportlab.platypus import KeepTogether

    entries = [e for e in nota.routing.via if e.name.strip() or (woo and e.personal_data)]
    given = {same_name(p.name): p for p in parafen}
    via = {same_name(e.name) for e in entries}
    added = [p for p in parafen if same_name(p.name) not in via and not woo]
    if not entries and not added:
        return []
    w = words()
    width = geometry().body_width
    rows: list[list[Any]] = []
    for entry in entries:
        if same_name(entry.name) in given:
            rows.append(_given_row(_name(entry, woo), given[same_name(entry.name)]))
            continue
        rows.append(
            [
                paragraph(_name(entry, woo), "body"),
                form_row(
                    [("line", w["date"], width * 0.4), ("line", w["initials"], width * 0.6)],
                    SIGN,
                ),
            ]
        )
    rows.extend(_given_row(escape(p.name), p) for p in added)
    heading = paragraph(escape(w["via_heading"]), "signature_heading")
    return [KeepTogether([heading, *rows[0]]), *(KeepTogether(r) for r in rows[1:])]


def _rule() -> Flowable:
    from reportlab.platypus import HRFlowable

    return HRFlowable(
        width="100%", thickness=0.5, color=colours()["rule"], spaceBefore=14, spaceAfter=2
    )
