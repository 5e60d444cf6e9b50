"""The window's entries for training and generation, worksheets and answer checking, and import/export
of PyTorch, Keras, NumPy and CSV files.

``install_extras(window)`` adds the training and generation docks, a Tools menu and the import/export
entries of the File menu. The heavy modules (sympy through the worksheets, safetensors through interop)
are imported when an entry is used, never at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from lstm_studio.document.errors import InputError

#: kind -> (menu text, file filter, default suffix)
IMPORTS = {
    "torch": ("from &PyTorch (safetensors)…", "PyTorch state dict (*.safetensors)", ".safetensors"),
    "keras": ("from &Keras (.npz)…", "Keras weights (*.npz)", ".npz"),
}
EXPORTS = {
    "torch": ("to &PyTorch (safetensors + script)…", "PyTorch state dict (*.safetensors)", ".safetensors"),
    "keras": ("to &Keras (.npz)…", "Keras weights (*.npz)", ".npz"),
    "numpy": ("as a &NumPy script…", "Python script (*.py)", ".py"),
    "csv": ("the &trace of this run as CSV…", "CSV table (*.csv)", ".csv"),
}


def install_extras(window) -> None:
    """Add the training and generation panels, the Tools menu and the import/export entries."""
    from lstm_studio.app.training.generation_panel import GenerationPanel
    from lstm_studio.app.training.panel import TrainingPanel

    window.training = TrainingPanel(window.session)
    window.training.sig_status.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.generation = GenerationPanel(session=window.session)
    # Both float as windows of their own: docked, they would squeeze the studio on a laptop screen,
    # and a student wants to watch the gate plots change while the cell trains.
    for name, title, widget, size in (("training", "Training", window.training, (1100, 640)),
                                      ("generate", "Generation", window.generation, (900, 560))):
        dock = window.add_panel(name, title, widget, Qt.BottomDockWidgetArea)
        dock.hide()
        window.panels[name] = lambda d=dock, s=size: _show_floating(d, s)
    window.close_hooks.append(window.training.shutdown)

    tools = QMenu("&Tools", window)
    window.menuBar().insertMenu(window.help_menu.menuAction(), tools)
    window.tools_menu = tools
    window._action(tools, "&Training…", lambda: window.show_panel("training"), "Ctrl+T",
                   "train the cell on a built-in task and watch it learn")
    window._action(tools, "&Generation…", lambda: window.show_panel("generate"), "Ctrl+G",
                   "draw tokens from the output distribution and feed them back in")
    tools.addSeparator()
    window._action(tools, "Exercise &worksheets…", lambda: open_worksheets(window), "Ctrl+Shift+W",
                   "printable exercises with answer keys, one variant per student")
    window._action(tools, "&Check my answers…", lambda: open_answer_check(window), "Ctrl+Shift+K",
                   "type a variant code and your answers; each is marked")

    quit_action = next(a for a in window.file_menu.actions() if a.text() == "&Quit")
    import_menu = QMenu("&Import", window)
    for kind, (text, _, _) in IMPORTS.items():
        action = QAction(text, window)
        action.triggered.connect(lambda _=False, k=kind: ask_import(window, k))
        import_menu.addAction(action)
    export_menu = QMenu("&Export", window)
    window.export_actions = {}
    for kind, (text, _, _) in EXPORTS.items():
        action = QAction(text, window)
        action.triggered.connect(lambda _=False, k=kind: ask_export(window, k))
        export_menu.addAction(action)
        window.export_actions[kind] = action
    export_menu.aboutToShow.connect(lambda: _explain_refusals(window))
    window.file_menu.insertMenu(quit_action, import_menu)
    window.file_menu.insertMenu(quit_action, export_menu)
    window.file_menu.insertSeparator(quit_action)


def _show_floating(dock, size: tuple[int, int]) -> None:
    if not dock.isFloating():
        dock.setFloating(True)
        dock.resize(*size)
    dock.show()
    dock.raise_()


def _explain_refusals(window) -> None:
    """Grey out the exports the model's conventions rule out, with the reason as the tooltip."""
    from lstm_studio import interop

    refusals = {"torch": interop.torch_refusal, "keras": interop.keras_refusal}
    for kind, action in window.export_actions.items():
        reason = refusals[kind](window.session.model) if kind in refusals else None
        action.setEnabled(reason is None)
        action.setToolTip(reason or "")
    menu = window.export_actions["torch"].parent()
    if isinstance(menu, QMenu):
        menu.setToolTipsVisible(True)


# --- Public API -----------------------------------------------------------------------------------------


def open_worksheets(window):
    from lstm_studio.app.worksheets.dialog import open_worksheet_dialog

    # The window is the dialog's parent, so Qt keeps it alive until it is closed (and deleted).
    return open_worksheet_dialog(window, window.session.model, window.session.text)


def open_answer_check(window):
    from lstm_studio.app.worksheets.answer_check import open_answer_check as _open

    return _open(window, window.session.model.vocab)


def import_model(window, kind: str, path: str | Path, vocab: str | None = None) -> bool:
    """Import a PyTorch or Keras file as a new, unsaved document; a bad file keeps the current model."""
    from lstm_studio import interop

    reader = interop.import_torch if kind == "torch" else interop.import_keras
    try:
        model, report = reader(path, vocab=vocab or None)
    except InputError as err:
        window.show_error("Could not import the model", str(err))
        return False
    if not window.maybe_save():
        return False
    window.session.load(model, None)
    window.session.undo.set_clean()
    window.statusBar().showMessage(" · ".join(report.lines())[:300], 12000)
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
        window.show_error("Could not export the model", str(err))
        return None
    written = [Path(p) for p in written]
    window.statusBar().showMessage("wrote " + ", ".join(str(p) for p in written), 8000)
    return written


def ask_import(window, kind: str) -> bool:
    _, file_filter, _ = IMPORTS[kind]
    path, _ = QFileDialog.getOpenFileName(window, "Import a model", str(Path.home()), file_filter)
    if not path:
        return False
    vocab, ok = QInputDialog.getText(
        window, "Vocabulary",
        "The tokens the one-hot inputs stand for, e.g. PIGS or 'the cat sat'\n(empty: generic tokens or the "
        "vocabulary stored in the file):")
    if not ok:
        return False
    return import_model(window, kind, path, vocab.strip() or None)


def ask_export(window, kind: str) -> list[Path] | None:
    from lstm_studio import interop

    refusals = {"torch": interop.torch_refusal, "keras": interop.keras_refusal}
    reason = refusals[kind](window.session.model) if kind in refusals else None
    if reason:
        QMessageBox.information(window, "Cannot export", reason)
        return None
    _, file_filter, suffix = EXPORTS[kind]
    stem = window.session.path.stem if window.session.path else "model"
    path, _ = QFileDialog.getSaveFileName(window, "Export the model", str(Path.home() / (stem + suffix)),
                                          file_filter)
    if not path:
        return None
    return export_model(window, kind, path)
