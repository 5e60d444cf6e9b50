"""Marking a whole class: the key file (a batch's ``worksheets.json``) against every student's answers.

Each answer file (or row of a class CSV, :mod:`.answers`) is matched to its variant by the code it gives,
else by the student id or name the roster put in the key. A question scores its points when the answer is
right (:func:`.check.mark`, within the key's tolerance) and 0 otherwise. The grades CSV has one row per
student of the key, in the key's order — those without answers too — with the points of every question,
the total, the maximum and the answers file; text cells a spreadsheet would read as a formula are quoted.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from lstm_studio.document.errors import InputError
from lstm_studio.worksheets.answers import Answers, mark_all
from lstm_studio.worksheets.code import normalise
from lstm_studio.worksheets.mistakes import MESSAGES, Mistake
from lstm_studio.worksheets.render_json import FORMAT
from lstm_studio.worksheets.sheet import Question

MAX_KEY_BYTES = 64_000_000

#: The columns' and notes' words, in one place.
TEXT = {
    "missing": "no answers",
    "columns": ("name", "student_id", "code", "variant"),
    "tail": ("total", "max", "answers"),
}


@dataclass
class KeyVariant:
    code: str
    key_code: str
    name: str
    student_id: str
    variant: int
    vocab: list[str]
    questions: list[Question]
    points: list[float]


@dataclass
class Grade:
    variant: KeyVariant
    source: str = ""
    points: list[float | None] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(p or 0.0 for p in self.points)

    @property
    def maximum(self) -> float:
        return sum(self.variant.points)


def _question(record: dict, where: str) -> Question:
    try:
        answer = record["answer"]
        decimals = record.get("decimals")
        mistakes = [Mistake(m["name"], m["answer"]) for m in record.get("mistakes", []) if m["name"] in MESSAGES]
        return Question(
            id=str(record["id"]), kind=str(record.get("kind", "")), quantity=str(record.get("quantity", "")),
            t=record.get("t"), index=record.get("index"), answer=answer, decimals=decimals,
            tolerance=float(record.get("tolerance", 0.0)), prompt=(), choices=[()] * int(record.get("choices", 0)),
            exact=float(answer) if isinstance(answer, (int, float)) else None,
            mistakes=mistakes,
        )
    except (KeyError, TypeError, ValueError):
        raise InputError(f"{where}: a question record lacks its id, answer or tolerance") from None


def read_key(path: str | Path) -> list[KeyVariant]:
    """The variants of a key file; InputError (one line) for a missing or foreign file."""
    where = f"--key: {path}"
    try:
        data = Path(path).read_bytes() if Path(path).is_file() else None
    except OSError as err:
        raise InputError(f"{where}: cannot read ({err.strerror or err})") from None
    if data is None:
        raise InputError(f"{where}: no such file" if not Path(path).exists() else f"{where}: not a regular file")
    if len(data) > MAX_KEY_BYTES:
        raise InputError(f"{where}: too large for a key file")
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise InputError(f"{where}: not JSON (the key is the worksheets.json of the batch)") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("variants"), list) or not doc["variants"]:
        raise InputError(f"{where}: not a worksheet key (no variants)")
    if doc.get("format", FORMAT) != FORMAT or "key_code" not in doc["variants"][0]:
        raise InputError(f"{where}: written by an older LSTM Studio; make the batch again with --format json")
    out = []
    for n, record in enumerate(doc["variants"], start=1):
        try:
            questions = [_question(q, f"{where}: variant {n}") for q in record["questions"]]
            out.append(KeyVariant(
                code=str(record["code"]), key_code=str(record.get("key_code", record["code"])),
                name=str(record.get("name", "")), student_id=str(record.get("student_id", "")), variant=n,
                vocab=[str(v) for v in record["model"]["vocab"]], questions=questions,
                points=[float(q.get("points", 1.0)) for q in record["questions"]],
            ))
        except (KeyError, TypeError, ValueError):
            raise InputError(f"{where}: variant {n} is incomplete") from None
    return out


def match(key: list[KeyVariant], answers: Answers) -> KeyVariant:
    """The key variant of ``answers``: by code, else by student id, else by name."""
    if answers.code:
        wanted = normalise(answers.code)
        for variant in key:
            if wanted in (normalise(variant.code), normalise(variant.key_code)):
                return variant
        raise InputError(f"{answers.source}: the code {answers.code[:60]!r} is not one of this key's variants")
    for attribute in ("student_id", "name"):
        value = getattr(answers, attribute).strip().casefold()
        if value:
            found = [v for v in key if getattr(v, attribute).strip().casefold() == value]
            if len(found) == 1:
                return found[0]
    raise InputError(f"{answers.source}: no code (add a line code,XXXX-XXXX-…) and no name or id of the roster")


def grade(key: list[KeyVariant], submissions: list[Answers]) -> list[Grade]:
    """One grade per student of the key, in its order; InputError when two submissions claim one variant."""
    grades = {id(v): Grade(v) for v in key}
    for answers in submissions:
        variant = match(key, answers)
        g = grades[id(variant)]
        if g.source:
            raise InputError(f"{answers.source}: variant {variant.code} was already marked from {g.source}")
        g.source = answers.source
        # Marking is right or wrong only; the hints are for students.
        marks = mark_all(variant.questions, answers, variant.vocab, hints=False)
        g.points = [p if m.correct else 0.0 for p, (_, _, m) in zip(variant.points, marks)]
    return [grades[id(v)] for v in key]


def _cell(value: str) -> str:
    """A text cell as a spreadsheet shows it: never read as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _number(value: float) -> str:
    return f"{value:g}"


def grades_csv(grades: list[Grade]) -> str:
    width = max(len(g.variant.questions) for g in grades)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*TEXT["columns"], *(f"q{n}" for n in range(1, width + 1)), *TEXT["tail"]])
    for g in grades:
        v = g.variant
        cells = [_number(p) if p is not None else "" for p in g.points] if g.source else [""] * len(v.questions)
        cells += [""] * (width - len(cells))
        writer.writerow([_cell(v.name), _cell(v.student_id), v.code, str(v.variant), *cells, _number(g.total),
                         _number(g.maximum), _cell(g.source) if g.source else TEXT["missing"]])
    return out.getvalue()
