"""The run's table as text: numbers at full precision, text cells a spreadsheet would evaluate
neutralised, targets and losses when the run has them."""

import csv
import io

from lstm_studio.engine import forward, new_model
from lstm_studio.interop import run_table, table_text, trace_csv
from lstm_studio.interop.trace_csv import cell_text, neutralise


def test_formula_starts_get_a_quote_and_numbers_stay_numbers():
    for text in ("=1+1", "+x", "-x", "@SUM(A1)", "\tA", "\rA"):
        assert neutralise(text) == "'" + text
    assert neutralise("P") == "P" and neutralise("'=") == "'="
    assert cell_text(-0.25) == "-0.25" and cell_text(3) == "3" and cell_text("-") == "'-"


def test_targets_and_losses_join_the_table_when_given():
    model = new_model("lstm", list("PIGS"), 2, seed=3)
    trace = forward(model, [0, 1, 2])
    header, rows = run_table(model, [0, 1, 2], trace, [1, 2, -1], [0.5, 0.25, 0.0])
    assert header[:3] == ["t", "token", "target"] and header[-2:] == ["prediction", "loss"]
    assert [r[2] for r in rows] == ["I", "G", ""] and [r[-1] for r in rows] == [0.5, 0.25, ""]
    plain, _ = run_table(model, [0, 1, 2], trace)
    assert "target" not in plain and plain[-1] == "prediction"


def test_the_command_line_csv_is_neutralised_too():
    model = new_model("rnn", ["=A", "b"], 2, seed=0)
    rows = list(csv.reader(io.StringIO(trace_csv(model, "=A b"))))
    assert [r[1] for r in rows[1:]] == ["'=A", "b"] and "y[=A]" in rows[0]
    assert table_text(["x"], [[1.5]], delimiter="\t") == "x\n1.5\n"
