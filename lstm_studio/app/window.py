"""The studio window: the session in the middle, panels around it, menus, files, undo, autosave.

Views never talk to each other: they subscribe to the session's signals through this window, which
coalesces every burst of edits into one refresh on the next turn of the event loop (a slider drag that
sets a weight twenty times between two frames recomputes and repaints once), recomputes only what the
edit invalidated (the session's evaluation cache) and updates only the views that are visible; hidden
views catch up when they are shown.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QStandardPaths, Qt, QTimer, Signal
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
    QVBoxLayout,
    QWidget,
)

from lstm_studio import paths
from lstm_studio.app.common import theme
from lstm_studio.app.common.i18n import translate
from lstm_studio.app.inside.panels import install as install_inside_panels
from lstm_studio.app.language import install_language_menu, snapshot
from lstm_studio.app.menus import install_extras
from lstm_studio.app.studio.model_panel import ModelPanel
from lstm_studio.app.studio.output_plots import OutputView
from lstm_studio.app.studio.plots import GatePlots, HeatMaps
from lstm_studio.app.studio.sequence_panel import SequencePanel
from lstm_studio.app.studio.time_bar import TimeBar
from lstm_studio.app.studio.weight_editor import WeightEditor
from lstm_studio.document import modelfile
from lstm_studio.document.autosave import Autosave, recoverable
from lstm_studio.document.errors import InputError
from lstm_studio.document.session import Session

AUTOSAVE_INTERVAL_MS = 5000
#: Bump when the docks or splitters change so that an old saved layout is not forced on a new window.
LAYOUT_VERSION = 1
MAX_RECENT = 8
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "LSTM Studio models (*.json);;All files (*)")
STYLE = """
QLabel#muted {{ color: {muted}; }}
QLabel#verdict {{ font-size: {verdict}pt; padding: 2px 4px; }}
QLabel#equations {{ font-family: "DejaVu Serif", "Cambria Math", "STIX Two Math", serif;
                    font-size: {equations}pt; }}
QDockWidget::title {{ padding: 4px 6px; font-weight: bold; }}
QTabBar::tab {{ padding: 5px 10px; }}
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
    """Every visible view shows the session's present state (emitted after each coalesced refresh)."""

    def __init__(self, session: Session, settings: QSettings | None = None, autosave_dir: Path | None = None,
                 restore_layout: bool = True) -> None:
        super().__init__()
        self.session_slots_before = snapshot(session)  # a language switch disconnects the rest
        self.session = session
        self.settings = settings if settings is not None else default_settings()
        self.autosave = Autosave(autosave_dir or default_autosave_dir())
        self._pending: set[str] = {"structure"}
        self._stale: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.setWindowTitle("LSTM Studio")
        self.resize(1366, 768)

        self.model_panel = ModelPanel(session)
        self.weights = WeightEditor(session)
        self.sequence = SequencePanel(session)
        self.output = OutputView()
        self.time = TimeBar(session)
        self.gates = GatePlots()
        self.heatmaps = HeatMaps()
        self._build_layout()
        self._build_menus()
        install_inside_panels(self)  # cell diagram, unrolled net, equations, gradient lab (issue 5)
        self.close_hooks: list = []
        install_extras(self)  # training, generation, worksheets, import/export (issues 6, 8, 9)
        install_language_menu(self)
        self.weights.sig_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.model_panel.sig_open_preset.connect(self.open_preset)

        session.structure_changed.connect(lambda: self.schedule("structure"))
        session.params_changed.connect(lambda names: self.schedule("values"))
        session.state_changed.connect(lambda: self.schedule("values"))
        session.sequence_changed.connect(lambda: self.schedule("values"))
        session.step_changed.connect(lambda step: self.schedule("step"))
        session.dirty_changed.connect(lambda dirty: self._update_title())
        session.path_changed.connect(lambda path: self._path_changed())
        session.undo.changed.connect(self._update_undo_actions)

        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_timer.start()
        self.apply_look(str(self.settings.value("theme", "light")), float(self.settings.value("font_scale", 1.0)))
        if restore_layout:
            self._restore_layout()
        self._update_title()
        self._update_undo_actions()
        self.refresh()

    # --- layout -------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.setDockNestingEnabled(True)
        scroll = QScrollArea()
        scroll.setWidget(self.model_panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(270)
        self.model_dock = self._dock(translate("MainWindow", "Model"), "model", scroll, Qt.LeftDockWidgetArea)
        self.weights_dock = self._dock(translate("MainWindow", "Weights"), "weights", self.weights,
                                       Qt.RightDockWidgetArea)
        self.weights.setMinimumWidth(330)

        self.output_dock = self._dock(translate("MainWindow", "Output: p_t and loss"), "output", self.output,
                                      Qt.RightDockWidgetArea)
        self.splitDockWidget(self.weights_dock, self.output_dock, Qt.Vertical)
        top_box = QWidget()
        top_layout = QVBoxLayout(top_box)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.sequence, 1)
        top_layout.addWidget(self.time)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Longer titles (another language, a projector's font) shorten with "…" rather than hide a tab; the
        # full title is the tab's tooltip.
        self.tabs.setElideMode(Qt.ElideRight)
        self.tabs.setUsesScrollButtons(False)
        for view, title in ((self.gates, translate("MainWindow", "Gates over time")),
                            (self.heatmaps, translate("MainWindow", "Heat maps (unit × time)"))):
            self.tabs.setTabToolTip(self.tabs.addTab(view, title), title)
        self.tabs.currentChanged.connect(lambda _: self._catch_up())

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
        self.panels = {
            "model": lambda: self._raise_dock(self.model_dock),
            "weights": lambda: self._raise_dock(self.weights_dock),
            "sequence": lambda: self.sequence.input.setFocus(),
            "output": lambda: self._raise_dock(self.output_dock),
            "gates": lambda: self.tabs.setCurrentWidget(self.gates),
            "heatmaps": lambda: self.tabs.setCurrentWidget(self.heatmaps),
        }

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable
                         | QDockWidget.DockWidgetClosable)
        dock.visibilityChanged.connect(self._dock_visibility)
        self.addDockWidget(area, dock)
        return dock

    def _dock_visibility(self, visible: bool) -> None:
        if visible:
            self._catch_up()

    def _raise_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    # --- Public API ---------------------------------------------------------------------------------

    def add_panel(self, name: str, title: str, widget: QWidget, area=Qt.RightDockWidgetArea) -> QDockWidget:
        """Add a dock panel that ``show_panel(name)`` (and ``--panel name``) can raise (later panels)."""
        dock = self._dock(title, name, widget, area)
        self.panels[name] = lambda: self._raise_dock(dock)
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

    def show_panel(self, name: str) -> None:
        """Raise the named panel; KeyError (naming the choices) for an unknown name."""
        if name not in self.panels:
            raise KeyError(f"--panel: unknown panel {name!r} (choose from {', '.join(self.panels)})")
        self.panels[name]()

    def schedule(self, what: str) -> None:
        """Note what changed and refresh once on the next turn of the event loop."""
        self._pending.add(what)
        if not self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        """Bring every visible view up to date with the session (the coalesced refresh)."""
        self._timer.stop()
        pending, self._pending = self._pending, set()
        session = self.session
        if "structure" in pending:
            self.model_panel.rebuild(session)
            self.sequence.rebuild(session)
            self.gates.rebuild(session)
            self.heatmaps.rebuild(session)
            self.output.rebuild(session)
        result = session.result()
        data_changed = bool(pending - {"step"})
        for name, view in self._result_views():
            if not self._visible(name):
                if data_changed or "step" in pending:
                    self._stale.add(name)
                continue
            if data_changed or name in self._stale:
                self._stale.discard(name)
                view.show_result(session, result)
            else:
                view.show_step(session.step)
        self.weights.show_step(session.step)
        self.sig_refreshed.emit()

    def open_file(self, path: str | Path | None = None) -> bool:
        """Open a model file (asking for one when ``path`` is None); a bad file keeps the current model."""
        if path is None:
            start = str(self.session.path.parent) if self.session.path else str(Path.home())
            path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open model"), start,
                                                  translate("MainWindow", FILE_FILTER))
            if not path:
                return False
        if not self.maybe_save():
            return False
        try:
            self.session.open(path)
        except InputError as err:
            self.show_error(translate("MainWindow", "Could not open the model"), str(err))
            return False
        self._add_recent(Path(path))
        self.statusBar().showMessage(translate("MainWindow", "opened {path}").format(path=path), 5000)
        return True

    def open_preset(self, stem: str) -> bool:
        if not self.maybe_save():
            return False
        try:
            model = modelfile.load(paths.presets()[stem])
        except (InputError, KeyError) as err:
            self.show_error(translate("MainWindow", "Could not open the preset"), str(err))
            return False
        self.session.load(model, None)
        return True

    def save(self) -> bool:
        if self.session.path is None or self._is_preset(self.session.path):
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        start = str(self.session.path) if self.session.path else str(Path.home() / "model.json")
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Save model as"), start,
                                                  translate("MainWindow", FILE_FILTER))
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
            self, translate("MainWindow", "Unsaved changes"),
            translate("MainWindow", "“{title}” has changes that are not saved.\nSave them first?").format(
                title=self.session.title),
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
            self.statusBar().showMessage(translate("MainWindow", "autosave failed: {error}").format(error=err), 8000)

    def offer_recovery(self) -> bool:
        """At start-up: offer work left behind by a crashed session. Returns True when one was recovered."""
        found = recoverable(self.autosave.folder)
        if not found:
            return False
        latest = found[0]
        name = latest.model.name or translate("MainWindow", "untitled")
        question = (translate("MainWindow", "LSTM Studio closed without saving “{name}” (from {file}).\nRecover that "
                                            "work?")
                    if latest.original else
                    translate("MainWindow", "LSTM Studio closed without saving “{name}”.\nRecover that work?"))
        answer = QMessageBox.question(
            self, translate("MainWindow", "Recover unsaved work?"), question.format(name=name, file=latest.original),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
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
                                       equations=round(size * 1.1, 1)))
        self.settings.setValue("theme", th.name)
        self.settings.setValue("font_scale", scale)
        for action in getattr(self, "theme_actions", {}).values():
            action.setChecked(action.data() == th.name)
        if previous != scale:  # the side panels grow with their text
            self.model_dock.widget().setMinimumWidth(int(270 * scale))
            self.weights.setMinimumWidth(int(330 * scale))
        self.gates._shape = None
        self.heatmaps._shape = None
        self._stale.update(name for name, _ in self._result_views())
        self.schedule("structure")

    # --- menus --------------------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
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
        self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self._action(self.file_menu, translate("MainWindow", "&Open…"), lambda: self.open_file(), QKeySequence.Open)
        self.recent_menu = self.file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.presets_menu = self.file_menu.addMenu(translate("MainWindow", "Open &Preset"))
        from lstm_studio.app.studio.model_panel import preset_titles

        for stem, title in preset_titles().items():
            self._action(self.presets_menu, translate("Presets", title), lambda _=False, s=stem: self.open_preset(s))
        self.file_menu.addSeparator()
        self._action(self.file_menu, translate("MainWindow", "&Save"), self.save, QKeySequence.Save)
        self._action(self.file_menu, translate("MainWindow", "Save &As…"), self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.file_menu.addSeparator()
        self._action(self.file_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence("Ctrl+Q"))

        self.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.undo_action = self._action(self.edit_menu, translate("MainWindow", "&Undo"), self.session.undo.undo,
                                        QKeySequence.Undo)
        self.redo_action = self._action(self.edit_menu, translate("MainWindow", "&Redo"), self.session.undo.redo,
                                        QKeySequence.Redo)

        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.view_menu.addAction(self.model_dock.toggleViewAction())
        self.view_menu.addAction(self.weights_dock.toggleViewAction())
        self.view_menu.addAction(self.output_dock.toggleViewAction())
        self.view_menu.addSeparator()
        self._action(self.view_menu, translate("MainWindow", "Gates over time"), lambda: self.show_panel("gates"),
                     QKeySequence("Ctrl+1"))
        self._action(self.view_menu, translate("MainWindow", "Heat maps"), lambda: self.show_panel("heatmaps"),
                     QKeySequence("Ctrl+2"))
        self.view_menu.addSeparator()
        group = QActionGroup(self)
        self.theme_actions = {}
        for name, text in (("light", translate("MainWindow", "Light theme")),
                           ("dark", translate("MainWindow", "Dark theme"))):
            action = QAction(text, self, checkable=True)
            action.setData(name)
            action.triggered.connect(lambda _=False, n=name: self.apply_look(n, self.font_scale))
            group.addAction(action)
            self.view_menu.addAction(action)
            self.theme_actions[name] = action
        self.theme_actions[theme.current().name].setChecked(True)
        self.view_menu.addSeparator()
        self._action(self.view_menu, translate("MainWindow", "Larger text"),
                     lambda: self.apply_look(theme.current().name, self.font_scale * 1.15), QKeySequence.ZoomIn,
                     translate("MainWindow", "bigger fonts, for a projector"))
        self._action(self.view_menu, translate("MainWindow", "Smaller text"),
                     lambda: self.apply_look(theme.current().name, self.font_scale / 1.15), QKeySequence.ZoomOut)
        self._action(self.view_menu, translate("MainWindow", "Normal text size"),
                     lambda: self.apply_look(theme.current().name, 1.0), QKeySequence("Ctrl+0"))

        self.time_menu = bar.addMenu(translate("MainWindow", "&Time"))
        self._action(self.time_menu, translate("MainWindow", "Play / pause"), self.time.toggle, QKeySequence("Ctrl+P"))
        self._action(self.time_menu, translate("MainWindow", "Next step"), lambda: self.time.go_by(1),
                     QKeySequence("Ctrl+Right"))
        self._action(self.time_menu, translate("MainWindow", "Previous step"), lambda: self.time.go_by(-1),
                     QKeySequence("Ctrl+Left"))
        self._action(self.time_menu, translate("MainWindow", "First step"), lambda: self.time.go(0),
                     QKeySequence("Ctrl+Home"))
        self._action(self.time_menu, translate("MainWindow", "Last step"), lambda: self.time.go(self.session.steps - 1),
                     QKeySequence("Ctrl+End"))

        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self._action(self.help_menu, translate("MainWindow", "Keyboard shortcuts"), self._show_shortcuts,
                     QKeySequence.HelpContents)
        self._update_recent_menu()

    def _show_shortcuts(self) -> None:
        QMessageBox.information(self, translate("MainWindow", "Keyboard shortcuts"), translate(
            "MainWindow",
            "Weights table: arrow keys move, type a number to set the entry exactly, Enter confirms,\n"
            "PageUp / PageDown nudge it by 0.1 (with Shift: 0.01), Ctrl+C / Ctrl+V copy and paste CSV.\n\n"
            "Ctrl+Z undo, Ctrl+Shift+Z redo (one slider drag is one step)\n"
            "Ctrl+Left / Ctrl+Right previous / next step, Ctrl+P play or pause, Ctrl+Home / Ctrl+End\n"
            "Ctrl+1 gates over time, Ctrl+2 heat maps\n"
            "Ctrl+O open, Ctrl+S save, Ctrl+Shift+S save as\n"
            "Ctrl++ / Ctrl+− / Ctrl+0 text size (for a projector)\n\n"
            "Hover a heat-map cell or a probability bar to see how its number is computed."))

    # --- internals ----------------------------------------------------------------------------------

    def _result_views(self):
        return (("sequence", self.sequence), ("output", self.output), ("time", self.time),
                ("gates", self.gates), ("heatmaps", self.heatmaps))

    def _visible(self, name: str) -> bool:
        if name == "output":
            return not self.output_dock.isHidden()
        if name == "gates":
            return self.tabs.currentWidget() is self.gates
        if name == "heatmaps":
            return self.tabs.currentWidget() is self.heatmaps
        return True

    def _catch_up(self) -> None:
        if self._stale:
            self.schedule("step")

    def _save_to(self, path: Path) -> bool:
        try:
            self.session.save(path)
        except (InputError, OSError) as err:
            self.show_error(translate("MainWindow", "Could not save"), str(err))
            return False
        self._add_recent(path)
        self.autosave.discard()
        self.statusBar().showMessage(translate("MainWindow", "saved {path}").format(path=path), 5000)
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
        self.undo_action.setText(translate("MainWindow", "&Undo {action}").format(
            action=translate("Undo", undo.undo_label)) if undo.can_undo else translate("MainWindow", "&Undo"))
        self.redo_action.setText(translate("MainWindow", "&Redo {action}").format(
            action=translate("Undo", undo.redo_label)) if undo.can_redo else translate("MainWindow", "&Redo"))

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
            self._action(self.recent_menu, path, lambda _=False, p=path: self.open_file(p))
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
        for hook in self.close_hooks:
            hook()
        self.save_layout()
        self.autosave.discard()
        self._autosave_timer.stop()
        event.accept()
