"""Marking typed answers: numbers within the tolerance, exact counts, letters, tokens, forgiving input."""

from __future__ import annotations

import pytest

from lstm_studio.worksheets.check import mark, parse_number
from lstm_studio.worksheets.generate import build

from .helpers import make_problem


@pytest.fixture(scope="module")
def sheet():
    return build(make_problem("lstm", seed=21))


def _first(ws, predicate):
    return next(q for q in ws.questions if predicate(q))


@pytest.mark.parametrize("typed, value", [("0.4657", 0.4657), ("0,4657", 0.4657), ("−0.25", -0.25),
                                          (" +.5 ", 0.5), ("4.657e-1", 0.4657), ("12", 12.0)])
def test_numbers_are_read_forgivingly(typed, value):
    assert parse_number(typed) == pytest.approx(value)


@pytest.mark.parametrize("typed", ["", "abc", "1,2,3", "0.1.2", "nan", "inf", "1e999"])
def test_non_numbers(typed):
    assert parse_number(typed) is None


def test_numbers_within_the_tolerance_are_right(sheet):
    q = _first(sheet, lambda q: isinstance(q.answer, float))
    step = 10.0 ** -q.decimals
    assert mark(q, q.answer_text).correct
    assert mark(q, f"{q.answer + 2 * step:.{q.decimals}f}").correct
    assert mark(q, f"{q.answer - 2 * step:.{q.decimals}f}").correct
    assert mark(q, f"{q.exact:.8f}").correct
    assert not mark(q, f"{q.answer + 3 * step:.{q.decimals}f}").correct
    assert not mark(q, f"{q.answer + 0.1:.{q.decimals}f}").correct
    wrong_sign = mark(q, f"{-q.answer:.{q.decimals}f}")
    assert not wrong_sign.correct and "sign" in wrong_sign.message
    assert mark(q, "").correct is None
    assert mark(q, "twelve").message == "not a number"


def test_counts_must_be_exact(sheet):
    q = _first(sheet, lambda q: q.quantity == "param_count")
    assert mark(q, str(q.answer)).correct
    assert mark(q, f"{q.answer}.0").correct
    assert not mark(q, str(q.answer + 1)).correct


def test_choices_take_the_letter(sheet):
    q = _first(sheet, lambda q: q.choices)
    assert mark(q, q.answer).correct and mark(q, q.answer.lower()).correct
    assert mark(q, f"({q.answer})").correct
    other = next(letter for letter in "ABCD" if letter != q.answer)
    assert not mark(q, other).correct
    assert "one letter" in mark(q, "E").message


def test_tokens(sheet):
    q = _first(sheet, lambda q: q.quantity == "prediction")
    vocab = list(sheet.model.vocab)
    assert mark(q, q.answer, vocab).correct
    assert mark(q, q.answer.lower(), vocab).correct
    other = next(v for v in vocab if v != q.answer)
    assert not mark(q, other, vocab).correct
    assert "not a token" in mark(q, "X", vocab).message


def test_case_matters_when_the_vocabulary_has_both_cases():
    from lstm_studio.worksheets.sheet import Question

    q = Question("q1", "forward", "prediction", 1, None, "a", None, 0.0, ("?",))
    assert mark(q, "a", ["a", "A"]).correct
    assert not mark(q, "A", ["a", "A"]).correct


def test_a_right_answer_with_too_few_decimals_gets_a_hint(sheet):
    q = _first(sheet, lambda q: isinstance(q.answer, float) and abs(q.answer) > 0.05)
    short = f"{q.exact:.2f}"
    result = mark(q, short)
    assert result.correct is False
    assert f"{q.decimals} decimals" in result.message and "2" in result.message, result.message


def test_the_space_token_is_typed_as_printed():
    from lstm_studio.worksheets.sheet import Question

    q = Question("q1", "forward", "prediction", 1, None, " ", None, 0.0, ("?",))
    assert q.answer_text == "␣"
    assert mark(q, "␣", ["P", " ", "G"]).correct
    assert not mark(q, "P", ["P", " ", "G"]).correct
