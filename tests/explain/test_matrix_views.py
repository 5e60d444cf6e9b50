"""Tables of parameters: single, stacked, concatenated; CSV copy and paste."""

import numpy as np
import pytest

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.document.errors import InputError
from lstm_studio.explain.matrix_views import layouts, parse_matrix, to_csv


@pytest.fixture
def lstm():
    return modelfile.load(paths.presets()["lstm_pigs"])


def _layout(model, key):
    return next(lay for lay in layouts(model) if lay.key == key).bind(model)


def test_every_parameter_has_a_table(lstm):
    keys = {lay.key for lay in layouts(lstm)}
    assert {f"param:{n}" for n in lstm.params} <= keys
    assert {"stack:W", "stack:U", "stack:b", "concat:f", "concat:all"} <= keys


def test_stacked_gates_are_the_four_matrices_in_order(lstm):
    stack = _layout(lstm, "stack:W")
    p = lstm.params
    np.testing.assert_array_equal(stack.values(), np.vstack([p["W_f"], p["W_i"], p["W_c"], p["W_o"]]))
    assert stack.locate(4, 2) == ("W_i", (1, 2))
    assert stack.row_labels[:4] == ["f₁", "f₂", "f₃", "i₁"]


def test_concatenated_is_u_then_w_as_in_the_slides(lstm):
    concat = _layout(lstm, "concat:f")
    np.testing.assert_array_equal(concat.values(), np.hstack([lstm.params["U_f"], lstm.params["W_f"]]))
    assert concat.col_labels == ["h₁", "h₂", "h₃", "x:P", "x:I", "x:G", "x:S"]
    assert concat.locate(0, 3) == ("W_f", (0, 0))
    x = np.array([1.0, 0, 0, 0])
    h = np.array([0.1, -0.2, 0.3])
    np.testing.assert_allclose(concat.values() @ np.concatenate([h, x]),
                               lstm.params["U_f"] @ h + lstm.params["W_f"] @ x)


def test_split_inverts_values(lstm):
    for layout in layouts(lstm):
        layout.bind(lstm)
        parts = layout.split(layout.values())
        for name, value in parts.items():
            np.testing.assert_array_equal(value, lstm.params[name])


def test_rnn_concat_and_vector_tables():
    rnn = modelfile.load(paths.presets()["rnn_pigs"])
    concat = _layout(rnn, "concat:rnn")
    assert concat.shape == (3, 7)
    bias = _layout(rnn, "param:b_y")
    assert bias.shape == (4, 1) and bias.row_labels == ["y:P", "y:I", "y:G", "y:S"]
    assert bias.locate(2, 0) == ("b_y", (2,))


def test_csv_round_trip_is_exact():
    table = np.array([[0.1, -1 / 3], [1e-17, 2.5]])
    np.testing.assert_array_equal(parse_matrix(to_csv(table), (2, 2)), table)


def test_csv_accepts_tabs_spaces_and_a_vector_as_a_row():
    assert parse_matrix("1\t2\n3\t4", (2, 2)).tolist() == [[1, 2], [3, 4]]
    assert parse_matrix("1 2\n3 4\n", (2, 2)).tolist() == [[1, 2], [3, 4]]
    assert parse_matrix("1,2,3", (3, 1)).ravel().tolist() == [1, 2, 3]


@pytest.mark.parametrize("text", [
    "[1 2 3; 4 5 6]",  # Matlab
    "[1, 2, 3; 4, 5, 6]",
    "[1 2 3\n 4 5 6]",
    "1 2 3; 4 5 6",
    "1 2 3;\n4 5 6;",
    "[[1, 2, 3], [4, 5, 6]]",  # Python, NumPy's tolist()
    "[[1. 2. 3.]\n [4. 5. 6.]]",  # print() of a NumPy array
    "array([[1., 2., 3.],\n       [4., 5., 6.]])",  # its repr
    "np.array([[1, 2, 3], [4, 5, 6]], dtype=float32)",
    "1;2;3\n4;5;6",  # a spreadsheet's semicolon CSV
    '"1","2","3"\n"4","5","6"',
])
def test_paste_reads_what_students_copy(text):
    assert parse_matrix(text, (2, 3)).tolist() == [[1, 2, 3], [4, 5, 6]]


def test_paste_reads_a_unicode_minus_and_a_vector_in_brackets():
    assert parse_matrix("[1 \u22122]", (1, 2)).tolist() == [[1, -2]]
    assert parse_matrix("[0.5, -1, 2]", (3, 1)).ravel().tolist() == [0.5, -1, 2]
    assert parse_matrix("0.5; -1; 2", (1, 3)).ravel().tolist() == [0.5, -1, 2]


@pytest.mark.parametrize("text, message", [
    ("", "no numbers"),
    ("1,2\n3", "different numbers of values \\(row 1: 2, row 2: 1\\)"),
    ("1,x\n3,4", "row 1: 'x' is not a number"),
    ("1,2,3\n4,5,6", "2 × 3 matrix, this table is 2 × 2"),
    ("nan,1\n2,3", "finite"),
    ("[1 2; 3 4", "bracket is not closed"),
    ("[[1, 2], x, [3, 4]]", "numbers only"),
])
def test_paste_errors_are_one_line(text, message):
    with pytest.raises(InputError, match=message) as err:
        parse_matrix(text, (2, 2))
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("text", ["", "1,x\n3,4", "1,2\n3", "[1 2; 3 4"])
def test_a_malformed_paste_says_what_is_accepted(text):
    with pytest.raises(InputError) as err:
        parse_matrix(text, (2, 2))
    assert "[1 2; 3 4] (Matlab)" in str(err.value) and "[[1, 2], [3, 4]] (NumPy)" in str(err.value)
