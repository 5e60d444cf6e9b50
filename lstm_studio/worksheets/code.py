"""Variant codes: a short printable code that rebuilds one worksheet variant exactly.

The code packs every field of a :class:`~.problem.Problem` into bits, adds a 10-bit checksum and writes the
result in Crockford's base 32 (digits and capitals without I, L, O, U), in groups of four:
``7M2K-Q0XC-4HBD-1VA``. Typing is forgiving: case, spaces and hyphens are ignored, O reads as 0 and
I, L as 1; a CRC-10 makes every single mistyped character, and every swap of neighbouring characters in
the payload, fail the check instead of loading a different problem.

Layout, version 2 (most significant bit first):

    version 2 | cell 4 | H−1 3 | vocab mode 2 | V−1 5 | vocab | T−1 4 | tokens T·⌈log2 V⌉ |
    seed varint | variant−1 varint | decimals−1 2 | difficulty 2 | graded 1 | hints 1 | key 1 |
    picked 1 | (picked: n−1 4, then n × (kind 5, count−1 3); else types 3) | zero padding | checksum 10

``graded`` codes check answers without showing solutions, ``key`` codes (the instructor's) show them;
``picked`` carries the instructor's choice of questions (:mod:`.selection`). Version 1 codes came from an
LSTM Studio whose questions differed; they are refused with a message rather than rebuilt differently.

A varint is 4-bit groups, low group first, each followed by a 1 when another group follows. The vocabulary
is spelled out in 5 bits a token (mode 0: capitals, mode 1: small letters, both with `` .,!?'``), in 7 bits
(mode 2: printable ASCII) or, for any other vocabulary, stored as a 24-bit hash (mode 3) that the model's own
vocabulary must match when the code is read.
"""

from __future__ import annotations

import zlib

from lstm_studio.document.errors import InputError
from lstm_studio.document.wording import Message
from lstm_studio.engine import CellSpec
from lstm_studio.worksheets.problem import DIFFICULTIES, QUESTION_TYPES, Problem, check_problem
from lstm_studio.worksheets.selection import BY_NAME, BY_NUMBER

VERSION = 2
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ = {ch: k for k, ch in enumerate(ALPHABET)} | {"O": 0, "I": 1, "L": 1}
CHECK_BITS = 10
GROUP = 4

#: The cells and conventions a code can name, by number. Append only: the numbers are in printed codes.
CELL_VARIANTS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("rnn", (("activation", "tanh"),)),
    ("rnn", (("activation", "relu"),)),
    ("lstm", ()),
    ("peephole_lstm", (("peephole", "diagonal"),)),
    ("peephole_lstm", (("peephole", "full"),)),
    ("gru", (("reset", "before"), ("update", "z_takes_new"))),
    ("gru", (("reset", "before"), ("update", "z_keeps_old"))),
    ("gru", (("reset", "after"), ("update", "z_takes_new"))),
    ("gru", (("reset", "after"), ("update", "z_keeps_old"))),
    ("gru", (("reset", "none"), ("update", "z_takes_new"))),
    ("gru", (("reset", "none"), ("update", "z_keeps_old"))),
)

_EXTRA = " .,!?'"
_ALPHABETS = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + _EXTRA,
    "abcdefghijklmnopqrstuvwxyz" + _EXTRA,
    "".join(chr(c) for c in range(0x20, 0x7F)),
)
_ALPHABET_BITS = (5, 5, 7)
HASH_MODE = 3
HASH_BITS = 24


class _Writer:
    def __init__(self) -> None:
        self.bits: list[int] = []

    def put(self, value: int, width: int) -> None:
        if not 0 <= value < 1 << width:
            raise ValueError(f"{value} does not fit in {width} bits")
        self.bits.extend((value >> (width - 1 - k)) & 1 for k in range(width))

    def varint(self, value: int) -> None:
        while True:
            self.put(value & 0xF, 4)
            value >>= 4
            self.put(1 if value else 0, 1)
            if not value:
                return


class _Reader:
    def __init__(self, bits: list[int]) -> None:
        self.bits = bits
        self.pos = 0

    def get(self, width: int) -> int:
        if self.pos + width > len(self.bits):
            raise InputError(Message("InputErrors", "variant code: too short (a character is missing)"))
        value = 0
        for bit in self.bits[self.pos : self.pos + width]:
            value = value << 1 | bit
        self.pos += width
        return value

    def varint(self) -> int:
        value, shift = 0, 0
        while True:
            value |= self.get(4) << shift
            shift += 4
            if not self.get(1):
                return value
            if shift > 36:
                raise InputError(Message("InputErrors", "variant code: not a code made by LSTM Studio"))


def _token_bits(vocab_size: int) -> int:
    return max(1, (vocab_size - 1).bit_length())


def _vocab_hash(vocab) -> int:
    return zlib.crc32("\x1f".join(vocab).encode("utf-8")) & ((1 << HASH_BITS) - 1)


def _vocab_mode(vocab) -> int:
    for mode, alphabet in enumerate(_ALPHABETS):
        if all(len(tok) == 1 and tok in alphabet for tok in vocab):
            return mode
    return HASH_MODE


def _checksum(bits: list[int]) -> int:
    """CRC-10 (generator x¹⁰ + x⁹ + x⁵ + x⁴ + x + 1) of the bits and their count.

    A CRC of degree 10 catches every error burst of up to 10 bits: every mistyped character (5 bits) and
    every swap of two neighbouring characters in the payload.
    """
    register = 0
    for bit in bits + [int(b) for b in format(len(bits) & 0xFF, "08b")]:
        feedback = (register >> 9) & 1 ^ bit
        register = (register << 1) & 0x3FF
        if feedback:
            register ^= 0x233
    return register


def _cell_number(spec: CellSpec) -> int:
    key = (spec.cell, tuple(sorted(spec.options)))
    for number, entry in enumerate(CELL_VARIANTS):
        if entry == key:
            return number
    raise InputError(f"model: the cell {spec.cell} with options {dict(spec.options)} has no variant code")


# --- Public API ---------------------------------------------------------------------------------------


def encode(problem: Problem) -> str:
    """The variant code of ``problem``, grouped for printing (``7M2K-Q0XC-…``)."""
    check_problem(problem)
    w = _Writer()
    w.put(VERSION, 2)
    w.put(_cell_number(problem.spec), 4)
    w.put(problem.hidden_size - 1, 3)
    mode = _vocab_mode(problem.vocab)
    w.put(mode, 2)
    w.put(len(problem.vocab) - 1, 5)
    if mode == HASH_MODE:
        w.put(_vocab_hash(problem.vocab), HASH_BITS)
    else:
        for token in problem.vocab:
            w.put(_ALPHABETS[mode].index(token), _ALPHABET_BITS[mode])
    w.put(len(problem.inputs) - 1, 4)
    width = _token_bits(len(problem.vocab))
    for index in problem.inputs:
        w.put(index, width)
    w.varint(problem.seed)
    w.varint(problem.variant - 1)
    w.put(problem.decimals - 1, 2)
    w.put(DIFFICULTIES.index(problem.difficulty), 2)
    for flag in (problem.graded, problem.hints, problem.key, bool(problem.selection)):
        w.put(int(flag), 1)
    if problem.selection:
        w.put(len(problem.selection) - 1, 4)
        for name, count in problem.selection:
            w.put(BY_NAME[name].number, 5)
            w.put(count - 1, 3)
    else:
        w.put(sum(1 << k for k, name in enumerate(QUESTION_TYPES) if name in problem.types), 3)
    while len(w.bits) % 5:
        w.put(0, 1)
    w.put(_checksum(w.bits), CHECK_BITS)
    chars = [ALPHABET[int("".join(map(str, w.bits[k : k + 5])), 2)] for k in range(0, len(w.bits), 5)]
    return "-".join("".join(chars[k : k + GROUP]) for k in range(0, len(chars), GROUP))


def normalise(code: str) -> str:
    """The code's characters without separators, upper-cased, with O, I, L read as 0, 1, 1."""
    return "".join(ALPHABET[_READ[ch]] if ch in _READ else ch for ch in code.upper() if ch not in " -_\t\n")


def decode(code: str, vocab: list[str] | tuple[str, ...] | None = None) -> Problem:
    """The problem a variant code stands for; InputError (one line) for a mistyped or foreign code.

    ``vocab`` is needed only for codes of models whose vocabulary could not be spelled out in the code
    (multi-character or non-ASCII tokens): it must be that model's vocabulary.
    """
    text = normalise(code)
    if not text:
        raise InputError(Message("InputErrors", "variant code: empty"))
    bad = [ch for ch in text if ch not in _READ]
    if bad:
        raise InputError(Message("InputErrors", "variant code: {character} is not a code character (codes use "
                                 "{digits} and {letters})", character=repr(bad[0]), digits="0-9", letters="A-Z"))
    if len(text) < 4:
        raise InputError(Message("InputErrors", "variant code: too short (a character is missing)"))
    bits = [int(b) for ch in text for b in format(_READ[ch], "05b")]
    payload, check = bits[:-CHECK_BITS], bits[-CHECK_BITS:]
    if _checksum(payload) != int("".join(map(str, check)), 2):
        raise InputError(Message("InputErrors",
                                 "variant code: the check characters do not match; check the code for a typo"))
    r = _Reader(payload)
    version = r.get(2)
    if version < VERSION:
        raise InputError(Message("InputErrors", "variant code: made by an older LSTM Studio whose questions differ; "
                                 "ask for a new sheet"))
    if version > VERSION:
        raise InputError(Message("InputErrors", "variant code: made by a newer LSTM Studio (code version {version})",
                                 version=version))
    cell_number = r.get(4)
    if cell_number >= len(CELL_VARIANTS):
        raise InputError(Message("InputErrors", "variant code: names a cell this LSTM Studio does not know"))
    cell, options = CELL_VARIANTS[cell_number]
    hidden = r.get(3) + 1
    mode = r.get(2)
    size = r.get(5) + 1
    if mode == HASH_MODE:
        digest = r.get(HASH_BITS)
        if vocab is None:
            raise InputError(Message("InputErrors", "variant code: this worksheet's model has word tokens; open "
                                     "that model first, then enter the code"))
        if len(vocab) != size or _vocab_hash(vocab) != digest:
            raise InputError(Message("InputErrors",
                                     "variant code: made for a model with a different vocabulary than the one open"))
        tokens = tuple(vocab)
    else:
        alphabet = _ALPHABETS[mode]
        indices = [r.get(_ALPHABET_BITS[mode]) for _ in range(size)]
        if any(k >= len(alphabet) for k in indices):
            raise InputError(Message("InputErrors", "variant code: not a code made by LSTM Studio"))
        tokens = tuple(alphabet[k] for k in indices)
    steps = r.get(4) + 1
    width = _token_bits(size)
    inputs = tuple(r.get(width) for _ in range(steps))
    seed = r.varint()
    variant = r.varint() + 1
    decimals = r.get(2) + 1
    difficulty = r.get(2)
    graded, hints, key, picked = (bool(r.get(1)) for _ in range(4))
    selection: tuple[tuple[str, int], ...] = ()
    if picked:
        entries = []
        for _ in range(r.get(4) + 1):
            number, count = r.get(5), r.get(3) + 1
            if number not in BY_NUMBER:
                raise InputError(Message("InputErrors",
                                         "variant code: names a question this LSTM Studio does not know"))
            entries.append((BY_NUMBER[number].name, count))
        selection = tuple(entries)
        types = tuple(s for s in QUESTION_TYPES if any(BY_NAME[n].section == s for n, _ in selection))
    else:
        mask = r.get(3)
        types = tuple(name for k, name in enumerate(QUESTION_TYPES) if mask >> k & 1)
    if len(payload) - r.pos >= 5 or any(payload[r.pos :]):
        raise InputError(Message("InputErrors", "variant code: not a code made by LSTM Studio"))
    if difficulty >= len(DIFFICULTIES) or len(set(tokens)) != len(tokens):
        raise InputError(Message("InputErrors", "variant code: not a code made by LSTM Studio"))
    problem = Problem(
        spec=CellSpec.make(cell, dict(options)),
        vocab=tokens,
        hidden_size=hidden,
        inputs=inputs,
        seed=seed,
        variant=variant,
        decimals=decimals,
        types=types,
        difficulty=DIFFICULTIES[difficulty],
        selection=selection,
        graded=graded,
        hints=hints,
        key=key,
    )
    try:
        return check_problem(problem)
    except InputError:
        raise InputError(Message("InputErrors", "variant code: not a code made by LSTM Studio")) from None
