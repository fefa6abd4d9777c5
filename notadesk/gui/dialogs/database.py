"""Edit › Database…: which database is in use, who chose it, and the person's own choice.

The rule of which database is used lives in the core (``core/storage/selection.py``:
policy, ``--database``, ``NOTADESK_DATABASE``, this setting, the data folder). This dialog
shows its answer and keeps the person's setting: a team database's URL, accepted only after
a connection to it worked, or none (the database in the data folder). The change takes
effect at the next start; the window in use keeps its database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from notadesk.core.storage.selection import DatabaseChoice, store_database, stored_database
from notadesk.errors import NotadeskError
from notadesk.gui import operations
from notadesk.gui.qt import QtCore, QtWidgets

Check = Callable[[str], object]

SOURCES = {
    "policy": QtCore.QT_TRANSLATE_NOOP("DatabaseDialog", "the administrator's policy"),
    "option": QtCore.QT_TRANSLATE_NOOP("DatabaseDialog", "the --database option"),
    "environment": QtCore.QT_TRANSLATE_NOOP(
        "DatabaseDialog", "the environment variable NOTADESK_DATABASE"
    ),
    "settings": QtCore.QT_TRANSLATE_NOOP("DatabaseDialog", "your setting below"),
    "default": QtCore.QT_TRANSLATE_NOOP(
        "DatabaseDialog", "nobody: without a team database notadesk uses its own"
    ),
}
"""Who decided which database is in use, as the dialog says it."""


def _check(url: str) -> object:
    from notadesk.core.storage.database import check_server

    return check_server(url)


class DatabaseDialog(QtWidgets.QDialog):
    """Shows the database in use and keeps the person's choice of team database."""

    def __init__(
        self,
        choice: DatabaseChoice,
        data_dir: Path,
        parent: QtWidgets.QWidget | None = None,
        check: Check = _check,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database"))
        self.choice = choice
        self.data_dir = data_dir
        self._check = check
        self.in_use = QtWidgets.QLabel(self._in_use())
        self.in_use.setWordWrap(True)
        self.in_use.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chosen_by = QtWidgets.QLabel(
            QtCore.QCoreApplication.translate("DatabaseDialog", SOURCES[choice.source])
        )
        self.chosen_by.setWordWrap(True)
        self.url = QtWidgets.QLineEdit(self._stored())
        self.url.setAccessibleName(self.tr("Team database URL"))
        self.url.setPlaceholderText("postgresql:///?service=notadesk")
        self.url.setMinimumWidth(420)
        hint = QtWidgets.QLabel(
            self.tr(
                "A PostgreSQL URL as libpq reads it, without a password: the password file, "
                "a certificate or Kerberos logs you in. Empty: the database in the data folder."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.note = QtWidgets.QLabel(self._note())
        self.note.setWordWrap(True)
        self.status = QtWidgets.QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result of the check"))
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("In use:"), self.in_use)
        form.addRow(self.tr("Chosen by:"), self.chosen_by)
        url_label = QtWidgets.QLabel(self.tr("&Team database:"))
        url_label.setBuddy(self.url)
        form.addRow(url_label, self.url)
        form.addRow("", hint)
        buttons = QtWidgets.QDialogButtonBox()
        self.use_button = buttons.addButton(
            self.tr("&Check and use"), QtWidgets.QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.use_button.clicked.connect(self.use)
        self.use_button.setDefault(True)
        self.local_button = buttons.addButton(
            self.tr("Use the data &folder's database"),
            QtWidgets.QDialogButtonBox.ButtonRole.ResetRole,
        )
        self.local_button.clicked.connect(self.use_local)
        close = buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        if choice.fixed:
            self.url.setReadOnly(True)
            self.use_button.setEnabled(False)
            self.local_button.setEnabled(False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _in_use(self) -> str:
        if self.choice.server is None:
            from notadesk.paths import database_path

            return self.tr("The database in the data folder: %1").replace(
                "%1", str(database_path(self.data_dir))
            )
        return self.tr("The team database %1").replace("%1", self.choice.server)

    def _stored(self) -> str:
        if self.choice.fixed:
            return self.choice.server or ""
        try:
            return stored_database(self.data_dir) or ""
        except NotadeskError:
            return ""

    def _note(self) -> str:
        if self.choice.fixed:
            return self.tr(
                "The administrator's policy sets the database of this workstation; it cannot "
                "be changed here."
            )
        if self.choice.source in ("option", "environment"):
            return self.tr(
                "Your setting is used when notadesk is started without %1; a change takes "
                "effect at the next start."
            ).replace(
                "%1",
                "--database" if self.choice.source == "option" else "NOTADESK_DATABASE",
            )
        return self.tr("A change takes effect when notadesk is started again.")

    def use(self) -> None:
        """Check the connection to the URL typed; keep it only when it works."""
        url = self.url.text().strip()
        if not url:
            self.use_local()
            return
        try:
            found = operations.run_in_worker(lambda: self._check(url))
            store_database(url, self.data_dir)
        except NotadeskError as exc:
            self._say(operations.error_message(exc), failed=True)
            return
        said = self.tr(
            "Connected as database role %1. Saved: notadesk uses this team database from its "
            "next start."
        ).replace("%1", str(getattr(found, "role", "?")))
        if not getattr(found, "cleared", True):
            said += " " + self.tr(
                "This role has no clearance: it sees unclassified drafts only until the "
                "administrator clears it (notadesk admin clearance)."
            )
        self._say(said, failed=False)

    def use_local(self) -> None:
        """Forget the team database: the database in the data folder from the next start."""
        try:
            store_database(None, self.data_dir)
        except NotadeskError as exc:
            self._say(operations.error_message(exc), failed=True)
            return
        self.url.clear()
        self._say(
            self.tr("Saved: notadesk uses the database in the data folder from its next start."),
            failed=False,
        )

    def _say(self, text: str, *, failed: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #a4262c;" if failed else "color: #1e6b35;")
