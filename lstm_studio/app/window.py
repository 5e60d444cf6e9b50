"""The studio window: the session in the middle, panels around it, menus, files, undo, autosave.

The window declares every part it has in its constructor (the studio views, the inside views' tabs, the
training and generation panels, the docks, the menus); other modules only build parts and hand them back.
Views never talk to each other, nor does the window relay for them: each view follows the session
through the session's :class:`~lstm_studio.app.common.live.Refresher`, which coalesces every burst of edits
into one update per visible view on the next turn of the event loop (see that module). ``refresh()``
runs that pass at once.

A lesson plays in the same window (:mod:`lstm_studio.app.lessons`): ``open_lesson`` puts the player
beside the studio, the session holds what each step locks and hides (the window removes hidden panels),
and ``leave_lesson`` brings the studio back as it was. File ▸ Open takes lesson files too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QSignalBlocker, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFontMetrics, QKeySequence
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
from lstm_studio.app import menus
from lstm_studio.app.common import access, focus_ring, screen_fit, shortcuts, theme
from lstm_studio.app.common.i18n import shown, shown_error, translate
from lstm_studio.app.common.live import Refresher
from lstm_studio.app.common.tab_strip import TabStrip
from lstm_studio.app.common.widgets import vertical
from lstm_studio.app.inside import panels as inside
from lstm_studio.app.language import install_language_menu, snapshot
from lstm_studio.app.studio.model_panel import ModelPanel, preset_titles
from lstm_studio.app.studio.output_plots import OutputView
from lstm_studio.app.studio.plots import GatePlots, HeatMaps
from lstm_studio.app.studio.sequence_panel import SequencePanel
from lstm_studio.app.studio.time_bar import TimeBar
from lstm_studio.app.studio.weight_editor import WeightEditor
from lstm_studio.document import modelfile
from lstm_studio.document.autosave import Autosave, recoverable
from lstm_studio.document.errors import InputError
from lstm_studio.document.session import Session
from lstm_studio.explain.focus import Focus

if TYPE_CHECKING:
    from lstm_studio.app.training.generation_panel import GenerationPanel
    from lstm_studio.app.training.panel import TrainingPanel

AUTOSAVE_INTERVAL_MS = 5000
#: Bump when the docks or splitters change so that an old saved layout is not forced on a new window.
LAYOUT_VERSION = 2
MAX_RECENT = 8
#: The narrowest the side panels may be made; their contents scroll below that.
MIN_SIDE_WIDTH = 200
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "LSTM Studio models and lessons (*.json);;All files (*)")
#: The QSettings key that remembers that the welcome card was answered (it never shows again by itself).
WELCOME_KEY = "welcome/seen"


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
        self.refresher = Refresher.of(session)  # one per session: it outlives a window rebuilt in another language
        self.session_slots_before = snapshot(session)  # a language switch disconnects the rest
        self.refresher.sig_refreshed.connect(self.sig_refreshed)
        self.setWindowTitle("LSTM Studio")
        self.resize(1280, 680)
        # Made now, not at the first message, and one line tall with or without one: a status bar that
        # appears or grows later pushes the window's contents up.
        self.statusBar().setSizeGripEnabled(False)
        self._fit_status_bar()

        # The studio's views, the inside views (built when first shown) and the tools.
        self.model_panel = ModelPanel(session)
        self.weights = WeightEditor(session)
        self.sequence = SequencePanel(session)
        self.output = OutputView(session)
        self.time = TimeBar(session)
        self.gates = GatePlots(session)
        self.heatmaps = HeatMaps(session)
        self.focus = Focus()
        self.inside_panels = inside.build(session, self.focus)
        # The tools' panels are built the first time they are shown or asked for (docs/performance.md).
        self._training: TrainingPanel | None = None
        self._generation: GenerationPanel | None = None
        #: name -> how to raise it (``show_panel`` and ``--panel``)
        self.panels: dict[str, Callable[[], object]] = {}
        #: the lesson playing in the window (``lstm_studio.app.lessons.mode.LessonMode``), or None
        self.lesson = None
        #: the lesson being recorded by File ▸ New lesson from here (``app.lessons.recorder.Recording``)
        self.recording = None
        self._hidden_by_holds: set[str] = set()
        #: the welcome card and the tour, while they are on screen
        self.welcome = None
        self.tour = None
        self._build_layout()
        self._build_menus()
        install_language_menu(self)
        self.weights.sig_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        # A view that failed to follow an edit (the edit itself is kept), or a history that was cleared.
        session.problem.connect(lambda text: self.statusBar().showMessage(shown(text), 10000))
        self.model_panel.sig_open_preset.connect(self.open_preset)

        session.dirty_changed.connect(lambda dirty: self._update_title())
        session.structure_changed.connect(self._update_title)  # a trained or new model brings its name
        session.path_changed.connect(lambda path: self._path_changed())
        session.structure_changed.connect(self._update_title)  # a trained or replaced model has its own name
        self.tabs.currentChanged.connect(self._tab_changed)
        session.undo.changed.connect(self._update_undo_actions)
        session.holds_changed.connect(self._apply_holds)
        session.refused.connect(lambda reason: self.statusBar().showMessage(
            translate("Holds", "Locked: {reason}.").format(reason=shown(reason)), 8000))

        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_timer.start()
        self.apply_look(str(self.settings.value("theme", theme.system_theme())),
                        float(self.settings.value("font_scale", 1.0)))
        if restore_layout:
            self._restore_layout()
        self._show_saved_panel()
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
        scroll.setMinimumWidth(MIN_SIDE_WIDTH)
        self.model_dock = self._dock(translate("MainWindow", "Model"), "model", scroll, Qt.LeftDockWidgetArea)
        self.weights_dock = self._dock(translate("MainWindow", "Weights"), "weights", self.weights,
                                       Qt.RightDockWidgetArea)

        self.output_dock = self._dock(translate("MainWindow", "Output: p_t and loss"), "output", self.output,
                                      Qt.RightDockWidgetArea)
        self.splitDockWidget(self.weights_dock, self.output_dock, Qt.Vertical)
        top_box = QWidget()
        top_layout = vertical(top_box, 0, 0)
        # A long vocabulary or a large font scrolls the sequence panel instead of growing the window.
        sequence_scroll = QScrollArea()
        sequence_scroll.setWidget(self.sequence)
        sequence_scroll.setWidgetResizable(True)
        sequence_scroll.setFrameShape(QScrollArea.NoFrame)
        sequence_scroll.setAccessibleName(translate("MainWindow", "Input sequence and targets"))
        top_layout.addWidget(sequence_scroll, 1)
        top_layout.addWidget(self.time)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        with QSignalBlocker(self.tabs):
            self.tabs.setTabToolTip(self.tabs.addTab(self.gates, translate("MainWindow", "Gates over time")),
                                    translate("MainWindow", "Gates over time"))
            self.tabs.setTabToolTip(self.tabs.addTab(self.heatmaps, translate("MainWindow", "Heat maps")),
                                    translate("MainWindow", "Every gate and state as a unit × time heat map"))
            for name, panel in self.inside_panels.items():
                title = translate("InsidePanels", inside.PANELS[name][0])
                self.tabs.setTabToolTip(self.tabs.addTab(panel, title), title)

        # Longer titles (another language, a projector's font) wrap onto a second row of tabs rather than
        # scroll or shorten with "…".
        self.tab_strip = TabStrip(self.tabs)
        self.pages = pages = QWidget()
        pages_box = QVBoxLayout(pages)
        pages_box.setContentsMargins(0, 0, 0, 0)
        pages_box.setSpacing(0)
        pages_box.addWidget(self.tab_strip)
        pages_box.addWidget(self.tabs, 1)

        self.middle = QSplitter(Qt.Vertical)
        self.middle.setObjectName("middle_splitter")
        self.middle.addWidget(top_box)
        self.middle.addWidget(pages)
        self.middle.setStretchFactor(0, 0)  # a taller window gives its extra height to the plots
        self.middle.setStretchFactor(1, 1)
        self.middle.setSizes([290, 440])
        self.setCentralWidget(self.middle)
        self.resize_docks()
        self.panels.update({
            "model": lambda: self._raise_dock(self.model_dock),
            "weights": lambda: self._raise_dock(self.weights_dock),
            "sequence": lambda: self.sequence.input.setFocus(),
            "output": lambda: self._raise_dock(self.output_dock),
            "gates": lambda: self.tabs.setCurrentWidget(self.gates),
            "heatmaps": lambda: self.tabs.setCurrentWidget(self.heatmaps),
        })
        for name, panel in self.inside_panels.items():
            self.panels[name] = lambda p=panel: (self.tabs.setCurrentWidget(p), p.ensure())
        # Training and generation float as windows of their own: docked, they would squeeze the studio on
        # a laptop screen, and a student wants to watch the gate plots change while the cell trains.
        self.training_dock = self._dock(translate("Menus", "Training"), "training", QWidget(),
                                        Qt.BottomDockWidgetArea)
        self.generation_dock = self._dock(translate("Menus", "Generation"), "generate", QWidget(),
                                          Qt.BottomDockWidgetArea)
        self.training_dock.visibilityChanged.connect(lambda shown: shown and self.training)
        self.generation_dock.visibilityChanged.connect(lambda shown: shown and self.generation)
        for name, dock, size in (("training", self.training_dock, (1100, 760)),
                                 ("generate", self.generation_dock, (900, 560))):
            dock.hide()
            self.panels[name] = lambda d=dock, s=size: menus.show_floating(d, s, self)

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

    @property
    def training(self) -> TrainingPanel:
        """The training panel (built now if it was not yet)."""
        if self._training is None:
            from lstm_studio.app.training.panel import TrainingPanel

            self._training = TrainingPanel(self.session)
            self._training.sig_status.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self._training.set_views_busy(lambda: self.gates.building or not self.up_to_date)
            self.training_dock.setWidget(self._training)
        return self._training

    @property
    def training_if_built(self) -> TrainingPanel | None:
        """The training panel if it has been built (a panel never built holds no training)."""
        return self._training

    @property
    def generation(self) -> GenerationPanel:
        """The generation panel (built now if it was not yet)."""
        if self._generation is None:
            from lstm_studio.app.training.generation_panel import GenerationPanel

            self._generation = GenerationPanel(session=self.session)
            self.generation_dock.setWidget(self._generation)
        return self._generation

    def show_panel(self, name: str) -> None:
        """Raise the named panel; KeyError (naming the choices) for an unknown name. A panel the lesson
        hides in this step stays hidden (the status bar says so)."""
        if name not in self.panels:
            raise KeyError(f"--panel: unknown panel {name!r} (choose from {', '.join(self.panels)})")
        if name in self.session.holds.hidden:
            self.statusBar().showMessage(translate("MainWindow", "The lesson hides the {panel} panel in this step.")
                                         .format(panel=self._panel_title(name)), 6000)
            return
        self.panels[name]()

    def _panel_title(self, name: str) -> str:
        """The title the window shows for panel ``name`` (its tab or dock), as the student reads it."""
        tabs = {"gates": self.gates, "heatmaps": self.heatmaps, **self.inside_panels}
        if name in tabs:
            return self.tabs.tabText(self.tabs.indexOf(tabs[name])).replace("&", "")
        if name == "sequence":
            return translate("MainWindow", "input")
        dock = self.findChild(QDockWidget, f"{name}_dock")
        return dock.windowTitle() if dock is not None else name

    def current_panel(self) -> str:
        """The name of the panel in front in the middle (gates, heatmaps, cell, …), as ``show_panel`` takes."""
        current = self.tabs.currentWidget()
        named = {"gates": self.gates, "heatmaps": self.heatmaps, **self.inside_panels}
        return next((name for name, widget in named.items() if widget is current), "gates")

    def open_lesson(self, path: str | Path, step: int | None = None, keep_progress: bool = True) -> bool:
        """Play the lesson file at ``path`` beside the studio, at ``step`` (default: where the student left
        it). A lesson already playing is left first. A bad file is one message; the studio stays."""
        from lstm_studio.app.lessons.mode import open_lesson

        self.leave_lesson()
        mode = open_lesson(self, path, step, keep_progress)
        if mode is None:
            return False
        self._add_recent(Path(path))
        return True

    def leave_lesson(self) -> None:
        """Leave the lesson playing (its progress is kept): the studio comes back as it was."""
        mode, self.lesson = self.lesson, None
        if mode is not None:
            mode.leave()
            self.lesson_changed()

    def lesson_changed(self) -> None:
        """The lesson began, moved to another step or ended: the title follows."""
        self._update_title()

    def offer_welcome(self, force: bool = False) -> None:
        """The welcome card (the course, a tour of the window, or the studio); by itself only once."""
        if not force and self.settings.value(WELCOME_KEY, False, type=bool):
            return
        from lstm_studio.app.lessons.welcome import show_welcome

        show_welcome(self)

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
            path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open a model or a lesson"), start,
                                                  translate("MainWindow", FILE_FILTER))
            if not path:
                return False
        from lstm_studio.app.lessons.mode import is_lesson_file

        if is_lesson_file(path):
            return self.open_lesson(path)
        self.leave_lesson()
        if not self.maybe_save():
            return False
        try:
            self.session.open(path)
        except InputError as err:
            self.show_error(translate("MainWindow", "Could not open the model"), shown_error(err))
            return False
        self.refresher.refresh_in_turns()  # every view rebuilds for the new model: one per turn
        self._add_recent(Path(path))
        self.statusBar().showMessage(translate("MainWindow", "opened {path}").format(path=path), 5000)
        return True

    def open_preset(self, stem: str) -> bool:
        """Open a preset as a new document; inside a lesson it replaces the step's model (undoable), unless
        the lesson holds the model."""
        if self.lesson is not None and self.session.refuses("preset"):
            return False
        if self.lesson is None and not self.maybe_save():
            return False
        try:
            model = modelfile.load(paths.presets()[stem])
        except (InputError, KeyError) as err:
            self.show_error(translate("MainWindow", "Could not open the preset"), shown_error(err))
            return False
        if self.lesson is not None:
            self.session.replace_model(model, translate("MainWindow", "open preset {preset}").format(preset=stem))
        else:
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
                title=shown(self.session.title)),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def show_error(self, title: str, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, title, message)

    def autosave_now(self) -> None:
        """Write the autosave file when there is unsaved work it does not hold yet; inside a lesson, keep
        the student's progress instead (the studio's own document waits, put aside, untouched)."""
        if self.lesson is not None:
            problem = self.lesson.save()
            if problem:
                self.statusBar().showMessage(shown(problem), 8000)
            return
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
        """At start-up: offer work left behind by a crashed session. Returns True when one was recovered.
        Not while a lesson plays (the work stays for the next start)."""
        found = recoverable(self.autosave.folder)
        if not found or self.lesson is not None:
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
        self.session.load(latest.model, latest.original, latest.text, latest.exercise)
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
        theme.adopt(self)
        # The focus ring paints itself in the theme's colour: no style sheet (docs/accessibility.md).
        focus_ring.FocusRings.install(app)
        self._fit_status_bar()
        self.settings.setValue("theme", th.name)
        self.settings.setValue("font_scale", scale)
        for action in getattr(self, "theme_actions", {}).values():
            action.setChecked(action.data() == th.name)
        if previous is not None and previous != scale:
            # The side panels take their usual share for the new text size (Ctrl+0 gives back the
            # first layout), and the window stays on its screen: its contents scroll instead.
            self.resize_docks()
            self.keep_on_screen()
        self.refresher.mark_all("structure")  # every view redraws in the new look, one per turn
        if previous is not None:
            self.refresher.refresh_in_turns()

    def _fit_status_bar(self) -> None:
        self.statusBar().setFixedHeight(QFontMetrics(QApplication.font()).height() + 8)

    def resize_docks(self) -> None:
        """The side panels at their usual widths for the present font scale, never more than about a
        quarter of the window each, so the plots in the middle keep most of it."""
        scale = getattr(self, "font_scale", 1.0)
        width = max(self.width(), 800)
        # The model panel's own narrowest width (plus a scroll bar) when its text needs more than the usual.
        wanted = (max(int(290 * scale), self.model_panel.minimumSizeHint().width() + 24), int(390 * scale))
        sides = [min(w, int(width * share)) for w, share in zip(wanted, (0.24, 0.3))]
        self.resizeDocks([self.model_dock, self.weights_dock], sides, Qt.Horizontal)
        self.resizeDocks([self.weights_dock, self.output_dock], [390, 330], Qt.Vertical)

    def keep_on_screen(self) -> None:
        """Shrink and move the window so that all of it, title bar included, is on its screen."""
        if not (self.isMaximized() or self.isFullScreen()) and not screen_fit.fits(self):
            screen_fit.fit(self)

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
        self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.add_action(self.file_menu, translate("MainWindow", "&Open…"), lambda: self.open_file(), QKeySequence.Open)
        self.recent_menu = self.file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.presets_menu = self.file_menu.addMenu(translate("MainWindow", "Open &Preset"))
        for stem, title in preset_titles().items():
            self.add_action(self.presets_menu, translate("Presets", title), lambda _=False, s=stem: self.open_preset(s))
        self.file_menu.addSeparator()
        self.add_action(self.file_menu, translate("MainWindow", "&Save"), self.save, QKeySequence.Save)
        self.add_action(self.file_menu, translate("MainWindow", "Save &As…"), self.save_as,
                        QKeySequence("Ctrl+Shift+S"))
        self.file_menu.addSeparator()
        self.add_action(self.file_menu, translate("MainWindow", "New &lesson from here…"),
                        lambda: menus.record_lesson(self, new=True),
                        tip=translate("MainWindow", "instructors: start a lesson file whose first step is this "
                                                    "model, input and panel"))
        self.add_action(self.file_menu, translate("MainWindow", "Add this state as a s&tep…"),
                        lambda: menus.record_lesson(self, new=False),
                        tip=translate("MainWindow", "instructors: add the model, input and panel as the next "
                                                    "step of the lesson"))
        self.file_menu.addSeparator()
        self.import_menu = menus.import_menu(self)
        self.export_menu, self.export_actions = menus.export_menu(self)
        self.file_menu.addMenu(self.import_menu)
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addSeparator()
        self.add_action(self.file_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence("Ctrl+Q"))

        self.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.undo_action = self.add_action(self.edit_menu, translate("MainWindow", "&Undo"), self.session.undo.undo,
                                           QKeySequence.Undo)
        self.redo_action = self.add_action(self.edit_menu, translate("MainWindow", "&Redo"), self.session.undo.redo,
                                           QKeySequence.Redo)

        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.view_menu.addAction(self.model_dock.toggleViewAction())
        self.view_menu.addAction(self.weights_dock.toggleViewAction())
        self.view_menu.addAction(self.output_dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.add_action(self.view_menu, translate("MainWindow", "Gates over time"), lambda: self.show_panel("gates"),
                        QKeySequence("Ctrl+1"))
        self.add_action(self.view_menu, translate("MainWindow", "Heat maps"), lambda: self.show_panel("heatmaps"),
                        QKeySequence("Ctrl+2"))
        self.view_menu.addSeparator()
        group = QActionGroup(self)
        self.theme_actions = {}
        for name, text in (("light", translate("MainWindow", "Light theme")),
                           ("dark", translate("MainWindow", "Dark theme")),
                           ("contrast", translate("MainWindow", "High-contrast theme"))):
            action = QAction(text, self, checkable=True)
            action.setData(name)
            action.triggered.connect(lambda _=False, n=name: self.apply_look(n, self.font_scale))
            group.addAction(action)
            self.view_menu.addAction(action)
            self.theme_actions[name] = action
        self.theme_actions[theme.current().name].setChecked(True)
        self.view_menu.addSeparator()
        self.add_action(self.view_menu, translate("MainWindow", "Larger text"),
                        lambda: self.apply_look(theme.current().name, self.font_scale * 1.15), QKeySequence.ZoomIn,
                        translate("MainWindow", "bigger fonts, for a projector"))
        self.add_action(self.view_menu, translate("MainWindow", "Smaller text"),
                        lambda: self.apply_look(theme.current().name, self.font_scale / 1.15), QKeySequence.ZoomOut)
        self.add_action(self.view_menu, translate("MainWindow", "Normal text size"),
                        lambda: self.apply_look(theme.current().name, 1.0), QKeySequence("Ctrl+0"))
        for name, (title, shortcut) in inside.PANELS.items():
            self.add_action(self.view_menu, translate("InsidePanels", title), lambda n=name: self.show_panel(n),
                            QKeySequence(shortcut))
        self.view_menu.addAction(self.training_dock.toggleViewAction())
        self.view_menu.addAction(self.generation_dock.toggleViewAction())
        self._build_panel_keys()

        self.time_menu = bar.addMenu(translate("MainWindow", "&Time"))
        self.add_action(self.time_menu, translate("MainWindow", "Play / pause"), self.time.toggle,
                        QKeySequence("Ctrl+P"))
        self.add_action(self.time_menu, translate("MainWindow", "Next step"), lambda: self.time.go_by(1),
                        QKeySequence("Ctrl+Right"))
        self.add_action(self.time_menu, translate("MainWindow", "Previous step"), lambda: self.time.go_by(-1),
                        QKeySequence("Ctrl+Left"))
        self.add_action(self.time_menu, translate("MainWindow", "First step"), lambda: self.time.go(0),
                        QKeySequence("Ctrl+Home"))
        self.add_action(self.time_menu, translate("MainWindow", "Last step"),
                        lambda: self.time.go(self.session.steps - 1), QKeySequence("Ctrl+End"))

        self.tools_menu = menus.tools_menu(self)
        bar.addMenu(self.tools_menu)
        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.add_action(self.help_menu, translate("MainWindow", "&Lessons…"), lambda: self.offer_welcome(force=True),
                        tip=translate("MainWindow", "the course, the challenges, a tour of the window"))
        self.add_action(self.help_menu, translate("MainWindow", "&Tour of the window"),
                        lambda: menus.start_tour(self))
        self.add_action(self.help_menu, translate("MainWindow", "Keyboard shortcuts"), self._show_shortcuts,
                        QKeySequence.HelpContents)
        self._update_recent_menu()

    def _show_shortcuts(self) -> shortcuts.ShortcutsDialog:
        """Help ▸ Keyboard shortcuts: the table made from this window's actions (see shortcuts)."""
        dialog = shortcuts.ShortcutsDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _build_panel_keys(self) -> None:
        """Keys to reach every panel (Ctrl+1..7 raise the tabs): Ctrl+8 and Ctrl+9 the model and the weights,
        F6 and Shift+F6 through the panes in the order they sit on screen (docs/accessibility.md)."""
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
        return [self.model_dock, self.middle.widget(0), self.pages, self.weights_dock, self.output_dock]

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
        self.tabs.setAccessibleName(translate("MainWindow", "Views"))
        self.tabs.tabBar().setAccessibleName(translate("MainWindow", "Views"))
        access.Namer.install(QApplication.instance())
        access.name_widgets(self)

    # --- internals ----------------------------------------------------------------------------------

    def _save_to(self, path: Path) -> bool:
        try:
            self.session.save(path)
        except (InputError, OSError) as err:
            self.show_error(translate("MainWindow", "Could not save"), shown_error(err))
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
        self._show_saved_panel()

    def _tab_changed(self) -> None:
        self.session.panel = self.current_panel()

    def _show_saved_panel(self) -> None:
        """Show the panel the opened file was saved with (a name this window does not know is ignored)."""
        name = self.session.panel
        if name in self.panels and name != self.current_panel():
            self.show_panel(name)

    def _update_title(self) -> None:
        if self.lesson is not None and self.lesson.active:
            run = self.lesson.run
            self.setWindowTitle(translate("MainWindow", "{lesson} — step {number} of {count} — LSTM Studio").format(
                lesson=run.lesson.title, number=run.number, count=run.count))
            return
        name = shown(self.session.title)
        self.setWindowTitle(f"{name}{' •' if self.session.dirty else ''} — LSTM Studio")

    def _apply_holds(self) -> None:
        """Remove the panels the lesson hides in this step; bring back those it hid before."""
        hidden = self.session.holds.hidden
        docks = {"model": self.model_dock, "weights": self.weights_dock, "output": self.output_dock,
                 "training": self.training_dock, "generate": self.generation_dock}
        for name, dock in docks.items():
            toggle = dock.toggleViewAction()
            if name in hidden and toggle.isChecked():
                self._hidden_by_holds.add(name)
                dock.hide()
            elif name not in hidden and name in self._hidden_by_holds:
                self._hidden_by_holds.discard(name)
                dock.show()
            toggle.setEnabled(name not in hidden)
        tabs = {"gates": self.gates, "heatmaps": self.heatmaps, **self.inside_panels}
        for name, widget in tabs.items():
            self.tabs.setTabVisible(self.tabs.indexOf(widget), name not in hidden)
        self.tab_strip.sync()
        self.sequence.setVisible("sequence" not in hidden)

    def _update_undo_actions(self) -> None:
        undo = self.session.undo
        self.undo_action.setEnabled(undo.can_undo)
        self.redo_action.setEnabled(undo.can_redo)
        self.undo_action.setText(translate("MainWindow", "&Undo {action}").format(
            action=shown(undo.undo_label, "Undo")) if undo.can_undo else translate("MainWindow", "&Undo"))
        self.redo_action.setText(translate("MainWindow", "&Redo {action}").format(
            action=shown(undo.redo_label, "Undo")) if undo.can_redo else translate("MainWindow", "&Redo"))

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
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            self.keep_on_screen()  # saved on another screen, or at a larger size than this one has room for
        else:
            self._fit_to_screen()
        if isinstance(state, QByteArray):
            self.restoreState(state)
            if not self._docks_leave_room():
                self.resize_docks()
        for splitter in (self.middle,):
            saved = self.settings.value(f"window/{splitter.objectName()}")
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        tab = self.settings.value("window/tab")
        if tab is not None:
            self.tabs.setCurrentIndex(int(tab))

    def _fit_to_screen(self) -> None:
        """First start: a laptop's screen (below :data:`screen_fit.SMALL_SCREEN`) opens maximised, over
        a normal size that leaves room for the title bar; a larger screen gets most of it, centred."""
        area = screen_fit.available(self)
        room = screen_fit.room(self, area)
        small = area.width() < screen_fit.SMALL_SCREEN.width() or area.height() < screen_fit.SMALL_SCREEN.height()
        share = 1.0 if small else 0.92
        screen_fit.fit(self, int(room.width() * share), int(room.height() * share))
        self.resize_docks()
        if small:
            self.setWindowState(self.windowState() | Qt.WindowMaximized)

    def _docks_leave_room(self) -> bool:
        """Whether the restored side panels leave the middle of the window at least 40 % of it."""
        sides = sum(d.width() for d in (self.model_dock, self.weights_dock) if d.isVisible() and not d.isFloating())
        return sides <= 0.6 * self.width()

    def save_layout(self) -> None:
        self.settings.setValue("window/version", LAYOUT_VERSION)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for splitter in (self.middle,):
            self.settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.sync()

    def last_file(self) -> Path | None:
        """The file that was open when the window last closed (None: a preset or an unsaved model)."""
        value = self.settings.value("last_file", "")
        return Path(str(value)) if value else None

    def closeEvent(self, event) -> None:
        self.leave_lesson()  # the lesson's progress is kept; the question below is about the studio's work
        if not self.maybe_save():
            event.ignore()
            return
        if self._training is not None:
            self._training.shutdown()
        path = self.session.path
        self.settings.setValue("last_file", str(path.resolve()) if path and not self._is_preset(path) else "")
        self.save_layout()
        self.autosave.discard()
        self._autosave_timer.stop()
        event.accept()
