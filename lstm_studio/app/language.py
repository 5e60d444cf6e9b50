"""View ▸ Language: the window's language, switched while it runs without losing work (docs/i18n.md).

Switching installs the new translators and rebuilds the window around the same Session, rather than
retranslating every widget in place: every text is then made exactly as at start-up, by the code that
makes it. What lives in the Session stays as it is: the model, the input and targets, the file, the
unsaved edits, the undo stack and the current step. The window's layout (geometry, docks, splitter,
central tab) is saved and restored; the weight table and its selected entry, the unit and layer the
inside views look at and the gradient lab's entry are carried over. Panels that hold work of their own
are asked first: a training that is running or paused must be stopped, and a lesson playing left (its
progress is kept), before the language changes. A lesson being recorded goes on in the new window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from lstm_studio.app.common import i18n
from lstm_studio.app.common.i18n import translate
from lstm_studio.document.events import Signal

#: The window shown now (a rebuilt window has no other owner to keep it alive).
_windows: list = []


def session_signals(session) -> list[Signal]:
    """Every signal of the session and its undo stack (the views' only ties to the document)."""
    found = []
    for owner in (session, session.undo):
        found += [value for value in vars(owner).values() if isinstance(value, Signal)]
    return found


def snapshot(session) -> dict[Signal, tuple]:
    """Which callbacks each signal of ``session`` has now."""
    return {signal: signal.slots() for signal in session_signals(session)}


def install_language_menu(window) -> None:
    """Add View ▸ Language: the system's language and each shipped language, named in itself."""
    menu = window.view_menu.addMenu(translate("Language", "&Language"))
    window.language_menu = menu
    group = QActionGroup(window)
    saved = str(window.settings.value(i18n.SETTING, i18n.SYSTEM))
    choices = {i18n.SYSTEM: translate("Language", "System language ({language})").format(
        language=i18n.LANGUAGES[i18n.system_language()])}
    choices.update(i18n.LANGUAGES)
    window.language_actions = {}
    for code, text in choices.items():
        action = QAction(text, window, checkable=True)
        action.setData(code)
        action.setChecked(code == saved if saved in choices else code == i18n.SYSTEM)
        action.triggered.connect(lambda _=False, c=code: switch_language(window, c))
        group.addAction(action)
        menu.addAction(action)
        window.language_actions[code] = action


def _refusal(window) -> str | None:
    """Why the window cannot be rebuilt now (a training or a lesson holds work of its own), or None."""
    training = window.training_if_built
    if training is not None and training.state != "idle":
        return translate("Language", "Stop the training first: changing the language rebuilds the window.")
    if window.lesson is not None:
        return translate("Language", "Leave the lesson first (its progress is kept): changing the language "
                                     "rebuilds the window.")
    return None


def switch_language(window, code: str):
    """Remember ``code`` (a language or SYSTEM) and show the window in that language; returns the window
    now shown (a new one when the language changed), or None when a training or a lesson refused."""
    reason = _refusal(window)
    if reason is not None:
        QMessageBox.information(window, translate("Language", "Language"), reason)
        saved = str(window.settings.value(i18n.SETTING, i18n.SYSTEM))
        window.language_actions.get(saved, window.language_actions[i18n.SYSTEM]).setChecked(True)
        return None
    window.settings.setValue(i18n.SETTING, code)
    language = i18n.system_language() if code == i18n.SYSTEM else code
    if language == i18n.current():
        return window
    if not i18n.install(language):
        i18n.install(i18n.current())
        window.statusBar().showMessage(translate("Language", "The translations are missing (make translations)."),
                                       8000)
        return window
    return rebuild(window)


def rebuild(window):
    """A new window on ``window``'s session in the language installed now; ``window`` goes away."""
    from lstm_studio.app.window import MainWindow

    session = window.session
    ours = {signal: set(slots) - set(window.session_slots_before.get(signal, ()))
            for signal, slots in snapshot(session).items()}
    carried = _carried(window)
    if window.training_if_built is not None:
        window.training_if_built.shutdown()
    window.save_layout()
    new = MainWindow(session, window.settings, window.autosave.folder, restore_layout=True)
    new.autosave = window.autosave  # one autosave file per process, whatever the window
    new.recording = window.recording  # File ▸ Add this state as a step goes on adding to the same lesson
    for signal, slots in ours.items():
        for slot in slots:
            signal.disconnect(slot)
    _restore(new, carried)
    new.show()
    window.hide()
    window.deleteLater()
    _windows[:] = [new]
    QCoreApplication.processEvents()
    return new


def _carried(window) -> dict:
    """What the rebuilt window takes over that the Session and the saved layout do not hold."""
    weights = window.weights
    layout = weights.current_layout
    index = weights.table.currentIndex()
    carried = {"weights": (layout.key if layout else None, index.row(), index.column())}
    panels = getattr(window, "inside_panels", {})
    if panels:
        focus = next(iter(panels.values())).focus
        carried["focus"] = (focus.unit, focus.layer, focus.k)
        lab = panels.get("gradients")
        if lab is not None and lab.view is not None and lab.view.name is not None:
            carried["gradient"] = (lab.view.name, lab.view.entry)
    return carried


def _restore(window, carried: dict) -> None:
    key, row, column = carried["weights"]
    if key is not None:
        try:
            window.weights.show_layout(key)
        except KeyError:
            pass
        else:
            if row >= 0 and column >= 0:
                window.weights.select(row, column)
    panels = getattr(window, "inside_panels", {})
    if "focus" in carried and panels:
        unit, layer, k = carried["focus"]
        next(iter(panels.values())).focus.set(unit=unit, layer=layer, k=k)
    if "gradient" in carried and "gradients" in panels:
        panels["gradients"].ensure().choose(*carried["gradient"])
