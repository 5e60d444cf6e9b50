"""Moodle XML: the class's variants as a question bank (Site administration ▸ Question bank ▸ Import,
format "Moodle XML").

One category per variant (``LSTM Studio/<cell>, seed S/NN name code``) holding a ``description`` with the
variant's weights and input (as printed on the sheet) and, for every question of the
sheet, a ``numerical`` question (the key's answer and tolerance, then one ``fraction="0"`` answer per usual
mistake with its feedback; counts with tolerance 0), a ``multichoice`` (the gate roles, lettered as on
paper) or a ``shortanswer`` (the predicted token, with the current input token as a marked mistake); and
one ``cloze`` question per forward step asking for every gate and state of every unit (values a question
states as given are left out). Question names and ``idnumber`` carry the variant code. Maths is MathML.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from lstm_studio.worksheets.equations import cell_title
from lstm_studio.worksheets.i18n import tr
from lstm_studio.worksheets.lms import (
    TEXT,
    cloze_steps,
    data_item_html,
    margin,
    question_html,
    step_html,
    token_answers,
)
from lstm_studio.worksheets.render_html import rich_html
from lstm_studio.worksheets.render_json import points_of
from lstm_studio.worksheets.sheet import Question, Worksheet

PENALTY = "0.3333333"


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = None, **attrs) -> ET.Element:
    node = ET.SubElement(parent, tag, ({"format": fmt} if fmt else {}) | attrs)
    ET.SubElement(node, "text").text = value
    return node


def _category(quiz: ET.Element, path: str) -> None:
    node = ET.SubElement(quiz, "question", type="category")
    _text(node, "category", "$course$/top/" + path)


def _escape_category(name: str) -> str:
    return name.replace("/", "//")  # Moodle reads a single "/" as a sub-category


def _head(quiz: ET.Element, kind: str, name: str, text: str, grade: float, idnumber: str) -> ET.Element:
    node = ET.SubElement(quiz, "question", type=kind)
    _text(node, "name", name)
    _text(node, "questiontext", text, "html")
    _text(node, "generalfeedback", "", "html")
    ET.SubElement(node, "defaultgrade").text = f"{grade:.7f}"
    ET.SubElement(node, "penalty").text = PENALTY
    ET.SubElement(node, "hidden").text = "0"
    ET.SubElement(node, "idnumber").text = idnumber
    return node


def _answer(node: ET.Element, fraction: int, text: str, feedback: str, tolerance: str | None = None,
            fmt: str = "moodle_auto_format") -> None:
    answer = _text(node, "answer", text, fmt, fraction=str(fraction))
    _text(answer, "feedback", feedback, "html")
    if tolerance is not None:
        ET.SubElement(answer, "tolerance").text = tolerance


def _numerical(quiz, ws: Worksheet, q: Question, n: int, grade: float) -> None:
    node = _head(quiz, "numerical", _question_name(ws, n), question_html(ws, q, n),
                 grade, f"{ws.code}-{q.id}")
    answer, tolerance, _, _ = margin(q)
    _answer(node, 100, answer, tr(TEXT["right"], ws.language), tolerance)
    for m in q.mistakes:
        value = f"{m.value:.{q.decimals}f}" if isinstance(q.answer, float) else str(int(m.value))
        _answer(node, 0, value, m.message[:1].upper() + m.message[1:] + ".", tolerance)
    ET.SubElement(node, "unitgradingtype").text = "0"
    ET.SubElement(node, "unitpenalty").text = "0.1000000"
    ET.SubElement(node, "showunits").text = "3"
    ET.SubElement(node, "unitsleft").text = "0"


def _multichoice(quiz, ws: Worksheet, q: Question, n: int, grade: float) -> None:
    node = _head(quiz, "multichoice", _question_name(ws, n),
                 question_html(ws, q, n, with_choices=False), grade, f"{ws.code}-{q.id}")
    ET.SubElement(node, "single").text = "true"
    ET.SubElement(node, "shuffleanswers").text = "false"  # the letters are those of the paper sheet
    ET.SubElement(node, "answernumbering").text = "ABCD"
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _text(node, tag, "", "html")
    for letter, choice in zip("ABCDEFGH", q.choices):
        _answer(node, 100 if letter == q.answer else 0, rich_html(choice), "", fmt="html")


def _shortanswer(quiz, ws: Worksheet, q: Question, n: int, grade: float) -> None:
    node = _head(quiz, "shortanswer", _question_name(ws, n), question_html(ws, q, n),
                 grade, f"{ws.code}-{q.id}")
    vocab = ws.model.vocab
    case_matters = len({v.lower() for v in vocab}) < len(vocab)
    ET.SubElement(node, "usecase").text = "1" if case_matters else "0"
    for text in token_answers(ws, str(q.answer)):
        _answer(node, 100, text.replace("*", r"\*"), tr(TEXT["right"], ws.language))
    for m in q.mistakes:
        for text in token_answers(ws, str(m.value)):
            _answer(node, 0, text.replace("*", r"\*"), m.message[:1].upper() + m.message[1:] + ".")


def _question_name(ws: Worksheet, n: int) -> str:
    return tr(TEXT["question_name"], ws.language).format(code=ws.code, n=n)


def _cloze_escape(text: str) -> str:
    return "".join("\\" + ch if ch in '}#~/"\\' else ch for ch in text)


def _cloze(quiz, ws: Worksheet, t: int, fields, skipped) -> None:
    ad = ws.problem.answer_decimals
    rows = []
    for f in fields:
        right = _cloze_escape(tr(TEXT["right"], ws.language))
        blank = "{1:NUMERICAL:=" + f"{f.value:.{ad}f}:{f.tolerance:.{ad + 1}f}#{right}" + "}"
        rows.append(f"<tr><td>{html.escape(f.name)}</td><td>=</td><td>{blank}</td></tr>")
    text = step_html(ws, t, skipped) + "<table>" + "".join(rows) + "</table>"
    _head(quiz, "cloze", tr(TEXT["step_name"], ws.language).format(code=ws.code, t=t), text, float(len(fields)),
          f"{ws.code}-step{t}")


def moodle_xml(worksheets: list[Worksheet], points: tuple[float, ...] = ()) -> str:
    """The class as Moodle XML (see the module); ``points`` are those of the selection items."""
    quiz = ET.Element("quiz")
    first = worksheets[0].problem
    top = "LSTM Studio/" + _escape_category(f"{cell_title(first.spec)}, seed {first.seed}")
    for ws in worksheets:
        label = f"{ws.problem.variant:02d} {ws.name} {ws.code}" if ws.name else f"{ws.problem.variant:02d} {ws.code}"
        _category(quiz, f"{top}/{_escape_category(label)}")
        _head(quiz, "description", tr(TEXT["data_name"], ws.language).format(code=ws.code), data_item_html(ws), 0.0,
              f"{ws.code}-data")
        for n, q in enumerate(ws.questions, start=1):
            grade = points_of(q, points)
            if q.choices:
                _multichoice(quiz, ws, q, n, grade)
            elif isinstance(q.answer, str):
                _shortanswer(quiz, ws, q, n, grade)
            else:
                _numerical(quiz, ws, q, n, grade)
        for t, fields, skipped in cloze_steps(ws):
            _cloze(quiz, ws, t, fields, skipped)
    ET.indent(quiz, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"
