"""The built-in course: twelve lessons and the challenges, every step with something to do and something
checked, every checked step failed by its starting state and solved by a reference solution that lives only
in tests/lessons/solutions.py, every formula one the renderer reads."""

from __future__ import annotations

import pytest

from lstm_studio import lessons
from lstm_studio.lessons import markdown
from lstm_studio.symbolic.render import unknown_commands
from tests.lessons.solutions import SOLUTIONS

ENTRIES = lessons.builtin()
LESSONS = {e.id: lessons.load(e.path) for e in ENTRIES}
COURSE = [
    "rnn-one-hot", "rnn-lecture-numbers", "softmax-loss-bptt", "vanishing-exploding", "lstm-gates",
    "constant-error-carousel", "peephole", "gru-conventions", "simplified-gru", "deep-bidirectional",
    "plurals-sampling", "long-range",
]


def test_twelve_lessons_in_course_order_then_at_least_six_challenges():
    kinds = [e.kind for e in ENTRIES]
    assert [e.id for e in ENTRIES if e.kind == "lesson"] == COURSE
    assert kinds == sorted(kinds, key=lambda k: k != "lesson") and kinds.count("challenge") >= 6
    assert len({e.id for e in ENTRIES}) == len(ENTRIES)
    for entry in ENTRIES:
        lesson = LESSONS[entry.id]
        assert (lesson.id, lesson.kind, lesson.title, len(lesson.steps)) == (entry.id, entry.kind, entry.title,
                                                                              entry.steps)
        assert lesson.language == "en" and lesson.summary
        if lesson.kind == "lesson":
            assert 4 <= len(lesson.steps) <= 10, entry.id


@pytest.mark.parametrize("lesson_id", [e.id for e in ENTRIES])
def test_every_step_has_something_to_do_and_something_checked(lesson_id):
    lesson = LESSONS[lesson_id]
    assert lesson.steps[0].model is not None and lesson.steps[0].input is not None
    for number, step in enumerate(lesson.steps, start=1):
        where = f"{lesson_id} step {number}"
        assert step.task and step.text and step.hints, where
        assert step.checks or step.predict is not None, where
        assert step.show is not None, where
        if step.predict is not None:
            assert step.predict.what.quantity == "prediction" or step.predict.tolerance > 0, where
        if lesson.kind == "challenge":
            assert step.inputs and not step.solution, where


@pytest.mark.parametrize("lesson_id", [e.id for e in ENTRIES])
def test_every_formula_is_one_the_renderer_reads(lesson_id):
    lesson = LESSONS[lesson_id]
    texts = [lesson.summary] + [t for s in lesson.steps for t in (s.text, s.task, s.solution, *s.hints)]
    for text in texts:
        for latex in markdown.formulas(text):
            assert unknown_commands(latex) == [], f"{lesson_id}: {latex}"


@pytest.mark.parametrize("lesson_id", [e.id for e in ENTRIES])
def test_the_course_is_solvable_step_by_step_and_no_check_holds_before_the_work(lesson_id):
    """Walks the lesson as a student would: each step starts from its own model or the one the student has,
    its checks fail before the reference solution and hold after it, and each prediction of the true
    value is accepted while a wrong one is not."""
    lesson = LESSONS[lesson_id]
    model, text = None, None
    for number, step in enumerate(lesson.steps, start=1):
        where = f"{lesson_id} step {number}"
        if step.model is not None:
            model = step.new_model()
        if step.input is not None:
            text = step.input
        if step.predict is not None:
            _, truth = lessons.expected(step, model, text)
            assert lessons.compare(step, model, text, truth).passed, where
            if isinstance(truth[0], str):
                wrong = next(v for v in model.vocab if v != truth[0])
            else:
                wrong = [v + 2 * step.predict.tolerance + 0.01 for v in truth]
            assert not lessons.compare(step, model, text, wrong).passed, where
        if not step.checks:
            assert (lesson_id, number) not in SOLUTIONS, where
            continue
        before = lessons.evaluate(step, model, text)
        assert not lessons.all_passed(before), f"{where}: passes before any work: {[r.description for r in before]}"
        model, text = SOLUTIONS[(lesson_id, number)](model, text, step)
        after = lessons.evaluate(step, model, text)
        assert lessons.all_passed(after), f"{where}: {[r.description for r in after if not r.passed]}"


def test_every_solution_belongs_to_a_checked_step():
    for lesson_id, number in SOLUTIONS:
        assert LESSONS[lesson_id].step(number).checks, (lesson_id, number)


def test_challenges_are_checked_on_hidden_sequences_other_than_the_one_shown():
    for lesson in LESSONS.values():
        if lesson.kind != "challenge":
            continue
        step = lesson.steps[0]
        assert len(step.inputs) >= 2 and any(seq.input != step.input for seq in step.inputs), lesson.id
