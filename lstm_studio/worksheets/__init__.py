"""Exercise worksheets with answer keys, one variant per student, and marking them (docs/worksheets.md). Qt-free.

Nothing is imported here, so that importing one module (the command line reads :mod:`.problem` for its
help) does not load sympy. What each part does for an instructor: docs/worksheets.md. The public API, by
module:

# --- Public API -----------------------------------------------------------------------------------

Problems and variants (problem, selection, code, generate):
    problem_from_model(model, input_text, seed=, variant=, decimals=, types=, difficulty=, selection=,
                       graded=, hints=) -> Problem   the cell, sizes and vocabulary of ``model`` (not its weights)
    parse_questions(text) -> Selection  ``forward:h*2@2,backward``: kinds, counts, points
    encode(problem) -> str, decode(code, vocab=None) -> Problem      the variant code, CRC-10 checked
    build(problem) -> Worksheet         weights, questions (planned so that none gives another's answer
                                        away), exact answers, worked solutions, the usual mistakes
    from_code(code, vocab=None) -> Worksheet
    build_batch(base, n, progress=None, cancelled=None) -> list[Worksheet]

Output (export, render_html, render_markdown, render_latex, render_json, render_moodle, render_qti):
    export_batch(base, n, out_dir, formats, paper, pdf_writer, progress, cancelled, roster=, merge=,
                 points=, language=) -> ExportResult   pdf (with ``lstm_studio.app.worksheets.pdf.writer.pdf_bytes``),
                                        html, md, tex, json (the key file), moodle, qti; all or nothing
    worksheet_html / answer_key_html, worksheet_markdown / answer_key_markdown,
    worksheet_latex / answer_key_latex, worksheets_json, moodle_xml, qti_zip

Languages (i18n, catalogues):
    localize(ws, language) -> Worksheet  the sheet in de, vi or zh_CN: prose from the language's catalogue,
                                        numbers with its decimal mark; the same variant, numbers and code
    tr(text, language), LANGUAGES, DECIMAL_COMMA

Classes and marking (roster, check, answers, grade):
    read_roster(path) -> list[Student]
    mark(question, typed, vocab, hints=True) -> Mark(correct, message, mistake)
    parse_answers(text, source) -> list[Answers]; read_key(path); grade(key, answers) -> list[Grade]

Errors: InputError (one line) for every bad option, code, model, roster or answers file.
"""
