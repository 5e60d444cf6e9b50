"""Class rosters: a CSV file of students, one named worksheet variant each.

The file has a column of names and, optionally, one of student ids (both kept as text). A header row is
recognised by a cell such as ``name``, ``student`` or ``id``; with ``first name`` and ``last name`` columns
the two are joined. Without a header the first column is the name and the second, if any, the id. Commas,
semicolons or tabs separate the columns; the file is UTF-8 (with or without a byte-order mark) or, failing
that, Windows-1252 as spreadsheets on Windows save it. Blank lines are skipped.

Every problem is one line naming the file, the line and what is wrong (:class:`InputError`).
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lstm_studio.document import textfile
from lstm_studio.document.errors import InputError
from lstm_studio.worksheets.problem import MAX_VARIANTS

MAX_NAME = 80
MAX_BYTES = 1_000_000
_NAME = {"name", "student", "student name", "full name", "fullname", "names"}
_ID = {"id", "student id", "student_id", "studentid", "number", "matriculation", "email", "username"}
_FIRST = {"first name", "first", "given name", "firstname"}
_LAST = {"last name", "last", "surname", "family name", "lastname"}


@dataclass(frozen=True)
class Student:
    name: str
    student_id: str = ""


def _clean(text: str, where: str, what: str) -> str:
    text = " ".join(text.split())
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        raise InputError(f"{where}: the {what} contains a control character")
    if len(text) > MAX_NAME:
        raise InputError(f"{where}: the {what} is longer than {MAX_NAME} characters")
    return text


def parse_roster(text: str, source: str = "--roster") -> list[Student]:
    """The students of a roster's text; InputError naming the line at fault."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [(n, row) for n, row in enumerate(csv.reader(io.StringIO(text), dialect), start=1)
            if any(cell.strip() for cell in row)]
    if not rows:
        raise InputError(f"{source}: no students in the roster")
    header = [cell.strip().lower() for cell in rows[0][1]]
    name_col = id_col = first_col = last_col = None
    if any(cell in _NAME | _ID | _FIRST | _LAST for cell in header):
        name_col = next((k for k, cell in enumerate(header) if cell in _NAME), None)
        id_col = next((k for k, cell in enumerate(header) if cell in _ID), None)
        first_col = next((k for k, cell in enumerate(header) if cell in _FIRST), None)
        last_col = next((k for k, cell in enumerate(header) if cell in _LAST), None)
        if name_col is None and (first_col is None or last_col is None):
            raise InputError(f"{source}: line 1: no name column (name, or first name and last name)")
        rows = rows[1:]
    else:
        name_col, id_col = 0, (1 if len(rows[0][1]) > 1 else None)
    students: list[Student] = []
    seen: dict[tuple[str, str], int] = {}
    for line, row in rows:
        where = f"{source}: line {line}"
        cells: dict[int | None, str] = dict(enumerate(row))
        if name_col is not None:
            raw = cells.get(name_col, "")
        else:
            raw = f"{cells.get(first_col, '')} {cells.get(last_col, '')}"
        name = _clean(raw, where, "name")
        if not name:
            raise InputError(f"{where}: no name")
        sid = _clean(cells.get(id_col, ""), where, "id")
        key = (name.casefold(), sid)
        if key in seen:
            raise InputError(f"{where}: {name!r} is already on line {seen[key]}; add a student id to tell them apart")
        seen[key] = line
        students.append(Student(name, sid))
    if not students:
        raise InputError(f"{source}: no students in the roster")
    if len(students) > MAX_VARIANTS:
        raise InputError(f"{source}: {len(students)} students, more than the limit of {MAX_VARIANTS}")
    return students


def read_roster(path: str | Path) -> list[Student]:
    """The students of the roster file at ``path``; InputError (one line) for a missing or bad file."""
    where = f"--roster: {path}"
    return parse_roster(textfile.read_text(path, where, MAX_BYTES, "a roster (a list of names)"), where)
