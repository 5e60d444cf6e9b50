"""Exercise worksheets with answer keys, one variant per student (docs/cli.md, ``worksheet``). Qt-free.

Nothing is imported here, so that importing one module (the command line reads :mod:`.problem` for its
help) does not load sympy. The public API, by module:

# --- Public API -----------------------------------------------------------------------------------

Problems and variants (problem, code, generate):
    problem_from_model(model, input_text, seed=, variant=, decimals=, types=, difficulty=) -> Problem
                                        the cell, sizes and vocabulary of ``model`` (not its weights)
    encode(problem) -> str, decode(code, vocab=None) -> Problem      the variant code, CRC-10 checked
    build(problem) -> Worksheet         weights, questions, answers and worked solutions of one variant
    from_code(code, vocab=None) -> Worksheet
    build_batch(base, n, progress=None, cancelled=None) -> list[Worksheet]

Output (export, render_html, render_markdown, render_latex, render_json):
    export_batch(base, n, out_dir, formats, paper, pdf_writer, progress, cancelled) -> ExportResult
                                        pdf (with ``lstm_studio.app.worksheets.pdf.writer.write_pdf``), html, md,
                                        tex, json; stops with Cancelled when ``cancelled()`` is true
    worksheet_html / answer_key_html, worksheet_markdown / answer_key_markdown,
    worksheet_latex / answer_key_latex, worksheets_json

Marking (check):
    mark(question, typed, vocab) -> Mark(correct, message)

Errors: InputError (one line) for every bad option, code or model.
"""
