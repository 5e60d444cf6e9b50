"""Marking a student's typed answer against the key.

Numbers are right within the question's tolerance (a few units in the last printed decimal); counts must be
exact; choices take the letter (``b``, ``(B)``); tokens must match the vocabulary entry (case only matters
when the vocabulary has both cases). Typed numbers may use a comma as the decimal mark (``0,4657``), a true
minus sign, a leading ``+`` or an exponent. In every language a comma or a point is the decimal mark and never
a thousands separator: ``1,234`` is 1.234; ``1.234,5`` (both marks) is not a number (docs/worksheets.md).

With hints (practice sheets, and graded sheets whose instructor allows them) a wrong answer is told which
usual mistake it looks like (:mod:`.mistakes`), or that it has too few decimals; without, only right or
wrong. The verdicts are in the language asked for (``language``: the worksheet catalogues' codes, English by
default, as the command line keeps it); numbers are read the same in every language.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from lstm_studio.worksheets.i18n import text_number, tr
from lstm_studio.worksheets.latex import visible
from lstm_studio.worksheets.mistakes import MESSAGES
from lstm_studio.worksheets.sheet import LETTERS, Question

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")

#: Every verdict marking gives, in one place (to be translated with the sheet).
TEXT = {
    "empty": "no answer yet",
    "right": "right",
    "wrong": "not right",
    "letter": "answer with one letter, A to {last}",
    "choice": "not this one",
    "not_token": "{typed!r} is not a token of the vocabulary ({vocab})",
    "token": "not this token",
    "not_number": "not a number",
    "count": "not the right count",
    "outside": "not within ±{tol}",
    "decimals": "right to {typed} decimals, but give {wanted} decimals",
    "looks_like": "not right: it looks like {what}",
}


@dataclass(frozen=True)
class Mark:
    """correct: True, False, or None when nothing was typed; message: one line for the student;
    mistake: the name of the usual mistake the answer matches (:data:`.mistakes.MESSAGES`), if any."""

    correct: bool | None
    message: str
    mistake: str = ""


def _clean(text: str) -> str:
    cleaned = text.strip().replace("\u2212", "-").replace("\u2013", "-").replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return cleaned


def parse_number(text: str) -> float | None:
    """The number a student typed, or None if it is not one."""
    cleaned = _clean(text)
    if not _NUMBER.fullmatch(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def typed_decimals(text: str) -> int:
    """How many decimals a typed number has (``0,47`` has 2)."""
    cleaned = _clean(text)
    if "e" in cleaned.lower() or "." not in cleaned:
        return 0
    return len(cleaned.split(".")[1])


def _looks_like(question: Question, matches, language: str = "en") -> Mark | None:
    for mistake in question.mistakes:
        if matches(mistake.value):
            return _mistake(mistake.name, language)
    return None


def _mistake(name: str, language: str) -> Mark:
    return Mark(False, tr(TEXT["looks_like"], language).format(what=tr(MESSAGES[name], language)), name)


def mark(question: Question, typed: str, vocab: list[str] | tuple[str, ...] = (), hints: bool = True,
         language: str = "en") -> Mark:
    """Mark ``typed`` for ``question``; ``vocab`` is the model's vocabulary (for predicted tokens); ``hints``
    says whether a wrong answer may be told which mistake it looks like; ``language`` is the verdict's."""

    def say(key: str, **fields) -> str:
        return tr(TEXT[key], language).format(**fields)

    text = typed.strip()
    if not text:
        return Mark(None, say("empty"))
    answer = question.answer
    if question.choices:
        letter = text.strip("()[]. ").upper()
        if len(letter) != 1 or letter not in LETTERS[: len(question.choices)]:
            return Mark(False, say("letter", last=LETTERS[len(question.choices) - 1]))
        ok = letter == answer
        return Mark(ok, say("right") if ok else say("choice"))
    if isinstance(answer, str):
        shown = {visible(v): v for v in vocab if visible(v) != v}
        if text not in vocab and text in shown:  # "␣" typed for the space token, as the sheet prints it
            text = shown[text]
        folded = [v for v in vocab if v.lower() == text.lower()]
        if text == answer or (len(folded) == 1 and folded[0] == answer):
            return Mark(True, say("right"))
        if vocab and text not in vocab and not folded:
            return Mark(False, say("not_token", typed=text, vocab=" ".join(vocab)))
        token = text if text in vocab else (folded[0] if len(folded) == 1 else text)
        found = _looks_like(question, lambda value: value == token, language) if hints else None
        return found or Mark(False, say("token"))
    value = parse_number(text)
    if value is None:
        if hints and question.quantity == "p" and _clean(text).lower().lstrip("+-") in ("nan", "inf", "infinity"):
            return _mistake("softmax_overflow", language)
        return Mark(False, say("not_number"))
    if isinstance(answer, int):
        if value == answer:
            return Mark(True, say("right"))
        found = _looks_like(question, lambda m: value == m, language) if hints else None
        return found or Mark(False, say("count"))
    tolerance = question.tolerance
    if abs(value - answer) <= tolerance + 1e-12:
        return Mark(True, say("right"))
    if not hints:
        return Mark(False, say("wrong"))
    places = typed_decimals(text)
    wanted = question.decimals or 0
    if places < wanted and abs(value - answer) <= 0.5 * 10.0**-places + tolerance:
        return Mark(False, say("decimals", typed=places, wanted=wanted))
    found = _looks_like(question, lambda m: abs(value - m) <= tolerance + 1e-12, language)
    if found:
        return found
    if question.exact is not None and answer != 0 and abs(value + answer) <= tolerance:
        return _mistake("sign_flip", language)
    return Mark(False, say("outside", tol=text_number(f"{tolerance:.{max(wanted, 1)}f}", language)))
