"""Turning typed text into token indices and back (docs/cli.md).

When every vocabulary entry is one character, each character is a token (``PIG`` is P, I, G) and white
space is skipped unless the space itself is in the vocabulary. Otherwise tokens are separated by white
space (``the cat sat``).

A sequence is at most MAX_STEPS tokens, and a run's work — parameters × steps — at most MAX_WORK, what
this machine's forward pass does in about a second.
"""

from __future__ import annotations

from lstm_studio.document.errors import InputError, within
from lstm_studio.document.modelfile import MAX_TOKEN_LENGTH, MAX_VOCAB, check_vocab
from lstm_studio.document.wording import Message

MAX_STEPS = 10_000
#: Parameters × steps of one forward pass: 10⁹ takes about a second here (BPTT two to three times that).
MAX_WORK = 1_000_000_000


def max_steps(model) -> int:
    """The longest sequence ``model`` may run: MAX_STEPS, or fewer for a model so large that MAX_WORK
    would be exceeded."""
    return max(1, min(MAX_STEPS, MAX_WORK // max(1, model.param_count())))


def check_work(model, steps: int, what: str = "input") -> None:
    """InputError when running ``steps`` steps of ``model`` is beyond the limits."""
    if steps > max_steps(model):
        raise InputError(
            f"{what}: {steps:,} steps through {model.param_count():,} parameters is more than this machine "
            f"runs in about a second (at most {max_steps(model):,} steps for this model)"
        )


def single_char(vocab: list[str]) -> bool:
    return all(len(v) == 1 for v in vocab)


def split(text: str, vocab: list[str]) -> list[str]:
    """The tokens of ``text`` as strings, not yet checked against the vocabulary."""
    if single_char(vocab):
        keep_space = " " in vocab
        return [ch for ch in text if (keep_space and ch == " ") or not ch.isspace()]
    return text.split()


def parse(text: str, vocab: list[str], what: str = "input") -> list[int]:
    """Token indices of ``text``; raises InputError naming the first unknown token and its position."""
    index = {v: k for k, v in enumerate(vocab)}
    tokens = split(text, vocab)
    if not tokens:
        raise InputError(Message("InputErrors", "{what}: no tokens given", what=what))
    if len(tokens) > MAX_STEPS:
        raise InputError(Message("InputErrors", "{what}: {count} tokens, more than the limit of {limit}", what=what,
                                 count=len(tokens), limit=MAX_STEPS))
    out = []
    for position, token in enumerate(tokens, start=1):
        if token not in index:
            raise InputError(Message("InputErrors", "{what}: unknown token {token} at position {position} "
                                     "(vocabulary: {vocab})", what=what, token=repr(token), position=position,
                                     vocab=" ".join(vocab)))
        out.append(index[token])
    return out


def parse_vocab(text: str, what: str = "--vocab", by_character: bool = True) -> list[str]:
    """A vocabulary typed as text: tokens separated by white space (``the cat sat``), or one word split
    into one token per character (``PIGS`` is P, I, G, S) when ``by_character``; with it false, one word
    is one token (the model panel splits a word only when the old vocabulary had one-character tokens).

    Raises InputError "<what>: …" for no tokens, a token given twice, more tokens or longer ones than a
    model file allows, or a token a model file may not hold (control characters, lone surrogates).
    """
    entries = text.split()
    if len(entries) == 1 and by_character:
        entries = list(entries[0])
    if not entries:
        raise InputError(Message("InputErrors", "{what}: no tokens given", what=what))
    if len(set(entries)) != len(entries):
        raise InputError(Message("InputErrors", "{what}: a token appears twice", what=what))
    if len(entries) > MAX_VOCAB:
        raise InputError(Message("InputErrors", "{what}: {count} tokens, more than the limit of {limit}", what=what,
                                 count=len(entries), limit=MAX_VOCAB))
    if any(len(t) > MAX_TOKEN_LENGTH for t in entries):
        raise InputError(Message("InputErrors", "{what}: tokens are at most {limit} characters long", what=what,
                                 limit=MAX_TOKEN_LENGTH))
    try:  # what else a model file may not hold: control characters, lone surrogates
        return check_vocab(entries)
    except InputError as err:
        raise within(what, err) from None


def unknown_positions(text: str, vocab: list[str]) -> list[int]:
    """0-based positions (in token order) of the tokens not in the vocabulary, for inline flagging."""
    known = set(vocab)
    return [k for k, token in enumerate(split(text, vocab)) if token not in known]


def case_fix(text: str, vocab: list[str]) -> str | None:
    """``text`` with every unknown token replaced by the one vocabulary token it equals ignoring case,
    when that makes every token known (``pigs`` -> ``PIGS`` for the vocabulary P I G S); None when
    nothing is unknown or case alone does not fix it."""
    known = set(vocab)
    typed = split(text, vocab)
    if all(token in known for token in typed):
        return None
    folded: dict[str, list[str]] = {}
    for v in vocab:
        folded.setdefault(v.casefold(), []).append(v)
    fixed = []
    for token in typed:
        match = [token] if token in known else folded.get(token.casefold(), [])
        if len(match) != 1:
            return None
        fixed.append(vocab.index(match[0]))
    return join(fixed, vocab)


def join(indices, vocab: list[str]) -> str:
    """The text for token indices: concatenated for a one-character vocabulary, space-separated otherwise."""
    sep = "" if single_char(vocab) else " "
    return sep.join(vocab[int(k)] for k in indices)
