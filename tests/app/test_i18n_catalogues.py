"""The shipped translations are complete, current and say the same thing as the English (docs/i18n.md).

Each language's .ts is parsed as XML: no entry may be unfinished, obsolete or vanished, and each translation
keeps its source's placeholders ({name}), plural marker (%n), tags, entities, line breaks and menu
accelerator. lupdate, run into a copy, must find nothing new in the source; the catalogue of Qt-free texts
must be current; and the compiled catalogues must load and translate.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tools import translations

TRANSLATED = ("de", "vi", "zh_CN")
#: Plural forms per language (Qt's numerus rules): English and German two, Vietnamese and Chinese one.
PLURAL_FORMS = {"en": 2, "de": 2, "vi": 1, "zh_CN": 1}

_PLACEHOLDER = re.compile(r"\{\w*\}")
_TAG = re.compile(r"</?(\w+)")
_ENTITY = re.compile(r"&(?:nbsp|lt|gt|amp);")
_ACCELERATOR = re.compile(r"&(?!(?:nbsp|lt|gt|amp);)(?=\S)")


def entries(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a language's .ts."""
    root = ET.parse(translations.ts_path(language)).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_every_entry_is_finished_and_none_is_obsolete(language):
    found = entries(language)
    assert found, f"{language}: no entries"
    bad = []
    for context, source, translation in found:
        state = translation.get("type")
        forms = texts(translation)
        plural = translation.find("numerusform") is not None
        if state is not None:
            bad.append(f"{context}: {source!r} is {state}")
        elif not all(form.strip() for form in forms):
            bad.append(f"{context}: {source!r} has an empty translation")
        elif plural and len(forms) != PLURAL_FORMS[language]:
            bad.append(f"{context}: {source!r} has {len(forms)} plural forms, {language} needs "
                       f"{PLURAL_FORMS[language]}")
    assert not bad, "\n".join(bad)


def test_english_carries_only_the_plurals_and_the_others_every_text():
    english = {(c, s) for c, s, t in entries("en")}
    plurals = {(c, s) for c, s, t in entries("de") if t.find("numerusform") is not None}
    assert english == plurals and len(english) >= 5
    every = {(c, s) for c, s, _ in entries("de")}
    for language in TRANSLATED[1:]:
        assert {(c, s) for c, s, _ in entries(language)} == every


def difference(source: str, text: str) -> list[str]:
    """What ``text`` lost or gained against ``source``: placeholders, %n, tags, entities, breaks, accelerators."""
    problems = []
    if set(_PLACEHOLDER.findall(source)) != set(_PLACEHOLDER.findall(text)):
        problems.append(f"placeholders {sorted(set(_PLACEHOLDER.findall(text)))}")
    if ("%n" in source) != ("%n" in text):
        problems.append("%n")
    if sorted(_TAG.findall(source)) != sorted(_TAG.findall(text)):
        problems.append(f"tags {sorted(_TAG.findall(text))}")
    if sorted(_ENTITY.findall(source)) != sorted(_ENTITY.findall(text)):
        problems.append("entities")
    if source.count("\n") != text.count("\n"):
        problems.append("line breaks")
    if len(_ACCELERATOR.findall(source)) != len(_ACCELERATOR.findall(text)):
        problems.append("accelerator (&)")
    return problems


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_markup_breaks_and_accelerators(language):
    bad = [f"{context}: {source!r} -> {text!r}: {', '.join(problems)}"
           for context, source, translation in entries(language)
           for text in texts(translation)
           if (problems := difference(source, text))]
    assert not bad, "\n".join(bad)


def test_the_check_catches_what_a_translator_can_break():
    assert difference("t = <b>{t}</b> of {steps}", "t = <b>{t}</b> von {schritte}") == [
        "placeholders ['{schritte}', '{t}']"]
    assert difference("&File", "Datei") == ["accelerator (&)"]
    assert difference("%n steps", "Schritte") == ["%n"]
    assert difference("a &nbsp; b", "a b") == ["entities"]
    assert difference("<i>x</i>", "x") == ["tags []"]
    assert difference("&Undo {action}", "&Rückgängig: {action}") == []


def test_the_catalogues_hold_exactly_the_texts_of_the_source(tmp_path):
    """lupdate over today's source, into copies of the .ts, finds no new text and drops none."""
    assert translations.CATALOGUE.read_text(encoding="utf-8") == translations.catalogue_source(), (
        "lstm_studio/app/common/qt_free_texts.py is stale: run make translations-update")
    lupdate = translations._tool("lupdate")
    for language in ("en", *TRANSLATED):
        copy = tmp_path / translations.ts_path(language).name
        shutil.copy(translations.ts_path(language), copy)
        plural_only = ["-pluralonly"] if language == "en" else []
        subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none", "-extensions", "py",
                        *plural_only, str(translations.SOURCES), "-ts", str(copy)], check=True, timeout=120)
        before = {(c, s) for c, s, _ in entries(language)}
        after = ET.parse(copy).getroot()
        now = {(c.findtext("name"), m.findtext("source")) for c in after.iter("context") for m in c.iter("message")}
        assert now == before, (f"{language}: the .ts lags behind the source (make translations-update): new "
                               f"{sorted(now - before)[:5]}, gone {sorted(before - now)[:5]}")


@pytest.mark.parametrize("language, context, source, expected", [
    ("de", "MainWindow", "&File", "&Datei"),
    ("vi", "MainWindow", "&File", "&Tệp"),
    ("zh_CN", "MainWindow", "&File", "文件(&F)"),
    ("de", "Quantity", "forget gate", "Forget-Gate"),
    ("vi", "QPlatformTheme", "Save", "Lưu"),
])
def test_the_compiled_catalogues_translate(tmp_path, qapp, language, context, source, expected):
    written = translations.release(tmp_path)
    assert {Path(p).name for p in written} == {f"lstm_studio_{code}.qm" for code in translations.LANGUAGES}
    translator = QTranslator()
    assert translator.load(str(tmp_path / f"lstm_studio_{language}.qm"))
    assert translator.translate(context, source) == expected
