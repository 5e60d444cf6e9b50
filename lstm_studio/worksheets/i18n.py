"""Worksheets in other languages: the sheet's sentences from per-language catalogues, and decimal commas.

A worksheet is built in English (the language never enters the random stream nor the variant code, so every
language gets the same variants, numbers and codes for the same seed) and then *localized*:
:func:`localize` returns a copy whose prose is looked up in the language's catalogue
(:mod:`lstm_studio.worksheets.catalogues`) and whose numbers carry the language's decimal mark.

A catalogue is a dict from an English sentence to its translation. Prose that the generators compose with
formulas and numbers (a :data:`~.rich.Rich` text) is first turned into *sentence templates*: each formula
and each number in the prose becomes a numbered placeholder (``Compute {0}, the hidden state of unit {1}
at step {2} (input {3}).``), so one catalogue entry serves every variant, and a translation may move the
placeholders where its grammar wants them. Fixed labels and headings are looked up as they are, with their
``{name}`` placeholders. Why data modules of plain dicts and not gettext: docs/i18n.md ("The worksheets'
languages"). A sentence a catalogue lacks stays English (tests/worksheets/test_languages.py fails then).

Marking reads both ``0,4657`` and ``0.4657`` in every language; its verdicts and hints (:mod:`.check`) come
from these catalogues too (Check my answers shows them in the window's language); the command line's
messages stay English.
"""

from __future__ import annotations

import copy
import importlib
import re
from dataclasses import replace
from functools import cache

from lstm_studio.worksheets.rich import Math, Rich, rich

#: The languages a worksheet can be written in, each named in itself.
LANGUAGES = {"en": "English", "de": "Deutsch", "vi": "Tiếng Việt", "zh_CN": "简体中文"}
#: Languages that write 0,4657 (German and Vietnamese; Chinese writes 0.4657, as English does).
DECIMAL_COMMA = frozenset({"de", "vi"})
#: What joins two sentences: a space, except after Chinese full stops.
_SENTENCE_GAP = {"zh_CN": ""}
#: The colon after a label.
_COLON = {"zh_CN": "："}

_PLACEHOLDER = re.compile(r"\{(\d+)\}")
_PROSE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: A sentence ends at ".", "?" or "!" (also the Chinese full stop) followed by white space.
_SENTENCE_END = re.compile(r"(?<!et al\.)(?<=[.?!])\s+")


@cache
def catalogue(language: str) -> dict[str, str]:
    """The language's sentences by their English text (empty for English); KeyError for an unknown code."""
    if language not in LANGUAGES:
        raise KeyError(language)
    if language == "en":
        return {}
    module = importlib.import_module(f"lstm_studio.worksheets.catalogues.{language.lower()}")
    return module.CATALOGUE


def tr(text: str, language: str) -> str:
    """A fixed text (a label, a heading, a template with ``{name}`` placeholders) in ``language``; a label
    with a colon (``Answer:``) is the label's translation and the language's colon."""
    table = catalogue(language)
    if text.endswith(":") and text not in table and text[:-1] in table:
        return table[text[:-1]] + _COLON.get(language, ":")
    return table.get(text, text) if text else text


# --- numbers ------------------------------------------------------------------------------------------

_LATEX_DECIMAL = re.compile(r"(?<![\\A-Za-z])(\d+)\.(\d+)(\^?)")
#: The separator of a vector's entries and of a list of stated values (``,\ ``, breakable or not).
_LATEX_SEPARATOR = re.compile(r",((?:\\allowbreak )?)\\ ")


def latex_numbers(latex: str, language: str) -> str:
    """``latex`` with the language's decimal mark: ``0.4657`` -> ``0{,}4657`` (``{,}``: no space after the
    comma, as TeX would set one), and the entries of a vector separated by ``;`` so that ``[0{,}1;\\ 0{,}2]``
    cannot be misread."""
    if language not in DECIMAL_COMMA:
        return latex
    # A power's base is braced whole: 0{,}83^2 would raise only the 83.
    return _LATEX_DECIMAL.sub(lambda m: (f"{{{m[1]}{{,}}{m[2]}}}^" if m[3] else f"{m[1]}{{,}}{m[2]}"),
                              _LATEX_SEPARATOR.sub(r";\1\\ ", latex))


def text_number(text: str, language: str) -> str:
    """A number as printed in prose (``0.4657``, ``± 0.0002``) with the language's decimal mark."""
    if language not in DECIMAL_COMMA:
        return text
    return re.sub(r"(\d)\.(\d)", r"\1,\2", text)


# --- sentences ----------------------------------------------------------------------------------------

def sentences(text: Rich) -> list[tuple[str, list]]:
    """The sentence templates of a rich text, each with the values of its placeholders (Math segments, or
    the numbers of the prose as strings). Keys of the catalogues are these templates."""
    template, args = "", []
    for seg in text:
        if isinstance(seg, Math):
            template += "\0"
            args.append(seg)
        else:
            def stash(m: re.Match) -> str:
                args.append(m.group(0))
                return "\0"

            template += _PROSE_NUMBER.sub(stash, seg.replace("\0", ""))
    out: list[tuple[str, list]] = []
    position = 0
    for sentence in _SENTENCE_END.split(template.strip()):
        count = sentence.count("\0")
        parts = sentence.split("\0")
        key = parts[0] + "".join(f"{{{n}}}{part}" for n, part in enumerate(parts[1:]))
        out.append((key, args[position : position + count]))
        position += count
    return [(key, values) for key, values in out if key]


def tr_rich(text: Rich, language: str) -> Rich:
    """A rich text in ``language``: sentence by sentence from the catalogue (English where it lacks one),
    its placeholders filled with the same formulas and numbers, in the order the translation puts them."""
    if language == "en" or not text:
        return text
    table = catalogue(language)
    gap = _SENTENCE_GAP.get(language, " ")
    lead = " " if isinstance(text[0], str) and text[0][:1].isspace() else ""
    segments: list = [lead]
    for n, (key, values) in enumerate(sentences(text)):
        if n:
            segments.append(gap)
        translated = table.get(key, key)
        pos = 0
        for m in _PLACEHOLDER.finditer(translated):
            segments.append(translated[pos : m.start()])
            value = values[int(m.group(1))]
            segments.append(latex_math(value, language) if isinstance(value, Math) else value)
            pos = m.end()
        segments.append(translated[pos:])
    return rich(*segments)


def latex_math(segment: Math, language: str) -> Math:
    return Math(latex_numbers(segment.latex, language))


# --- a whole worksheet --------------------------------------------------------------------------------

def localize(ws, language: str):
    """A copy of the worksheet ``ws`` (built in English) in ``language``: its questions' prose, choices,
    worked-solution labels and notes translated, every number with the language's decimal mark. The
    problem, code, weights and answers are those of ``ws``."""
    if language == "en":
        return ws
    out = copy.copy(ws)
    out.language = language
    out.questions = [_question(q, language) for q in ws.questions]
    return out


def _question(q, language: str):
    from lstm_studio.worksheets.sheet import Given, Step

    def math(latex: str) -> str:
        return latex_numbers(latex, language)

    out = copy.copy(q)
    out.language = language
    out.prompt = tr_rich(q.prompt, language)
    out.choices = [tr_rich(c, language) for c in q.choices]
    out.note = tr_rich(q.note, language)
    out.given = [Given(math(g.name), math(g.value)) for g in q.given]
    out.solution = [replace(s, label=tr_rich(s.label, language), formula=math(s.formula),
                            substituted=tuple(math(p) for p in s.substituted), result=math(s.result))
                    if isinstance(s, Step) else s for s in q.solution]
    return out
