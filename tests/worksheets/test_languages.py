"""Worksheets in German, Vietnamese and Chinese: every sentence translated, the same variants, numbers and codes
as the English sheet for the same seed, decimal commas where the language writes them, both marks accepted."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from functools import cache

import pytest

from lstm_studio.cli import main
from lstm_studio.engine import GATE_TABLE, new_model
from lstm_studio.paths import presets
from lstm_studio.worksheets import check, document, lms, mistakes, render_html, render_latex, render_markdown
from lstm_studio.worksheets.check import mark, parse_number
from lstm_studio.worksheets.equations import cell_title
from lstm_studio.worksheets.generate import build
from lstm_studio.worksheets.i18n import LANGUAGES, catalogue, latex_numbers, localize, sentences, tr_rich
from lstm_studio.worksheets.problem import DIFFICULTIES
from lstm_studio.worksheets.render_html import answer_key_html, worksheet_html
from lstm_studio.worksheets.render_markdown import answer_key_markdown
from lstm_studio.worksheets.rich import Math, plain
from lstm_studio.worksheets.selection import KINDS, parse_questions

from .helpers import CELLS, make_problem

LSTM = str(presets()["lstm_pigs"])
OTHERS = [code for code in LANGUAGES if code != "en"]

#: The fixed texts of the sheet and the key that the PDF writer adds (tests/app checks it uses these).
PDF_TEXTS = ["Variant code {code}", "Page {n} of {total}", "LSTM Studio · Worksheet", "LSTM Studio · Answer key"]


def fixed_texts() -> list[str]:
    """Every label, heading and fixed sentence the Qt-free renderers print."""
    out = [*document.TEXT.values(), *document.LABELS.values(), *PDF_TEXTS]
    for parts in document.PARTS.values():
        out += parts
    out += [render_html.TEXT[k] for k in ("footer", "sheet", "key")]
    out += [render_markdown.TEXT["worked"], render_latex.TEXT["footer"], *lms.TEXT.values(), *DIFFICULTIES, "exact"]
    out += [*check.TEXT.values(), *mistakes.MESSAGES.values()]  # Check my answers' verdicts and hints
    for cell, options in CELLS:
        spec = new_model(cell, list("PIGS"), 2, seed=0, options=options).spec
        out += [cell_title(spec), cell_title(spec).split(" (")[0]]
        out += [GATE_TABLE[g].title.capitalize() for g in spec.gates]
    return [text for text in dict.fromkeys(out) if text]


@cache
def generated_sentences() -> dict[str, str]:
    """Every sentence template the generators write, over every cell, difficulty and question kind (two seeds),
    with the quantity of a question that writes it."""
    found: dict[str, str] = {}
    picks = ["forward,backward,conceptual"] + [f"{k.section}:{k.name}" for k in KINDS if k.name != k.section]
    for cell, options in CELLS:
        for difficulty in DIFFICULTIES:
            for seed in range(2):
                for pick in picks:
                    selection = parse_questions(pick)
                    try:
                        problem = make_problem(cell, options, difficulty=difficulty, seed=seed,
                                               selection=selection.entries, types=selection.types)
                    except Exception:  # a kind this cell does not have
                        continue
                    for q in build(problem).questions:
                        for text in (q.prompt, q.note, *q.choices, *(s.label for s in q.solution)):
                            for key, _ in sentences(text):
                                found.setdefault(key, q.quantity)
    return found


@pytest.mark.parametrize("language", OTHERS)
def test_every_catalogue_has_every_sentence(language):
    table = catalogue(language)
    missing = [text for text in [*fixed_texts(), *generated_sentences()] if text not in table]
    assert missing == []


@pytest.mark.parametrize("language", OTHERS)
def test_translations_keep_every_placeholder(language):
    for english, translated in catalogue(language).items():
        assert sorted(re.findall(r"\{\w*\}", english)) == sorted(re.findall(r"\{\w*\}", translated)), english
        assert translated.strip() or not english.strip()


def test_a_missing_sentence_stays_english_and_fills_its_placeholders():
    text = (Math("h_1"), " is not a sentence any catalogue holds, at step 3.")
    out = tr_rich(text, "de")
    assert plain(out) == "h₁ is not a sentence any catalogue holds, at step 3."


def test_sentences_are_templates_of_formulas_and_numbers():
    text = ("Compute ", Math("h_{2}[1]"), ", the hidden state of unit 1 at step ", Math("t = 2"), " (input ",
            Math(r"x_{2} = \text{I}"), "). Start from the state given below.")
    assert [key for key, _ in sentences(text)] == ["Compute {0}, the hidden state of unit {1} at step {2} (input {3}).",
                                                   "Start from the state given below."]
    assert plain(tr_rich(text, "zh_CN")) == ("计算 h₂[1]，即单元 1 在第 t = 2 步（输入 x₂ = I）的隐藏状态。"
                                             "从下面给出的状态开始。")
    assert plain(tr_rich(text, "de")) == ("Berechnen Sie h₂[1], den verborgenen Zustand von Einheit 1 in Schritt t = 2 "
                                          "(Eingabe x₂ = I). Beginnen Sie im unten gegebenen Zustand.")


def test_decimal_commas_in_latex():
    assert latex_numbers(r"\left[0.4657,\ -1.25\right] + 3", "de") == r"\left[0{,}4657;\ -1{,}25\right] + 3"
    assert latex_numbers(r"\left[0.4657,\ -1.25\right]", "zh_CN") == r"\left[0.4657,\ -1.25\right]"
    assert latex_numbers(r"W_{f}[1,2] = 0.5", "vi") == r"W_{f}[1,2] = 0{,}5"


def _numbers(text: str) -> list[float]:
    return [float(n.replace(",", ".").replace("−", "-")) for n in re.findall(r"−?\d+(?:[.,]\d+)?", text)]


@pytest.mark.parametrize("language", OTHERS)
def test_the_same_numbers_and_codes_as_english(language, capsys, tmp_path):
    outputs = {}
    for lang in ("en", language):
        out = tmp_path / lang
        assert main(["worksheet", LSTM, "--input", "PIGS", "--variants", "2", "--seed", "5", "--graded",
                     "--language", lang, "--out", str(out), "--format", "html,md,json,moodle,qti"]) == 0
        outputs[lang] = (capsys.readouterr().out, json.loads((out / "worksheets.json").read_text("utf-8")), out)
    (en_out, en_key, en_dir), (out, key, folder) = outputs["en"], outputs[language]
    assert out == en_out  # the command's report: the same codes and key codes
    for en_v, v in zip(en_key["variants"], key["variants"]):
        assert (v["code"], v["key_code"], v["model"]) == (en_v["code"], en_v["key_code"], en_v["model"])
        assert [q["answer"] for q in v["questions"]] == [q["answer"] for q in en_v["questions"]]
    comma = language in ("de", "vi")
    # the LMS items: the same answers and margins, with a decimal point (what Moodle reads) in every language
    answers = re.compile(r"fraction=\"100\">\s*<text>(-?\d[^<]*)</text>\s*<feedback.*?<tolerance>([^<]*)</tolerance>",
                         re.S)
    moodle, en_moodle = ((d / "moodle.xml").read_text("utf-8") for d in (folder, en_dir))
    assert answers.findall(moodle) == answers.findall(en_moodle) and answers.findall(moodle)
    assert (folder / "canvas-qti.zip").stat().st_size > 0
    for n in (1, 2):
        page = (folder / f"answers-0{n}.html").read_text("utf-8")
        en_page = (en_dir / f"answers-0{n}.html").read_text("utf-8")
        answers = re.findall(r'<div class="answer">[^<]*?(−?\d+[.,]\d+|\d+|\w) <span', page)
        en_answers = re.findall(r'<div class="answer">[^<]*?(−?\d+[.,]\d+|\d+|\w) <span', en_page)
        assert len(answers) == len(en_answers) == len(key["variants"][n - 1]["questions"])
        assert [a.replace(",", ".") for a in answers] == en_answers
        assert any("," in a for a in answers) == comma and all("." not in a for a in answers) == comma
        assert key["variants"][n - 1]["code"] in page
        # the weights as the sheet prints them: the same numbers, with the language's decimal mark
        sheet = (folder / f"worksheet-0{n}.html").read_text("utf-8")
        en_sheet = (en_dir / f"worksheet-0{n}.html").read_text("utf-8")
        cells = re.findall(r"<td[^>]*>(−?\d+[.,]\d+)</td>", sheet)
        assert cells and [c.replace(",", ".") for c in cells] == re.findall(r"<td[^>]*>(−?\d+[.,]\d+)</td>", en_sheet)
        assert all(("," in c) == comma for c in cells)
        # every number of the MathML (givens and worked solutions): a decimal comma is one <mn>
        # (sorted: a translation may put a sentence's formulas in another order)
        mathml = re.findall(r"<mn>([^<]*)</mn>", page)
        assert sorted(m.replace(",", ".") for m in mathml) == sorted(re.findall(r"<mn>([^<]*)</mn>", en_page))
        md = (folder / f"answers-0{n}.md").read_text("utf-8")
        en_md = (en_dir / f"answers-0{n}.md").read_text("utf-8")
        assert _numbers(md.split("\n", 3)[3]) and len(_numbers(md)) >= len(_numbers(en_md)) - 4


def test_german_sheet_reads_german():
    ws = localize(build(make_problem(seed=3, difficulty="hard")), "de")
    page = worksheet_html(ws)
    key = answer_key_html(ws)
    assert '<html lang="de">' in page and "Arbeitsblatt: LSTM" in page and "Die Gewichte" in page
    assert "Berechnen Sie" in page and "Compute" not in page and "Lösungsweg" not in page
    assert "Lösungen" in key and "Antwort:" in key
    assert "Lösungsweg:" in answer_key_markdown(ws)


def test_chinese_sheet_reads_chinese_with_decimal_points():
    ws = localize(build(make_problem(seed=3)), "zh_CN")
    page = worksheet_html(ws)
    assert "练习卷" in page and "计算" in page and "Compute" not in page
    assert not re.search(r"<mn>\d+,\d+</mn>", page) and re.search(r"<mn>\d+\.\d+</mn>", page)


def _latex_preamble(source: str) -> list[str]:
    return source.split(r"\begin{document}")[0].splitlines()


def test_chinese_latex_is_set_inside_one_cjk_environment_that_ships_its_last_page():
    ws = localize(build(make_problem(seed=3)), "zh_CN")
    for source in (render_latex.worksheet_latex(ws), render_latex.answer_key_latex(ws)):
        head = _latex_preamble(source)
        assert head[1] == r"\usepackage{CJKutf8}"
        body = source.split(r"\begin{document}")[1]
        assert body.lstrip().startswith(r"\begin{CJK}{UTF8}{gbsn}") and "变体" in source
        # the last page and its Chinese footer go out before the environment ends, not at \end{document}
        assert body.rstrip().endswith("\\clearpage\n\\end{CJK}\n\\end{document}")


def test_vietnamese_latex_makes_t5_the_document_encoding():
    ws = localize(build(make_problem(seed=3)), "vi")
    head = _latex_preamble(render_latex.worksheet_latex(ws))
    t1 = next(k for k, line in enumerate(head) if "[T1]{fontenc}" in line)
    t5 = next(k for k, line in enumerate(head) if "[T5]{fontenc}" in line)
    assert t5 > t1  # the encoding loaded last is the one the text is set in
    assert not any("CJK" in line for line in head)


def _tex_has(*files: str) -> bool:
    if shutil.which("pdflatex") is None or shutil.which("kpsewhich") is None:
        return False
    found = subprocess.run(["kpsewhich", *files], capture_output=True, text=True).stdout.split()
    return len(found) == len(files)


@pytest.mark.parametrize("language, needs", [("zh_CN", ("CJKutf8.sty",)), ("vi", ("vntex.sty", "t5enc.def"))])
def test_latex_compiles_in_chinese_and_vietnamese(tmp_path, language, needs):
    """Needs pdflatex with the CJK package (Debian: latex-cjk-common, texlive-lang-chinese) or vntex
    (texlive-lang-other); skipped where they are not installed."""
    if not _tex_has(*needs):
        pytest.skip(f"pdflatex with {', '.join(needs)} is not installed")
    ws = localize(build(make_problem(seed=3)), language)
    for name, source in (("sheet", render_latex.worksheet_latex(ws)), ("key", render_latex.answer_key_latex(ws))):
        (tmp_path / f"{name}.tex").write_text(source, encoding="utf-8")
        done = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stdout[-2000:]
        log = (tmp_path / f"{name}.log").read_text(encoding="utf-8", errors="replace")
        assert "Missing character" not in log


@pytest.mark.parametrize("language", LANGUAGES)
def test_both_decimal_marks_are_marked_right(language):
    ws = localize(build(make_problem(seed=2)), language)
    numeric = [q for q in ws.questions if isinstance(q.answer, float)]
    assert numeric
    for q in numeric:
        point = f"{q.answer:.{q.decimals}f}"
        assert mark(q, point, ws.model.vocab).correct is True
        assert mark(q, point.replace(".", ","), ws.model.vocab).correct is True
        assert mark(q, q.answer_text, ws.model.vocab).correct is True  # as the key prints it


def test_verdicts_and_hints_are_in_the_language_asked_for():
    ws = localize(build(make_problem(seed=2)), "de")
    q = next(q for q in ws.questions if isinstance(q.answer, float) and q.mistakes)
    wrong = q.mistakes[0]
    typed = f"{wrong.value:.{q.decimals}f}".replace(".", ",")
    german = mark(q, typed, ws.model.vocab, language="de")
    english = mark(q, typed, ws.model.vocab)
    assert german.mistake == english.mistake == wrong.name and not german.correct
    assert english.message == f"not right: it looks like {mistakes.MESSAGES[wrong.name]}"
    assert german.message.startswith("nicht richtig: es sieht so aus, als ")
    assert german.message.endswith(catalogue("de")[mistakes.MESSAGES[wrong.name]])
    assert mark(q, f"{q.answer:.{q.decimals}f}", language="zh_CN").message == "正确"
    assert mark(q, "x", language="vi").message == "không phải là số"
    far = mark(q, "99", language="de").message
    assert far.startswith("nicht innerhalb ±0,") and "." not in far  # the tolerance with a decimal comma


def test_the_decimal_mark_rule():
    # A comma or a point is the decimal mark, never a thousands separator: answers are small numbers.
    assert parse_number("0,4657") == parse_number("0.4657") == 0.4657
    assert parse_number("−0,5") == -0.5
    assert parse_number("1,234") == 1.234
    assert parse_number("1.234,5") is None and parse_number("1,234.5") is None and parse_number("1,2,3") is None


def test_hostile_tokens_stay_escaped_in_every_language():
    model = new_model("lstm", ["<b>", "&x", "}"], 2, seed=0)
    from lstm_studio.worksheets.problem import problem_from_model

    ws = build(problem_from_model(model, "<b> &x } <b>", seed=1))
    for language in LANGUAGES:
        page = worksheet_html(localize(ws, language)) + answer_key_html(localize(ws, language))
        assert "<b>" not in page and "&lt;b&gt;" in page  # the HTML pages use no <b> of their own
        assert "&amp;x" in page


def test_an_unknown_language_is_one_line_and_exit_2(capsys, tmp_path):
    assert main(["worksheet", LSTM, "--input", "PIGS", "--language", "fr", "--out", str(tmp_path),
                 "--format", "html"]) == 2
    _, err = capsys.readouterr()
    assert err.strip().count("\n") == 0 and "--language: 'fr' is not one of en, de, vi, zh_CN" in err
    assert not any(tmp_path.iterdir())


def test_check_and_grade_read_decimal_commas_from_a_german_class(capsys, tmp_path):
    out = tmp_path / "sheets"
    assert main(["worksheet", LSTM, "--input", "PIGS", "--variants", "2", "--graded", "--language", "de",
                 "--out", str(out), "--format", "json"]) == 0
    capsys.readouterr()
    variants = json.loads((out / "worksheets.json").read_text("utf-8"))["variants"]

    def typed(q) -> str:  # as the German key prints it: 0,4657 and a true minus sign
        answer = q["answer"]
        return f"{answer:.{q['decimals']}f}".replace(".", ",").replace("-", "−") if q["decimals"] else str(answer)

    first = variants[0]
    answers = tmp_path / "ada.txt"
    answers.write_text("".join(f"{q['id']}: {typed(q)}\n" for q in first["questions"]), encoding="utf-8")
    assert main(["worksheet", "check", first["code"], "--answers", str(answers), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["right"] == report["questions"] == len(first["questions"])
    # a class CSV as a German spreadsheet saves it: semicolons between cells, decimal commas inside them
    ids = [q["id"] for q in first["questions"]]
    rows = ["code;name;" + ";".join(ids)]
    rows += [f"{v['code']};{n};" + ";".join(typed(q) for q in v["questions"]) for n, v in enumerate(variants)]
    (tmp_path / "class.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["worksheet", "grade", "--key", str(out / "worksheets.json"), str(tmp_path / "class.csv"),
                 "--out", str(tmp_path / "grades.csv")]) == 0
    grades = (tmp_path / "grades.csv").read_text("utf-8").splitlines()[1:]
    assert len(grades) == 2 and all(line.split(",")[-3] == line.split(",")[-2] for line in grades)  # total == max
