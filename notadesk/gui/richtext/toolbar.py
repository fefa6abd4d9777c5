"""The formatting toolbar of the Text tab and the dialog that picks findings."""

from __future__ import annotations

from collections.abc import Callable

from notadesk.core.model.nota import CommitmentsBlock, Finding, FindingsBlock, Table
from notadesk.core.policy.woo import woo_grounds
from notadesk.gui.qt import Qt, QtCore, QtGui, QtWidgets
from notadesk.gui.richtext import table_dialog
from notadesk.gui.richtext.editor import RichTextEdit


class FindingsChooser(QtWidgets.QDialog):
    """Pick findings from the nota's findings table, and whether to quote them."""

    def __init__(
        self,
        findings: list[Finding],
        chosen: list[str],
        quote: bool,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        """Create the dialog with the findings listed and the chosen ones ticked."""
        super().__init__(parent)
        self.setWindowTitle(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Choose findings")
        )
        self.setMinimumSize(640, 460)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(
            QtWidgets.QLabel(
                QtCore.QCoreApplication.translate("FormattingToolbar", "Findings to print here:")
            )
        )
        self.list = QtWidgets.QListWidget()
        self.list.setAccessibleName(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Findings")
        )
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        for finding in findings:
            main = (
                QtCore.QCoreApplication.translate("FormattingToolbar", " (main finding)")
                if finding.main
                else ""
            )
            text = " ".join(finding.text.split())
            if len(text) > 160:
                text = text[:159] + "…"
            item = QtWidgets.QListWidgetItem(f"{finding.number}{main}: {text}")
            item.setToolTip(finding.text)
            if finding.main:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, finding.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if finding.id in chosen else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        self.quote = QtWidgets.QCheckBox(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Quote the findings' text")
        )
        self.quote.setChecked(quote)
        layout.addWidget(self.quote)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_ids(self) -> list[str]:
        """Return the ids of the ticked findings, in table order."""
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out


def choose_findings(
    parent: QtWidgets.QWidget | None, findings: list[Finding], block: FindingsBlock
) -> FindingsBlock | None:
    """Ask which findings to print; return the block, or None if cancelled or none chosen."""
    dialog = FindingsChooser(findings, block.finding_ids, block.quote, parent)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    ids = dialog.chosen_ids()
    if not ids:
        return None
    return FindingsBlock(select="chosen", finding_ids=ids, quote=dialog.quote.isChecked())


class FormattingToolbar(QtWidgets.QToolBar):
    """Bold, italic, underline, highlight, Woo redaction, bullets and the data blocks."""

    def __init__(
        self,
        editor: RichTextEdit,
        findings: Callable[[], list[Finding]],
        positions_text: Callable[[], str],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        """Create the toolbar acting on ``editor``; its shortcuts work inside ``parent``."""
        super().__init__(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Formatting"), parent
        )
        self.setAccessibleName(QtCore.QCoreApplication.translate("FormattingToolbar", "Formatting"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.editor = editor
        self._findings = findings
        self._positions_text = positions_text
        self.style_actions: dict[str, QtGui.QAction] = {}
        for name, label, key, tip in (
            (
                "bold",
                QtCore.QCoreApplication.translate("FormattingToolbar", "B"),
                "Ctrl+B",
                QtCore.QCoreApplication.translate("FormattingToolbar", "Bold"),
            ),
            (
                "italic",
                QtCore.QCoreApplication.translate("FormattingToolbar", "I"),
                "Ctrl+I",
                QtCore.QCoreApplication.translate("FormattingToolbar", "Italic"),
            ),
            (
                "underline",
                QtCore.QCoreApplication.translate("FormattingToolbar", "U"),
                "Ctrl+U",
                QtCore.QCoreApplication.translate("FormattingToolbar", "Underline"),
            ),
            (
                "highlight",
                QtCore.QCoreApplication.translate("FormattingToolbar", "Highlight"),
                "Ctrl+Shift+H",
                QtCore.QCoreApplication.translate("FormattingToolbar", "Yellow highlight"),
            ),
        ):
            action = self._action(label, key, tip, lambda n=name: self.editor.toggle_style(n))
            action.setCheckable(True)
            font = action.font()
            font.setBold(name == "bold")
            font.setItalic(name == "italic")
            font.setUnderline(name == "underline")
            action.setFont(font)
            self.style_actions[name] = action
        self.addSeparator()
        self.redact_menu = QtWidgets.QMenu(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Redact for Woo"), self
        )
        for ground in woo_grounds():
            act = self.redact_menu.addAction(f"{ground.code}  {ground.label}")
            act.triggered.connect(lambda _=False, c=ground.code: self.editor.set_redaction(c))
        self.redact_menu.addSeparator()
        clear = self.redact_menu.addAction(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Remove redaction")
        )
        clear.triggered.connect(lambda: self.editor.set_redaction(None))
        self._menu_button(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Redact"),
            self.redact_menu,
            QtCore.QCoreApplication.translate("FormattingToolbar", "Withhold on publication"),
        )
        self.addSeparator()
        # Signs, not words, on the paragraph buttons: the row fits beside the print at 1366 px
        # and at a large font; the tooltips and accessible names say what they do.
        self.bullets = self._action(
            "•",
            "Ctrl+Shift+L",
            QtCore.QCoreApplication.translate("FormattingToolbar", "Bulleted list"),
            lambda: self.editor.toggle_bullets(),
        )
        self.numbering = self._action(
            "1.",
            "Ctrl+Shift+N",
            QtCore.QCoreApplication.translate(
                "FormattingToolbar", "Numbered list: 1. 2. 3., a. b. c. one level down"
            ),
            lambda: self.editor.toggle_numbering(),
        )
        self._action(
            "⇤",
            "",
            QtCore.QCoreApplication.translate("FormattingToolbar", "Outdent (Shift+Tab)"),
            lambda: self.editor.change_depth(-1),
        )
        self._action(
            "⇥",
            "",
            QtCore.QCoreApplication.translate("FormattingToolbar", "Indent (Tab)"),
            lambda: self.editor.change_depth(1),
        )
        self.addSeparator()
        self.insert_menu = QtWidgets.QMenu(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Insert"), self
        )
        self.insert_actions = {
            "findings-all": self.insert_menu.addAction(
                QtCore.QCoreApplication.translate("FormattingToolbar", "All findings")
            ),
            "findings-main": self.insert_menu.addAction(
                QtCore.QCoreApplication.translate("FormattingToolbar", "Main findings (quoted)")
            ),
            "findings-chosen": self.insert_menu.addAction(
                QtCore.QCoreApplication.translate("FormattingToolbar", "Chosen findings…")
            ),
            "commitments": self.insert_menu.addAction(
                QtCore.QCoreApplication.translate("FormattingToolbar", "Commitments")
            ),
            "positions": self.insert_menu.addAction(
                QtCore.QCoreApplication.translate(
                    "FormattingToolbar", "Positions summary (in the sentence)"
                )
            ),
        }
        self.insert_menu.addSeparator()
        acts = self.insert_actions
        acts["table"] = self.insert_menu.addAction(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Table…")
        )
        acts["table"].triggered.connect(self.insert_table)
        acts["table-edit"] = self.insert_menu.addAction(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Edit the table…")
        )
        acts["table-edit"].triggered.connect(self.change_table)
        acts = self.insert_actions
        acts["findings-all"].triggered.connect(
            lambda: self.editor.insert_data_block(FindingsBlock(select="all"))
        )
        acts["findings-main"].triggered.connect(
            lambda: self.editor.insert_data_block(FindingsBlock(select="main", quote=True))
        )
        self.insert_menu.addSeparator()
        acts["findings-edit"] = self.insert_menu.addAction(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Change the findings block…")
        )
        acts["findings-edit"].setShortcut(QtGui.QKeySequence("F4"))
        acts["findings-edit"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        acts["findings-edit"].triggered.connect(self.change_findings_block)
        acts["findings-chosen"].triggered.connect(self.insert_chosen_findings)
        acts["commitments"].triggered.connect(
            lambda: self.editor.insert_data_block(CommitmentsBlock())
        )
        acts["positions"].triggered.connect(
            lambda: self.editor.insert_positions_summary(self._positions_text())
        )
        self._menu_button(
            QtCore.QCoreApplication.translate("FormattingToolbar", "Insert"),
            self.insert_menu,
            QtCore.QCoreApplication.translate("FormattingToolbar", "Insert a block from the data"),
        )
        self._connect(editor)

    def _connect(self, editor: RichTextEdit) -> None:
        editor.placeholder_activated.connect(self.change_findings_block)
        editor.placeholder_activated.connect(self.change_table)
        editor.currentCharFormatChanged.connect(self.sync)
        editor.cursorPositionChanged.connect(self.sync)

    def set_editor(self, editor: RichTextEdit) -> None:
        """Act on another editor from now on (the Text tab's section with the cursor)."""
        if editor is self.editor:
            return
        old = self.editor
        for signal, slot in (
            (old.placeholder_activated, self.change_findings_block),
            (old.placeholder_activated, self.change_table),
            (old.currentCharFormatChanged, self.sync),
            (old.cursorPositionChanged, self.sync),
        ):
            signal.disconnect(slot)
        self.editor = editor
        self._connect(editor)
        self.sync()

    def _action(self, label: str, key: str, tip: str, slot: Callable[[], None]) -> QtGui.QAction:
        action = QtGui.QAction(label, self)
        if key:
            action.setShortcut(QtGui.QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip = f"{tip} ({QtGui.QKeySequence(key).toString(QtGui.QKeySequence.NativeText)})"
        action.setToolTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        button = self.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(tip)
        return action

    def _menu_button(self, label: str, menu: QtWidgets.QMenu, tip: str) -> None:
        button = QtWidgets.QToolButton(self)
        button.setText(label)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setMenu(menu)
        button.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(button)

    def insert_chosen_findings(self) -> None:
        """Ask for findings and insert a block printing them."""
        block = choose_findings(self.editor, self._findings(), FindingsBlock(select="chosen"))
        if block is not None:
            self.editor.insert_data_block(block)

    def insert_table(self) -> None:
        """Ask for a new table (3 by 3, one header row) and insert it on its own line."""
        table = table_dialog.edit_table(self.editor)
        if table is not None:
            self.editor.insert_data_block(table)

    def change_table(self) -> None:
        """Edit the table on the cursor's line: rows, columns, header rows, cell text."""
        found = self.editor.data_block_on_line()
        if found is None or not isinstance(found[1], Table):
            return
        position, table = found
        changed = table_dialog.edit_table(self.editor, table)
        if changed is not None and changed != table:
            self.editor.replace_data_block(position, changed)

    def change_findings_block(self) -> None:
        """Ask again which findings the block on the cursor's line prints."""
        found = self.editor.data_block_on_line()
        if found is None or not isinstance(found[1], FindingsBlock):
            return
        position, block = found
        findings = self._findings()
        if block.select == "all":
            preset = [f.id for f in findings]
        elif block.select == "main":
            preset = [f.id for f in findings if f.main]
        else:
            preset = list(block.finding_ids)
        current = FindingsBlock(select="chosen", finding_ids=preset, quote=block.quote)
        chosen = choose_findings(self.editor, findings, current)
        if chosen is not None:
            self.editor.replace_data_block(position, chosen)

    def sync(self, *_args: object) -> None:
        """Show the styles at the cursor as checked buttons."""
        found = self.editor.data_block_on_line()
        self.insert_actions["findings-edit"].setEnabled(
            found is not None and isinstance(found[1], FindingsBlock)
        )
        self.insert_actions["table-edit"].setEnabled(
            found is not None and isinstance(found[1], Table)
        )
        runs = self.editor.selection_runs()
        for name, action in self.style_actions.items():
            action.setChecked(bool(runs) and all(getattr(r, name) for r in runs))
