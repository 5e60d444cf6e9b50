"""The built-in training tasks: what a cell is asked to learn, with the data and the split in the open.

A task turns its options (the user's words, the gap L, …) and a seed into a :class:`Dataset`: a
vocabulary and lists of :class:`Example` — token indices ``inputs`` (T,) and ``targets`` (T,), where a
target of −1 means "no target at this step" (the engine's convention, so many-to-one is a sequence
whose only target is the last one). Accuracy is counted over the steps that have a target.

    next_char    many-to-many: after each character of a word, the next one (default PIGS)
    plurals      the ending of a plural: BUS -> E S, COW -> S _ (words padded with _ to one length)
    long_range   many-to-one: recall the first symbol after L distractors — the RNN stays at chance
                 where the LSTM and GRU learn it, with the same budget (why gates exist)
    sentiment    many-to-one: POSITIVE or NEGATIVE after a short film review, word by word
    char_lm      next character on a short text shipped with the app, for generation
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from lstm_studio.engine.data import Dataset, Example
from lstm_studio.engine.wording import Message
from lstm_studio.paths import resource_dir

MAX_WORDS = 200
MAX_WORD_LENGTH = 32
MAX_TEXT_CHARS = 200_000
MAX_TEXT_VOCAB = 128
PAD = "_"


def task_file(name: str) -> str:
    """A text file of ``resources/tasks/`` (see :func:`lstm_studio.paths.resource_dir`)."""
    return (resource_dir() / "tasks" / name).read_text(encoding="utf-8")


class TaskError(ValueError):
    """A task name or option that is not allowed; the one-line message names the option. A message made as
    a Message (those of what a student types into an option) is kept in ``wording`` for the window."""

    def __init__(self, message: object = "") -> None:
        super().__init__(message)
        self.wording = message if isinstance(message, Message) else None


@dataclass(frozen=True)
class TaskOption:
    """One setting of a task. ``kind`` is int, float, str or list (a list of strings)."""

    name: str
    kind: type
    default: object
    help: str
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class Task:
    """A built-in task. ``defaults`` suggests hyper-parameters that learn it quickly (hidden, epochs, …)."""

    name: str
    title: str
    explanation: str
    options: tuple[TaskOption, ...]
    builder: Callable[..., Dataset]
    defaults: dict = field(default_factory=dict)

    def option(self, name: str) -> TaskOption:
        for opt in self.options:
            if opt.name == name:
                return opt
        valid = ", ".join(o.name for o in self.options) or "none"
        raise TaskError(f"{name}: not an option of the {self.name} task (options: {valid})")

    def build(self, seed: int = 0, **options) -> Dataset:
        """The dataset for these options (the rest at their defaults); TaskError names a bad option."""
        values = {}
        for opt in self.options:
            values[opt.name] = _check_option(self.name, opt, options.pop(opt.name, opt.default))
        if options:
            self.option(sorted(options)[0])
        return self.builder(seed=seed, **values)


def _check_option(task: str, opt: TaskOption, value):
    if opt.kind is list:
        if isinstance(value, str):
            value = [w for w in value.replace(",", " ").split() if w]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise TaskError(f"{opt.name}: expected a list of words")
        return list(value)
    if opt.kind is int:
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise TaskError(f"{opt.name}: expected a whole number, got {value!r}")
        value = int(value)
    elif opt.kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            raise TaskError(f"{opt.name}: expected a number, got {value!r}")
        value = float(value)
        if not np.isfinite(value):
            raise TaskError(f"{opt.name}: {value} is not a finite number")
    elif opt.kind is str:
        if not isinstance(value, str):
            raise TaskError(f"{opt.name}: expected text")
        return value
    if (opt.low is not None and value < opt.low) or (opt.high is not None and value > opt.high):
        raise TaskError(Message("Tasks", "{option}: {value} is outside {low}..{high} for the {task} task",
                                option=opt.name, value=value, low=f"{opt.low:g}", high=f"{opt.high:g}", task=task))
    return value


def _vocab_index(vocab: list[str]) -> dict[str, int]:
    return {v: k for k, v in enumerate(vocab)}


def _ceiling(examples: list[Example]) -> float:
    """Best reachable accuracy: a model sees only the inputs so far, so equal prefixes get one answer."""
    counts: dict[tuple[int, ...], Counter] = defaultdict(Counter)
    for e in examples:
        for t, k in enumerate(e.targets):
            if k >= 0:
                counts[e.inputs[: t + 1]][k] += 1
    total = sum(sum(c.values()) for c in counts.values())
    return sum(max(c.values()) for c in counts.values()) / total if total else 1.0


def _split(items: list, test_fraction: float, seed: int) -> tuple[list, list]:
    """A seeded split: the same seed gives the same test items on every machine."""
    order = np.random.Generator(np.random.PCG64(seed)).permutation(len(items))
    n_test = round(len(items) * test_fraction)
    test = sorted(order[:n_test].tolist())
    chosen = set(test)
    return [x for k, x in enumerate(items) if k not in chosen], [items[k] for k in test]


def _clean_word(word: str, what: str) -> str:
    word = word.strip()
    if not word:
        raise TaskError(Message("Tasks", "{option}: an empty word", option=what))
    if len(word) > MAX_WORD_LENGTH:
        raise TaskError(Message("Tasks", "{option}: {word}… is longer than {limit} characters", option=what,
                                word=repr(word[:20]), limit=MAX_WORD_LENGTH))
    if any(ch.isspace() for ch in word):
        raise TaskError(Message("Tasks", "{option}: {word} contains white space", option=what, word=repr(word)))
    return word


# --- next character ----------------------------------------------------------------------------------


def build_next_char(seed: int, words: list[str]) -> Dataset:
    if not words:
        raise TaskError(Message("Tasks", "{option}: give at least one word, e.g. {example}", option="words",
                                example="PIGS"))
    if len(words) > MAX_WORDS:
        raise TaskError(f"words: {len(words)} words, more than the limit of {MAX_WORDS}")
    words = [_clean_word(w, "words") for w in words]
    short = [w for w in words if len(w) < 2]
    if short:
        raise TaskError(Message("Tasks", "{option}: {word} is too short (a word needs at least two characters)",
                                option="words", word=repr(short[0])))
    vocab = list(dict.fromkeys(ch for w in words for ch in w))
    index = _vocab_index(vocab)
    train = [Example(tuple(index[c] for c in w[:-1]), tuple(index[c] for c in w[1:])) for w in words]
    ceiling = _ceiling(train)
    notes = []
    if ceiling < 1:
        notes.append(Message("Tasks", "Some words share a beginning but continue differently, so at best {share} of "
                             "the guesses can be right.", share=f"{ceiling:.0%}"))
    return Dataset("next_char", vocab, train, [], False, ceiling, ceiling, notes)


NEXT_CHAR = Task(
    name="next_char",
    title="Next character",
    explanation=(
        "The cell reads a word one character at a time and, after each character, guesses the next one: "
        "after P comes I, after PI comes G, after PIG comes S. This is many-to-many — every step has a "
        "target — and the cell must remember where it is in the word, because the same letter can be "
        "followed by different letters in different places. Add your own words: when two words start "
        "the same way and then part (PIG and PIN), no cell can be sure what comes next, and the best "
        "possible accuracy drops below 100 %. There is no test split: the point is to watch the cell "
        "memorise these words."
    ),
    options=(TaskOption("words", list, ["PIGS"], "the words to learn, e.g. PIGS,COWS"),),
    builder=build_next_char,
    defaults={"hidden": 3, "epochs": 300, "lr": 0.05, "batch_size": 8},
)


# --- plurals -----------------------------------------------------------------------------------------

PLURAL_WORDS: tuple[str, ...] = (
    "PIGS", "FEES", "COWS", "CUPS", "BUSES", "TAXES",
    "CATS", "DOGS", "HATS", "PENS", "BEDS", "CARS", "MAPS", "EGGS", "KEYS", "TOYS", "JARS", "BAGS",
    "RATS", "FANS",
    "BOXES", "GASES", "WAXES", "FAXES", "ASHES", "MIXES", "FOXES", "SIXES",
)
#: Held out of training to see whether the rule, not the words, was learnt (their stems end in letters
#: the training words also end in).
PLURAL_TEST: tuple[str, ...] = ("RATS", "FANS", "FOXES", "SIXES")
#: A stem ending in one of these takes -ES (bus -> buses, box -> boxes, ash -> ashes, fez -> fezes).
ES_ENDINGS: tuple[str, ...] = ("S", "X", "Z", "SH", "CH")


def plural_stem(word: str) -> tuple[str, str]:
    """(stem, ending) of a plural written in capitals: BUSES -> (BUS, ES), FEES -> (FEE, S)."""
    if not word.isalpha() or not word.isascii():
        raise TaskError(Message("Tasks", "{option}: {word} is not a word of the letters A to Z", option="words",
                                word=repr(word)))
    word = word.upper()
    if word.endswith("ES") and word[:-2].endswith(ES_ENDINGS) and len(word) > 3:
        return word[:-2], "ES"
    if word.endswith("S") and len(word) > 1:
        return word[:-1], "S"
    raise TaskError(Message("Tasks", "{option}: {word} is not a plural ending in S or ES", option="words",
                            word=repr(word)))


def build_plurals(seed: int, extra_words: list[str]) -> Dataset:
    if len(extra_words) > MAX_WORDS:
        raise TaskError(f"extra_words: {len(extra_words)} words, more than the limit of {MAX_WORDS}")
    extra = [_clean_word(w, "extra_words").upper() for w in extra_words]
    words = list(dict.fromkeys(list(PLURAL_WORDS) + extra))
    parts = [plural_stem(w) for w in words]
    width = max(len(stem) + 2 for stem, _ in parts)
    padded = [(stem + ending).ljust(width, PAD) for stem, ending in parts]
    vocab = sorted({ch for w in padded for ch in w} - {PAD}) + [PAD]
    index = _vocab_index(vocab)
    examples = []
    for (stem, _), w in zip(parts, padded):
        inputs = tuple(index[c] for c in w[:-1])
        # Only the ending is a target: the first letters of a word cannot be guessed from the letters
        # before them, and they are not what this task is about.
        targets = tuple(index[w[t + 1]] if t + 1 >= len(stem) else -1 for t in range(len(w) - 1))
        examples.append(Example(inputs, targets))
    held_out = set(PLURAL_TEST) - set(extra)
    train = [e for e, w in zip(examples, words) if w not in held_out]
    test = [e for e, w in zip(examples, words) if w in held_out]
    return Dataset("plurals", vocab, train, test, False, 1.0, _ceiling(train))


PLURALS = Task(
    name="plurals",
    title="Plurals: S or ES",
    explanation=(
        "Each word is a plural padded with _ to five characters: PIGS_, FEES_, COWS_, CUPS_, BUSES, "
        "TAXES and more of the same two kinds. The cell reads the word letter by letter and is scored "
        "only on the ending: after the stem it must say S or E, and then S or _. The rule hides in the "
        "stem's last letter (BUS and TAX take ES, COW and FEE take S), and the same letter S must be "
        "answered differently depending on where it stands — after BU it is followed by E, after COW "
        "by _ — so the cell has to remember. After training, type BUS and let the cell continue: it "
        "writes E S; type COW and it writes S _. RATS, FANS, FOXES and SIXES are held out as a test of "
        "whether the rule was learnt rather than the words. Add your own plurals (DISHES, CHURCHES: "
        "longer words pad everything to the longest). An Elman RNN learns this as fast as an LSTM: the "
        "memory it needs reaches back only a few letters. For a task that only gated cells learn, train "
        "the three side by side on the long-range dependency."
    ),
    options=(TaskOption("extra_words", list, [], "more plurals to learn, e.g. HENS,MIXES"),),
    builder=build_plurals,
    defaults={"hidden": 8, "epochs": 300, "lr": 0.03, "batch_size": 8},
)


# --- long-range dependency ---------------------------------------------------------------------------

LONG_RANGE_FIRST: tuple[str, ...] = ("A", "B")
LONG_RANGE_DISTRACTORS: tuple[str, ...] = ("w", "x", "y", "z")
QUERY = "?"
LONG_RANGE_TEST_SIZE = 200


def build_long_range(seed: int, gap: int, sequences: int) -> Dataset:
    vocab = list(LONG_RANGE_FIRST) + list(LONG_RANGE_DISTRACTORS) + [QUERY]
    n_first, n_dis = len(LONG_RANGE_FIRST), len(LONG_RANGE_DISTRACTORS)
    rng = np.random.Generator(np.random.PCG64(seed))

    def draw(n: int) -> list[Example]:
        # Balanced classes: half the sequences start with each first symbol.
        first = rng.permutation(np.arange(n) % n_first)
        middle = rng.integers(n_first, n_first + n_dis, size=(n, gap))
        out = []
        for k in range(n):
            inputs = (int(first[k]), *map(int, middle[k]), vocab.index(QUERY))
            out.append(Example(inputs, (-1,) * (gap + 1) + (int(first[k]),)))
        return out

    train = draw(sequences)
    test = draw(LONG_RANGE_TEST_SIZE)
    notes = [Message("Tasks", "Chance is {share}: a cell that forgot the first symbol can only guess.",
                     share=f"{1 / n_first:.0%}")]
    return Dataset("long_range", vocab, train, test, True, 1.0, 1.0, notes)


LONG_RANGE = Task(
    name="long_range",
    title="Long-range dependency",
    explanation=(
        "Each sequence starts with A or B, then L random distractors from w x y z, then a ?. At the ? "
        "the cell must say which symbol came first — only that last step has a target "
        "(many-to-one), so the error signal has to travel back L + 1 steps to the symbol that matters. "
        "In an Elman RNN it is multiplied by W_hh and tanh' at every step and fades away, so the RNN "
        "stays at guessing (50 %). The LSTM's cell state is a constant error carousel: with the forget "
        "gate near 1, cₜ = fₜ ⊙ cₜ₋₁ + … carries the symbol and its gradient across the gap almost "
        "unchanged, and the GRU's update gate does the same for h. With the defaults (L = 20, at most "
        "6 epochs, the three cells side by side on the same data) the LSTM and the GRU reach 100 % within "
        "a few epochs while the RNN stays at 50 %: the same budget, and only the gated cells learn. (Given "
        "many more epochs an RNN sometimes stumbles on a saturated unit that latches the symbol.) A gate's "
        "memory lasts about 1 / (1 − f) steps, so the gated cells start with chrono initialisation "
        "(forget-gate biases spread up to log L): with the usual b_f = 1 (f ≈ 0.73, a memory of four "
        "steps) an LSTM rarely learns a gap of 20 — switch chrono off to see why it is there. The test "
        "sequences are fresh ones the cell never saw."
    ),
    options=(
        TaskOption("gap", int, 20, "L, the number of distractors between the symbol and the ?", 0, 500),
        TaskOption("sequences", int, 512, "how many training sequences", 2, 20_000),
    ),
    builder=build_long_range,
    defaults={"hidden": 16, "epochs": 6, "lr": 0.02, "batch_size": 8, "init": "chrono", "side_by_side": True},
)


# --- sentiment ---------------------------------------------------------------------------------------

POSITIVE, NEGATIVE = "POSITIVE", "NEGATIVE"


def parse_phrases(text: str, what: str = "phrases") -> list[tuple[str, list[str]]]:
    """Lines of ``+ words …`` / ``- words …`` (``#`` starts a comment) -> [(label, words)]."""
    phrases = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        sign, words = line[0], line[1:].split()
        if sign not in "+-" or not words:
            raise TaskError(Message("Tasks", "{option}: line {number} should be '+ words' or '- words', got {line}",
                                    option=what, number=number, line=repr(line[:30])))
        for w in words:
            _clean_word(w, what)
        phrases.append((POSITIVE if sign == "+" else NEGATIVE, [w.lower() for w in words]))
    return phrases


def shipped_phrases() -> str:
    return task_file("sentiment.txt")


def build_sentiment(seed: int, extra_phrases: list[str], test_fraction: float) -> Dataset:
    shipped = parse_phrases(shipped_phrases(), "sentiment.txt")
    extra = parse_phrases("\n".join(extra_phrases), "extra_phrases")
    train_items, test_items = _split(shipped, test_fraction, seed)
    train_items += extra
    words = sorted({w for _, ws in shipped + extra for w in ws})
    vocab = words + [POSITIVE, NEGATIVE]
    index = _vocab_index(vocab)

    def example(label: str, ws: list[str]) -> Example:
        return Example(tuple(index[w] for w in ws), (-1,) * (len(ws) - 1) + (index[label],))

    train = [example(label, ws) for label, ws in train_items]
    test = [example(label, ws) for label, ws in test_items]
    unseen = sorted({w for _, ws in test_items for w in ws} - {w for _, ws in train_items for w in ws})
    notes = []
    if unseen:
        notes.append(Message("Tasks", "Words that appear only in the test split (the cell never learnt them): {words}",
                             words=" ".join(unseen)))
    return Dataset("sentiment", vocab, train, test, True, 1.0, _ceiling(train), notes)


SENTIMENT = Task(
    name="sentiment",
    title="Sentiment (many-to-one)",
    explanation=(
        "Short film reviews written for the app, read one word at a time; only after the last word "
        "does the cell answer POSITIVE or NEGATIVE (many-to-one). Many reviews come in pairs that "
        "differ by one word — 'not bad' is positive, 'not good' negative, 'i liked it' and 'i did not "
        "like it' — so the cell cannot just add up good and bad words: it must carry the 'not' along "
        "until the word it turns around. A seeded fifth of the reviews is held out as a test split; "
        "words that occur only there were never learnt, which is why the test accuracy stays below the "
        "training accuracy. Add your own reviews as '+ words' or '- words'."
    ),
    options=(
        TaskOption("extra_phrases", list, [], "more reviews, each '+ words' or '- words'"),
        TaskOption("test_fraction", float, 0.2, "the share of reviews held out for testing", 0.0, 0.9),
    ),
    builder=build_sentiment,
    defaults={"hidden": 12, "epochs": 200, "lr": 0.02, "batch_size": 8},
)


# --- character language model ------------------------------------------------------------------------


def shipped_text() -> str:
    return task_file("story.txt")


def normalise_text(text: str) -> str:
    """White space (line breaks too) and control characters become single spaces, so every character is
    a visible token (a model file refuses control characters as tokens: docs/model-file.md)."""
    return " ".join("".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text).split())


def build_char_lm(seed: int, text: str, length: int, test_fraction: float) -> Dataset:
    text = normalise_text(text if text else shipped_text())
    if len(text) > MAX_TEXT_CHARS:
        raise TaskError(f"text: {len(text)} characters, more than the limit of {MAX_TEXT_CHARS}")
    if len(text) < 2 * length + 2:
        raise TaskError(Message("Tasks", "{option}: {characters} characters is too short for pieces of {length} "
                                "(give more text)", option="text", characters=len(text), length=length))
    vocab = sorted(set(text))
    if len(vocab) > MAX_TEXT_VOCAB:
        raise TaskError(f"text: {len(vocab)} different characters, more than the limit of {MAX_TEXT_VOCAB}")
    index = _vocab_index(vocab)
    ids = [index[c] for c in text]
    # The last part of the text is the test split, so no test piece overlaps a training piece.
    cut = len(ids) - round(len(ids) * test_fraction)
    pieces = []
    for start in range(0, len(ids) - 1, length):
        chunk = ids[start : start + length + 1]
        if len(chunk) >= 2:
            pieces.append((start, Example(tuple(chunk[:-1]), tuple(chunk[1:]))))
    train = [e for s, e in pieces if s + len(e.inputs) < cut]
    test = [e for s, e in pieces if s + len(e.inputs) >= cut]
    notes = [Message("Tasks", "{characters} characters in pieces of {length}; the last {share} is the test split.",
                     characters=len(text), length=length, share=f"{test_fraction:.0%}")]
    return Dataset("char_lm", vocab, train, test, False, 0.6, _ceiling(train), notes)


CHAR_LM = Task(
    name="char_lm",
    title="Character language model",
    explanation=(
        "A short story written for the app ('the cell and the gate'), cut into pieces of 16 "
        "characters. At every character the cell guesses the next one, as in the next-character task "
        "but on real text, where no guess is ever certain — so the accuracy will not reach 100 %, and "
        "the loss (the surprise, in nats per character) is the better measure. Once trained, use the "
        "generation panel: prime it with a few letters and let it write, drawing each character from "
        "its output distribution and feeding it back in. The last fifth of the text is the test split. "
        "Paste your own text instead (at least a few hundred characters; line breaks become spaces)."
    ),
    options=(
        TaskOption("text", str, "", "the text to learn (empty: the shipped story)"),
        TaskOption("length", int, 16, "characters per training piece (BPTT length)", 2, 1000),
        TaskOption("test_fraction", float, 0.2, "the share of the text held out at its end", 0.0, 0.9),
    ),
    builder=build_char_lm,
    defaults={"hidden": 32, "epochs": 40, "lr": 0.03, "batch_size": 4},
)


TASKS: dict[str, Task] = {t.name: t for t in (NEXT_CHAR, PLURALS, LONG_RANGE, SENTIMENT, CHAR_LM)}


def get_task(name: str) -> Task:
    """The task called ``name``; TaskError lists the known ones otherwise."""
    try:
        return TASKS[name]
    except KeyError:
        raise TaskError(f"task: unknown task {name!r} (expected one of {', '.join(TASKS)})") from None
