"""The window's side of trust: a justification for a downgrade, the audit log, the trusted
keys, and the personal-data list before a print. Every rule is the core's; this asks only."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notadesk.core.identity import Person
from notadesk.gui import audit_text, operations
from notadesk.gui.qt import Qt, QtCore, QtWidgets, Signal
from notadesk.gui.widgets import icon

if TYPE_CHECKING:  # (stdnum and the gate load only when a dialog needs them)
    from notadesk.core.policy.personal import PersonalData
    from notadesk.core.storage.store import DraftStore

# --- a downgrade's justification ---------------------------------------------------------------

CHANGES = (
    (
        re.compile(r"the marking is lowered from (.+) to (.+)"),
        QtCore.QT_TRANSLATE_NOOP("Downgrade", "the marking is lowered from %1 to %2"),
    ),
    (
        re.compile(r"the marking ends earlier \((.+) instead of (.+)\)"),
        QtCore.QT_TRANSLATE_NOOP("Downgrade", "the marking ends earlier (%1 instead of %2)"),
    ),
    (
        re.compile(r"a Woo ground is removed \((.+)\)"),
        QtCore.QT_TRANSLATE_NOOP("Downgrade", "a Woo ground is removed (%1)"),
    ),
)


def change_text(change: str) -> str:
    """Return one of the core's downgrade sentences in the window's language."""
    for pattern, template in CHANGES:
        match = pattern.fullmatch(change)
        if match:
            text = QtCore.QCoreApplication.translate("Downgrade", template)
            for i, value in enumerate(match.groups(), start=1):
                text = text.replace(f"%{i}", value)
            return text
    return change


class JustificationDialog(QtWidgets.QDialog):
    """Asks why a marking is lowered; OK only with enough words (the core checks again)."""

    def __init__(
        self,
        changes: tuple[str, ...],
        min_words: int,
        person: Person | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.min_words = min_words
        self.setWindowTitle(self.tr("Why is the marking lowered?"))
        self.setMinimumWidth(520)
        intro = QtWidgets.QLabel(
            self.tr(
                "This change lowers the nota's protection. Say why, in at least %1 words; "
                "the audit log keeps your reason with your name, the time, and the old and "
                "new marking."
            ).replace("%1", str(min_words))
        )
        intro.setWordWrap(True)
        changes_label = QtWidgets.QLabel("\n".join(f"• {change_text(c)}" for c in changes))
        changes_label.setWordWrap(True)
        changes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QtWidgets.QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Justification"))
        self.text.setPlaceholderText(self.tr("For example: the decision has been published."))
        self.text.setTabChangesFocus(True)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Lower the marking"))
        self.ok_button.setEnabled(False)
        self.text.textChanged.connect(self._changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(changes_label)
        if person is not None:
            who = QtWidgets.QLabel(self.tr("Recorded as: %1").replace("%1", person.label))
            layout.addWidget(who)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _changed(self) -> None:
        from notadesk.core.policy.gate import justification_ok

        self.ok_button.setEnabled(justification_ok(self.justification(), self.min_words))

    def justification(self) -> str:
        """Return the reason as typed (spaces tidied)."""
        return " ".join(self.text.toPlainText().split())


def ask_justification(
    parent: QtWidgets.QWidget | None, changes: tuple[str, ...], store: DraftStore
) -> str | None:
    """Ask why a marking is lowered; return the reason, or None when cancelled.

    Tests replace this function.
    """
    dialog = JustificationDialog(
        changes, store.policy().justification_min_words, store.person(), parent
    )
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return dialog.justification()


# --- the audit log ----------------------------------------------------------------------------


class AuditDialog(QtWidgets.QDialog):
    """The audit log of one draft, or of the whole workstation, newest last."""

    COLUMNS = ("When", "Nota", "What", "Who", "Where", "Detail")

    def __init__(
        self, store: DraftStore, draft_id: str | None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Audit log of this nota")
            if draft_id
            else self.tr("Audit log of this workstation")
        )
        self.setMinimumSize(900, 420)
        self.resize(980, 520)
        entries = store.audit_log(draft_id)
        here = str(store.get_setting("workstation.id") or "")
        self.table = QtWidgets.QTableWidget(len(entries), len(self.COLUMNS), self)
        self.table.setAccessibleName(self.tr("Audit log"))
        headers = [
            self.tr("When"),
            self.tr("Nota"),
            self.tr("What"),
            self.tr("Who"),
            self.tr("Where"),
            self.tr("Detail"),
        ]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, e in enumerate(entries):
            who = e.person or e.account or self.tr("(not recorded)")
            if e.person and e.account:
                who = f"{e.person} ({e.account})"
            detail = audit_text.detail_text(e.action, e.detail, change_text)
            justification = e.data.get("justification")
            if justification:
                detail = f"{detail} — {self.tr('justification')}: {justification}"
            values = (
                e.at[:19].replace("T", " "),
                e.reference or ("" if e.draft_id else self.tr("(workstation)")),
                audit_text.action_text(e.action),
                who,
                self.tr("here") if e.workstation in ("", here) else e.workstation[:8],
                detail,
            )
            for column, value in enumerate(values):
                item = QtWidgets.QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.scrollToBottom()
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


# --- the trusted keys -------------------------------------------------------------------------


class TrustDialog(QtWidgets.QDialog):
    """The keys this workstation trusts; add one from a public-key file, remove one."""

    def __init__(self, store: DraftStore, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Trusted keys"))
        self.setMinimumSize(640, 320)
        self.resize(760, 380)
        intro = QtWidgets.QLabel(
            self.tr(
                "Packages signed by these keys are trusted here. Compare a key's fingerprint "
                "with its workstation (by phone or on paper) before you add it."
            )
        )
        intro.setWordWrap(True)
        self.table = QtWidgets.QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Trusted keys"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fingerprint"), self.tr("Name"), self.tr("Trusted by")]
        )
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.addButton(
            self.tr("&Add from file…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button = buttons.addButton(
            self.tr("&Remove"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.own_button = buttons.addButton(
            self.tr("&Save this workstation's key…"),
            QtWidgets.QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.add_button.clicked.connect(self.add_from_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.own_button.clicked.connect(self.save_own_key)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        may = store.policy().users_may_trust_keys
        self.add_button.setEnabled(may)
        self.remove_button.setEnabled(may)
        self.refresh()

    def refresh(self) -> None:
        """Show the keys trusted now."""
        from notadesk.core.interchange.signing import short_fingerprint
        from notadesk.core.interchange.trust import all_trusted

        sources = {
            "own": self.tr("this workstation"),
            "policy": self.tr("the administrator's policy"),
            "user": self.tr("the trust list"),
        }
        keys = operations.guarded(self, self.tr("Trusted keys"), lambda: all_trusted(self.store))
        keys = keys or []
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            values = (short_fingerprint(key.fingerprint), key.name, sources[key.source])
            for column, value in enumerate(values):
                item = QtWidgets.QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (key.fingerprint, key.source))
                item.setToolTip(key.fingerprint)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def add_from_file(self, path: Path | None = None) -> None:
        """Trust the key in a public-key file (asked for when not given)."""
        from notadesk.core.interchange.trust import add_trusted_key

        if not path:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(
                self, self.tr("Public-key file"), "", self.tr("Public keys (*.json)")
            )
            if not name:
                return
            path = Path(name)
        added = operations.guarded(
            self, self.tr("Trusted keys"), lambda: add_trusted_key(self.store, Path(path))
        )
        if added is not None:
            self.refresh()

    def remove_selected(self) -> None:
        """Stop trusting the selected key (only keys on the trust list)."""
        from notadesk.core.interchange.trust import remove_trusted_key

        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        fingerprint, source = item.data(Qt.ItemDataRole.UserRole)
        if source != "user":
            operations.show_error(
                self,
                self.tr("Trusted keys"),
                self.tr("Only keys on the trust list can be removed here."),
            )
            return
        if operations.guarded(
            self, self.tr("Trusted keys"), lambda: remove_trusted_key(self.store, fingerprint)
        ):
            self.refresh()

    def save_own_key(self) -> None:
        """Write this workstation's public-key file, to carry to another workstation."""
        from notadesk.core.interchange.trust import export_public_key

        folder = QtWidgets.QFileDialog.getExistingDirectory(self, self.tr("Save the key in"))
        if folder:
            operations.guarded(
                self, self.tr("Trusted keys"), lambda: export_public_key(self.store, Path(folder))
            )


# --- personal data before a print ---------------------------------------------------------------


class PersonalDataDialog(QtWidgets.QDialog):
    """Lists likely personal data; a double-click goes to the place; print anyway or not."""

    field_chosen = Signal(str)

    def __init__(self, hits: list[PersonalData], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personal data in the text?"))
        self.resize(620, 360)
        intro = QtWidgets.QLabel(
            self.tr(
                "The text seems to hold personal data. Check each place (double-click to go "
                "there); redact what must not go out, or go on if it is meant to be there."
            )
        )
        intro.setWordWrap(True)
        self.list = QtWidgets.QListWidget(self)
        self.list.setAccessibleName(self.tr("Personal data"))
        self.list.setWordWrap(True)
        for hit in hits:
            item = QtWidgets.QListWidgetItem(icon("dialog-warning"), hit.message)
            item.setData(Qt.ItemDataRole.UserRole, hit.field)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._go)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.go_on_button = buttons.addButton(
            self.tr("Go on"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _go(self, item: QtWidgets.QListWidgetItem | None) -> None:
        if item is not None:
            self.field_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
            self.reject()


def show_personal_data(parent: QtWidgets.QWidget, hits: list[PersonalData], go_to: Any) -> bool:
    """Show the list; return True to go on (tests replace this function)."""
    dialog = PersonalDataDialog(hits, parent)
    dialog.field_chosen.connect(go_to)
    return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted


def check_personal_data(
    parent: QtWidgets.QWidget,
    store: DraftStore,
    draft_id: str,
    nota: Any,
    occasion: str,
    go_to: Any,
    *,
    record: bool = True,
) -> bool:
    """Before a print or export: list likely personal data and record that it was shown
    (``record`` False: the core's export records it itself).

    Returns whether to go on (always True when nothing was found).
    """
    from notadesk.core.policy.personal import personal_data, warning_entry

    hits = personal_data(nota)
    if not hits:
        return True
    if record:
        detail, data = warning_entry(hits, occasion)
        operations.guarded(
            parent,
            parent.tr("Personal data"),
            lambda: store.record_event(draft_id, "personal-data", detail, data),
        )
    return show_personal_data(parent, hits, go_to)
