"""The window's menus beyond the document's own: the Tools menu (training, generation, worksheets,
answer checking), the Import and Export menus (PyTorch, Keras, NumPy and CSV files), and the entry
points of the lessons (recording a lesson, the tour).

Each ``*_menu(window)`` builds a menu and returns it; the window decides where it goes and keeps what it
needs. The heavy modules (sympy through the worksheets, safetensors through interop) are imported when
an entry is used, never at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from lstm_studio.app.common import screen_fit
from lstm_studio.app.common.i18n import shown, shown_error, translate
from lstm_studio.document.errors import InputError

#: kind -> (menu text, file filter, default suffix); the texts are translated where they are shown
IMPORTS = {
    "torch": (QT_TRANSLATE_NOOP("Menus", "from &PyTorch (safetensors)…"),
              QT_TRANSLATE_NOOP("Menus", "PyTorch state dict (*.safetensors)"), ".safetensors"),
    "keras": (QT_TRANSLATE_NOOP("Menus", "from &Keras (.npz)…"), QT_TRANSLATE_NOOP("Menus", "Keras weights (*.npz)"),
              ".npz"),
}
EXPORTS = {
    "torch": (QT_TRANSLATE_NOOP("Menus", "to &PyTorch (safetensors + script)…"),
              QT_TRANSLATE_NOOP("Menus", "PyTorch state dict (*.safetensors)"), ".safetensors"),
    "keras": (QT_TRANSLATE_NOOP("Menus", "to &Keras (.npz)…"), QT_TRANSLATE_NOOP("Menus", "Keras weights (*.npz)"),
              ".npz"),
    "numpy": (QT_TRANSLATE_NOOP("Menus", "as a &NumPy script…"), QT_TRANSLATE_NOOP("Menus", "Python script (*.py)"),
              ".py"),
    "csv": (QT_TRANSLATE_NOOP("Menus", "the &trace of this run as CSV…"),
            QT_TRANSLATE_NOOP("Menus", "CSV table (*.csv)"), ".csv"),
}


def tools_menu(window) -> QMenu:
    """Training, generation, worksheets and Check my answers."""
    tools = QMenu(translate("Menus", "&Tools"), window)
    window.add_action(tools, translate("Menus", "&Training…"), lambda: window.show_panel("training"), "Ctrl+T",
                      translate("Menus", "train the cell on a built-in task and watch it learn"))
    window.add_action(tools, translate("Menus", "&Generation…"), lambda: window.show_panel("generate"), "Ctrl+G",
                      translate("Menus", "draw tokens from the output distribution and feed them back in"))
    tools.addSeparator()
    window.add_action(tools, translate("Menus", "Exercise &worksheets…"), lambda: open_worksheets(window),
                      "Ctrl+Shift+W",
                      translate("Menus", "printable exercises with answer keys, one variant per student"))
    window.add_action(tools, translate("Menus", "&Check my answers…"), lambda: open_answer_check(window),
                      "Ctrl+Shift+K", translate("Menus", "type a variant code and your answers; each is marked"))
    return tools


def import_menu(window) -> QMenu:
    """One entry per format a model can be imported from."""
    menu = QMenu(translate("Menus", "&Import"), window)
    for kind, (text, _, _) in IMPORTS.items():
        action = QAction(translate("Menus", text), window)
        action.triggered.connect(lambda _=False, k=kind: ask_import(window, k))
        menu.addAction(action)
    return menu


def export_menu(window) -> tuple[QMenu, dict[str, QAction]]:
    """One entry per export (kind -> action), each greyed out with the reason when the model's
    conventions rule it out."""
    menu = QMenu(translate("Menus", "&Export"), window)
    actions = {}
    for kind, (text, _, _) in EXPORTS.items():
        action = QAction(translate("Menus", text), window)
        action.triggered.connect(lambda _=False, k=kind: ask_export(window, k))
        menu.addAction(action)
        actions[kind] = action
    menu.setToolTipsVisible(True)
    menu.aboutToShow.connect(lambda: _explain_refusals(window))
    return menu, actions


def show_floating(dock, size: tuple[int, int], window=None) -> None:
    """Show ``dock`` as a window of its own: at ``size`` the first time (over ``window``), never larger
    than its screen has room for and never partly off it."""
    first = not dock.isFloating()
    if first:
        dock.setFloating(True)
    dock.show()
    if first:
        screen_fit.fit(dock, *size, centre=window)
    elif not screen_fit.fits(dock):
        screen_fit.fit(dock)
    dock.raise_()


def _explain_refusals(window) -> None:
    """Grey out the exports the model's conventions rule out, with the reason as the tooltip."""
    from lstm_studio import interop

    refusals = {"torch": interop.torch_refusal, "keras": interop.keras_refusal}
    for kind, action in window.export_actions.items():
        reason = refusals[kind](window.session.model) if kind in refusals else None
        action.setEnabled(reason is None)
        action.setToolTip(shown(reason) if reason else "")


# --- Public API -----------------------------------------------------------------------------------------


def open_worksheets(window):
    from lstm_studio.app.worksheets.dialog import open_worksheet_dialog

    # The window is the dialog's parent, so Qt keeps it alive until it is closed (and deleted).
    dialog = open_worksheet_dialog(window, window.session.model, window.session.text)
    screen_fit.fit(dialog, 1240, 860, centre=window)
    return dialog


def open_answer_check(window):
    from lstm_studio.app.worksheets.answer_check import open_answer_check as _open

    dialog = _open(window, window.session.model.vocab)
    screen_fit.fit(dialog, 780, 820, centre=window)
    return dialog


def record_lesson(window, new: bool) -> bool:
    """File ▸ New lesson from here (``new``) / Add this state as a step."""
    from lstm_studio.app.lessons.recorder import record

    return record(window, new)


def start_tour(window):
    """Help ▸ Tour of the window."""
    from lstm_studio.app.lessons.tour import start_tour as _start

    return _start(window)


def import_model(window, kind: str, path: str | Path, vocab: str | None = None) -> bool:
    """Import a PyTorch or Keras file as a new, unsaved document; a bad file keeps the current model."""
    from lstm_studio import interop

    reader = interop.import_torch if kind == "torch" else interop.import_keras
    try:
        model, report = reader(path, vocab=vocab or None)
    except InputError as err:
        window.show_error(translate("Menus", "Could not import the model"), shown_error(err))
        return False
    if not window.maybe_save():
        return False
    window.session.load(model, None)
    window.session.undo.set_clean()
    window.statusBar().showMessage(" · ".join(shown(line) for line in report.lines())[:300], 12000)
    return True


def export_model(window, kind: str, path: str | Path) -> list[Path] | None:
    """Write the present model in the chosen layout; a convention the format lacks is explained instead."""
    from lstm_studio import interop

    model = window.session.model
    try:
        if kind == "torch":
            written = interop.export_torch(model, path)
        elif kind == "keras":
            written = [interop.export_keras(model, path)]
        elif kind == "numpy":
            written = [interop.export_numpy(model, path, default_input=window.session.text)]
        else:
            written = [interop.export_csv(model, path, window.session.text)]
    except InputError as err:
        window.show_error(translate("Menus", "Could not export the model"), shown_error(err))
        return None
    written = [Path(p) for p in written]
    window.statusBar().showMessage(translate("Menus", "wrote {files}").format(files=", ".join(str(p) for p in written)),
                                   8000)
    return written


def ask_import(window, kind: str) -> bool:
    _, file_filter, _ = IMPORTS[kind]
    path, _ = QFileDialog.getOpenFileName(window, translate("Menus", "Import a model"), str(Path.home()),
                                          translate("Menus", file_filter))
    if not path:
        return False
    vocab, ok = QInputDialog.getText(
        window, translate("Menus", "Vocabulary"),
        translate("Menus", "The tokens the one-hot inputs stand for, e.g. PIGS or 'the cat sat'\n(empty: generic "
                           "tokens "
                           "or the vocabulary stored in the file):"))
    if not ok:
        return False
    return import_model(window, kind, path, vocab.strip() or None)


def ask_export(window, kind: str) -> list[Path] | None:
    from lstm_studio import interop

    refusals = {"torch": interop.torch_refusal, "keras": interop.keras_refusal}
    reason = refusals[kind](window.session.model) if kind in refusals else None
    if reason:
        QMessageBox.information(window, translate("Menus", "Cannot export"), shown(reason))
        return None
    _, file_filter, suffix = EXPORTS[kind]
    stem = window.session.path.stem if window.session.path else "model"
    path, _ = QFileDialog.getSaveFileName(window, translate("Menus", "Export the model"),
                                          str(Path.home() / (stem + suffix)), translate("Menus", file_filter))
    if not path:
        return None
    return export_model(window, kind, path)
