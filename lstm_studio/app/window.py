"""The studio window: the session in the middle, panels around it, menus, files, undo, autosave.

The window declares every part it has in its constructor (the studio views, the inside views' tabs, the
training and generation panels, the docks, the menus); other modules only build parts and hand them back.
Views never talk to each other, nor does the window relay for them: each view follows the session
through the session's :class:`~lstm_studio.app.common.live.Refresher`, which coalesces every burst of edits
into one update per visible view on the next turn of the event loop (see that module). ``refresh()``
runs that pass at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSignalBlocker, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

from lstm_studio import paths
from lstm_studio.app import menus
from lstm_studio.app.common import access, shortcuts, theme
from lstm_studio.app.common.live import Refresher
from lstm_studio.app.common.widgets import vertical
from lstm_studio.app.inside import panels as inside
from lstm_studio.app.studio.model_panel import ModelPanel, preset_titles
from lstm_studio.app.studio.output_plots import OutputView
from lstm_studio.app.studio.plots import GatePlots, HeatMaps
from lstm_studio.app.studio.sequence_panel import SequencePanel
from lstm_studio.app.studio.time_bar import TimeBar
from lstm_studio.app.studio.value_table import ValueTable
from lstm_studio.app.studio.weight_editor import WeightEditor
from lstm_studio.app.training.generation_panel import GenerationPanel
from lstm_studio.app.training.panel import TrainingPanel
from lstm_studio.document import modelfile
from lstm_studio.document.autosave import Autosave, recoverable
from lstm_studio.document.errors import InputError
from lstm_studio.document.session import Session
from lstm_studio.explain.focus import Focus

AUTOSAVE_INTERVAL_MS = 5000
#: Bump when the docks or splitters change so that an old saved layout is not forced on a new window.
LAYOUT_VERSION = 1
MAX_RECENT = 8
FILE_FILTER = "LSTM Studio models (*.json);;All files (*)"
STYLE = """
QLabel#muted {{ color: {muted}; }}
QLabel#verdict {{ font-size: {verdict}pt; padding: 2px 4px; }}
QLabel#equations {{ font-family: "DejaVu Serif", "Cambria Math", "STIX Two Math", serif;
                    font-size: {equations}pt; }}
QDockWidget::title {{ padding: 4px 6px; font-weight: bold; }}
QTabBar::tab {{ padding: 5px 14px; }}
"""


def default_settings() -> QSettings:
    """QSettings in the user's configuration folder, or the INI file named by LSTM_STUDIO_SETTINGS."""
    override = os.environ.get("LSTM_STUDIO_SETTINGS")
    if override:
        return QSettings(override, QSettings.IniFormat)
    return QSettings("LSTM Studio", "LSTM Studio")


def default_autosave_dir() -> Path:
    override = os.environ.get("LSTM_STUDIO_AUTOSAVE_DIR")
    if override:
        return Path(override)
    data = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(data or Path.home() / ".lstm-studio") / "autosave"


def _discard(_value) -> None:
    """Slots must return None: PySide6 mishandles a bool returned from a Python slot at exit."""


class MainWindow(QMainWindow):
    sig_refreshed = Signal()
    """Every visible view shows the session's present state (emitted after each pass of the refresher)."""

    def __init__(self, session: Session, settings: QSettings | None = None, autosave_dir: Path | None = None,
                 restore_layout: bool = True) -> None:
        super().__init__()
        self.session = session
        self.settings = settings if settings is not None else default_settings()
        self.autosave = Autosave(autosave_dir or default_autosave_dir())
        self.refresher = Refresher.of(session)
        self.refresher.sig_refreshed.connect(self.sig_refreshed)
        self.setWindowTitle("LSTM Studio")
        self.resize(1366, 768)

        # The studio's views, the inside views (built when first shown) and the tools.
        self.model_panel = ModelPanel(session)
        self.weights = WeightEditor(session)
        self.sequence = SequencePanel(session)
        self.output = OutputView(session)
        self.time = TimeBar(session)
        self.gates = GatePlots(session)
        self.heatmaps = HeatMaps(session)
        self.values = ValueTable(session)
        self.focus = Focus()
        self.inside_panels = inside.build(session, self.focus)
        self.training = TrainingPanel(session)
        self.generation = GenerationPanel(session=session)
        #: name -> how to raise it (``show_panel`` and ``--panel``)
        self.panels: dict[str, Callable[[], object]] = {}
        self._build_layout()
        self._build_menus()
        self.weights.sig_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.training.sig_status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.model_panel.sig_open_preset.connect(self.open_preset)

        session.dirty_changed.connect(lambda dirty: self._update_title())
        session.path_changed.connect(lambda path: self._path_changed())
        session.undo.changed.connect(self._update_undo_actions)

        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_timer.start()
        self.apply_look(str(self.settings.value("theme", theme.system_theme())),
                        float(self.settings.value("font_scale", 1.0)))
        if restore_layout:
            self._restore_layout()
        self._update_title()
        self._update_undo_actions()
        self._make_accessible()
        self.refresh()

    # --- layout -------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.setDockNestingEnabled(True)
        scroll = QScrollArea()
        scroll.setWidget(self.model_panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(270)
        self.model_dock = self._dock("Model", "model", scroll, Qt.LeftDockWidgetArea)
        self.weights_dock = self._dock("Weights", "weights", self.weights, Qt.RightDockWidgetArea)
        self.weights.setMinimumWidth(330)

        self.output_dock = self._dock("Output: p_t and loss", "output", self.output, Qt.RightDockWidgetArea)
        self.splitDockWidget(self.weights_dock, self.output_dock, Qt.Vertical)
        top_box = QWidget()
        top_layout = vertical(top_box, 0, 0)
        top_layout.addWidget(self.sequence, 1)
        top_layout.addWidget(self.time)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.gates, "Gates over time")
        self.tabs.addTab(self.heatmaps, "Heat maps (unit × time)")
        self.tabs.addTab(self.values, QCoreApplication.translate("MainWindow", "Table of values"))
        with QSignalBlocker(self.tabs):
            for name, panel in self.inside_panels.items():
                self.tabs.addTab(panel, inside.PANELS[name][0])

        self.middle = QSplitter(Qt.Vertical)
        self.middle.setObjectName("middle_splitter")
        self.middle.addWidget(top_box)
        self.middle.addWidget(self.tabs)
        self.middle.setStretchFactor(0, 0)  # a taller window gives its extra height to the plots
        self.middle.setStretchFactor(1, 1)
        self.middle.setSizes([290, 440])
        self.setCentralWidget(self.middle)
        self.resizeDocks([self.model_dock, self.weights_dock], [290, 390], Qt.Horizontal)
        self.resizeDocks([self.weights_dock, self.output_dock], [390, 330], Qt.Vertical)
        self.panels.update({
            "model": lambda: self._raise_dock(self.model_dock),
            "weights": lambda: self._raise_dock(self.weights_dock),
            "sequence": lambda: self.sequence.input.setFocus(),
            "output": lambda: self._raise_dock(self.output_dock),
            "gates": lambda: self.tabs.setCurrentWidget(self.gates),
            "heatmaps": lambda: self.tabs.setCurrentWidget(self.heatmaps),
            "table": lambda: self.tabs.setCurrentWidget(self.values),
        })
        for name, panel in self.inside_panels.items():
            self.panels[name] = lambda p=panel: (self.tabs.setCurrentWidget(p), p.ensure())
        # Training and generation float as windows of their own: docked, they would squeeze the studio on
        # a laptop screen, and a student wants to watch the gate plots change while the cell trains.
        self.training_dock = self._dock("Training", "training", self.training, Qt.BottomDockWidgetArea)
        self.generation_dock = self._dock("Generation", "generate", self.generation, Qt.BottomDockWidgetArea)
        for name, dock, size in (("training", self.training_dock, (1100, 640)),
                                 ("generate", self.generation_dock, (900, 560))):
            dock.hide()
            self.panels[name] = lambda d=dock, s=size: menus.show_floating(d, s)

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _raise_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    # --- Public API ---------------------------------------------------------------------------------

    def show_panel(self, name: str) -> None:
        """Raise the named panel; KeyError (naming the choices) for an unknown name."""
        if name not in self.panels:
            raise KeyError(f"--panel: unknown panel {name!r} (choose from {', '.join(self.panels)})")
        self.panels[name]()

    def refresh(self) -> None:
        """Bring every visible view up to date with the session now (the coalesced pass, run at once)."""
        self.refresher.refresh()

    @property
    def up_to_date(self) -> bool:
        """Every visible view shows the session's present state and no pass is waiting."""
        return self.refresher.idle

    def open_file(self, path: str | Path | None = None) -> bool:
        """Open a model file (asking for one when ``path`` is None); a bad file keeps the current model."""
        if path is None:
            start = str(self.session.path.parent) if self.session.path else str(Path.home())
            path, _ = QFileDialog.getOpenFileName(self, "Open model", start, FILE_FILTER)
            if not path:
                return False
        if not self.maybe_save():
            return False
        try:
            self.session.open(path)
        except InputError as err:
            self.show_error("Could not open the model", str(err))
            return False
        self._add_recent(Path(path))
        self.statusBar().showMessage(f"opened {path}", 5000)
        return True

    def open_preset(self, stem: str) -> bool:
        if not self.maybe_save():
            return False
        try:
            model = modelfile.load(paths.presets()[stem])
        except (InputError, KeyError) as err:
            self.show_error("Could not open the preset", str(err))
            return False
        self.session.load(model, None)
        return True

    def save(self) -> bool:
        if self.session.path is None or self._is_preset(self.session.path):
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        start = str(self.session.path) if self.session.path else str(Path.home() / "model.json")
        path, _ = QFileDialog.getSaveFileName(self, "Save model as", start, FILE_FILTER)
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        return self._save_to(Path(path))

    def maybe_save(self) -> bool:
        """Ask before unsaved work is lost; True when it is fine to go on."""
        if not self.session.dirty:
            return True
        answer = QMessageBox.question(
            self, "Unsaved changes",
            f"“{self.session.title}” has changes that are not saved.\nSave them first?",
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def show_error(self, title: str, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, title, message)

    def autosave_now(self) -> None:
        """Write the autosave file when there is unsaved work it does not hold yet."""
        if not self.session.dirty:
            if self.autosave.written_revision is not None:
                self.autosave.discard()
            return
        if self.autosave.written_revision == self.session.revision:
            return
        try:
            self.autosave.write(self.session)
        except OSError as err:
            self.statusBar().showMessage(f"autosave failed: {err}", 8000)

    def offer_recovery(self) -> bool:
        """At start-up: offer work left behind by a crashed session. Returns True when one was recovered."""
        found = recoverable(self.autosave.folder)
        if not found:
            return False
        latest = found[0]
        where = f" (from {latest.original})" if latest.original else ""
        answer = QMessageBox.question(
            self, "Recover unsaved work?",
            f"LSTM Studio closed without saving “{latest.model.name or 'untitled'}”{where}.\n"
            "Recover that work?", QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer != QMessageBox.Yes:
            for item in found:
                item.discard()
            return False
        self.session.load(latest.model, latest.original, latest.text)
        self.session.undo.set_dirty()
        for item in found:
            item.discard()
        self.autosave_now()
        return True

    def apply_look(self, name: str, scale: float) -> None:
        """Theme (light/dark) and font scale, remembered in the settings."""
        scale = min(max(scale, 0.7), 2.5)
        previous = getattr(self, "font_scale", None)
        self.font_scale = scale
        app = QApplication.instance()
        th = theme.apply(app, name, scale)
        size = app.font().pointSizeF()
        app.setStyleSheet(STYLE.format(muted=th.muted, verdict=round(size * 1.15, 1),
                                       equations=round(size * 1.1, 1))
                           + access.focus_style(th.focus, th.foreground if th.name == "contrast" else None))
        self.settings.setValue("theme", th.name)
        self.settings.setValue("font_scale", scale)
        for action in getattr(self, "theme_actions", {}).values():
            action.setChecked(action.data() == th.name)
        if previous != scale:  # the side panels grow with their text
            self.model_dock.widget().setMinimumWidth(int(270 * scale))
            self.weights.setMinimumWidth(int(330 * scale))
        self.refresher.mark_all("structure")  # every view redraws in the new look

    # --- menus --------------------------------------------------------------------------------------

    def add_action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        """An entry of ``menu`` that calls ``slot()``, with an optional shortcut and status-bar tip."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda *_: _discard(slot()))
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.add_action(self.file_menu, "&Open…", lambda: self.open_file(), QKeySequence.Open)
        self.recent_menu = self.file_menu.addMenu("Open &Recent")
        self.presets_menu = self.file_menu.addMenu("Open &Preset")
        for stem, title in preset_titles().items():
            self.add_action(self.presets_menu, title, lambda _=False, s=stem: self.open_preset(s))
        self.file_menu.addSeparator()
        self.add_action(self.file_menu, "&Save", self.save, QKeySequence.Save)
        self.add_action(self.file_menu, "Save &As…", self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.file_menu.addSeparator()
        self.import_menu = menus.import_menu(self)
        self.export_menu, self.export_actions = menus.export_menu(self)
        self.file_menu.addMenu(self.import_menu)
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addSeparator()
        self.add_action(self.file_menu, "&Quit", self.close, QKeySequence("Ctrl+Q"))

        self.edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.add_action(self.edit_menu, "&Undo", self.session.undo.undo, QKeySequence.Undo)
        self.redo_action = self.add_action(self.edit_menu, "&Redo", self.session.undo.redo, QKeySequence.Redo)

        self.view_menu = bar.addMenu("&View")
        self.view_menu.addAction(self.model_dock.toggleViewAction())
        self.view_menu.addAction(self.weights_dock.toggleViewAction())
        self.view_menu.addAction(self.output_dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.add_action(self.view_menu, "Gates over time", lambda: self.show_panel("gates"), QKeySequence("Ctrl+1"))
        self.add_action(self.view_menu, "Heat maps", lambda: self.show_panel("heatmaps"), QKeySequence("Ctrl+2"))
        self.view_menu.addSeparator()
        group = QActionGroup(self)
        self.theme_actions = {}
        for name, text in (("light", "Light theme"), ("dark", "Dark theme"),
                           ("contrast", QCoreApplication.translate("MainWindow", "High-contrast theme"))):
            action = QAction(text, self, checkable=True)
            action.setData(name)
            action.triggered.connect(lambda _=False, n=name: self.apply_look(n, self.font_scale))
            group.addAction(action)
            self.view_menu.addAction(action)
            self.theme_actions[name] = action
        self.theme_actions[theme.current().name].setChecked(True)
        self.view_menu.addSeparator()
        self.add_action(self.view_menu, "Larger text", lambda: self.apply_look(theme.current().name,
                        self.font_scale * 1.15), QKeySequence.ZoomIn, "bigger fonts, for a projector")
        self.add_action(self.view_menu, "Smaller text", lambda: self.apply_look(theme.current().name,
                        self.font_scale / 1.15), QKeySequence.ZoomOut)
        self.add_action(self.view_menu, "Normal text size", lambda: self.apply_look(theme.current().name, 1.0),
                        QKeySequence("Ctrl+0"))
        for name, (title, shortcut) in inside.PANELS.items():
            self.add_action(self.view_menu, title, lambda n=name: self.show_panel(n), QKeySequence(shortcut))
        self.view_menu.addAction(self.training_dock.toggleViewAction())
        self.view_menu.addAction(self.generation_dock.toggleViewAction())
        self._build_panel_keys()

        self.time_menu = bar.addMenu("&Time")
        self.add_action(self.time_menu, "Play / pause", self.time.toggle, QKeySequence("Ctrl+P"))
        self.add_action(self.time_menu, "Next step", lambda: self.time.go_by(1), QKeySequence("Ctrl+Right"))
        self.add_action(self.time_menu, "Previous step", lambda: self.time.go_by(-1), QKeySequence("Ctrl+Left"))
        self.add_action(self.time_menu, "First step", lambda: self.time.go(0), QKeySequence("Ctrl+Home"))
        self.add_action(self.time_menu, "Last step", lambda: self.time.go(self.session.steps - 1),
                        QKeySequence("Ctrl+End"))

        self.tools_menu = menus.tools_menu(self)
        bar.addMenu(self.tools_menu)
        self.help_menu = bar.addMenu("&Help")
        self.add_action(self.help_menu, "Keyboard shortcuts", self._show_shortcuts, QKeySequence.HelpContents)
        self._update_recent_menu()

    def _show_shortcuts(self) -> shortcuts.ShortcutsDialog:
        """Help ▸ Keyboard shortcuts: the table made from this window's actions (see shortcuts)."""
        dialog = shortcuts.ShortcutsDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _build_panel_keys(self) -> None:
        """Keys to reach every panel: Ctrl+7..9 for the table of values, the model and the weights, F6 and
        Shift+F6 through the panes in the order they sit on screen (docs/accessibility.md)."""
        translate = QCoreApplication.translate
        self.add_action(self.view_menu, translate("MainWindow", "Table of values"), lambda: self.show_panel("table"),
                        QKeySequence("Ctrl+7"), translate("MainWindow", "the plotted numbers as a table"))
        for name, text, key, dock in (
                ("model", translate("MainWindow", "Go to the model panel"), "Ctrl+8", self.model_dock),
                ("weights", translate("MainWindow", "Go to the weights"), "Ctrl+9", self.weights_dock)):
            self.add_action(self.view_menu, text, lambda n=name, d=dock: (self.show_panel(n), self._focus_pane(d)),
                            QKeySequence(key))
        self.add_action(self.view_menu, translate("MainWindow", "Next panel"), lambda: self.next_pane(),
                        QKeySequence(Qt.Key_F6))
        self.add_action(self.view_menu, translate("MainWindow", "Previous panel"), lambda: self.next_pane(True),
                        QKeySequence(Qt.SHIFT | Qt.Key_F6))

    def panes(self) -> list[QWidget]:
        """The window's panes in reading order: model, sequence and time, the tabs, weights, output."""
        return [self.model_dock, self.middle.widget(0), self.tabs, self.weights_dock, self.output_dock]

    def next_pane(self, backwards: bool = False) -> QWidget | None:
        """Move the keyboard focus into the next (or previous) pane; returns the control focused."""
        return shortcuts.focus_next_pane(self.panes(), backwards)

    def _focus_pane(self, pane: QWidget) -> None:
        target = shortcuts.first_focusable(pane)
        if target is not None:
            target.setFocus(Qt.ShortcutFocusReason)

    def _make_accessible(self) -> None:
        """Mnemonics in every menu, accessible names for every control (now and for what is shown later)."""
        for action in self.menuBar().actions():
            if action.menu() is not None:
                shortcuts.install_mnemonics(action.menu())
        self.tabs.setAccessibleName(QCoreApplication.translate("MainWindow", "Views"))
        self.tabs.tabBar().setAccessibleName(QCoreApplication.translate("MainWindow", "Views"))
        access.Namer.install(QApplication.instance())
        access.name_widgets(self)

    # --- internals ----------------------------------------------------------------------------------

    def _save_to(self, path: Path) -> bool:
        try:
            self.session.save(path)
        except (InputError, OSError) as err:
            self.show_error("Could not save", str(err))
            return False
        self._add_recent(path)
        self.autosave.discard()
        self.statusBar().showMessage(f"saved {path}", 5000)
        return True

    def _is_preset(self, path: Path) -> bool:
        try:
            return path.resolve().parent == paths.preset_dir().resolve()
        except OSError:
            return False

    def _path_changed(self) -> None:
        self._update_title()

    def _update_title(self) -> None:
        name = self.session.title
        self.setWindowTitle(f"{name}{' •' if self.session.dirty else ''} — LSTM Studio")

    def _update_undo_actions(self) -> None:
        undo = self.session.undo
        self.undo_action.setEnabled(undo.can_undo)
        self.redo_action.setEnabled(undo.can_redo)
        self.undo_action.setText(f"&Undo {undo.undo_label}" if undo.can_undo else "&Undo")
        self.redo_action.setText(f"&Redo {undo.redo_label}" if undo.can_redo else "&Redo")

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: Path) -> None:
        if self._is_preset(path):
            return
        entry = str(Path(path).resolve())
        recent = [entry] + [p for p in self.recent_files() if p != entry]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            self.add_action(self.recent_menu, path, lambda _=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(recent))

    def _restore_layout(self) -> None:
        if str(self.settings.value("window/version", "")) != str(LAYOUT_VERSION):
            self._fit_to_screen()
            return
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self._fit_to_screen()
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for splitter in (self.middle,):
            saved = self.settings.value(f"window/{splitter.objectName()}")
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        tab = self.settings.value("window/tab")
        if tab is not None:
            self.tabs.setCurrentIndex(int(tab))

    def _fit_to_screen(self) -> None:
        """First start: most of the screen, centred (a 1366×768 laptop gets all of it)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width = area.width() if area.width() <= 1400 else int(area.width() * 0.92)
        height = area.height() if area.height() <= 800 else int(area.height() * 0.92)
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)

    def save_layout(self) -> None:
        self.settings.setValue("window/version", LAYOUT_VERSION)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for splitter in (self.middle,):
            self.settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.training.shutdown()
        self.save_layout()
        self.autosave.discard()
        self._autosave_timer.stop()
        event.accept()
