"""Keyboard access: mnemonics for every menu entry, moving between panels (F6), and Help ▸ Keyboard
shortcuts, a table generated from the window's actions and shortcuts so that it cannot drift from them.

Keys a widget handles itself (the weights table's nudging, the cell diagram's arrows) are declared here in
:data:`WIDGET_KEYS`, which those widgets read, so the help lists exactly what they do. See
docs/accessibility.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from lstm_studio.app.common.access import focusable, plain
from lstm_studio.app.common.i18n import translate
from lstm_studio.app.common.widgets import vertical


@dataclass(frozen=True)
class WidgetKey:
    """A key a widget handles in its own ``keyPressEvent``."""

    where: str
    keys: str
    what: str



#: Nudge steps of the weights table: Ctrl+Up/Down (or PageUp/PageDown), with Shift the fine one.
NUDGE_COARSE = 0.1
NUDGE_FINE = 0.01
#: A burst of nudges ends (one undo step) when no nudge came for this long.
NUDGE_BURST_MS = 800


def widget_keys() -> list[WidgetKey]:
    """The keys handled inside widgets, in the application's language."""
    weights, diagram, everywhere = (translate("Shortcuts", "Weights table"), translate("Shortcuts", "Cell diagram"),
                                    translate("Shortcuts", "Everywhere"))
    nudge = translate("Shortcuts", "nudge the selected weight by ±%1 (one undo step per burst)")
    return [
        WidgetKey(weights, "Ctrl+Up / Ctrl+Down", nudge.replace("%1", f"{NUDGE_COARSE:g}")),
        WidgetKey(weights, "Ctrl+Shift+Up / Ctrl+Shift+Down", nudge.replace("%1", f"{NUDGE_FINE:g}")),
        WidgetKey(weights, "PageUp / PageDown",
                  translate("Shortcuts", "nudge the selected weight (with Shift: finer)")),
        WidgetKey(weights, translate("Shortcuts", "arrow keys, a number, Enter"),
                  translate("Shortcuts", "move between entries; type a number to set the entry exactly")),
        WidgetKey(diagram, translate("Shortcuts", "arrow keys"),
                  translate("Shortcuts", "select the next or previous box or wire")),
        WidgetKey(diagram, "Enter", translate("Shortcuts", "show the selected element's equation and numbers")),
        WidgetKey(everywhere, "Tab / Shift+Tab", translate("Shortcuts", "move to the next or previous control")),
        WidgetKey(everywhere, "F10 / Alt",
                  translate("Shortcuts", "open the menu bar; underlined letters choose an entry")),
    ]


@dataclass(frozen=True)
class Entry:
    """One row of the shortcut table."""

    where: str
    what: str
    keys: str


def _keys(action: QAction | QShortcut) -> str:
    sequences = action.shortcuts() if isinstance(action, QAction) else [action.key()]
    return " / ".join(s.toString(QKeySequence.NativeText) for s in sequences if not s.isEmpty())


def menu_entries(menu: QMenu, path: str = "") -> list[Entry]:
    """Every action of ``menu`` and its submenus that has a shortcut, with its menu path."""
    here = f"{path} ▸ {plain(menu.title())}" if path else plain(menu.title())
    entries = []
    for action in menu.actions():
        if action.menu() is not None:
            entries.extend(menu_entries(action.menu(), here))
        elif not action.isSeparator() and _keys(action):
            entries.append(Entry(here, plain(action.text()), _keys(action)))
    return entries


def entries(window: QWidget) -> list[Entry]:
    """Every shortcut of ``window``: its menus' actions, actions outside the menus, QShortcuts of its
    widgets, then the keys handled inside widgets."""
    found: list[Entry] = []
    in_menus: set[int] = set()
    bar = window.menuBar()
    for action in bar.actions():
        if action.menu() is not None:
            found.extend(menu_entries(action.menu()))
            stack = [action.menu()]
            while stack:
                menu = stack.pop()
                for inner in menu.actions():
                    in_menus.add(id(inner))
                    if inner.menu() is not None:
                        stack.append(inner.menu())
    for action in window.findChildren(QAction):
        if id(action) not in in_menus and _keys(action) and action.text():
            found.append(Entry(translate("Shortcuts", "Window"), plain(action.text()), _keys(action)))
    for shortcut in window.findChildren(QShortcut):
        if _keys(shortcut):
            owner = shortcut.parent()
            where = plain(owner.accessibleName()) if isinstance(owner, QWidget) else ""
            where = where or translate("Shortcuts", "Window")
            found.append(Entry(where, plain(shortcut.whatsThis()) or where, _keys(shortcut)))
    found.extend(Entry(k.where, k.what, k.keys) for k in widget_keys())
    return found


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: a sortable, keyboard-readable table of :func:`entries`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        layout = vertical(self, 10, 6)
        intro = QLabel(translate(
            "Shortcuts", "Every action of the menus, the keys of the panels and the keys of the weights "
                         "table and the cell diagram. F6 moves between the panels."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = entries(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([translate("Shortcuts", "Keys"),
                                              translate("Shortcuts", "Action"),
                                              translate("Shortcuts", "Where")])
        for r, entry in enumerate(rows):
            for c, text in enumerate((entry.keys, entry.what, entry.where)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setAccessibleName(translate("Shortcuts", "Keyboard shortcuts"))
        self.table.setAccessibleDescription(
            translate("Shortcuts", "one row per shortcut: the keys, the action and where it works"))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.table.setFocus()

    @property
    def rows(self) -> list[tuple[str, str, str]]:
        """(keys, action, where) of every row shown."""
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]


def add_mnemonics(menu: QMenu) -> None:
    """Give every entry of ``menu`` without a mnemonic (an ``&``) one: the first letter of its text not yet
    taken in the menu. Runs on ``aboutToShow``, so entries added later (recent files) and texts changed by
    a language switch get theirs too."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    taken = set()
    for action in actions:
        text = action.text()
        at = text.replace("&&", "").find("&")
        if at >= 0 and at + 1 < len(text.replace("&&", "")):
            taken.add(text.replace("&&", "")[at + 1].lower())
    for action in actions:
        text = action.text()
        if "&" in text.replace("&&", ""):
            continue
        for i, char in enumerate(text):
            if char.isalnum() and char.lower() not in taken:
                taken.add(char.lower())
                action.setText(text[:i] + "&" + text[i:])
                break


def install_mnemonics(menu: QMenu) -> None:
    """:func:`add_mnemonics` on ``menu`` and its submenus, now and whenever they are about to show."""
    add_mnemonics(menu)
    menu.aboutToShow.connect(lambda: add_mnemonics(menu))
    for action in menu.actions():
        if action.menu() is not None:
            install_mnemonics(action.menu())


def first_focusable(widget: QWidget) -> QWidget | None:
    """The first visible control (in creation order) inside ``widget``, or ``widget`` itself."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if focusable(child) and child.isVisible():
            return child
    return None


def focus_next_pane(panes: list[QWidget], backwards: bool = False) -> QWidget | None:
    """Move the keyboard focus to the first control of the next visible pane after the one that holds it
    (F6; Shift+F6 goes back). Returns the control focused."""
    visible = [p for p in panes if p.isVisible() and first_focusable(p) is not None]
    if not visible:
        return None
    current = visible[0].window().focusWidget()
    at = next((i for i, p in enumerate(visible) if current is not None and (p is current or p.isAncestorOf(current))),
              -1)
    step = -1 if backwards else 1
    target = first_focusable(visible[(at + step) % len(visible)] if at >= 0 else visible[0 if not backwards else -1])
    target.setFocus(Qt.ShortcutFocusReason)
    return target
