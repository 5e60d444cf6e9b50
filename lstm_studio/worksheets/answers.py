"""Students' answers on the command line: reading answer files, and marking them against a worksheet.

An answer file is one student's: lines of ``q1=0.4657`` (or ``q1: 0.4657``), or a CSV of two columns
(``q1,0.4657``; a decimal comma may stay unquoted: ``q1,0,4657`` is read as 0,4657), with an optional header
``question,answer``. Besides the questions (``q1`` or ``1``) it may name ``code``, ``name`` and ``id``. A
class CSV has a header row with ``code`` (and ``name``, ``id``) and one column per question, one row per
student, as an LMS or a form exports it. Every problem is one line naming the file and line (InputError).
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field

from lstm_studio.document import textfile
from lstm_studio.document.errors import InputError
from lstm_studio.worksheets.check import Mark, mark
from lstm_studio.worksheets.sheet import Question

MAX_BYTES = 2_000_000
_QUESTION = re.compile(r"^q?(\d{1,2})$", re.IGNORECASE)
_META = {"code": "code", "variant code": "code", "name": "name", "student": "name", "id": "id",
         "student id": "id", "student_id": "id"}


@dataclass
class Answers:
    """One student's answers: by question id (``q1``), with the code, name and id when the file gives them;
    ``source`` names the file (and line, for a class CSV)."""

    source: str
    answers: dict[str, str] = field(default_factory=dict)
    code: str = ""
    name: str = ""
    student_id: str = ""


def _key(text: str) -> str | None:
    """``q3``, ``Q3`` or ``3`` -> ``q3``; ``code``/``name``/``id`` as they are; None otherwise."""
    word = " ".join(text.strip().lower().split())
    if word in _META:
        return _META[word]
    m = _QUESTION.match(word)
    return f"q{int(m.group(1))}" if m else None


def _store(out: Answers, key: str, value: str, where: str) -> None:
    value = value.strip()
    if key in ("code", "name", "id"):
        setattr(out, {"id": "student_id"}.get(key, key), value)
        return
    if key in out.answers:
        raise InputError(f"{where}: {key} is answered twice")
    out.answers[key] = value


def read_text(source: str) -> str:
    """The text of an answers file, or of standard input for ``-``; InputError for a bad file."""
    if source == "-":
        return sys.stdin.read(MAX_BYTES + 1)[:MAX_BYTES]
    return textfile.read_text(source, source, MAX_BYTES, "an answers file")


def parse_answers(text: str, source: str) -> list[Answers]:
    """The students' answers in ``text``: one for an answer file, one per row for a class CSV."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if not lines:
        raise InputError(f"{source}: no answers")
    first = lines[0][1]
    delimiter = ";" if first.count(";") > first.count(",") else ("\t" if "\t" in first else ",")
    header = [c.strip().lower() for c in next(csv.reader([first], delimiter=delimiter))]
    if "code" in header and any((key := _key(c)) is not None and key.startswith("q") for c in header):
        return _class_csv(lines, header, delimiter, source)
    out = Answers(source)
    for n, line in lines:
        where = f"{source}: line {n}"
        pair = re.match(r"^\s*([^=:,;\t]+?)\s*[=:]\s*(.*)$", line)
        if pair:
            name, value = pair.groups()
        else:
            cells = next(csv.reader([line], delimiter=delimiter))
            name, value = cells[0], delimiter.join(cells[1:])
        if n == lines[0][0] and name.strip().lower() in ("question", "id") and value.strip().lower() == "answer":
            continue
        key = _key(name)
        if key is None:
            raise InputError(f"{where}: {name.strip()[:40]!r} is not a question (q1, q2, …), code, name or id")
        _store(out, key, value, where)
    return [out]


def _class_csv(lines, header, delimiter, source) -> list[Answers]:
    keys = [_key(c) for c in header]
    out = []
    for n, line in lines[1:]:
        cells = next(csv.reader([line], delimiter=delimiter))
        student = Answers(f"{source}: line {n}")
        for key, value in zip(keys, cells):
            if key is not None and value.strip():
                _store(student, key, value, f"{source}: line {n}")
        out.append(student)
    if not out:
        raise InputError(f"{source}: a header but no students")
    return out


def mark_all(questions: list[Question], answers: Answers, vocab, hints: bool) -> list[tuple[Question, str, Mark]]:
    """Every question with what was typed (or "") and its mark; InputError for an answer to no question."""
    ids = {q.id for q in questions}
    extra = sorted(set(answers.answers) - ids, key=lambda k: int(k[1:]))
    if extra:
        raise InputError(f"{answers.source}: {extra[0]} is not a question of this worksheet (q1 to q{len(ids)})")
    return [(q, answers.answers.get(q.id, ""), mark(q, answers.answers.get(q.id, ""), vocab, hints))
            for q in questions]
