"""The built-in course in German, Vietnamese and Simplified Chinese: each translation is the English lesson
with its texts translated and nothing else changed (models, checks, locks, predictions, numbers and the
maths stay as they are), every text a student reads is translated, decimal numbers in the prose follow the
language, and the reference solutions solve the translated challenges. The course is listed in the user's
language, a lesson the translation lacks in English (docs/lesson-file.md, "The built-in course")."""

from __future__ import annotations

import copy
import json
import re
import shutil

import pytest

from lstm_studio import lessons, paths
from lstm_studio.lessons import markdown
from lstm_studio.symbolic.render import unknown_commands
from tests.lessons.helpers import base
from tests.lessons.solutions import SOLUTIONS

TRANSLATIONS = ("de", "vi", "zh_CN")
#: Languages that write a decimal comma (in prose; maths and data keep the point).
DECIMAL_COMMA = ("de", "vi")
ENGLISH = sorted(paths.lesson_dir("en").glob("*.json"))
STEP_TEXTS = ("title", "text", "task", "solution")
#: Text inside a formula: translated, so it is left out when formulas are compared.
TEXT_IN_MATHS = re.compile(r"\\text\{[^}]*\}")
#: Letters the renderer's maths font draws: Latin, with the Vietnamese letters (no CJK).
LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]*$")
#: A word of two or more letters: what makes a text a sentence to translate rather than a formula.
WORD = re.compile(r"[^\W\d_]{2,}")
CASES = [(language, path.name) for language in TRANSLATIONS for path in ENGLISH]


def _read(language: str, name: str) -> dict:
    return json.loads((paths.lesson_dir(language) / name).read_text(encoding="utf-8"))


def _texts(data: dict) -> dict[str, str]:
    """Every translatable text of a lesson file by its place (``steps[1].hints[0]``)."""
    out = {"title": data["title"], "summary": data.get("summary", "")}
    for k, step in enumerate(data["steps"]):
        out.update({f"steps[{k}].{key}": step[key] for key in STEP_TEXTS if key in step})
        out.update({f"steps[{k}].hints[{j}]": hint for j, hint in enumerate(step.get("hints", []))})
        out.update({f"steps[{k}].check[{j}].label": check["label"]
                    for j, check in enumerate(step.get("check", [])) if "label" in check})
    return out


def _without_texts(data: dict) -> dict:
    """The lesson with its texts (and its language) taken out; the number of hints stays."""
    data = copy.deepcopy(data)
    for key in ("title", "summary", "language"):
        data.pop(key, None)
    for step in data["steps"]:
        for key in STEP_TEXTS:
            step.pop(key, None)
        if "hints" in step:
            step["hints"] = len(step["hints"])
        for check in step.get("check", []):
            check.pop("label", None)
    return data


def _spans(text: str, kind: str) -> list[str]:
    return [s.text for block in markdown.parse(text) for s in block.spans if s.kind == kind]


def _prose(text: str) -> str:
    """The text a student reads as words: without maths and code."""
    return " ".join(_spans(text, "text"))


def _decimals(text: str, comma: bool) -> list[str]:
    """The numbers of the prose, written with a decimal point."""
    pattern = r"\d+(?:,\d+)?" if comma else r"\d+(?:\.\d+)?"
    return sorted(n.replace(",", ".") for n in re.findall(pattern, _prose(text)))


def test_the_course_ships_in_four_languages_with_the_same_files_and_ids():
    assert lessons.languages() == ["en", *TRANSLATIONS]
    english = {path.name: json.loads(path.read_text(encoding="utf-8"))["id"] for path in ENGLISH}
    assert len(english) == 18
    for language in TRANSLATIONS:
        files = sorted(p.name for p in paths.lesson_dir(language).iterdir())
        assert files == sorted(english), language
        assert {name: _read(language, name)["id"] for name in files} == english, language


@pytest.mark.parametrize("language, name", CASES)
def test_every_translation_validates_and_names_its_language(language, name):
    lesson = lessons.load(paths.lesson_dir(language) / name)
    assert lesson.language == language
    assert lesson.title != lessons.load(paths.lesson_dir("en") / name).title


def test_every_translation_satisfies_the_json_schema():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(paths.lesson_schema_path().read_text(encoding="utf-8")))
    for language, name in CASES:
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(_read(language, name))]
        assert not errors, f"{language}/{name}: {errors[:3]}"


@pytest.mark.parametrize("language, name", CASES)
def test_a_translation_is_the_english_lesson_but_for_its_texts(language, name):
    assert _without_texts(_read(language, name)) == _without_texts(_read("en", name))
    assert _texts(_read(language, name)).keys() == _texts(_read("en", name)).keys()


@pytest.mark.parametrize("language, name", CASES)
def test_every_sentence_is_translated(language, name):
    """A text left as it is in English is allowed only when it has no words: a hint such as
    ``$P_i = -10$.`` reads the same in every language."""
    english, translated = _texts(_read("en", name)), _texts(_read(language, name))
    same = [where for where, text in english.items()
            if translated[where] == text and WORD.search(_prose(text))]
    assert same == [], f"{language}/{name}: left in English: {same}"


@pytest.mark.parametrize("language, name", CASES)
def test_maths_and_code_are_those_of_english_in_the_same_order(language, name):
    english, translated = _texts(_read("en", name)), _texts(_read(language, name))
    for where, text in english.items():
        formulas = _spans(translated[where], "math")
        assert [TEXT_IN_MATHS.sub(r"\\text{}", f) for f in formulas] == \
               [TEXT_IN_MATHS.sub(r"\\text{}", f) for f in _spans(text, "math")], f"{language}/{name} {where}"
        assert _spans(translated[where], "code") == _spans(text, "code"), f"{language}/{name} {where}"
        for latex in formulas:
            if "\\text{" in latex:
                assert unknown_commands(latex) == [], f"{language}/{name} {where}: {latex}"
                assert all(LATIN.match(t) for t in TEXT_IN_MATHS.findall(latex)), \
                    f"{language}/{name} {where}: the maths font has no glyphs for {latex}"


@pytest.mark.parametrize("language, name", CASES)
def test_numbers_in_the_prose_are_those_of_english_in_the_language_s_decimal_notation(language, name):
    comma = language in DECIMAL_COMMA
    english, translated = _texts(_read("en", name)), _texts(_read(language, name))
    for where, text in english.items():
        prose = _prose(translated[where])
        assert not re.search(r"\d\.\d" if comma else r"\d,\d", prose), f"{language}/{name} {where}: {prose}"
        assert _decimals(translated[where], comma) == _decimals(text, comma=False), f"{language}/{name} {where}"


@pytest.mark.parametrize("language", TRANSLATIONS)
@pytest.mark.parametrize("entry", [e for e in lessons.builtin() if e.kind == "challenge"], ids=lambda e: e.id)
def test_the_reference_solutions_solve_the_translated_challenges(language, entry):
    lesson = lessons.load(paths.lesson_dir(language) / entry.path.name)
    assert lesson.language == language and lesson.id == entry.id
    for number, step in enumerate(lesson.steps, start=1):
        model, text = step.new_model(), step.input
        assert not lessons.all_passed(lessons.evaluate(step, model, text))
        model, text = SOLUTIONS[(entry.id, number)](model, text, step)
        results = lessons.evaluate(step, model, text)
        assert lessons.all_passed(results), [r.description for r in results if not r.passed]


@pytest.mark.parametrize("asked, folder", [
    ("en", "en"), ("de", "de"), ("de_AT", "de"), ("de-DE", "de"), ("vi_VN", "vi"), ("zh_CN", "zh_CN"),
    ("zh-CN", "zh_CN"), ("ZH_cn", "zh_CN"), ("zh", "zh_CN"), ("zh_TW", "en"), ("zh-Hant", "en"), ("fr", "en"),
    ("", "en"), ("../en", "en"),
])
def test_the_course_language_for_a_user_s_language(asked, folder):
    assert lessons.course_language(asked) == folder


def test_builtin_lists_the_user_s_language_and_english_where_a_lesson_is_missing_or_unreadable(
        tmp_path, monkeypatch):
    shutil.copytree(paths.lesson_dir("en").parent, tmp_path / "lessons")
    german = tmp_path / "lessons" / "de"
    (german / "07-peephole.json").unlink()
    (german / "c5-parity.json").write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(paths, "resource_dir", lambda: tmp_path)
    entries = lessons.builtin("de")
    english = lessons.builtin("en")
    assert [e.id for e in entries] == [e.id for e in english]
    in_english = {e.id for e in entries if e.language == "en"}
    assert in_english == {"peephole", "parity"}
    for entry, original in zip(entries, english, strict=True):
        if entry.id in in_english:
            assert (entry.path, entry.title) == (original.path, original.title)
        else:
            assert entry.path == german / original.path.name and entry.language == "de"
            assert entry.title == _read("de", original.path.name)["title"] != original.title
    assert lessons.find("peephole", "de").path == paths.lesson_dir("en") / "07-peephole.json"
    assert lessons.find("rnn-one-hot", "de_CH").path == german / "01-rnn-one-hot.json"


@pytest.mark.parametrize("language", ["zh_CN", "zh-CN", "pt-BR"])
def test_a_lesson_may_name_its_language_with_the_app_s_code_or_a_language_tag(language):
    data = base()
    data["language"] = language
    assert lessons.lesson_from_dict(data).language == language
