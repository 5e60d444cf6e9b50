"""lstm-studio lesson list|check|verify: exit 0 / 1 / 2 and the numbers of each check."""

from __future__ import annotations

import json

import pytest

from lstm_studio import lessons
from lstm_studio.cli import main
from lstm_studio.document import modelfile
from lstm_studio.paths import presets
from tests.lessons.helpers import base


def run_cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lesson_file(tmp_path):
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(base()), encoding="utf-8")
    return path


@pytest.fixture
def models(tmp_path):
    """The RNN preset (its h₃[1] is below 0.9) and a copy with b_h[1] raised until h₃[1] > 0.9."""
    model = modelfile.load(presets()["rnn_pigs"])
    low = tmp_path / "low.json"
    modelfile.save(model, low)
    model.params["b_h"][0] = 3.0
    high = tmp_path / "high.json"
    modelfile.save(model, high)
    return low, high


def test_check_accepts_a_valid_file(capsys, lesson_file):
    code, out, err = run_cli(capsys, "lesson", "check", lesson_file)
    assert code == 0 and err == ""
    assert out == f'{lesson_file}: lesson "A test lesson", 2 steps, 4 checks: valid\n'


def test_check_names_the_field_in_one_line(capsys, tmp_path):
    data = base()
    data["steps"][0]["check"][1]["op"] = "=>"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run_cli(capsys, "lesson", "check", path)
    assert code == 2 and out == ""
    assert err == f"lstm-studio: error: {path}: steps[0].check[1].op: expected one of <, <=, >, >=, ==, !=\n"


def test_verify_exit_codes_and_the_actual_numbers(capsys, lesson_file, models):
    low, high = models
    code, out, err = run_cli(capsys, "lesson", "verify", lesson_file, "--step", 1, "--model", high)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "A test lesson, step 1 of 2: The RNN" and lines[2] == "input PIG"
    assert lines[3] == "  prediction₃ = S, want S ✓" and lines[4].startswith("  h₃[1] = 0.9")
    assert lines[-1] == "all 2 checks hold"
    code, out, _ = run_cli(capsys, "lesson", "verify", lesson_file, "--step", 1, "--model", low)
    assert code == 1
    assert "  h₃[1] = 0.2641 > 0.9 ✗" in out.splitlines() and out.endswith("1 of 2 checks fail\n")
    code, out, _ = run_cli(capsys, "lesson", "verify", lesson_file, "--step", 1, "--model", low, "--json")
    report = json.loads(out)
    assert code == 1 and report["passed"] is False and report["step"] == 1
    assert [c["passed"] for c in report["checks"]] == [True, False]
    assert report["checks"][1]["actual"] == pytest.approx(0.2641, abs=1e-4) and report["checks"][1]["target"] == "> 0.9"


def test_verify_on_another_input_and_on_hidden_sequences(capsys, lesson_file, models):
    _, high = models
    _, out, _ = run_cli(capsys, "lesson", "verify", lesson_file, "--step", 1, "--model", high, "--input", "PIGS")
    assert "input PIGS" in out.splitlines()
    lstm = presets()["lstm_pigs"]
    _, out, _ = run_cli(capsys, "lesson", "verify", lesson_file, "--step", 2, "--model", lstm)
    assert "checked on 2 hidden test sequences" in out and "test sequences)" in out


@pytest.mark.parametrize("argv, message", [
    (["--step", "3"], "--step: 3 is outside 1..2 (the lesson has 2 steps)"),
    (["--step", "two"], "lesson verify: argument --step: invalid int value: 'two'"),
    (["--step", "1", "--input", "PIX"], "--input: unknown token 'X' at position 3 (vocabulary: P I G S)"),
])
def test_verify_bad_input_is_one_line_and_exit_2(capsys, lesson_file, models, argv, message):
    low, _ = models
    code, out, err = run_cli(capsys, "lesson", "verify", lesson_file, "--model", low, *argv)
    assert code == 2 and out == "" and err == f"lstm-studio: error: {message}\n"


def test_verify_with_a_missing_model_or_lesson(capsys, lesson_file, tmp_path):
    code, _, err = run_cli(capsys, "lesson", "verify", lesson_file, "--step", "1", "--model", tmp_path / "no.json")
    assert code == 2 and err == f"lstm-studio: error: {tmp_path / 'no.json'}: no such file\n"
    code, _, err = run_cli(capsys, "lesson", "verify", "nonesuch", "--step", "1", "--model", tmp_path / "no.json")
    assert code == 2 and err.startswith("lstm-studio: error: nonesuch: no such file, and no built-in lesson")


def test_list_shows_lessons_then_challenges(capsys):
    code, out, _ = run_cli(capsys, "lesson", "list", "--json")
    assert code == 0
    listed = json.loads(out)["lessons"]
    entries = lessons.builtin()
    assert [e["id"] for e in listed] == [e.id for e in entries]
    assert [e["steps"] for e in listed] == [len(lessons.load(e.path).steps) for e in entries]
    code, out, _ = run_cli(capsys, "lesson", "list")
    assert out.startswith("Lessons:\n") and "\nChallenges:\n" in out
    first = entries[0]
    assert f"  {first.id}" in out and f"{first.title}  ({first.steps} steps)" in out
    one_step = next(e for e in entries if e.steps == 1)
    assert f"{one_step.title}  (1 step)\n" in out


def test_list_in_another_language_gives_its_titles_and_says_the_language(capsys):
    english = lessons.builtin()
    for language in ("vi", "zh-CN"):
        code, out, _ = run_cli(capsys, "lesson", "list", "--language", language, "--json")
        listed = json.loads(out)["lessons"]
        folder = lessons.course_language(language)
        assert code == 0 and [e["id"] for e in listed] == [e.id for e in english]
        assert {e["language"] for e in listed} == {folder}
        assert all(e["title"] != en.title for e, en in zip(listed, english, strict=True))
    code, out, _ = run_cli(capsys, "lesson", "list", "--language", "de")
    assert code == 0 and "  rnn-one-hot              One-hot-Eingabe und das Elman-RNN  (5 steps)\n" in out


def test_a_built_in_lesson_can_be_named_by_its_id(capsys):
    first = lessons.builtin()[0]
    code, out, _ = run_cli(capsys, "lesson", "check", first.id)
    assert code == 0 and out.startswith(f"{first.path}: lesson ")


def test_verify_a_challenge_with_its_single_check(capsys, tmp_path):
    entry = lessons.find("lstm-latch")
    start = tmp_path / "start.json"
    modelfile.save(lessons.load(entry.path).model_at(1), start)
    code, out, _ = run_cli(capsys, "lesson", "verify", entry.id, "--step", 1, "--model", start)
    assert code == 1 and "checked on 5 hidden test sequences" in out and out.endswith("the check fails\n")
