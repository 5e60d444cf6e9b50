"""Keyboard, screen-reader and vision access (docs/accessibility.md): an accessibility walk over the window,
every inside panel, the training and generation panels and the dialogs; the Tab chain; the numbers table
against the plots' numbers; nudging weights by keyboard; the generated shortcut list; the cell
diagram by keyboard; the colour maps and the high-contrast theme."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from lstm_studio.app.common import access, focus_ring, palettes, shortcuts, theme
from lstm_studio.engine.notation import num
from lstm_studio.explain.diagram_text import describe, reading_order
from lstm_studio.explain.quantities import quantities, values


def _focusable(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if access.focusable(w) and w.isVisible()]


def _unnamed(root: QWidget) -> list[str]:
    access.name_widgets(root)
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
            for w in _focusable(root) if not w.accessibleName()]


def _walk(window, qtbot):
    """Show every part of the window in turn and yield (part name, root widget)."""
    yield "window", window
    for name in ("gates", "heatmaps", "numbers", "cell", "unrolled", "equations", "gradients"):
        window.show_panel(name)
        QApplication.processEvents()  # a view built on first show appears on the next turn of the loop
        window.refresh()
        yield name, window.tabs.currentWidget()
    for name, dock in (("training", window.training_dock), ("generate", window.generation_dock)):
        window.show_panel(name)
        QApplication.processEvents()
        window.refresh()
        yield name, dock
        dock.hide()


def test_every_focusable_widget_has_an_accessible_name(window, qtbot):
    counts = {}
    for part, root in _walk(window, qtbot):
        missing = _unnamed(root)
        assert missing == [], f"{part}: {missing}"
        counts[part] = len(_focusable(root))
    assert counts["window"] > 40 and counts["cell"] >= 3 and counts["training"] > 5


def test_the_dialogs_name_their_controls(window, qtbot):
    from lstm_studio.app import menus

    for dialog in (window._show_shortcuts(), menus.open_worksheets(window), menus.open_answer_check(window)):
        qtbot.waitExposed(dialog)
        assert _unnamed(dialog) == [], dialog.windowTitle()
        dialog.close()


def test_tab_reaches_every_control_of_the_window(window):
    # a spin box's editor hands its focus to the spin box (its focus proxy), which is what Tab reaches
    controls = [w for w in _focusable(window) if w.window() is window and w.focusProxy() is None]
    window.sequence.input.setFocus()
    reached = set()
    for _ in range(3 * len(controls)):  # what Tab does: the next widget in the chain that takes Tab focus
        window.focusNextPrevChild(True)
        reached.add(id(window.focusWidget()))
    assert len(controls) > 30
    assert [f"{type(w).__name__} {w.accessibleName()}" for w in controls if id(w) not in reached] == []


def test_f6_moves_the_focus_through_the_panes(window):
    panes = [p for p in window.panes() if shortcuts.first_focusable(p) is not None]
    assert len(panes) >= 4
    shortcuts.first_focusable(panes[-1]).setFocus()
    f6 = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "F6")
    seen = []
    for _ in panes:
        f6.trigger()
        focused = window.focusWidget()
        seen.append(next(p for p in panes if p.isAncestorOf(focused) or p is focused))
    assert seen == panes
    back = window.next_pane(backwards=True)
    assert panes[-2].isAncestorOf(back)


def test_the_numbers_table_holds_every_plotted_number_and_says_how_it_is_computed(window, qtbot):
    """The table alternative of the plots: every number of the gate plots and heat maps (layer 1), the
    output plot and the loss curve is a cell, reached by Ctrl+7, read with its header, explained."""
    key = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+7")
    key.trigger()
    QApplication.processEvents()
    window.refresh()
    view = window.inside_panels["numbers"].view
    assert window.tabs.currentWidget() is window.inside_panels["numbers"]
    table, grid = view.table_model, view.table
    assert grid.accessibleName() and not grid.tabKeyNavigation()
    result, model = window.session.result(), window.session.model
    column = {name: c for c, name in enumerate(table.header)}
    plotted = [(f"{q.key}[{k + 1}]", values(result, q.key)[:, k])
               for q in quantities(model) for k in range(model.hidden_size)]
    plotted += [(f"p[{v}]", result.p[:, k]) for k, v in enumerate(model.vocab)]
    for name, drawn in plotted:
        np.testing.assert_allclose([row[column[name]] for row in table.rows], drawn, rtol=0, atol=1e-12)
    losses = [row[column["loss"]] for row in table.rows]
    has_target = np.asarray(result.targets) >= 0
    assert [x != "" for x in losses] == list(has_target)
    np.testing.assert_allclose([x for x in losses if x != ""], np.asarray(result.losses)[has_target],
                               rtol=0, atol=1e-12)
    index = table.index(0, column["f[1]"])
    assert table.data(index, Qt.AccessibleTextRole) == table.data(index, Qt.DisplayRole)
    description = table.data(index, Qt.AccessibleDescriptionRole)
    assert "σ" in description and repr(table.rows[0][column["f[1]"]]) in description
    assert "Σⱼ e^(yⱼ)" in table.data(table.index(0, column[f"p[{model.vocab[0]}]"]), Qt.ToolTipRole)
    assert table.data(table.index(0, 0), Qt.AccessibleDescriptionRole) is None  # t: nothing to explain
    window.session.set_entry("b_f", 0, 3.0)
    window.refresh()
    assert table.rows[0][column["f[1]"]] == pytest.approx(values(window.session.result(), "f")[0, 0], abs=1e-12)


def test_arrow_keys_nudge_a_weight_and_one_burst_is_one_undo_step(window, qtbot):
    editor = window.weights
    editor._nudge_timer.setInterval(60_000)  # a slow test machine must not split the burst
    editor.select(1, 2)
    name, where = editor.model.layout.locate(1, 2)
    before = float(window.session.model.params[name][where])
    editor.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(editor.table, Qt.Key_Up, Qt.ControlModifier)
    qtbot.keyClick(editor.table, Qt.Key_Down, Qt.ControlModifier | Qt.ShiftModifier)
    after = float(window.session.model.params[name][where])
    assert after == pytest.approx(before + 3 * shortcuts.NUDGE_COARSE - shortcuts.NUDGE_FINE, abs=1e-9)
    assert editor.table.currentIndex().row() == 1  # Ctrl+arrows nudge, they do not move
    assert window.session.undo.in_group
    editor._nudge_timer.setInterval(10)
    editor._nudge_timer.start()  # the burst ends when the nudges pause
    qtbot.waitUntil(lambda: not window.session.undo.in_group, timeout=2000)
    editor._nudge_timer.setInterval(shortcuts.NUDGE_BURST_MS)
    assert window.session.undo.undo_label.startswith("nudge")
    window.session.undo.undo()
    assert float(window.session.model.params[name][where]) == before
    window.session.undo.redo()
    assert float(window.session.model.params[name][where]) == pytest.approx(after, abs=0)


def test_a_plain_arrow_ends_the_burst_and_moves(window, qtbot):
    editor = window.weights
    editor._nudge_timer.setInterval(60_000)
    editor.select(0, 0)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key_Up, Qt.ControlModifier)
    assert window.session.undo.in_group
    qtbot.keyClick(editor.table, Qt.Key_Right)
    assert not window.session.undo.in_group and editor.table.currentIndex().column() == 1
    qtbot.keyClick(editor.table, Qt.Key_Down, Qt.ControlModifier)
    qtbot.keyClick(editor.table, Qt.Key_Left)
    assert window.session.undo.index == 2  # two bursts, two steps
    editor._nudge_timer.setInterval(shortcuts.NUDGE_BURST_MS)


def _menu_actions(menu):
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def test_help_lists_every_shortcut_of_the_window(window, qtbot):
    dialog = window._show_shortcuts()
    keys = {row[0] for row in dialog.rows}
    bound = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty() and a.text()]
    assert len(bound) > 25
    for action in bound:
        assert shortcuts._keys(action) in keys, access.plain(action.text())
    for extra in shortcuts.widget_keys():
        assert (extra.keys, extra.what, extra.where) in dialog.rows
    assert dialog.table.accessibleName()
    dialog.close()


def test_every_menu_entry_has_its_own_mnemonic(window):
    for top in window.menuBar().actions():
        menu = top.menu()
        menu.aboutToShow.emit()
        letters = []
        for action in menu.actions():
            text = action.text().replace("&&", "")
            if action.isSeparator() or not text:
                continue
            if "&" in text:
                letters.append(text[text.index("&") + 1].lower())
            else:  # every letter of the entry is taken by the entries before it
                assert {c.lower() for c in text if c.isalnum()} <= set(letters), text
        assert len(letters) == len(set(letters)), (top.text(), letters)


def test_the_cell_diagram_by_keyboard_and_in_words(window, qtbot):
    window.show_panel("cell")
    window.refresh()
    panel = window.inside_panels["cell"].view
    panel.update_now()
    order = reading_order(panel.layout_)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key_Right)
    qtbot.keyClick(panel.view, Qt.Key_Right)
    assert panel.selected == order[1]
    qtbot.keyClick(panel.view, Qt.Key_Left)
    assert panel.selected == order[0]
    qtbot.keyClick(panel.view, Qt.Key_Return)
    title = panel.layout_.element(order[0]).title
    assert title in panel.info_title.text() and not panel.numbers.isHidden()
    texts = panel.element_texts()
    assert texts == [describe(panel.layout_, key, panel.scene.values) for key in order]
    forget = next(n for n in panel.layout_.nodes if n.value == "f")
    assert f"= {num(panel.scene.values['f'])}" in texts[order.index(forget.key)]
    assert panel.view.accessibleDescription().startswith(title)


def test_colour_maps_and_unit_styles_never_rely_on_colour_alone():
    negative, zero, positive = (palettes.signed_colour(v, 1.0) for v in (-1.0, 0.0, 1.0))
    assert negative.blue() > negative.red() and positive.red() > positive.blue()
    assert abs(zero.red() - zero.blue()) < 12  # a grey middle
    assert palettes.gate_colour(0.0).lightness() < palettes.gate_colour(1.0).lightness()
    styles = [palettes.unit_style(k) for k in range(8)]
    assert len({(s.line, s.symbol) for s in styles}) == 8 and len({s.glyph for s in styles}) == 8
    assert theme.diverging(0.5, 1.0) == palettes.signed_colour(0.5, 1.0)


def test_the_high_contrast_theme(window, make_window):
    window.apply_look("contrast", 1.0)
    app = QApplication.instance()
    palette = app.palette()
    assert palette.color(QPalette.Window).name() == "#000000"
    assert palette.color(QPalette.WindowText).name() == "#ffffff"
    assert app.styleSheet() == ""  # docs/window.md: no application style sheet
    assert window.settings.value("theme") == "contrast"
    assert window.theme_actions["contrast"].isChecked()
    window.apply_look("light", 1.0)


def _light_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return sum(image.pixelColor(x, y).lightness() > 128 for x in range(image.width()) for y in range(image.height()))


def test_high_contrast_frames_fields_and_the_groove_and_lightens_the_transport_icons(window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    from lstm_studio.app.studio.time_bar import TimeBar
    window.apply_look("contrast", 1.0)
    QApplication.processEvents()  # the new palettes reach the widgets
    field = next(w for w in window.findChildren(QLineEdit) if w.isVisible() and w.placeholderText() and w.hasFrame())
    bar = window.findChild(TimeBar)
    assert not field.hasFocus()
    image = field.grab().toImage()
    frame = {image.pixelColor(x, 0).lightness() for x in range(4, image.width() - 4)}
    middle = image.height() // 2
    inside = {image.pixelColor(x, middle).lightness() for x in range(image.width() - 20, image.width() - 4)}
    assert max(inside) < 20  # the field itself is black (high contrast) …
    assert min(frame) > 128  # … and its top edge, unfocused, a light line
    groove = bar.slider.grab().toImage()
    middle = groove.height() // 2
    assert max(groove.pixelColor(x, middle).lightness() for x in range(groove.width() // 2, groove.width())) > 128
    assert _light_pixels(bar.first) > 20  # the icon is drawn in the white button text, not dark grey
    bar.toggle()
    assert bar.playing and _light_pixels(bar.play) > 20  # so is the pause icon that replaces play
    bar.toggle()
    window.apply_look("light", 1.0)
    assert field.palette().color(QPalette.Window) == QApplication.palette().color(QPalette.Window)


def _band_colours(window, widget: QWidget, inside: bool) -> set[str]:
    """The colours of the pixels of the window just outside ``widget``'s top edge (``inside`` False) or
    of its own second row (``inside`` True)."""
    image = window.grab().toImage()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    y = top_left.y() + (3 if inside else -1)
    return {image.pixelColor(x, y).name() for x in range(top_left.x() + 6, top_left.x() + widget.width() - 6)}


@pytest.mark.parametrize("name", ["light", "dark", "contrast"])
def test_the_focused_control_wears_a_ring_in_the_themes_focus_colour(window, qtbot, name):
    window.apply_look(name, 1.0)
    focus = QColor(theme.current().focus).name()
    button, other = [b for b in window.findChildren(QPushButton) if b.isVisible() and access.focusable(b)][:2]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: button.hasFocus())
    ring = QApplication.instance().findChild(focus_ring.FocusRings).frame
    assert ring.widget() is button and ring.isVisible()
    assert focus in _band_colours(window, button, inside=False)
    assert focus not in _band_colours(window, button, inside=True)
    other.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: ring.widget() is other)
    assert focus not in _band_colours(window, button, inside=False)
    window.apply_look("light", 1.0)


def test_without_a_saved_theme_the_system_preference_is_followed(make_window, monkeypatch):
    monkeypatch.setattr(theme, "system_theme", lambda: "contrast")
    fresh = make_window()
    assert theme.current().name == "contrast"
    fresh.apply_look("light", 1.0)


def test_the_font_scale_reaches_the_table_and_the_plots(window):
    base = QApplication.font().pointSizeF()
    window.show_panel("numbers")
    window.apply_look("light", 1.5)
    window.refresh()
    QApplication.processEvents()  # the new application font reaches the widgets as an event
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    assert window.inside_panels["numbers"].view.table.font().pointSizeF() == pytest.approx(base * 1.5)
    window.apply_look("light", 1.0)


def test_widgets_made_unwatched_are_named_once_the_namer_is_back(window, qtbot):
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

    def form():
        box = QWidget()
        layout = QVBoxLayout(box)
        label, edit = QLabel("Learning rate"), QLineEdit()
        label.setBuddy(edit)
        layout.addWidget(label)
        layout.addWidget(edit)
        qtbot.addWidget(box)
        return box, edit

    with access.unwatched():  # as a plot's hidden options form is made
        inside, inside_edit = form()
        inside.show()
        QApplication.processEvents()
    assert inside_edit.accessibleName() == "", "the namer did not watch meanwhile"
    after, after_edit = form()
    after.show()
    QApplication.processEvents()
    assert after_edit.accessibleName() == "Learning rate"
    assert QApplication.instance().findChild(access.Namer) is not None


def test_the_namer_skips_a_widget_torn_down_while_it_names_the_others(qtbot, caplog, monkeypatch):
    """Qt's own file dialog deletes its parts as Escape closes it, while the namer works through a Show: a
    widget whose C++ object is gone is skipped, the others still get their names, and nothing is logged;
    an error raised for a live widget still surfaces."""
    import logging

    import shiboken6
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    first, doomed, last = QLineEdit(), QLineEdit(), QLineEdit()
    for text, edit in (("Look in", first), ("File name", doomed), ("Files of type", last)):
        label = QLabel(text)
        label.setBuddy(edit)
        layout.addWidget(label)
        layout.addWidget(edit)
    gone = QLineEdit()
    layout.addWidget(gone)
    qtbot.addWidget(box)
    real = access.derive_name

    def tearing_down(widget, buddies):
        if widget is first and shiboken6.isValid(doomed):
            shiboken6.delete(doomed)  # as the closing dialog deletes its line edit
        if widget is gone:  # deleted while its own surroundings are read
            shiboken6.delete(gone)
            return "Gone"
        return real(widget, buddies)

    monkeypatch.setattr(access, "derive_name", tearing_down)
    caplog.set_level(logging.WARNING)
    # the application's namer receives the form's Show (sent by hand: deleting a child while Qt itself
    # shows the children would pull the list Qt is walking from under it)
    namer = access.Namer.install(QApplication.instance())
    assert namer.eventFilter(box, QShowEvent()) is False
    assert not shiboken6.isValid(doomed) and not shiboken6.isValid(gone)
    assert (first.accessibleName(), last.accessibleName()) == ("Look in", "Files of type")
    assert [r.getMessage() for r in caplog.records] == []

    def failing(widget, buddies):
        raise ValueError("a real error")

    monkeypatch.setattr(access, "derive_name", failing)
    last.setAccessibleName("")
    with pytest.raises(ValueError, match="a real error"):
        access.name_widgets(box)
