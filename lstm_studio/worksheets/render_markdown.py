"""Markdown: math as ``$…$`` and ``$$…$$`` (GitHub, GitLab, Jupyter, Obsidian render it), weights as tables."""

from __future__ import annotations

from lstm_studio.worksheets.document import (
    Block,
    Equations,
    Heading,
    MatrixRow,
    NameLine,
    Paragraph,
    QuestionBlock,
    Title,
    answer_key_blocks,
    chain_rows,
    tolerance_text,
    worksheet_blocks,
)
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


def _question(block: QuestionBlock) -> list[str]:
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


def render_blocks(blocks: list[Block]) -> str:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Title):
            lines += [f"# {_prose(block.text)}", "", f"{_prose(block.subtitle)}  "]
            lines += [f"**Variant code: {block.code}**", ""]
        elif isinstance(block, NameLine):
            lines += ["Name: ______________________ Date: ____________", ""]
        elif isinstance(block, Heading):
            lines += [f"## {_prose(block.text)}", ""]
        elif isinstance(block, Paragraph):
            lines += [_rich(block.text), ""]
        elif isinstance(block, Equations):
            for eq in block.lines:
                lines += [f"$$ {eq} $$", ""]
        elif isinstance(block, MatrixRow):
            lines += [f"**{_prose(block.caption)}**", ""]
            for m in block.matrices:
                lines += _table(m) + [""]
        elif isinstance(block, QuestionBlock):
            lines += _question(block)
    return "\n".join(lines).rstrip() + "\n"


def worksheet_markdown(ws: Worksheet) -> str:
    return render_blocks(worksheet_blocks(ws))


def answer_key_markdown(ws: Worksheet) -> str:
    return render_blocks(answer_key_blocks(ws))

