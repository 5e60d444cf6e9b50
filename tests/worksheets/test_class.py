"""A class: rosters, the instructor's choice of questions, graded and key codes, the usual mistakes, the
LMS exports of a 30-variant class (read back with an XML parser and our own readers), check and grade."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from lstm_studio.document.errors import InputError
from lstm_studio.paths import presets
from lstm_studio.worksheets.check import mark
from lstm_studio.worksheets.code import decode, encode
from lstm_studio.worksheets.generate import build, build_batch
from lstm_studio.worksheets.render_moodle import moodle_xml
from lstm_studio.worksheets.render_qti import qti_zip
from lstm_studio.worksheets.roster import Student, parse_roster
from lstm_studio.worksheets.selection import parse_questions

from .helpers import CELL_IDS, CELLS, make_problem
from .lms_readers import read_moodle, read_qti
from .test_command import run

LSTM = str(presets()["lstm_pigs"])
GRU = str(presets()["gru_pigs"])


# --- the instructor's choice of questions -------------------------------------------------------------


def test_questions_pick_kinds_counts_and_points():
    s = parse_questions("conceptual@0.5, forward:h*2@2,backward:dc_dc_prev")
    assert s.entries == (("h", 2), ("dc_dc_prev", 1), ("conceptual", 1))
    assert s.points == (2.0, 1.0, 0.5)
    assert s.types == ("forward", "backward", "conceptual")
    assert parse_questions("forward,backward").custom == ()
    assert parse_questions("backward:dL/dh").entries == (("dL_dh", 1),)


@pytest.mark.parametrize("text, message", [
    ("forward:q", "forward has no question 'q'"), ("sideways", "unknown type 'sideways'"),
    ("forward*2", "a count goes with one kind"), ("forward:h*9", "1 to 8 times"), ("forward:h@0", "above 0"),
    ("forward,forward", "listed twice"), ("forward:h;2", "is not SECTION"), ("", "no questions given"),
])
def test_bad_question_choices_are_one_line(text, message):
    with pytest.raises(InputError, match=message.replace("*", r"\*")):
        parse_questions(text)


@pytest.mark.parametrize("cell, options", CELLS, ids=CELL_IDS)
def test_picked_questions_are_asked_and_round_trip_in_the_code(cell, options):
    wanted = ["forward:h*2", "forward:p", "backward:local*2", "conceptual:param_count"]
    if cell != "rnn":
        wanted.insert(0, "forward:gate")
    s = parse_questions(",".join(wanted))
    problem = make_problem(cell, options, seed=7, types=s.types, selection=s.custom, graded=True, hints=False)
    assert decode(encode(problem)) == problem
    ws = build(problem)
    quantities = [q.quantity for q in ws.questions]
    assert quantities.count("h") == 2 and quantities.count("p") == 1 and quantities.count("param_count") == 1
    assert sum(1 for q in ws.questions if q.quantity.startswith(("dh/d", "dc/d")) and q.entry) == 2
    assert [q.source for q in ws.questions] == sorted(q.source for q in ws.questions)


def test_a_kind_the_cell_lacks_is_refused():
    with pytest.raises(InputError, match="has no cell state"):
        make_problem("gru", {}, selection=(("c", 1),), types=("forward",))
    with pytest.raises(InputError, match="too short"):
        build(make_problem("rnn", {}, text="P", hidden=1, selection=(("h", 3),), types=("forward",)))


# --- graded sheets and key codes ----------------------------------------------------------------------


def test_graded_and_key_codes():
    practice = build(make_problem("lstm", seed=4))
    assert practice.key_code == practice.code and decode(practice.code).shows_solutions
    graded = build(make_problem("lstm", seed=4, graded=True, hints=False))
    student, key = decode(graded.code), decode(graded.key_code)
    assert graded.code != graded.key_code
    assert student.graded and not student.shows_solutions and not student.gives_hints
    assert key.key and key.shows_solutions and replace(key, key=False) == student
    # The key code rebuilds the very same sheet.
    assert [q.answer for q in build(key).questions] == [q.answer for q in graded.questions]
    with pytest.raises(InputError, match="older LSTM Studio"):
        decode("941Q-M393-3C01-XFK")  # a code of version 1


# --- the usual mistakes --------------------------------------------------------------------------------


def test_marking_names_the_usual_mistake():
    seen = set()
    for cell, options in CELLS:
        for difficulty in ("easy", "medium", "hard"):
            ws = build(make_problem(cell, options, seed=2, difficulty=difficulty))
            for q in ws.questions:
                for m in q.mistakes:
                    typed = m.value if isinstance(m.value, str) else (
                        f"{m.value:.{q.decimals}f}" if isinstance(q.answer, float) else str(int(m.value)))
                    result = mark(q, typed, ws.model.vocab)
                    assert result.correct is False and result.mistake == m.name, (q.id, m, result)
                    assert not mark(q, typed, ws.model.vocab, hints=False).mistake
                    seen.add(m.name)
    assert {"sigmoid_forgotten", "tanh_for_sigmoid", "gates_swapped", "pytorch_order", "z_swapped",
            "wrong_step", "sign_flip", "softmax_overflow", "input_token", "tanh_c_forgotten"} <= seen


def test_an_overflowing_softmax_is_recognised():
    ws = build(make_problem("lstm", seed=1, selection=(("p", 1),), types=("forward",)))
    (q,) = ws.questions
    assert mark(q, "nan").mistake == "softmax_overflow"
    assert mark(q, "nan", hints=False).message == "not a number"


# --- rosters -------------------------------------------------------------------------------------------


def test_rosters_with_and_without_headers():
    assert parse_roster("Ada Lovelace\nAlan Turing\n") == [Student("Ada Lovelace"), Student("Alan Turing")]
    assert parse_roster("id;name\n7;Grace  Hopper\n\n8;Edsger Dijkstra\n") == [
        Student("Grace Hopper", "7"), Student("Edsger Dijkstra", "8")]
    assert parse_roster("First name,Last name\nKatherine,Johnson\n") == [Student("Katherine Johnson")]
    assert parse_roster("Émilie du Châtelet,3\n") == [Student("Émilie du Châtelet", "3")]


@pytest.mark.parametrize("text, message", [
    ("", "no students"), ("name,id\n", "no students"), ("A\nA\n", "line 2: 'A' is already on line 1"),
    ("id,mail\n1,x\n", "no name column"), ("x" * 90 + "\n", "longer than 80"), ("a\u0007b\n", "control character"),
    ("\n".join(f"s{n}" for n in range(1000)), "more than the limit of 999"),
])
def test_bad_rosters_are_one_line(text, message):
    with pytest.raises(InputError, match=message):
        parse_roster(text)


def test_a_roster_run_names_every_sheet(capsys, tmp_path):
    roster = tmp_path / "class.csv"
    roster.write_text("name,id\nAda Lovelace,1815\nAlan Turing,1912\n=cmd|' /C calc'!A0,13\n", encoding="utf-8")
    code, out, err = run(capsys, "worksheet", LSTM, "--input", "PIGS", "--roster", str(roster), "--out",
                         str(tmp_path / "out"), "--format", "md,json", "--graded")
    assert code == 0, err
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["answers-01-ada-lovelace.md", "answers-02-alan-turing.md", "answers-03-cmd-c-calc-a0.md",
                     "worksheet-01-ada-lovelace.md", "worksheet-02-alan-turing.md", "worksheet-03-cmd-c-calc-a0.md",
                     "worksheets.json"]
    assert "Name: Ada Lovelace" in (tmp_path / "out" / "worksheet-01-ada-lovelace.md").read_text(encoding="utf-8")
    assert out.splitlines()[0].startswith("variant 1 (Ada Lovelace): code ") and "key code" in out
    code, _, err = run(capsys, "worksheet", LSTM, "--input", "PIGS", "--roster", str(roster), "--variants", "5",
                       "--out", str(tmp_path / "o2"), "--format", "md")
    assert code == 2 and "the roster names 3 students" in err


# --- the LMS exports of a class ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def class_of_30():
    base = make_problem("gru", {"reset": "after"}, seed=17, difficulty="medium", graded=True)
    batch = build_batch(base, 30)
    return [replace(ws, name=f"Student {n:02d}") for n, ws in enumerate(batch, start=1)]


def _key_answer(q) -> str:
    return q.answer_text.replace("−", "-") if isinstance(q.answer, float) else str(q.answer)


def test_moodle_xml_carries_the_keys(class_of_30):
    text = moodle_xml(class_of_30, (2.0, 1.0, 0.5))
    ET.fromstring(text)  # an XML parser accepts it
    categories, items = read_moodle(text)
    assert len(categories) == 30 and all(ws.code in c for ws, c in zip(class_of_30, categories))
    by_id = {item.ident: item for item in items}
    for ws in class_of_30:
        assert by_id[f"{ws.code}-data"].kind == "description"
        for q in ws.questions:
            item = by_id[f"{ws.code}-{q.id}"]
            assert ws.code in item.name and item.grade == (2.0, 1.0, 0.5)[q.source]
            if q.choices:
                assert item.kind == "multichoice" and len(item.choices) == len(q.choices)
                assert item.choices.index(item.right[0][0]) == "ABCD".index(q.answer)
            elif isinstance(q.answer, str):
                assert item.kind == "shortanswer" and item.right[0][0] == q.answer
            else:
                assert item.kind == "numerical"
                ((answer, tolerance),) = item.right
                assert answer == _key_answer(q) and tolerance == pytest.approx(q.tolerance)
                assert [float(w[0]) for w in item.wrong] == pytest.approx([m.value for m in q.mistakes])
                assert all(w[2].endswith(".") and w[2][:-1].lower() == m.message.lower()
                           for w, m in zip(item.wrong, q.mistakes))
        steps = [item for item in items if item.kind == "cloze" and item.ident.startswith(ws.code)]
        assert steps and all(item.blanks for item in steps)
        assert sum(len(item.blanks) for item in steps) == sum(item.grade for item in steps)


def test_cloze_steps_ask_nothing_a_question_states(class_of_30):
    _, items = read_moodle(moodle_xml(class_of_30[:5]))
    for ws in class_of_30[:5]:
        stated = {g.name for q in ws.questions for g in q.given}
        for item in (i for i in items if i.kind == "cloze" and i.ident.startswith(ws.code)):
            t = int(item.ident.rsplit("step", 1)[1])
            if f"h_{{{t}}}" in stated:
                assert "given in another question" in item.text


def test_qti_zip_carries_the_keys(class_of_30):
    data = qti_zip(class_of_30, (2.0, 1.0, 0.5))
    assert data == qti_zip(class_of_30, (2.0, 1.0, 0.5))  # the same class, the same bytes
    quizzes = read_qti(data)
    assert len(quizzes) == 30
    for ws in class_of_30:
        (items,) = [items for title, items in quizzes.items() if ws.code in title and ws.name in title]
        assert items[0].kind == "text_only_question"
        for q, item in zip(ws.questions, items[1:]):
            assert ws.code in item.name and item.grade == (2.0, 1.0, 0.5)[q.source]
            if q.choices:
                assert item.kind == "multiple_choice_question" and item.right[0][0] == q.answer
            elif isinstance(q.answer, str):
                assert item.kind == "short_answer_question" and item.right[0][0] == q.answer
            else:
                assert item.kind == "numerical_question"
                assert item.right[0][0] == _key_answer(q)
                assert item.right[0][1] == pytest.approx(q.tolerance)


def test_every_format_from_the_command(capsys, tmp_path):
    code, _out, err = run(capsys, "worksheet", GRU, "--input", "PIGS", "--variants", "30", "--seed", "17",
                         "--out", str(tmp_path), "--format", "json,moodle,qti", "--questions",
                         "forward@2,backward,conceptual@0.5")
    assert code == 0, err
    key = json.loads((tmp_path / "worksheets.json").read_text(encoding="utf-8"))
    _, items = read_moodle((tmp_path / "moodle.xml").read_text(encoding="utf-8"))
    quizzes = read_qti((tmp_path / "canvas-qti.zip").read_bytes())
    moodle = {item.ident: item for item in items}
    qti = {item.ident: item for items in quizzes.values() for item in items}
    for variant in key["variants"]:
        for q in variant["questions"]:
            ident = f"{variant['code']}-{q['id']}"
            expected = q["answer"] if not isinstance(q["answer"], float) else f"{q['answer']:.{q['decimals']}f}"
            if q["choices"]:
                continue
            assert moodle[ident].right[0][0] == str(expected) == qti[ident].right[0][0]
            assert moodle[ident].grade == qti[ident].grade == q["points"]


# --- check and grade -----------------------------------------------------------------------------------


def _answers_file(path, ws, wrong=(), code=True, extra=""):
    lines = [f"code,{ws.code}"] if code else []
    for q in ws.questions:
        if q.id in wrong:
            value = "999" if not isinstance(q.answer, str) else "?"
        else:
            value = q.answer_text.replace("−", "-").replace(".", ",") if isinstance(q.answer, float) else str(q.answer)
        lines.append(f"{q.id},{value}")
    path.write_text("\n".join(lines) + extra + "\n", encoding="utf-8")
    return path


def test_check_prints_a_verdict_per_question(capsys, tmp_path):
    ws = build(make_problem("lstm", seed=9, graded=True))
    answers = _answers_file(tmp_path / "a.csv", ws, wrong={"q2"})
    code, out, err = run(capsys, "worksheet", "check", ws.code, "--answers", str(answers))
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == len(ws.questions) + 1
    assert lines[1].split()[0] == "q2" and "✗" in lines[1]
    assert lines[-1].startswith(f"{len(ws.questions) - 1} of {len(ws.questions)} right")
    assert "key" not in out
    code, out, _ = run(capsys, "worksheet", "check", ws.key_code, "--answers", str(answers), "--json")
    data = json.loads(out)
    assert data["key"] and data["right"] == len(ws.questions) - 1
    assert [m["answer"] for m in data["marks"]] == [q.answer for q in ws.questions]


def test_check_reads_pairs_from_standard_input(capsys, monkeypatch):
    ws = build(make_problem("rnn", {"activation": "tanh"}, seed=5))
    q = next(q for q in ws.questions if isinstance(q.answer, float))
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{q.id} = {q.answer_text.replace('−', '-')}\n"))
    code, out, _ = run(capsys, "worksheet", "check", ws.code, "--answers", "-")
    assert code == 0 and out.splitlines()[-1].startswith(f"1 of {len(ws.questions)} right")


@pytest.mark.parametrize("content, message", [
    ("q1,1\nq1,2\n", "q1 is answered twice"), ("q99,1\n", "q99 is not a question"),
    ("banana,1\n", "'banana' is not a question"), ("code,AAAA-BBBB\nq1,1\n", "not"), ("", "no answers"),
])
def test_bad_answer_files_are_one_line(capsys, tmp_path, content, message):
    ws = build(make_problem("lstm", seed=9))
    (tmp_path / "a.csv").write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "worksheet", "check", ws.code, "--answers", str(tmp_path / "a.csv"))
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err, err


def test_grade_marks_a_class(capsys, tmp_path):
    roster = tmp_path / "class.csv"
    roster.write_text("name,id\nAda Lovelace,1\nAlan Turing,2\n=SUM(A1),3\nGrace Hopper,4\n", encoding="utf-8")
    out_dir = tmp_path / "sheets"
    code, _, err = run(capsys, "worksheet", LSTM, "--input", "PIGS", "--roster", str(roster), "--graded",
                       "--questions", "forward@2,backward,conceptual@0.5", "--out", str(out_dir), "--format", "json")
    assert code == 0, err
    from lstm_studio.worksheets.grade import read_key

    key = read_key(out_dir / "worksheets.json")
    sheets = [build(decode(v.code)) for v in key]
    files = [_answers_file(tmp_path / "ada.csv", sheets[0]),
             _answers_file(tmp_path / "alan.csv", sheets[1], wrong={"q1", "q9"}),
             _answers_file(tmp_path / "sum.csv", sheets[2], code=False, extra="\nid,3")]
    code, _, err = run(capsys, "worksheet", "grade", "--key", str(out_dir / "worksheets.json"), *map(str, files),
                       "--out", str(tmp_path / "grades.csv"))
    assert code == 0, err
    assert "marked 3 students of 4" in err
    rows = list(csv.DictReader((tmp_path / "grades.csv").open(encoding="utf-8")))
    assert [r["name"] for r in rows] == ["Ada Lovelace", "Alan Turing", "'=SUM(A1)", "Grace Hopper"]
    maximum = float(rows[0]["max"])
    assert float(rows[0]["total"]) == maximum == 4 * 2 + 3 * 1 + 3 * 0.5
    assert float(rows[1]["q1"]) == 0 and float(rows[1]["q2"]) == 2 and float(rows[1]["total"]) == maximum - 2 - 0.5
    assert float(rows[2]["total"]) == maximum
    assert rows[3]["answers"] == "no answers" and rows[3]["q1"] == ""
    code, _, err = run(capsys, "worksheet", "grade", "--key", str(out_dir / "worksheets.json"), str(files[0]),
                       str(files[0]), "--out", str(tmp_path / "g2.csv"))
    assert code == 2 and "already marked" in err and not (tmp_path / "g2.csv").exists()


def test_grade_refuses_a_foreign_key(capsys, tmp_path):
    (tmp_path / "k.json").write_text('{"variants": []}', encoding="utf-8")
    (tmp_path / "a.csv").write_text("q1,1\n", encoding="utf-8")
    code, _, err = run(capsys, "worksheet", "grade", "--key", str(tmp_path / "k.json"), str(tmp_path / "a.csv"),
                       "--out", str(tmp_path / "g.csv"))
    assert code == 2 and "not a worksheet key" in err and err.count("\n") == 1


def test_roster_files_that_are_not_rosters(tmp_path):
    from lstm_studio.worksheets.roster import read_roster

    with pytest.raises(InputError, match="no such file"):
        read_roster(tmp_path / "missing.csv")
    with pytest.raises(InputError, match="not a regular file"):
        read_roster(tmp_path)
    big = tmp_path / "big.csv"
    big.write_bytes(b"a,1\n" * 300_000)
    with pytest.raises(InputError, match="larger than 1000 kB"):
        read_roster(big)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Zoë Brontë\n".encode("cp1252"))
    assert read_roster(latin) == [Student("Zoë Brontë")]
