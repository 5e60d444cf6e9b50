"""Lesson texts: the small Markdown parses into blocks and spans; HTML escapes every piece of text."""

from __future__ import annotations

import pytest

from lstm_studio.lessons import markdown
from lstm_studio.lessons.markdown import Block, Span


def test_blocks_and_spans():
    text = ("# Gates\n\nThe **forget** gate $f_t$ keeps *some* of `c`.\nSecond line.\n\n- one $x$\n- two\n"
            "  continued\n\n1. first\n\n$$ c_t = f_t \\odot c_{t-1} $$\n\nW_hh costs \\$5 \\* 2")
    assert markdown.parse(text) == [
        Block("heading", (Span("text", "Gates"),), 1),
        Block("paragraph", (Span("text", "The "), Span("text", "forget", bold=True), Span("text", " gate "),
                            Span("math", "f_t"), Span("text", " keeps "), Span("text", "some", italic=True),
                            Span("text", " of "), Span("code", "c"), Span("text", ". Second line."))),
        Block("bullet", (Span("text", "one "), Span("math", "x"))),
        Block("bullet", (Span("text", "two continued"),)),
        Block("number", (Span("text", "first"),)),
        Block("math", (Span("math", "c_t = f_t \\odot c_{t-1}"),)),
        Block("paragraph", (Span("text", "W_hh costs $5 * 2"),)),
    ]


def test_display_maths_over_several_lines():
    assert markdown.formulas("$$\nh_t =\n\\tanh(a_t)\n$$\nafter $x$") == ["h_t =\n\\tanh(a_t)", "x"]


@pytest.mark.parametrize("text, problem", [
    ("costs $5", "a $ at character 7 opens maths that is never closed"),
    ("`code", "a ` at character 1 opens code that is never closed"),
    ("**bold", "** opens emphasis that is never closed"),
    ("$$\nx\n", "a $$ opens display maths that is never closed"),
    ("$$ $$", "empty display maths"),
])
def test_problems_are_named(text, problem):
    assert markdown.problem(text).startswith(problem)
    with pytest.raises(markdown.MarkdownError):
        markdown.parse(text)


def test_html_escapes_text_and_hands_maths_to_the_renderer():
    text = "<b>hi</b> & $a<b$\n\n- *x* <i>\n\n$$ \\frac{1}{2} $$"
    seen = []

    def render(latex, display):
        seen.append((latex, display))
        return "[M]"

    html = markdown.to_html(text, render)
    assert html == "<p>&lt;b&gt;hi&lt;/b&gt; &amp; [M]</p><ul><li><i>x</i> &lt;i&gt;</li></ul>[M]"
    assert seen == [("a<b", False), ("\\frac{1}{2}", True)]
    assert markdown.to_html("$a<b$") == "<p><span class='math'>a&lt;b</span></p>"


def test_plain_text():
    assert markdown.plain("**Hi** $x_1$\n\n- item") == "Hi $x_1$\n• item"
