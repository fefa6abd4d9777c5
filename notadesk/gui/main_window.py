"""The main window: the list of drafts beside the editor, with menus, toolbar and status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from notadesk.core.storage.selection import DatabaseChoice
from notadesk.gui import layout, operations, printing, trust
from notadesk.gui.dialogs.about import show_about
from notadesk.gui.dialogs.declassify import ask_declassification
from notadesk.gui.dialogs.identity import IdentityBar
from notadesk.gui.dialogs.preferences import ask_preferences
from notadesk.gui.dialogs.welcome import WelcomeView
from notadesk.gui.draft_list import DraftListPanel
from notadesk.gui.editor.editor import FAILED, SAVED, DraftEditor
from notadesk.gui.error_text import error_text
from notadesk.gui.exchange import ExchangeActions
from notadesk.gui.live import LiveDrafts
from notadesk.gui.portions import PortionControl
from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from notadesk.gui.widgets import edit_in_focus, icon, size_to_current_page, undo_in_focus
from notadesk.gui.word import WordActions

if TYPE_CHECKING:
    from notadesk.core.storage.store import Draft, DraftStore

WELCOME, EDITOR, NOTHING = range(3)


SPELLING_SETTING = "spelling/language"
FOCUS_POLL_MS = 250
"""How often Undo and Redo look at the field in focus (outside the draft's own history)."""


class MainWindow(QtWidgets.QMainWindow):
    """Drafts on the left, the open draft on the right."""

    language_requested = Signal(str)
    """The person chose another language in the preferences."""
    started = Signal()
    """The list is filled and the last draft (if any) is open."""

    def __init__(
        self, store: DraftStore, settings: QtCore.QSettings, language_choice: str = "system"
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.language_choice = language_choice
        self.database_choice = DatabaseChoice(store.server, "option" if store.server else "default")
        """The database in use and who chose it (the window's host sets what was decided)."""
        self.setWindowTitle("notadesk")
        self.setWindowIcon(icon("x-office-document"))

        self.drafts = DraftListPanel(store)
        self.editor = DraftEditor(store)
        self.welcome = WelcomeView()
        nothing = QtWidgets.QLabel(self.tr("Choose a draft on the left, or make a new one."))
        nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nothing.setEnabled(False)
        self.stack = QtWidgets.QStackedWidget()
        for page in (self.welcome, self.editor, nothing):
            self.stack.addWidget(page)
        self.stack.setCurrentIndex(NOTHING)
        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.drafts)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.identity = IdentityBar(store)
        self.identity.setVisible(False)
        central = QtWidgets.QWidget()
        central_layout = QtWidgets.QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.identity)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        size_to_current_page(self.editor.tabs)  # a wide Attachments tab never widens the Text

        self.save_state = QtWidgets.QLabel()
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.save_state.setMinimumWidth(200)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addPermanentWidget(self.save_state)
        self.portions = PortionControl(self, self._nota_level)
        self.statusBar().addWidget(self.portions.label)

        self.exchange = ExchangeActions(self)
        self.word = WordActions(self)
        self._make_actions()
        self._make_menus()

        self.drafts.draft_selected.connect(self.open_draft)
        self.drafts.restore_requested.connect(self.restore_from_trash)
        self.welcome.new_requested.connect(self.new_draft)
        self.welcome.example_requested.connect(self.open_example)
        self.editor.state_changed.connect(self._show_state)
        self.editor.text.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        # Undo and Redo act on the draft's history or on the field in focus: follow both. The
        # field in focus is looked at by a timer of the window's own, not through the
        # application's focusChanged: a window connected to that is still called while Qt
        # tears it down (a crash at exit).
        self.editor.state_changed.connect(self.refresh_undo_actions)
        self.stack.currentChanged.connect(self.refresh_undo_actions)
        self._focus_timer = QtCore.QTimer(self)
        self._focus_timer.setInterval(FOCUS_POLL_MS)
        self._focus_timer.timeout.connect(self.refresh_undo_actions)
        self._focus_timer.start()
        self.editor.saved.connect(self._saved)
        self.editor.draft_replaced.connect(self._replaced)
        self.live = LiveDrafts(store, self)
        self.live.drafts_saved.connect(self._saved_by_anyone)
        self.live.lost.connect(self._live_lost)
        self._show_state(SAVED)
        self.refresh_undo_actions()

    # --- actions and menus -----------------------------------------------------------------------

    def _action(
        self, text: str, icon_name: str | None, slot: object, shortcut: object = None
    ) -> QtGui.QAction:
        action = QtGui.QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        keys = QtGui.QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New nota"), "document-new", self.new_draft, keys.New
        )
        self.template_action = self._action(
            self.tr("New from &template…"), "document-new", self.new_from_template
        )
        self.duplicate_action = self._action(
            self.tr("&Duplicate draft"), "edit-copy", self.duplicate_draft, "Ctrl+Shift+D"
        )
        self.save_template_action = self._action(
            self.tr("Save as te&mplate…"), None, self.save_as_template
        )
        self.example_action = self._action(
            self.tr("Open the &example nota"), "document-open", self.open_example
        )
        self.save_action = self._action(
            self.tr("&Save"), "document-save", self.editor.save_explicitly, keys.Save
        )
        self.print_action = self._action(
            self.tr("&Print…"), "document-print", self.print_draft, keys.Print
        )
        self.pdf_action = self._action(
            self.tr("Save as P&DF…"), "document-save-as", self.save_pdf, "Ctrl+Shift+P"
        )
        self.trash_action = self._action(
            self.tr("Move to &trash"), "user-trash", self.move_to_trash, "Ctrl+Del"
        )
        self.quit_action = self._action(self.tr("&Quit"), "system-log-out", self.close, keys.Quit)
        self.quit_action.setMenuRole(QtGui.QAction.MenuRole.QuitRole)
        self.undo_action = self._action(self.tr("&Undo"), "edit-undo", self.undo, keys.Undo)
        self.redo_action = self._action(self.tr("&Redo"), "edit-redo", self.redo, keys.Redo)
        self.editor.undo_stack.indexChanged.connect(self.refresh_undo_actions)
        self.editor.undo_stack.cleanChanged.connect(self.refresh_undo_actions)
        self.find_action = self._action(self.tr("&Find…"), "edit-find", self.find, keys.Find)
        self.replace_action = self._action(
            self.tr("Find and &replace…"), None, self.find_and_replace, "Ctrl+H"
        )
        self.search_drafts_action = self._action(
            self.tr("&Search the drafts"), None, self.search_drafts, "Ctrl+Shift+F"
        )
        self.prefs_action = self._action(
            self.tr("&Preferences…"), "preferences-system", self.preferences
        )
        self.database_action = self._action(
            self.tr("&Database…"), "network-server", self.choose_database
        )
        self.identity_action = self._action(
            self.tr("Your &name and function…"), "document-properties", self.edit_identity
        )
        self.check_action = self._action(
            self.tr("&Check before definitief…"), "dialog-information", self.check, "Ctrl+Shift+K"
        )
        self.show_trash_action = self._action(
            self.tr("Show the t&rash"), None, self.drafts.show_trash
        )
        self.show_trash_action.setCheckable(True)
        self.drafts.trash_button.toggled.connect(self.show_trash_action.setChecked)
        self.about_action = self._action(self.tr("&About notadesk"), "help-browser", self.about)
        self.audit_action = self._action(
            self.tr("&Audit log of this nota…"), "document-properties", self.show_audit
        )
        self.declassify_action = self._action(
            self.tr("Record &declassification…"), None, self.record_declassification
        )
        self.workstation_audit_action = self._action(
            self.tr("Audit log of this &workstation…"), None, self.show_workstation_audit
        )
        self.trust_action = self._action(
            self.tr("Trusted &keys…"), "security-high", self.show_trusted_keys
        )
        self.editor_actions = [
            self.duplicate_action,
            self.save_template_action,
            self.replace_action,
            self.save_action,
            self.print_action,
            self.pdf_action,
            self.trash_action,
            self.check_action,
            self.audit_action,
            self.declassify_action,
        ]

    def _spelling_menu(self) -> QtWidgets.QMenu:
        menu = QtWidgets.QMenu(self.tr("&Spelling"), self)
        group = QtGui.QActionGroup(menu)
        chosen = str(self.settings.value(SPELLING_SETTING, "nl"))
        self.spelling_actions: dict[str, QtGui.QAction] = {}
        for language, label in (
            ("nl", self.tr("Check &Dutch")),
            ("en", self.tr("Check &English")),
            ("off", self.tr("&Off")),
        ):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(language == chosen)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, lang=language: self.set_spelling(lang))
            self.spelling_actions[language] = action
        self.editor.spelling_language = chosen if chosen in self.spelling_actions else "nl"
        return menu

    def set_spelling(self, language: str) -> None:
        """Check spelling in Dutch, English or not at all (remembered on this workstation)."""
        self.settings.setValue(SPELLING_SETTING, language)
        self.spelling_actions[language].setChecked(True)
        self.editor.set_spelling_language(language)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for item in (
            self.new_action,
            self.template_action,
            self.duplicate_action,
            self.example_action,
            self.save_action,
            self.save_template_action,
            None,
            self.print_action,
            self.pdf_action,
            None,
            self.exchange.export_action,
            self.exchange.import_action,
            self.trust_action,
            self.workstation_audit_action,
            None,
            self.word.import_action,
            self.word.export_action,
            None,
            self.trash_action,
            None,
            self.quit_action,
        ):
            if item is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(item)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.replace_action)
        edit_menu.addAction(self.search_drafts_action)
        edit_menu.addSeparator()
        edit_menu.addMenu(self._spelling_menu())
        edit_menu.addAction(self.identity_action)
        edit_menu.addAction(self.prefs_action)
        edit_menu.addAction(self.database_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.show_trash_action)
        view_menu.addAction(self.editor.print_beside_action)
        self.addAction(self.editor.print_beside_action)
        view_menu.addAction(self.editor.margin_action)
        self.addAction(self.editor.margin_action)
        format_menu = bar.addMenu(self.tr("F&ormat"))
        format_menu.addMenu(self.portions.menu)
        nota_menu = bar.addMenu(self.tr("&Nota"))
        nota_menu.addAction(self.check_action)
        nota_menu.addAction(self.audit_action)
        nota_menu.addAction(self.declassify_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.file_menu = file_menu

        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QtCore.QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_action, self.save_action, self.print_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addAction(self.check_action)
        self.toolbar = toolbar

    # --- the open draft ------------------------------------------------------------------------

    def start(self) -> None:
        """Fill the list and reopen the last draft, or show the welcome view."""
        if not self.isVisible():
            self.restore_layout()
        self.drafts.reload()
        last = self.settings.value("window/last_draft", "", str)
        if self.drafts.model.rowCount() == 0:
            self.stack.setCurrentIndex(WELCOME)
        elif last and self.drafts.select(last, emit=False):
            self.open_draft(last)
        else:
            self.stack.setCurrentIndex(NOTHING)
        self._update_actions()
        self.live.start()
        self.started.emit()
        QtCore.QTimer.singleShot(0, self, self._ask_identity)  # not after the window is gone

    def edit_identity(self) -> None:
        """Show the bar with the name and function set now, to change them."""
        person = operations.guarded(self, self.tr("Your name"), self.store.person)
        if person is None:
            return
        self.identity.name.setText(person.display_name)
        self.identity.function.setText(person.function)
        self.identity.show()
        self.identity.name.setFocus()

    def _ask_identity(self) -> None:
        """Show the bar asking for name and function while none is set (the first start)."""
        known = operations.guarded(self, self.tr("Your name"), self._has_author)
        self.identity.setVisible(known is False)

    def _has_author(self) -> bool:
        """Return whether a name is set, read straight through sqlite3 when it can be (the
        full store, with SQLAlchemy, opens in the background after the start)."""
        from types import SimpleNamespace

        from notadesk.core.identity import current_person
        from notadesk.core.storage.fastread import read_settings

        path = self.store.path  # (None: a team database, read through the store)
        found = read_settings(path, "user.") if path else None
        if found is None:
            return self.store.has_author()
        return bool(current_person(SimpleNamespace(get_setting=found.get)).display_name)

    def open_draft(self, draft_id: str) -> None:
        """Save the open draft and show another."""
        if self.editor.draft is not None and self.editor.draft.id == draft_id:
            return
        if not self.editor.save_now():
            if self.editor.draft is not None:
                self.drafts.select(self.editor.draft.id, emit=False)
            return
        draft = operations.guarded(self, self.tr("Open"), lambda: self._read_draft(draft_id))
        if draft is None:
            return
        self.editor.open_draft(draft)
        self.stack.setCurrentIndex(EDITOR)
        self.settings.setValue("window/last_draft", draft.id)
        self._update_title()
        self._update_actions()

    def _read_draft(self, draft_id: str) -> Draft:
        from notadesk.core.storage.fastread import read_draft

        path = self.store.path  # (None: a team database, read through the store)
        return (read_draft(path, draft_id) if path else None) or self.store.get(draft_id)

    def _show_new(self, draft: Draft) -> None:
        self.drafts.show_trash(False)
        self.drafts.reload(select_id=draft.id)
        self.editor.open_draft(draft)
        self.stack.setCurrentIndex(EDITOR)
        self.settings.setValue("window/last_draft", draft.id)
        self._update_title()
        self._update_actions()

    def new_draft(self) -> None:
        """Make a blank nota and open it on its Details tab."""
        from notadesk.core.drafting import blank_nota

        if not self.editor.save_now():
            return
        draft = operations.guarded(
            self, self.tr("New nota"), lambda: self.store.create(blank_nota())
        )
        if draft is not None:
            self._show_new(draft)
            self.editor.tabs.setCurrentWidget(self.editor.details)
            self.editor.details.subject.setFocus()

    def new_from_template(self) -> None:
        """Start a nota from a template: its sections and routing, dated today."""
        from notadesk.core.templates import nota_from_template, templates
        from notadesk.gui.dialogs import templates as template_dialogs

        if not self.editor.save_now():
            return
        found, problems = templates(self._data_dir())
        chosen = template_dialogs.choose_template(self, found, problems)
        if chosen is None:
            return
        draft = operations.guarded(
            self,
            self.tr("New from template"),
            lambda: self.store.create(nota_from_template(chosen)),
        )
        if draft is not None:
            self._show_new(draft)
            self.editor.tabs.setCurrentWidget(self.editor.details)
            self.editor.details.subject.setFocus()

    def duplicate_draft(self) -> None:
        """Make a new draft with the open one's content (concept, dated today, a new reference)."""
        from notadesk.core.templates import duplicate_nota

        if self.editor.draft is None or not self.editor.save_now():
            return
        nota = self.editor.current_nota()
        draft = operations.guarded(
            self, self.tr("Duplicate draft"), lambda: self.store.create(duplicate_nota(nota))
        )
        if draft is not None:
            self._show_new(draft)

    def save_as_template(self) -> None:
        """Keep the open draft's sections and routing as a template on this workstation."""
        from notadesk.core.templates import save_template
        from notadesk.gui.dialogs import templates as template_dialogs

        if self.editor.draft is None:
            return
        nota = self.editor.current_nota()
        name = template_dialogs.ask_template_name(self, nota.subject[:80])
        if name is None:
            return
        saved = operations.guarded(
            self,
            self.tr("Save as template"),
            lambda: save_template(self._data_dir(), nota, name),
        )
        if saved is not None:
            self.statusBar().showMessage(
                self.tr("Saved as the template “%1”.").replace("%1", " ".join(name.split())),
                5000,
            )

    def _data_dir(self) -> Path:
        return Path(self.store.data_dir)

    def open_example(self) -> None:
        """Store the published example nota as a draft and open it."""
        from notadesk.core.drafting import create_example

        if not self.editor.save_now():
            return
        made = operations.guarded(self, self.tr("Example nota"), lambda: create_example(self.store))
        if made is not None:
            self._show_new(made[0])

    def move_to_trash(self) -> None:
        """Move the open draft to the trash."""
        draft = self.editor.draft
        if draft is None or draft.deleted:
            return
        self.editor.save_now()
        done = operations.guarded(
            self, self.tr("Move to trash"), lambda: self.store.delete(draft.id) or True
        )
        if done:
            self.editor.close_draft()
            self.settings.remove("window/last_draft")
            self.drafts.reload()
            self.stack.setCurrentIndex(WELCOME if not self.drafts.model.rows else NOTHING)
            self.statusBar().showMessage(self.tr("Moved to the trash."), 4000)
            self._update_title()
            self._update_actions()

    def restore_from_trash(self, draft_id: str) -> None:
        """Bring a draft back from the trash and open it."""
        done = operations.guarded(
            self, self.tr("Restore"), lambda: self.store.undelete(draft_id) or True
        )
        if done:
            self.editor.draft = None
            draft = self.store.get(draft_id)
            self._show_new(draft)

    # --- commands ------------------------------------------------------------------------------

    def show_audit(self) -> None:
        """Show the audit log of the open nota (Nota › Audit log…)."""
        if self.editor.draft is not None:
            trust.AuditDialog(self.store, self.editor.draft.id, self).exec()

    def record_declassification(self) -> None:
        """Record the decision that lifts the open nota's marking (Nota › Record
        declassification…): the same core call as ``notadesk declassify``."""
        from notadesk.core.declassification import check_declassifiable, record_declassification
        from notadesk.core.policy.markings import marking_level

        title = self.tr("Record declassification")
        if self.editor.draft is None or not self.editor.save_explicitly():
            return
        draft = self.editor.draft
        if operations.guarded(self, title, lambda: check_declassifiable(draft.nota) or True):
            marking = marking_level(draft.nota.classification.level).marking
            answer = ask_declassification(self, marking)
            if answer is None:
                return
            by, date, reference = answer
            saved = operations.guarded(
                self,
                title,
                lambda: record_declassification(
                    self.store, draft, by=by, reference=reference, date=date
                ),
            )
            if saved is not None:
                self.editor.open_draft(saved)
                self._saved(saved)
                self.statusBar().showMessage(
                    self.tr("Declassification recorded (%1).").replace("%1", reference.strip()),
                    8000,
                )

    def show_workstation_audit(self) -> None:
        """Show the audit log of the whole workstation."""
        trust.AuditDialog(self.store, None, self).exec()

    def show_trusted_keys(self) -> None:
        """Show and change the keys whose packages this workstation trusts."""
        trust.TrustDialog(self.store, self).exec()

    def _personal_data_checked(self, occasion: str) -> bool:
        assert self.editor.draft is not None
        return trust.check_personal_data(
            self,
            self.store,
            self.editor.draft.id,
            self.editor.current_nota(),
            occasion,
            self.editor.focus_field,
        )

    def print_draft(self) -> None:
        """Print the open nota (File › Print…)."""
        if self.editor.draft is None or not self.editor.save_explicitly():
            return
        assert self.editor.draft is not None
        if not self._personal_data_checked("print"):
            return
        printing.print_nota(self, self.store, self.editor.draft.id, self.editor.current_nota())

    def save_pdf(self) -> None:
        """Save the open nota as a PDF file."""
        if self.editor.draft is None or not self.editor.save_explicitly():
            return
        assert self.editor.draft is not None
        if not self._personal_data_checked("print"):
            return
        draft_id = self.editor.draft.id
        printing.save_pdf(self, self.editor.current_nota(), store=self.store, draft_id=draft_id)

    def _in_draft(self) -> bool:
        """Return whether Undo and Redo act on the open draft's history (not a field outside)."""
        if self.editor.draft is None or self.stack.currentIndex() != EDITOR:
            return False
        focus = QtWidgets.QApplication.focusWidget()
        single_line = isinstance(focus, QtWidgets.QLineEdit | QtWidgets.QAbstractSpinBox)
        # The drafts' search box keeps its own undo; anywhere else it is the draft's.
        return not (single_line and focus is not None and self.drafts.isAncestorOf(focus))

    def undo(self) -> None:
        """Undo a Word import just made, else the draft's last edit (any kind, any tab)."""
        if self.word.undo_import():
            return
        if self._in_draft():
            self.editor.undo()
        else:
            edit_in_focus("undo")

    def redo(self) -> None:
        """Redo the draft's edit last undone (or in a field outside the draft)."""
        if self._in_draft():
            self.editor.redo()
        else:
            edit_in_focus("redo")

    def refresh_undo_actions(self, *_args: object) -> None:
        """Name Undo and Redo after the steps they take, and grey them when there are none.

        In the open draft they follow its history (and a Word import just made); outside it
        (the drafts' search box, the identity bar) they follow the field in focus.
        """
        self._name_undo_actions()
        if self._in_draft():
            stack = self.editor.undo_stack
            can_undo = stack.canUndo() or self.word.can_undo_import()
            can_redo = stack.canRedo()
        else:
            can_undo, can_redo = undo_in_focus()
        if self.undo_action.isEnabled() != can_undo:
            self.undo_action.setEnabled(can_undo)
        if self.redo_action.isEnabled() != can_redo:
            self.redo_action.setEnabled(can_redo)

    def _name_undo_actions(self) -> None:
        """Show what Undo and Redo will take back or put back: "Undo Remove finding 3"."""
        stack = self.editor.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        for action, text, short in (
            (self.undo_action, self.tr("&Undo %1").replace("%1", undo), self.tr("&Undo")),
            (self.redo_action, self.tr("&Redo %1").replace("%1", redo), self.tr("&Redo")),
        ):
            action.setText(text if (undo if action is self.undo_action else redo) else short)
            action.setIconText(short.replace("&", ""))  # the toolbar keeps its short word
            action.setToolTip(action.text().replace("&", ""))

    def find(self) -> None:
        """Find in the open nota when the cursor is in it; else search the drafts."""
        focus = QtWidgets.QApplication.focusWidget()
        if self.editor.draft is not None and focus is not None and self.editor.isAncestorOf(focus):
            self.editor.show_find(replace=False)
        else:
            self.search_drafts()

    def find_and_replace(self) -> None:
        """Find and replace in the open nota's text, findings and commitments."""
        self.editor.show_find(replace=True)

    def search_drafts(self) -> None:
        """Put the cursor in the drafts' search box."""
        self.drafts.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.drafts.search.selectAll()

    def check(self) -> None:
        """Show what keeps the open nota from becoming definitief."""
        self.editor.check_readiness()

    def preferences(self) -> None:
        """Show the preferences; a new language rebuilds the window."""
        prefix = self.store.get_setting("reference.prefix")
        chosen = ask_preferences(self, self.language_choice, prefix)
        if chosen is None:
            return
        language, new_prefix = chosen
        if new_prefix and new_prefix != prefix:
            operations.guarded(
                self,
                self.tr("Preferences"),
                lambda: self.store.set_setting("reference.prefix", new_prefix),
            )
        if language != self.language_choice:
            self.language_requested.emit(language)

    def choose_database(self) -> None:
        """Show which database is in use and let the person choose their team database."""
        from notadesk.gui.dialogs.database import DatabaseDialog

        DatabaseDialog(self.database_choice, self.store.data_dir, self).exec()

    def about(self) -> None:
        """Show the About dialog."""
        show_about(self, self.store.data_dir)

    # --- state ---------------------------------------------------------------------------------

    def _show_state(self, state: str) -> None:
        if state == SAVED:
            time = QtCore.QTime.currentTime().toString("HH:mm")
            text = self.tr("All changes saved (%1)").replace("%1", time)
            colour = "#2e6b30"
        elif state == FAILED:
            text, colour = self.tr("Not saved — see the message"), "#a4000f"
        else:
            text, colour = self.tr("Unsaved changes…"), "#7a5b00"
        if self.editor.draft is None:
            text = ""
        self.save_state.setText(text)
        self.save_state.setStyleSheet(f"QLabel {{ color: {colour}; padding-right: 6px; }}")
        self.setWindowModified(state != SAVED)
        self._update_title()

    def _saved(self, draft: Draft) -> None:
        if not self.drafts.model.update_draft(draft):
            self.drafts.reload(select_id=draft.id)
        self._update_title()

    def _saved_by_anyone(self, draft_ids: list[str]) -> None:
        """Drafts were saved (a colleague's, on the team database): show the list as it is
        now, and say so when the open draft was saved elsewhere."""
        self.drafts.reload()
        if self.editor.draft is not None and self.editor.draft.id in draft_ids:
            self.editor.changed_elsewhere()

    def _live_lost(self, reason: str) -> None:
        self.statusBar().showMessage(
            self.tr("Colleagues' saves are no longer shown as they happen: %1").replace(
                "%1", error_text(reason)
            )
        )

    def _replaced(self, draft: Draft) -> None:
        self.drafts.reload(select_id=draft.id)
        self.settings.setValue("window/last_draft", draft.id)
        self._update_title()

    def _nota_level(self) -> str | None:
        """Return the open draft's marking level as now chosen (None: no draft open)."""
        if self.editor.draft is None:
            return None
        level = self.editor.details.level_combo.currentData()
        return str(level) if level else None

    def _update_title(self) -> None:
        draft = self.editor.draft
        if draft is None:
            self.setWindowTitle("notadesk")
            return
        subject = self.editor.details.subject.text().strip() or self.tr("(no subject)")
        self.setWindowTitle(f"{subject} [*] — {draft.nota.reference} — notadesk")

    def _update_actions(self) -> None:
        has_draft = self.editor.draft is not None and self.stack.currentIndex() == EDITOR
        for action in [*self.editor_actions, self.word.export_action]:
            action.setEnabled(has_draft)
        self.print_action.setEnabled(has_draft)
        self.pdf_action.setEnabled(has_draft)

    # --- layout ---------------------------------------------------------------------------

    def restore_layout(self) -> None:
        """Restore the window size, the splitter and the list's columns."""
        layout.restore(self.settings, self, self.splitter, self.drafts.view.horizontalHeader())

    def save_layout(self) -> None:
        """Remember the window size, the splitter, the list's columns and the open draft."""
        layout.save(self.settings, self, self.splitter, self.drafts.view.horizontalHeader())
        if self.editor.draft is not None:
            self.settings.setValue("window/last_draft", self.editor.draft.id)
        self.settings.sync()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Save the open draft and the layout before closing."""
        if not self.editor.save_explicitly():
            answer = QtWidgets.QMessageBox.question(
                self,
                self.tr("Quit"),
                self.tr("The last edits could not be saved. Quit anyway and lose them?"),
            )
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_layout()
        self.live.close()
        event.accept()
