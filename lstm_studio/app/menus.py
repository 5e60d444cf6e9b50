"""The window's entries for training and generation (issue 8), worksheets and answer checking (issue 6),
and import/export of PyTorch, Keras, NumPy and CSV files (issue 9).

``install_extras(window)`` adds the training and generation docks, a Tools menu and the import/export
entries of the File menu. The heavy modules (sympy through the worksheets, safetensors through interop)
are imported when an entry is used, never at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from lstm_studio.app.common.i18n import translate
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


def install_extras(window) -> None:
    """Add the training and generation panels, the Tools menu and the import/export entries."""
    from lstm_studio.app.training.generation_panel import GenerationPanel
    from lstm_studio.app.training.panel import TrainingPanel

    window.training = TrainingPanel(window.session)
    window.training.sig_status.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.generation = GenerationPanel(session=window.session)
    # Both float as windows of their own: docked, they would squeeze the studio on a laptop screen,
    # and a student wants to watch the gate plots change while the cell trains.
    for name, title, widget, size in (("training", translate("Menus", "Training"), window.training, (1100, 640)),
                                      ("generate", translate("Menus", "Generation"), window.generation, (900, 560))):
        dock = window.add_panel(name, title, widget, Qt.BottomDockWidgetArea)
        dock.hide()
        window.panels[name] = lambda d=dock, s=size: _show_floating(d, s)
    window.close_hooks.append(window.training.shutdown)

    tools = QMenu(translate("Menus", "&Tools"), window)
    window.menuBar().insertMenu(window.help_menu.menuAction(), tools)
    window.tools_menu = tools
    window._action(tools, translate("Menus", "&Training…"), lambda: window.show_panel("training"), "Ctrl+T",
                   translate("Menus", "train the cell on a built-in task and watch it learn"))
    window._action(tools, translate("Menus", "&Generation…"), lambda: window.show_panel("generate"), "Ctrl+G",
                   translate("Menus", "draw tokens from the output distribution and feed them back in"))
    tools.addSeparator()
    window._action(tools, translate("Menus", "Exercise &worksheets…"), lambda: open_worksheets(window), "Ctrl+Shift+W",
                   translate("Menus", "printable exercises with answer keys, one variant per student"))
    window._action(tools, translate("Menus", "&Check my answers…"), lambda: open_answer_check(window), "Ctrl+Shift+K",
                   translate("Menus", "type a variant code and your answers; each is marked"))

    quit_action = next(a for a in window.file_menu.actions() if a.text() == translate("MainWindow", "&Quit"))
    import_menu = QMenu(translate("Menus", "&Import"), window)
    for kind, (text, _, _) in IMPORTS.items():
        action = QAction(translate("Menus", text), window)
        action.triggered.connect(lambda _=False, k=kind: ask_import(window, k))
        import_menu.addAction(action)
    export_menu = QMenu(translate("Menus", "&Export"), window)
    window.export_actions = {}
    for kind, (text, _, _) in EXPORTS.items():
        action = QAction(translate("Menus", text), window)
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
        window.show_error(translate("Menus", "Could not import the model"), str(err))
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
        window.show_error(translate("Menus", "Could not export the model"), str(err))
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
        QMessageBox.information(window, translate("Menus", "Cannot export"), reason)
        return None
    _, file_filter, suffix = EXPORTS[kind]
    stem = window.session.path.stem if window.session.path else "model"
    path, _ = QFileDialog.getSaveFileName(window, translate("Menus", "Export the model"),
                                          str(Path.home() / (stem + suffix)), translate("Menus", file_filter))
    if not path:
        return None
    return export_model(window, kind, path)
