"""Markdown: math as ``$…$`` and ``$$…$$`` (GitHub, GitLab, Jupyter, Obsidian render it), weights as tables."""

from __future__ import annotations

from lstm_studio.worksheets.document import BlockRenderer, chain_rows, tolerance_text
from lstm_studio.worksheets.rich import Rich
from lstm_studio.worksheets.sheet import LETTERS, Step, Worksheet


def _prose(text: str) -> str:
    return "".join("\\" + ch if ch in "\\*_`<>" else ch for ch in text)


def _rich(text: Rich) -> str:
    return "".join(_prose(seg) if isinstance(seg, str) else f"${seg.latex}$" for seg in text)


def _chain(step: Step) -> str:
    rows = chain_rows(step)
    if not rows:
        return ""
    if len(rows) == 1 and not rows[0][1]:
        return rows[0][0]
    return r"\begin{aligned} " + r" \\ ".join(f"{left} &{right}" for left, right in rows) + r" \end{aligned}"


def _table(m) -> list[str]:
    header = [f"${m.latex}$"] + [_prose(c) for c in m.col_labels]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r, label in enumerate(m.row_labels):
        cells = [_prose(label)] + [m.cell(r, c).replace("−", "-") for c in range(len(m.col_labels))]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _question(block) -> list[str]:
    q = block.question
    lines = [f"**{block.number}.** {_rich(q.prompt)}", ""]
    for g in q.given:
        lines.append(f"- ${g.name} = {g.value}$")
    if q.given:
        lines.append("")
    for letter, choice in zip(LETTERS, q.choices):
        lines.append(f"- ({letter}) {_rich(choice)}")
    if q.choices:
        lines.append("")
    if not block.key:
        lines += ["Answer: ______________________", ""]
        return lines
    lines += [f"**Answer: {q.answer_text}** ({tolerance_text(q)})", "", "Worked solution:", ""]
    for step in q.solution:
        lines.append(f"- {_rich(step.label)}")
        if _chain(step):
            lines += ["", f"  $$ {_chain(step)} $$", ""]
    if q.note:
        lines += [f"_{_rich(q.note)}_", ""]
    return lines


class _Markdown(BlockRenderer):
    def title(self, block):
        return [f"# {_prose(block.text)}", "", f"{_prose(block.subtitle)}  ", f"**Variant code: {block.code}**", ""]

    def name_line(self, block):
        return ["Name: ______________________ Date: ____________", ""]

    def heading(self, block):
        return [f"## {_prose(block.text)}", ""]

    def paragraph(self, block):
        return [_rich(block.text), ""]

    def equations(self, block):
        return [line for eq in block.lines for line in (f"$$ {eq} $$", "")]

    def matrices(self, block):
        return [f"**{_prose(block.caption)}**", ""] + [line for m in block.matrices for line in (*_table(m), "")]

    def question(self, block):
        return _question(block)

    def page(self, parts, ws, key):
        return "\n".join(parts).rstrip() + "\n"


def worksheet_markdown(ws: Worksheet) -> str:
    return _Markdown().worksheet(ws)


def answer_key_markdown(ws: Worksheet) -> str:
    return _Markdown().answer_key(ws)

