"""“Check my answers”: a typed code reloads the variant, answers are marked within tolerance, solutions show."""

from __future__ import annotations

import pytest

from lstm_studio.app.worksheets.answer_check import AnswerCheck, open_answer_check
from lstm_studio.engine import new_model
from lstm_studio.worksheets.code import encode
from lstm_studio.worksheets.generate import build
from lstm_studio.worksheets.problem import problem_from_model


@pytest.fixture
def problem():
    return problem_from_model(new_model("gru", list("PIGS"), 3), "PIGS", seed=12, variant=4)


@pytest.fixture
def checker(qtbot):
    widget = AnswerCheck()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_typing_the_code_loads_the_variant(qtbot, checker, problem):
    code = encode(problem)
    qtbot.keyClicks(checker.code_edit, code.lower().replace("-", " "))
    assert checker.worksheet is not None and checker.worksheet.code == code
    expected = build(problem)
    assert len(checker.rows) == len(expected.questions)
    assert [row.question.answer for row in checker.rows] == [q.answer for q in expected.questions]
    assert "Variant 4" in checker.status.text()
    assert not checker.rows[0].text_view.pixmap().isNull()


def test_answers_are_marked_within_tolerance(qtbot, checker, problem):
    assert checker.load_code(encode(problem))
    for row in checker.rows:
        q = row.question
        if isinstance(q.answer, float):
            typed = f"{q.answer + q.tolerance * 0.9:.{q.decimals + 2}f}".replace(".", ",")
        else:
            typed = str(q.answer).lower()
        row.answer_edit.setText(typed)
    assert checker.check_all() == len(checker.rows)
    assert checker.score.text() == f"{len(checker.rows)} of {len(checker.rows)} right"
    row = next(r for r in checker.rows if isinstance(r.question.answer, float))
    row.answer_edit.setText(f"{row.question.answer + 10 * row.question.tolerance}")
    qtbot.keyClick(row.answer_edit, "\r")
    assert row.last_mark.correct is False and "✗" in row.mark_label.text()
    assert checker.score.text() == f"{len(checker.rows) - 1} of {len(checker.rows)} right"


def test_solution_on_request(qtbot, checker, problem):
    checker.load_code(encode(problem))
    row = checker.rows[0]
    qtbot.waitUntil(row.isVisible)
    assert row.solution_view.isHidden()
    row.solution_button.click()
    assert row.solution_view.isVisible() and not row.solution_view.pixmap().isNull()
    assert row.solution_button.text() == "Hide solution"
    row.solution_button.click()
    assert row.solution_view.isHidden()


def test_a_bad_code_says_why_and_keeps_the_loaded_variant(checker, problem):
    checker.load_code(encode(problem))
    loaded = checker.worksheet
    raw = encode(problem)
    typo = raw[:-1] + ("0" if raw[-1] != "0" else "1")
    assert not checker.load_code(typo)
    assert "check the code for a typo" in checker.status.text()
    assert checker.worksheet is loaded


def test_word_vocabulary_codes_use_the_open_models_vocabulary(qtbot):
    vocab = ["the", "cat", "sat"]
    problem = problem_from_model(new_model("lstm", vocab, 2), "the cat sat", seed=3)
    plain = AnswerCheck()
    qtbot.addWidget(plain)
    assert not plain.load_code(encode(problem))
    assert "open that model first" in plain.status.text()
    with_vocab = AnswerCheck(vocab)
    qtbot.addWidget(with_vocab)
    assert with_vocab.load_code(encode(problem))


def test_open_answer_check_shows_a_window(qtbot):
    dialog = open_answer_check(None)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and isinstance(dialog.checker, AnswerCheck)


def test_the_placeholder_is_a_code_that_loads(checker):
    example = checker.code_edit.placeholderText().split("e.g. ")[-1]
    assert checker.load_code(example), checker.status.text()


def test_a_space_token_shows_every_question(qtbot):
    model = new_model("lstm", ["P", "I", " ", "G"], 3)
    for seed in range(4):
        problem = problem_from_model(model, "PI G", seed=seed)
        widget = AnswerCheck()
        qtbot.addWidget(widget)
        assert widget.load_code(encode(problem))
        assert len(widget.rows) == len(build(problem).questions) == 10
        assert all(not row.text_view.pixmap().isNull() for row in widget.rows)


def _graded(hints=True):
    from dataclasses import replace

    return replace(problem_from_model(new_model("lstm", list("PIGS"), 3), "PIGS", seed=12, variant=2),
                   graded=True, hints=hints)


def _mistaken(ws):
    """A question with a usual mistake, and that mistake's answer as a student would type it."""
    q = next(q for q in ws.questions if isinstance(q.answer, float) and any(m.name != "sign_flip" for m in q.mistakes))
    m = next(m for m in q.mistakes if m.name != "sign_flip")
    return ws.questions.index(q), f"{m.value:.{q.decimals}f}", m


def test_a_graded_code_checks_answers_but_shows_no_solution(qtbot, checker):
    problem = _graded()
    ws = build(problem)
    assert checker.load_code(ws.code)
    assert "marked" in checker.status.text()
    for row in checker.rows:
        assert row.solution_button.isHidden() and not row.solution_button.isEnabled()
        row.show_solution(True)
        assert row.solution_view.isHidden() and row.solution_view.pixmap().isNull()
    n, typed, mistake = _mistaken(ws)
    row = checker.rows[n]
    row.answer_edit.setText(typed)
    assert row.check().correct is False and mistake.message in row.mark_label.text()
    row.answer_edit.setText(row.question.answer_text.replace("−", "-"))
    assert row.check().correct


def test_without_hints_a_graded_code_says_only_right_or_wrong(qtbot, checker):
    ws = build(_graded(hints=False))
    assert checker.load_code(ws.code)
    n, typed, mistake = _mistaken(ws)
    row = checker.rows[n]
    row.answer_edit.setText(typed)
    result = row.check()
    assert result.correct is False and result.message == "not right" and mistake.message not in result.message


def test_the_key_code_opens_the_solutions(qtbot, checker):
    ws = build(_graded())
    assert ws.key_code != ws.code
    assert checker.load_code(ws.key_code)
    assert "Key code" in checker.status.text()
    row = checker.rows[0]
    qtbot.waitUntil(row.isVisible)
    assert not row.solution_button.isHidden()
    row.solution_button.click()
    assert row.solution_view.isVisible() and not row.solution_view.pixmap().isNull()
