"""The Unicode reading of worksheet LaTeX (rich.plain_math) on text that ends or breaks mid-command."""

from lstm_studio.worksheets.rich import plain_math


def test_commands_and_scripts_read_as_unicode():
    assert plain_math(r"\tilde{h}_{t} = \sigma(a_{t})") == "h̃ₜ = σ(aₜ)"


def test_a_backslash_at_the_end_or_before_a_newline_is_dropped_or_kept_not_a_crash():
    assert plain_math("a\\") == "a"
    assert plain_math(r"a_{\}") == "a_()"
    assert plain_math("x\\\ny") == "x y"
