"""The studio window while a lesson plays: the player in a dock on the left, the model panel tabbed beside
the weights on the right (so the studio keeps its room on a laptop screen), each step's panel raised as
the student arrives. The step's locks and hides are the session's holds (``lstm_studio.document.holds``):
the panels show and refuse them, the window removes hidden panels. Leaving the lesson brings back the
studio's document (with its history) and the window's layout as they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from lstm_studio.app.common.i18n import shown, shown_error, translate
from lstm_studio.app.lessons.player import PLAYER_WIDTH, LessonPlayer
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.lessons import Lesson, ProgressStore, load
from lstm_studio.lessons.format import FORMAT
from lstm_studio.lessons.lesson_run import LessonRun
from lstm_studio.lessons.loader import MAX_FILE_BYTES


def is_lesson_file(path: str | Path) -> bool:
    """Whether ``path`` is a JSON file that says it is a lesson (a cheap look; ``load`` validates)."""
    try:
        data = modelfile.parse_json(modelfile.read_text(path, MAX_FILE_BYTES, "lesson file"))
    except InputError:
        return False
    return isinstance(data, dict) and data.get("format") == FORMAT


class LessonMode(QObject):
    """One lesson playing in ``window``; made by :func:`open_lesson`, ended by :meth:`leave`."""

    def __init__(self, window, run: LessonRun) -> None:
        super().__init__(window)
        self.window = window
        self.run = run
        self._layout = window.saveState()
        self._tab = window.tabs.currentWidget()
        self.player = LessonPlayer(run)
        self.player.sig_leave.connect(window.leave_lesson)
        self.player.sig_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        self.dock = QDockWidget(translate("LessonPlayer", "Lesson"), window)
        self.dock.setObjectName("lesson_dock")
        self.dock.setWidget(self.player)
        self.dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable)
        window.addDockWidget(Qt.LeftDockWidgetArea, self.dock)
        self.dock.show()
        window.tabifyDockWidget(window.weights_dock, window.model_dock)
        window.weights_dock.raise_()
        width = int(PLAYER_WIDTH * getattr(window, "font_scale", 1.0))
        window.resizeDocks([self.dock], [width], Qt.Horizontal)
        run.step_changed.connect(self._step_entered)
        run.ended.connect(self._ended)
        self._saved: tuple[int, int] | None = None

    # --- Public API ---------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.run.active

    def save(self) -> str | None:
        """Keep the student's progress now, unless nothing changed since the last time (the window calls
        this every few seconds); a one-line problem, or None."""
        state = (self.window.session.revision, self.run.number)
        if state == self._saved:
            return None
        self._saved = state
        return self.run.save()

    def leave(self) -> None:
        self.player.shutdown()
        self.run.leave()

    # --- internals ----------------------------------------------------------------------------------

    def _step_entered(self, _number: int) -> None:
        step = self.run.step
        if step.show and step.show not in self.window.session.holds.hidden:
            self.window.show_panel(step.show)
        self.window.lesson_changed()

    def _ended(self) -> None:
        window = self.window
        window.restoreState(self._layout)
        if window.tabs.indexOf(self._tab) >= 0:
            window.tabs.setCurrentWidget(self._tab)
        window.removeDockWidget(self.dock)
        self.dock.deleteLater()
        self.deleteLater()


def open_lesson(window, source: str | Path | Lesson, step: int | None = None, keep_progress: bool = True,
                path: str | Path | None = None) -> LessonMode | None:
    """Play a lesson (a file, or a Lesson read from ``path``) in ``window`` at ``step`` (default: where the
    student left it). ``keep_progress`` False keeps nothing between runs (screenshots). A lesson that
    cannot be read, or a step outside it, is one message and None; the studio stays as it was."""
    try:
        if isinstance(source, Lesson):
            lesson = source
        else:
            path = Path(source)
            lesson = load(path)
        run = LessonRun(window.session, lesson, path, ProgressStore() if keep_progress else None)
        if step is not None and not 1 <= step <= run.count:
            raise InputError(f"--step {step}: the lesson has steps 1 to {run.count}")
    except InputError as err:
        window.show_error(translate("LessonPlayer", "Could not open the lesson"), shown_error(err))
        return None
    mode = LessonMode(window, run)
    window.lesson = mode
    run.start(step)
    if run.warning:
        window.statusBar().showMessage(shown(run.warning), 12000)
    return mode
