"""The numbers: every quantity at every step as a table that shows the engine's numbers, copies them
to the clipboard at full precision, saves them as CSV, and neutralises cells a spreadsheet would evaluate."""

import csv
import io

import numpy as np
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from lstm_studio.app.inside.numbers_view import NumbersView
from lstm_studio.document.session import Session
from lstm_studio.engine import forward, new_model


def _view(qtbot, model, text):
    view = NumbersView(Session(model, None, text))
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    view.update_now()
    return view


def _column(view, name):
    return view.table_model.header.index(name)


def test_the_table_holds_every_quantity_of_every_step(qtbot):
    model = new_model("lstm", list("PIGS"), 3, seed=2)
    view = _view(qtbot, model, "PIGS")
    trace = forward(model, [0, 1, 2, 3])
    result = view.session.result()
    table = view.table_model
    assert table.rowCount() == 4 and table.header[:3] == ["t", "token", "target"]
    for name, values in (("f[2]", trace.gates["f"][:, 0, 1]), ("c[1]", trace.c[:, 0, 0]), ("h[3]", trace.h[:, 0, 2]),
                         ("p[G]", trace.p[:, 0, 2]), ("y[S]", trace.y[:, 0, 3])):
        assert [row[_column(view, name)] for row in table.rows] == list(values)  # every digit
    assert [row[_column(view, "loss")] for row in table.rows][:3] == list(result.losses[:3])
    assert table.rows[3][_column(view, "target")] == "" and table.rows[3][_column(view, "loss")] == ""
    index = table.index(1, _column(view, "h[3]"))
    assert table.data(index) == f"{trace.h[1, 0, 2]:.6g}".replace("-", "−")
    assert repr(float(trace.h[1, 0, 2])) in table.data(index, Qt.ToolTipRole)


def test_copy_gives_the_selection_tab_separated_at_full_precision(qtbot):
    model = new_model("gru", list("PIGS"), 2, seed=1)
    view = _view(qtbot, model, "PIG")
    trace = forward(model, [0, 1, 2])
    selection = view.table.selectionModel()
    for row in (0, 2):
        selection.select(view.table_model.index(row, _column(view, "h[2]")), QItemSelectionModel.Select)
    text = view.copy()
    assert QApplication.clipboard().text() == text
    assert text == f"h[2]\n{float(trace.h[0, 0, 1])!r}\n{float(trace.h[2, 0, 1])!r}\n"
    selection.clearSelection()
    everything = list(csv.reader(io.StringIO(view.copy()), delimiter="\t"))
    assert len(everything) == 4 and everything[0] == view.table_model.header


def test_save_writes_the_table_as_csv_and_a_bad_place_is_one_line(qtbot, tmp_path):
    model = new_model("rnn", list("PIGS"), 3, seed=1)
    view = _view(qtbot, model, "PIGS")
    path = view.save(tmp_path / "numbers.csv")
    rows = list(csv.reader(path.open()))
    assert rows[0] == view.table_model.header and len(rows) == 5
    a = view.session.result().trace.first.pre["a"][:, 0, 0]
    assert [float(r[_column(view, "a[1]")]) for r in rows[1:]] == list(a)
    assert view.save(tmp_path / "missing" / "numbers.csv") is None
    assert view.message.text().startswith(f"{tmp_path / 'missing' / 'numbers.csv'}: cannot write")
    assert not (tmp_path / "missing").exists()


def test_cells_a_spreadsheet_would_evaluate_are_neutralised(qtbot, tmp_path):
    model = new_model("rnn", ["=1+1", "@SUM(A1)", "-2", "+x"], 2, seed=0)
    view = _view(qtbot, model, "=1+1 @SUM(A1) -2 +x")
    rows = list(csv.reader(view.save(tmp_path / "n.csv").open()))
    assert [r[1] for r in rows[1:]] == ["'=1+1", "'@SUM(A1)", "'-2", "'+x"]
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)
    numbers = [cell for row in rows[1:] for cell in row[3:] if cell and cell[0] in "-0123456789"]
    assert any(cell.startswith("-") for cell in numbers) and all(np.isfinite(float(c)) for c in numbers)
    pasted = list(csv.reader(io.StringIO(view.copy()), delimiter="\t"))
    assert pasted[1][1] == "'=1+1"


def test_the_current_step_is_highlighted_and_a_click_moves_it(qtbot):
    view = _view(qtbot, new_model("lstm", list("PIGS"), 3, seed=2), "PIGS")
    assert view.table_model.data(view.table_model.index(0, 0), Qt.BackgroundRole) is not None
    rect = view.table.visualRect(view.table_model.index(2, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert view.session.step == 2
    view.update_now()
    assert view.table_model.current == 2
    assert view.table_model.data(view.table_model.index(0, 0), Qt.BackgroundRole) is None
