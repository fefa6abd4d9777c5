"""The Details tab: type line, subject, status, dates, reference, routing and classification."""

from __future__ import annotations

import itertools

from notadesk.core.model.nota import Classification, Nota
from notadesk.core.policy.markings import schemes
from notadesk.core.policy.vocabulary import (
    allowed_transitions,
    field_label,
    statuses,
    type_lines,
)
from notadesk.gui.editor.base import EditorTab
from notadesk.gui.editor.routing import RoutingListEditor
from notadesk.gui.qt import QtCore, QtWidgets, Signal
from notadesk.gui.widgets import OptionalDateEdit, ShortComboBox

ROUTING_ROLES = ("to", "from", "via", "cc", "agreed_with")


def _line(name: str) -> QtWidgets.QLineEdit:
    edit = QtWidgets.QLineEdit()
    edit.setAccessibleName(name)
    edit.setClearButtonEnabled(True)
    return edit


def _combo(name: str) -> QtWidgets.QComboBox:
    combo = QtWidgets.QComboBox()
    combo.setAccessibleName(name)
    return combo


class DetailsTab(EditorTab):
    """Every field of the nota that is not its text or its tables."""

    status_requested = Signal(str, str)
    """The person picked another status: (old status id, new status id)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._status = "concept"

        self.type_combo = _combo(self.tr("Type line"))
        for t in type_lines():
            self.type_combo.addItem(t.label, t.id)
        self.subject = _line(self.tr("Subject"))
        self.subject.setPlaceholderText(self.tr("What the nota is about"))
        self.status_combo = _combo(self.tr("Status"))
        for s in statuses():
            self.status_combo.addItem(s.label, s.id)
        self.date = OptionalDateEdit(field_label("date"))
        self.reference = _line(field_label("reference"))
        self.reference.setPlaceholderText(self.tr("Given on the first save when left empty"))

        self.due_date = OptionalDateEdit(field_label("due"))
        self.due_text = _line(self.tr("%1 (text)").replace("%1", field_label("due")))
        self.due_text.setPlaceholderText(self.tr("e.g. RDINEV"))
        self.parliament = OptionalDateEdit(field_label("parliament"))
        self.received = OptionalDateEdit(field_label("received"))

        self.level_combo = ShortComboBox()  # the level shown; the list names the scheme too
        self.level_combo.setAccessibleName(self.tr("Classification"))
        for scheme in schemes():
            for level in scheme.levels:
                self.level_combo.add_item(f"{scheme.label} — {level.label}", level.id, level.label)
        self.proposed_by = _line(self.tr("Proposed by"))
        self.set_by = _line(self.tr("Set by"))
        self.until = OptionalDateEdit(self.tr("Classified until"))
        self.end_event = _line(self.tr("End event"))
        self.end_event.setPlaceholderText(self.tr("or: until an event, e.g. publication"))

        self.routing = {role: RoutingListEditor(field_label(role)) for role in ROUTING_ROLES}
        self.drafted_by = RoutingListEditor(field_label("drafted_by"))

        self._build_layout()
        self._connect()

    # --- layout --------------------------------------------------------------------------------

    def _form(self, title: str, rows: list[tuple[str, QtWidgets.QWidget]]) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(title)
        form = QtWidgets.QFormLayout(box)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)  # large fonts
        for label, widget in rows:
            lab = QtWidgets.QLabel(label)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        return box

    def _build_layout(self) -> None:
        nota_box = self._form(
            self.tr("Nota"),
            [
                (self.tr("&Type line"), self.type_combo),
                (self.tr("S&ubject"), self.subject),
                (self.tr("St&atus"), self.status_combo),
                (field_label("date"), self.date),
                (field_label("reference"), self.reference),
            ],
        )
        deadline_box = self._form(
            self.tr("Deadlines"),
            [
                (field_label("due"), self.due_text),
                (self.tr("%1 (date)").replace("%1", field_label("due")), self.due_date),
                (field_label("parliament"), self.parliament),
                (field_label("received"), self.received),
            ],
        )
        class_box = self._form(
            self.tr("Classification"),
            [
                (self.tr("&Level"), self.level_combo),
                (self.tr("Proposed by"), self.proposed_by),
                (self.tr("Set by"), self.set_by),
                (self.tr("Until"), self.until),
                (self.tr("End event"), self.end_event),
            ],
        )
        routing_box = QtWidgets.QGroupBox(self.tr("Routing"))
        grid = QtWidgets.QVBoxLayout(routing_box)
        grid.setSpacing(2)
        editors = [(field_label(role), self.routing[role]) for role in ROUTING_ROLES]
        for text, editor in [*editors, (field_label("drafted_by"), self.drafted_by)]:
            label = QtWidgets.QLabel(text)
            label.setBuddy(editor.table)
            grid.addWidget(label)
            grid.addWidget(editor)
            grid.addSpacing(4)

        left_widget = QtWidgets.QWidget()
        left_widget.setMaximumWidth(400)
        left_widget.setMinimumWidth(320)
        left = QtWidgets.QVBoxLayout(left_widget)
        left.setContentsMargins(0, 0, 0, 0)
        for box in (nota_box, deadline_box, class_box):
            left.addWidget(box)
        left.addStretch(1)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(routing_box)
        right.addStretch(1)

        inner = QtWidgets.QWidget()
        columns = QtWidgets.QHBoxLayout(inner)
        columns.addWidget(left_widget, 0)
        columns.addLayout(right, 1)
        scroll = QtWidgets.QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        order: list[QtWidgets.QWidget] = [
            self.type_combo,
            self.subject,
            self.status_combo,
            self.date.check,
            self.date.edit,
            self.reference,
            self.due_text,
            self.due_date.check,
            self.due_date.edit,
            self.parliament.check,
            self.parliament.edit,
            self.received.check,
            self.received.edit,
            self.level_combo,
            self.proposed_by,
            self.set_by,
            self.until.check,
            self.until.edit,
            self.end_event,
        ]
        for editor in [*self.routing.values(), self.drafted_by]:
            order += [editor.table, editor.add_button, editor.remove_button]
            order += [editor.up_button, editor.down_button]
        for a, b in itertools.pairwise(order):
            QtWidgets.QWidget.setTabOrder(a, b)

    def _connect(self) -> None:
        for edit in (self.subject, self.reference, self.due_text):
            edit.textChanged.connect(self._emit)
        for edit in (self.proposed_by, self.set_by, self.end_event):
            edit.textChanged.connect(self._emit)
        for combo in (self.type_combo, self.level_combo):
            combo.currentIndexChanged.connect(self._emit)
        self.status_combo.currentIndexChanged.connect(self._status_picked)
        for w in (self.date, self.due_date, self.parliament, self.received, self.until):
            w.changed.connect(self._emit)
        for editor in [*self.routing.values(), self.drafted_by]:
            editor.changed.connect(self._emit)

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _offer_statuses(self, current: str) -> None:
        """Offer only the statuses the vocabulary allows after the current one."""
        allowed = {current, *allowed_transitions(current)}
        model = self.status_combo.model()
        for row in range(self.status_combo.count()):
            item = model.item(row)  # type: ignore[attr-defined]
            if item is not None:
                item.setEnabled(self.status_combo.itemData(row) in allowed)

    def _status_picked(self, _index: int) -> None:
        if self._loading:
            return
        new = self.status_combo.currentData()
        old, self._status = self._status, new
        self._offer_statuses(new)
        self.changed.emit()
        self.status_requested.emit(old, new)

    # --- EditorTab -----------------------------------------------------------------------------

    def set_status(self, status: str) -> None:
        """Show a status without asking for it (used to undo a refused change)."""
        self._loading = True
        self._select(self.status_combo, status)
        self._status = status
        self._offer_statuses(status)
        self._loading = False

    def set_level(self, level_id: str) -> None:
        """Show a classification level chosen for the person (the portion roll-up)."""
        self._select(self.level_combo, level_id)

    @staticmethod
    def _select(combo: QtWidgets.QComboBox, value: str | None) -> None:
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def load(self, nota: Nota) -> None:
        """Show the nota's details."""
        self._loading = True
        try:
            self._select(self.type_combo, nota.type)
            self.subject.setText(nota.subject)
            self.subject.setCursorPosition(0)
            self._select(self.status_combo, nota.status)
            self._status = nota.status
            self._offer_statuses(nota.status)
            self.date.set_value(nota.date)
            self.reference.setText(nota.reference)
            due = nota.deadlines.due
            self.due_text.setText(due.text)
            self.due_date.set_value(due.date)
            self.parliament.set_value(nota.deadlines.parliament)
            self.received.set_value(nota.deadlines.received)
            cls = nota.classification
            self._select(self.level_combo, cls.level)
            self.proposed_by.setText(cls.proposed_by)
            self.set_by.setText(cls.set_by)
            self.until.set_value(cls.until)
            self.end_event.setText(cls.end_event)
            for role in ROUTING_ROLES:
                self.routing[role].set_entries(nota.routing.entries(role))
            self.drafted_by.set_entries(nota.drafted_by)
        finally:
            self._loading = False

    def restore_classification(self, cls: Classification) -> None:
        """Show a classification's level and end date again (a declined downgrade)."""
        self._loading = True
        try:
            self._select(self.level_combo, cls.level)
            self.until.set_value(cls.until)
        finally:
            self._loading = False

    def classification(self) -> Classification:
        """Return the classification as the fields now show it."""
        return Classification(
            level=self.level_combo.currentData() or "",
            proposed_by=self.proposed_by.text().strip(),
            set_by=self.set_by.text().strip(),
            until=self.until.value(),
            end_event=self.end_event.text().strip(),
        )

    def apply(self, nota: Nota) -> None:
        """Write the details into the nota."""
        nota.type = self.type_combo.currentData()
        nota.subject = self.subject.text().strip()
        nota.status = self.status_combo.currentData()
        nota.date = self.date.value()
        nota.reference = self.reference.text().strip()
        nota.deadlines.due.text = self.due_text.text().strip()
        nota.deadlines.due.date = self.due_date.value()
        nota.deadlines.parliament = self.parliament.value()
        nota.deadlines.received = self.received.value()
        cls = nota.classification
        cls.level = self.level_combo.currentData()
        cls.proposed_by = self.proposed_by.text().strip()
        cls.set_by = self.set_by.text().strip()
        cls.until = self.until.value()
        cls.end_event = self.end_event.text().strip()
        for role in ROUTING_ROLES:
            setattr(nota.routing, "from_" if role == "from" else role, self.routing[role].entries())
        nota.drafted_by = self.drafted_by.entries()

    def focus_field(self, path: str) -> bool:
        """Focus the field a readiness problem names."""
        simple: dict[str, QtWidgets.QWidget] = {
            "subject": self.subject,
            "type": self.type_combo,
            "status": self.status_combo,
            "date": self.date.check,
            "reference": self.reference,
            "classification.level": self.level_combo,
            "classification.until": self.until.check,
            "classification.end_event": self.end_event,
            "classification.proposed_by": self.proposed_by,
            "classification.set_by": self.set_by,
            "deadlines.due": self.due_text,
            "deadlines.parliament": self.parliament.check,
            "deadlines.received": self.received.check,
            "drafted_by": self.drafted_by.table,
        }
        widget = simple.get(path)
        if widget is None and path.startswith("routing."):
            editor = self.routing.get(path.split(".")[1].split("[")[0])
            widget = editor.table if editor else None
        if widget is None:
            return False
        scroll = self.findChild(QtWidgets.QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(widget)
        widget.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        return True
