"""The body laid out segment by segment, kept across renders: after an edit only what changed
is laid out again, and the PDF is byte for byte what a full render gives.

The story comes in segments (the first-page block, each top-level section, the end), and a
segment in parts (its flowables: a paragraph, a table, a heading kept with what follows). What
laying out a segment or a part does depends only on its flowables, the page templates, and the
state it starts in: the page and the place on it, the canvas's graphics state, and which
characters the fonts have given codes so far (ReportLab numbers a font subset's characters in
the order they first appear, so a page's bytes depend on every page before it).
:func:`lay_out` runs ReportLab's own loop (``BaseDocTemplate.build``) over each segment and, in
a :class:`LayoutCache`, keeps under (flowables, templates, start state) what that did: the
drawing operators added to the page it began on, the pages it completed, the page it ends on
and every piece of state at its end. When the same segment starts in the same state again,
that is put back instead of laid out — the state it leaves is the state the layout leaves, so
what follows cannot tell. A segment not found is laid out part by part, each part looked up
in turn: after an edit that keeps the edited paragraph's height only that paragraph is laid
out again; one that moves a page break lays out what follows until the state is one seen
before (or to the end).

A segment is never kept when laying it out touched state this module does not put back (a
new PDF object such as an image or a link, a flowable it cannot name): it is laid out every
time. A render without a cache lays out every segment through the same loop, so the cached
render and the full render are one code path.
"""

from __future__ import annotations

import copy
import operator
import pickle
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import partial
from itertools import compress
from typing import Any

from notadesk.core.render.pages import PAGE_STATE
from notadesk.core.render.written import WrittenCache

_SCALARS = (int, float, str, bool, type(None), bytes)
_SCALAR_TYPES = frozenset(_SCALARS)
_IS_TUPLE = partial(operator.is_, tuple)
# Graphics state the canvas keeps in objects rather than scalars (colours).
_OBJECT_STATE = ("_fillColorObj", "_strokeColorObj", "_lineDash")
# Lists on the template and canvas that must be empty where one segment ends and the next begins.
_EMPTY_AT_BOUNDARIES = (
    ("doc", "_frameBGs"),
    ("doc", "_pageTopFlowables"),
    ("doc", "_topFlowables"),
    ("doc", "_indexingFlowables"),
    ("canv", "state_stack"),
    ("canv", "_codeStack"),
)
KEPT_RENDERS = 2
"""A segment not used in this many renders is forgotten."""


class LayoutCache:
    """Laid-out segments of recent renders (the preview keeps one across edits).

    Holds what the last :data:`KEPT_RENDERS` renders used. States are named by numbers that
    are never given twice, so a forgotten state's number can never name another.
    """

    def __init__(self) -> None:
        self._segments: list[dict[Hashable, Segment]] = [{}]
        self._tokens: list[dict[Hashable, int]] = [{}]
        self._last_token = 0
        self._stories: dict[Hashable, tuple[Any, tuple[Hashable, ...]]] = {}
        self._snapshots: dict[Hashable, Any] = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.written = WrittenCache()  # the PDFs written, see notadesk.core.render.written

    def start_render(self) -> None:
        """Begin a render: what the oldest kept render used and this one does not is dropped."""
        with self._lock:
            self._segments = [{}, *self._segments[: KEPT_RENDERS - 1]]
            self._tokens = [{}, *self._tokens[: KEPT_RENDERS - 1]]

    def token(self, value: Hashable) -> int:
        """Return the number naming a state (or the templates) while it is remembered."""
        with self._lock:
            found = _lookup(self._tokens, value)
            if found is None:
                self._last_token += 1
                found = self._tokens[0][value] = self._last_token
            return found

    def get(self, key: Hashable) -> Segment | None:
        """Return the segment laid out under ``key``, or None."""
        with self._lock:
            found = _lookup(self._segments, key)
            if found is None:
                self.misses += 1
            else:
                self.hits += 1
            return found

    def put(self, key: Hashable, segment: Segment) -> None:
        """Keep a segment laid out under ``key``."""
        with self._lock:
            self._segments[0][key] = segment

    def story_key(self, slot: Hashable, inputs: Any) -> tuple[Hashable, ...] | None:
        """Return the content key the flowables made at ``slot`` had when made from inputs
        equal to ``inputs`` last time, or None (see :func:`story_segment`)."""
        with self._lock:
            kept = self._stories.get(slot)
        return kept[1] if kept is not None and kept[0] == inputs else None

    def keep_story(
        self,
        slot: Hashable,
        inputs: tuple[Any, ...],
        key: tuple[Hashable, ...] | None,
        shared: tuple[Any, ...] = (),
    ) -> None:
        """Remember the content key of the flowables made at ``slot`` from ``inputs`` (a copy
        of them, so later edits of the model cannot change what is remembered; ``shared``
        are inputs that are copies already, see :meth:`snapshot`)."""
        kept = tuple(x if any(x is y for y in shared) else _copy(x) for x in inputs)
        with self._lock:
            if key is None:
                self._stories.pop(slot, None)
            else:
                self._stories[slot] = (kept, key)

    def snapshot(self, name: Hashable, value: Any) -> Any:
        """Return a copy of ``value`` (the one made last time, when ``value`` still equals it)."""
        with self._lock:
            kept = self._snapshots.get(name, _NOTHING)
        if kept is not _NOTHING and kept == value:
            return kept
        kept = _copy(value)
        with self._lock:
            self._snapshots[name] = kept
        return kept


_NOTHING = object()


def _copy(value: Any) -> Any:
    """Return a deep copy of model data (a pickle round trip: a third of ``deepcopy``'s time)."""
    try:
        return pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
    except (pickle.PicklingError, TypeError, AttributeError):
        return copy.deepcopy(value)


def _lookup(generations: list[dict[Hashable, Any]], key: Hashable) -> Any:
    for generation in generations:
        found = generation.get(key)
        if found is not None:
            generations[0][key] = found
            return found
    return None


@dataclass(frozen=True)
class Deferred:
    """A segment whose flowables are made only when it must be laid out: its content key is
    known from the model (:func:`story_segment`), so a segment kept in the cache is replayed
    without making them."""

    key: tuple[Hashable, ...]
    make: Callable[[], list[Any]]


def story_segment(
    cache: LayoutCache | None,
    slot: Hashable,
    inputs: tuple[Any, ...],
    make: Callable[[], list[Any]],
    shared: tuple[Any, ...] = (),
) -> list[Any] | Deferred:
    """Return the flowables ``make`` gives, or a :class:`Deferred` making them when needed.

    ``inputs`` must hold everything the flowables depend on (compared by value with the
    inputs of the last render at ``slot``): when they are equal to last time's, the
    flowables' content key is last time's and making them waits until a layout needs them.
    ``shared``: inputs that are the cache's snapshots (:meth:`LayoutCache.snapshot`).
    """
    if cache is not None:
        key = cache.story_key(slot, inputs)
        if key is not None:
            return Deferred(key, make)
    flowables = make()
    if cache is not None:
        cache.keep_story(slot, inputs, content_key(flowables), shared)
    return flowables


@dataclass(frozen=True)
class Segment:
    """What laying out one segment did, from a known start state (see :func:`lay_out`)."""

    tail: tuple[str, ...]  # operators added to the page the segment began on
    begun: dict[str, Any]  # the rest of that page's state where the segment left it
    pages: tuple[dict[str, Any], ...]  # the pages completed after it (page state)
    current: dict[str, Any] | None  # the page it ends on (page state), if not the one it began on
    outline: tuple[Any, ...]  # bookmarks marked in the segment
    end: int  # the token of the state it ends in
    doc: dict[str, Any]  # scalars of the doc template at the end
    template: int  # index of the page template at the end
    frame: tuple[int, int] | None  # (template, frame) of the current frame at the end
    frames: tuple[dict[str, Any], ...]  # scalars of every frame, per template and frame
    hanging: int  # page begins pending at the end
    canvas: dict[str, Any]  # scalars and graphics state of the canvas at the end
    pdf: dict[str, Any]  # scalars of the PDF document at the end
    fonts: tuple[tuple[Any, dict[int, int], tuple[tuple[int, ...], ...], int, Any, int], ...]
    delayed: tuple[Any, ...]  # the fonts named in the document, in the order they were named
    font_mapping: tuple[tuple[str, str], ...]


def lay_out(
    doc: Any,
    segments: list[list[Any] | Deferred],
    canvasmaker: Any,
    *,
    cache: LayoutCache | None,
    templates: Hashable,
    check: Callable[[], None] | None = None,
) -> None:
    """Build ``doc`` from segments of flowables, replaying what ``cache`` kept.

    A segment found in the cache (same flowables, same start state) is replayed whole; one
    that is not is laid out flowable by flowable, each of those looked up in turn, so a
    one-word edit lays out one paragraph. A :class:`Deferred` segment's flowables are made
    only when it is not found. ``templates`` names what the page templates draw.
    ``check`` runs after each replay (a preview overtaken by edits stops there).
    """
    doc._startBuild(None, canvasmaker)
    canv = doc.canv
    doc._savedInfo = canv._doc.info
    run = _Run(doc, cache, templates, check)
    try:
        canv._doctemplate = doc
        for segment in segments:
            if isinstance(segment, Deferred):
                if run.reuse(segment.key):
                    continue
                flowables = segment.make()
            else:
                flowables = segment
            keys = [flowable_key(f) for f in flowables] if cache is not None else []
            parts = list(zip(keys, flowables, strict=True)) if cache is not None else []
            content = None if cache is None or None in keys else tuple(keys)
            if parts:
                flowables.clear()  # the parts hold them now (each let go once laid out)
            run.segment(content, flowables, parts, tried=segment is not flowables)
        run.flush()
    finally:
        del canv._doctemplate
    canv._doc.info = doc._savedInfo
    doc._endBuild()


class _Run:
    """One render's walk through the segments: what state the doc is in, what to put back."""

    def __init__(
        self,
        doc: Any,
        cache: LayoutCache | None,
        templates: Hashable,
        check: Callable[[], None] | None,
    ) -> None:
        self.doc = doc
        self.cache = cache
        self.check = check
        if cache is not None:
            cache.start_render()
        self.templates = cache.token(templates) if cache is not None else 0
        self.state: int | None = None  # the token of the doc's state; None: not known yet
        self.pending: Segment | None = None  # replayed, its end state not yet put back

    def segment(
        self, content: Hashable | None, flowables: list[Any], parts: list[Any], *, tried: bool
    ) -> None:
        """Replay a kept segment, or lay it out part by part (each part looked up).

        ``tried``: the segment was looked up already (and not found).
        """
        if not tried and self.reuse(content):
            return
        mark = self._mark(content)
        if parts:
            for i, (part_key, flowable) in enumerate(parts):
                parts[i] = (part_key, None)  # a drawn flowable is not kept alive
                if self.reuse(part_key):
                    # Its parts are kept: keeping the whole segment again would cost more
                    # than the lookups it saves (an edited section is edited again).
                    mark = None
                    continue
                part_mark = self._mark(part_key)
                self.flush()
                _build_loop(self.doc, [flowable])
                self.state = None
                self._keep(part_key, part_mark)
        else:
            self.flush()
            _build_loop(self.doc, flowables)  # takes them off the list as they are drawn
            self.state = None
        self._keep(content, mark)

    def flush(self) -> None:
        """Put back the end state of the last replayed segment."""
        if self.pending is not None:
            _replay_state(self.doc, self.pending)
            self.pending = None

    def _key(self, content: Hashable | None) -> Hashable | None:
        if self.cache is None or content is None:
            return None
        if self.state is None:
            self.flush()
            state = _state(self.doc)
            if state is None:
                return None
            self.state = self.cache.token(state)
        return (content, self.templates, self.state)

    def reuse(self, content: Hashable | None) -> bool:
        """Replay the segment or part kept under ``content`` and the current state, if any."""
        key = self._key(content)
        kept = self.cache.get(key) if self.cache is not None and key is not None else None
        if kept is None:
            return False
        _replay_pages(self.doc, kept)
        self.pending = kept
        self.state = kept.end
        if self.check is not None:
            self.check()
        return True

    def _mark(self, content: Hashable | None) -> tuple[Hashable, _Mark] | None:
        # What a mark counts (pages, operators, bookmarks) a replay has put back already.
        key = self._key(content)
        return None if key is None else (key, _mark(self.doc))

    def _keep(self, content: Hashable | None, mark: tuple[Hashable, _Mark] | None) -> None:
        if self.cache is None or mark is None:
            return
        self.flush()
        if self.state is None:
            state = _state(self.doc)
            if state is None:
                return
            self.state = self.cache.token(state)
        made = _capture(self.doc, mark[1], self.state)
        if made is not None:
            self.cache.put(mark[0], made)


def _build_loop(doc: Any, flowables: list[Any]) -> None:
    """ReportLab's ``BaseDocTemplate.build`` loop over one segment's flowables."""
    from reportlab.platypus.doctemplate import NextPageTemplate, PageBegin, PageBreakIfNotEmpty

    while flowables:
        if (
            doc._hanging
            and doc._hanging[-1] is PageBegin
            and isinstance(flowables[0], PageBreakIfNotEmpty)
        ):
            npt = flowables[0].nextTemplate
            if npt and not doc._samePT(npt):
                NextPageTemplate(npt).apply(doc)
                doc._setPageTemplate()
            del flowables[0]
            if not flowables:
                break
        doc.clean_hanging()
        doc.handle_flowable(flowables)


# --- state --------------------------------------------------------------------------------------


def _scalars(obj: Any) -> tuple[tuple[str, Any], ...]:
    # Filtered by type in C (itertools, operator): the state is read a few times per render.
    attributes = vars(obj)
    items = attributes.items()
    kinds = list(map(type, attributes.values()))
    out = list(compress(items, map(_SCALAR_TYPES.__contains__, kinds)))
    for k, v in compress(items, map(_IS_TUPLE, kinds)):
        if _SCALAR_TYPES.issuperset(map(type, v)):
            out.append((k, v))
    return tuple(out)


def _frame_state(frame: Any) -> frozenset[tuple[str, Any]]:
    """Return a frame's scalars and its empty lists (anything else: :class:`_Unknown`)."""
    lists = []
    for k, v in vars(frame).items():
        if isinstance(v, list):
            if v:
                raise _Unknown
            lists.append((k, "[]"))
    return frozenset((*_scalars(frame), *lists))


def _ext_state(ext: Any) -> tuple[Any, ...]:
    return (tuple(ext._d.items()), tuple(ext._c.items()))


def _fonts(pdf: Any) -> tuple[Any, ...]:
    out = []
    for font in pdf.delayedFonts:
        state = font.state.get(pdf)
        if state is None:
            out.append((font.fontName, None))
            continue
        subsets = tuple(tuple(s) for s in state.subsets)
        out.append((font.fontName, state.internalName, state.nextCode, state.frozen, subsets))
    return tuple(out)


def _state(doc: Any) -> Hashable | None:
    """Return everything a segment's layout depends on besides its flowables, or None when
    the doc is in a state this module does not know how to put back."""
    from reportlab.platypus.doctemplate import PageBegin

    canv = doc.canv
    pdf = canv._doc
    if any(
        getattr(doc if owner == "doc" else canv, name, None) for owner, name in _EMPTY_AT_BOUNDARIES
    ):
        return None
    if any(h is not PageBegin for h in doc._hanging):
        return None
    templates = doc.pageTemplates
    frame = getattr(doc, "frame", _NO_FRAME)
    try:
        page_state = _page_fingerprint({k: canv.__dict__[k] for k in PAGE_STATE if k != "_code"})
        frames = tuple(_frame_state(f) for t in templates for f in t.frames)
    except _Unknown:
        return None
    return (
        frozenset(_scalars(doc)),
        templates.index(doc.pageTemplate),
        _frame_index(doc, frame),
        frames,
        len(doc._hanging),
        frozenset(_scalars(canv)),
        tuple(repr(canv.__dict__.get(k)) for k in _OBJECT_STATE),
        _ext_state(canv._extgstate),
        page_state,
        len(canv.laid_out),
        frozenset(_scalars(pdf)),
        tuple(pdf.fontMapping.items()),
        _fonts(pdf),
        len(pdf.idToObject),
    )


_NO_FRAME = (-1, -1)  # before the first page: the template has no frame attribute yet


def _frame_index(doc: Any, frame: Any) -> tuple[int, int] | None:
    if frame is _NO_FRAME:
        return _NO_FRAME
    if frame is None:
        return None
    for t, template in enumerate(doc.pageTemplates):
        for f, candidate in enumerate(template.frames):
            if candidate is frame:
                return (t, f)
    raise ValueError("frame outside the page templates")


def _page_fingerprint(state: dict[str, Any]) -> str:
    return repr(_plain(state))


def _plain(value: Any) -> Any:
    # A function of the module, not a closure: a closure calling itself is a reference cycle.
    if type(value) in _SCALARS:
        return value
    if isinstance(value, list | tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return tuple((_plain(k), _plain(v)) for k, v in value.items())
    if type(value).__name__ == "ExtGState":
        return ("ExtGState", _ext_state(value))
    raise _Unknown


class _Unknown(Exception):
    """A value in the page state this module cannot copy."""


@dataclass(frozen=True)
class _Mark:
    pages: int
    code: int
    outline: int
    objects: int


def _mark(doc: Any) -> _Mark:
    canv = doc.canv
    return _Mark(
        pages=len(canv.laid_out),
        code=len(canv._code),
        outline=len(canv.outline),
        objects=len(canv._doc.idToObject),
    )


def _copy_page(state: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in state.items():
        if isinstance(v, list):
            out[k] = list(v)
        elif isinstance(v, dict):
            out[k] = dict(v)
        elif type(v).__name__ == "ExtGState":
            copied = type(v)()
            copied._d = dict(v._d)
            copied._c = dict(v._c)
            out[k] = copied
        else:
            out[k] = v
    return out


def _capture(doc: Any, mark: _Mark, end: int) -> Segment | None:
    """Return what the segment since ``mark`` did, or None when it cannot be put back."""
    from reportlab.platypus.doctemplate import PageBegin

    canv = doc.canv
    pdf = canv._doc
    if len(pdf.idToObject) != mark.objects:
        return None  # a new PDF object (image, link): not replayable
    if any(
        getattr(doc if owner == "doc" else canv, name, None) for owner, name in _EMPTY_AT_BOUNDARIES
    ):
        return None
    if any(h is not PageBegin for h in doc._hanging):
        return None
    page_keys = [k for k in PAGE_STATE if k != "_code"]
    try:
        frames = tuple(dict(_frame_state(f)) for t in doc.pageTemplates for f in t.frames)
        if len(canv.laid_out) == mark.pages:
            begun = _copy_page({k: canv.__dict__[k] for k in page_keys})
            tail = tuple(canv._code[mark.code :])
            pages: tuple[dict[str, Any], ...] = ()
            current = None
        else:
            begun = _copy_page({k: canv.laid_out[mark.pages][k] for k in page_keys})
            tail = tuple(canv.laid_out[mark.pages]["_code"][mark.code :])
            pages = tuple(_copy_page(p) for p in canv.laid_out[mark.pages + 1 :])
            current = _copy_page({k: canv.__dict__[k] for k in PAGE_STATE})
        for page in (begun, *pages, *([current] if current is not None else [])):
            _page_fingerprint(page)  # only state this module can copy
    except _Unknown:
        return None
    for font in _known_fonts():
        if pdf in font.state and font not in pdf.delayedFonts:
            return None  # a font with codes but no name in the document: not replayable
    scalars = dict(_scalars(doc))
    frame = getattr(doc, "frame", _NO_FRAME)
    canvas_state = dict(_scalars(canv))
    canvas_state.update({k: canv.__dict__.get(k) for k in _OBJECT_STATE})
    canvas_state["_extgstate"] = _copy_page({"e": canv._extgstate})["e"]
    return Segment(
        tail=tail,
        begun=begun,
        pages=pages,
        current=current,
        outline=tuple(canv.outline[mark.outline :]),
        end=end,
        doc=scalars,
        template=doc.pageTemplates.index(doc.pageTemplate),
        frame=_frame_index(doc, frame),
        frames=frames,
        hanging=len(doc._hanging),
        canvas=canvas_state,
        pdf=dict(_scalars(pdf)),
        fonts=tuple(
            (
                font,
                dict(font.state[pdf].assignments),
                tuple(tuple(s) for s in font.state[pdf].subsets),
                font.state[pdf].nextCode,
                font.state[pdf].internalName,
                font.state[pdf].frozen,
            )
            for font in pdf.delayedFonts
            if pdf in font.state
        ),
        delayed=tuple(pdf.delayedFonts),
        font_mapping=tuple(pdf.fontMapping.items()),
    )


def _known_fonts() -> list[Any]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    return [f for f in pdfmetrics._fonts.values() if isinstance(f, TTFont)]


def _replay_pages(doc: Any, kept: Segment) -> None:
    """Put back the pages a kept segment drew and the bookmarks it marked."""
    canv = doc.canv
    canv._code.extend(kept.tail)
    canv.__dict__.update(_copy_page(kept.begun))
    if kept.current is not None:
        canv.laid_out.append({k: canv.__dict__[k] for k in PAGE_STATE})
        canv.laid_out.extend(_copy_page(p) for p in kept.pages)
        canv.__dict__.update(_copy_page(kept.current))
    canv.outline.extend(kept.outline)


def _set_scalars(obj: Any, scalars: dict[str, Any]) -> None:
    """Give ``obj`` exactly these scalar attributes (others it has are removed)."""
    attributes = obj.__dict__
    for k in attributes.keys() - scalars.keys():  # mostly objects, which stay
        kind = type(attributes[k])
        if kind in _SCALAR_TYPES or (
            kind is tuple and _SCALAR_TYPES.issuperset(map(type, attributes[k]))
        ):
            del attributes[k]
    attributes.update(scalars)


def _replay_state(doc: Any, kept: Segment) -> None:
    """Put back the state a kept segment ended in (after :func:`_replay_pages` of it)."""
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus.doctemplate import PageBegin

    canv = doc.canv
    pdf = canv._doc
    _set_scalars(canv, {k: v for k, v in kept.canvas.items() if k not in _OBJECT_STATE})
    canv.__dict__.update({k: kept.canvas[k] for k in _OBJECT_STATE})
    canv._extgstate = _copy_page({"e": kept.canvas["_extgstate"]})["e"]
    _set_scalars(doc, kept.doc)
    doc.pageTemplate = doc.pageTemplates[kept.template]
    frames = [f for t in doc.pageTemplates for f in t.frames]
    for frame, state in zip(frames, kept.frames, strict=True):
        _set_scalars(frame, {k: v for k, v in state.items() if v != "[]"})
        frame.__dict__.update({k: [] for k, v in state.items() if v == "[]"})
    if kept.frame is None:
        doc.frame = None
    elif kept.frame == _NO_FRAME:
        doc.__dict__.pop("frame", None)
    else:
        doc.frame = doc.pageTemplates[kept.frame[0]].frames[kept.frame[1]]
    doc._hanging[:] = [PageBegin] * kept.hanging
    _set_scalars(pdf, kept.pdf)
    pdf.fontMapping.clear()
    pdf.fontMapping.update(kept.font_mapping)
    pdf.delayedFonts[:] = kept.delayed
    for font, assignments, subsets, next_code, internal_name, frozen in kept.fonts:
        state = font.state.get(pdf)
        if state is None:  # every attribute is set below
            state = font.state[pdf] = TTFont.State.__new__(TTFont.State)
        state.assignments = dict(assignments)
        state.subsets = [list(s) for s in subsets]
        state.nextCode = next_code
        state.internalName = internal_name
        state.frozen = frozen


# --- naming flowables -----------------------------------------------------------------------------


def content_key(flowables: list[Any]) -> Hashable | None:
    """Return a key that is equal for flowables that lay out and draw alike, or None.

    Paragraphs are named by their markup, style and bullet (``paragraph()`` sets ``_key``),
    tables by their cells (the story sets ``_key``); a flowable of another kind makes the
    segment unnamed, so it is laid out every time.
    """
    keys = []
    for f in flowables:
        key = flowable_key(f)
        if key is None:
            return None
        keys.append(key)
    return tuple(keys)


def flowable_key(f: Any) -> Hashable | None:
    """Return the key of one flowable (see :func:`content_key`), or None."""
    own = f.__dict__.get("_key")
    if own is not None:  # a paragraph or table: most flowables
        return (own, getattr(f, "outline", None))
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer
    from reportlab.platypus.flowables import HRFlowable

    kind = type(f)
    if kind is KeepTogether:
        inner = content_key(f._content)
        return None if inner is None else ("keep", inner, f._maxHeight)
    if kind is Spacer:
        return ("spacer", f.width, f.height)
    if kind is CondPageBreak:
        return ("cond", f.height)
    if kind is HRFlowable:
        return ("hr", repr(sorted(vars(f).items())))
    return None
