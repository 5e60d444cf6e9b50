"""The middle's tabs as a row of buttons that wraps onto a second row when the row is full.

A QTabBar that is too narrow for its titles either scrolls (tabs out of sight behind arrows) or elides
them ("Gates ov…", "U…"): on a 1366 px laptop at 150 % text neither lets a student read where to click
(docs/window.md). The strip shows every title whole and reflows instead. The QTabWidget stays the one
that holds the pages and the current index; the strip only mirrors its titles, tooltips, visible tabs
and current tab, and sets the current index when a button is clicked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QTabWidget, QToolButton, QWidget

from lstm_studio.app.common.flow_layout import FlowLayout


class TabStrip(QWidget):
    """Buttons for the tabs of ``tabs`` (whose own bar it hides); call :meth:`sync` after tabs are shown
    or hidden (``QTabWidget.setTabVisible`` has no signal)."""

    def __init__(self, tabs: QTabWidget, parent=None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.setObjectName("tab_strip")
        layout = FlowLayout(self, spacing=2)
        layout.setContentsMargins(2, 2, 2, 0)
        self.group = QButtonGroup(self)
        # Not an exclusive group: Qt's Tab chain treats an exclusive group of checkable buttons as one stop and
        # can stay on its checked button for good; _show_current checks one button and unchecks the others.
        self.group.setExclusive(False)
        self.buttons: list[QToolButton] = []
        for k in range(tabs.count()):
            button = QToolButton()
            button.setText(tabs.tabText(k))
            button.setToolTip(tabs.tabToolTip(k))
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.group.addButton(button, k)
            layout.addWidget(button)
            self.buttons.append(button)
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.group.idClicked.connect(self._choose)
        tabs.currentChanged.connect(self._show_current)
        tabs.tabBar().hide()
        # The tab widget hands its focus to its (now hidden) bar: left in the Tab chain, it stops Tab there.
        tabs.tabBar().setFocusPolicy(Qt.NoFocus)
        tabs.setFocusPolicy(Qt.NoFocus)
        self.sync()

    # --- Public API ---------------------------------------------------------------------------------

    def sync(self) -> None:
        """Show the buttons of the visible tabs and check the current one."""
        for k, button in enumerate(self.buttons):
            button.setVisible(self.tabs.isTabVisible(k))
        self._show_current(self.tabs.currentIndex())
        self.layout().invalidate()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().heightForWidth(width)

    # --- internals ----------------------------------------------------------------------------------

    def _choose(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._show_current(index)  # a click on the current tab's button would otherwise uncheck it

    def _show_current(self, index: int) -> None:
        for k, button in enumerate(self.buttons):
            button.setChecked(k == index)
