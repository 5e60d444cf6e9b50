"""The contract every fuzzer here checks, and the pieces they share (docs/limits.md, "Fuzzing").

The contract: bad input ends in one line that names the problem (an InputError; on the command line
``lstm-studio: error: …`` on stderr and exit status 2), good input succeeds — never a traceback, a warning,
NaN or Infinity in JSON, a changed output file or a leftover temporary file on failure.

Loaders are fuzzed through :data:`LOADERS`: a loader is a function from a path to a value that raises
InputError for bad input, the valid files its mutations start from, and the mutations that suit its format
(byte-level ones suit every format; JSON-aware ones suit every JSON format). Adding one, such as the lesson
files, takes an entry here (see :class:`Loader`) — ``test_fuzz_loaders.py`` picks it up.

Budgets: every fuzz test takes ``settings=budget(n)``: n examples under the default "ci" profile
(derandomized, the whole fuzz set in well under a minute), the profile's own count under
``--hypothesis-profile long`` (10,000 per test) or any profile with 1,000 or more.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st

from lstm_studio.document.errors import InputError


def budget(ci: int) -> settings:
    """``ci`` examples in the quick run, the profile's count in a long one."""
    profile = settings.default.max_examples
    return settings(max_examples=profile if profile >= 1000 else ci)


# --- the contract -------------------------------------------------------------------------------------


def check_message(message: str) -> None:
    """One printable line naming the problem."""
    assert message.strip(), "an empty message"
    assert "\n" not in message and "\r" not in message and "\u2028" not in message, repr(message)
    assert len(message) <= 1000
    message.encode("utf-8")  # no lone surrogate: printable on any stream
    assert "Traceback" not in message


@contextlib.contextmanager
def no_warnings():
    """Fails on any Python warning (NumPy's RuntimeWarnings included) raised inside."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    relevant = [w for w in caught if not _benign(w)]
    assert not relevant, f"{relevant[0].category.__name__}: {relevant[0].message} ({relevant[0].filename})"


def _benign(w: warnings.WarningMessage) -> bool:
    """Warnings of libraries about themselves, which pytest's configuration filters as well."""
    return issubclass(w.category, DeprecationWarning) and "ziamath" in w.filename


def loads_or_refuses(load: Callable[[Path], object], path: Path):
    """``load(path)``: its result, or None after checking the InputError's message."""
    with no_warnings():
        try:
            return load(path)
        except InputError as err:
            check_message(str(err))
            return None


def strict_json(text: str):
    """JSON as the standard has it: NaN, Infinity and -Infinity are refused."""
    def refuse(constant):
        raise AssertionError(f"{constant} in JSON output")
    return json.loads(text, parse_constant=refuse)


@dataclass
class Outcome:
    code: int
    out: str
    err: str


def run_cli(argv: list[str], main: Callable[[list[str]], int]) -> Outcome:
    """The command in this process, stdout and stderr captured, with the contract checked."""
    out, err = io.StringIO(), io.StringIO()
    with no_warnings(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:  # --help and --version end this way; nothing else may
            code = exit_.code
            assert code == 0 and ("-h" in argv or "--help" in argv or "--version" in argv), argv
    outcome = Outcome(code, out.getvalue(), err.getvalue())
    assert code in (0, 1, 2, 130), (argv, code, outcome.err)
    if code == 2:
        prefix = "lstm-studio: error: "
        assert outcome.err.startswith(prefix) and outcome.err.endswith("\n"), outcome.err
        check_message(outcome.err[len(prefix):-1])  # the message is bounded (InputError), the prefix fixed
    elif code == 0:
        assert outcome.err == "" or argv[0] == "worksheet", outcome.err  # worksheet reports files on stderr
    if code == 0 and "--json" in argv and not {"-h", "--help"} & set(argv):
        for line in outcome.out.splitlines()[-1:]:
            strict_json(line)
    return outcome


# --- outputs that must not change on failure ---------------------------------------------------------


SENTINEL = b"the user's earlier file: a failed command must leave it as it was\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def check_untouched(folder: Path, before: dict[str, bytes]) -> None:
    """After a failure: every file as it was, and no temporary file left behind."""
    after = snapshot(folder)
    leftovers = sorted(set(after) - set(before))
    assert not leftovers, f"left behind: {leftovers}"
    changed = sorted(name for name in before if after.get(name) != before[name])
    assert not changed, f"changed on failure: {changed}"


# --- values ------------------------------------------------------------------------------------------

#: Text that has broken something somewhere: markup, quotes, escapes, formulas, line breaks, surrogates.
HOSTILE_TEXT = [
    "", " ", "\t", "\n", "x\ny", "\r\n", "\u2028", "\x00", "\x1b[31m", "\ud800", "\udcff", "\ufeff",
    '"""', "'''", "\\", "\\N{", "{x}", "}}", "%s", "<!--", "<b>", "<img src=x onerror=alert(1)>", "&amp;",
    "=1+2", "+1", "-1", "@SUM(A1)", "lstm-studio: ok", "a" * 33, "a" * 5000, "P", "PIG", "ü", "𝔘", "☃",
]


def json_values(depth: int = 3) -> st.SearchStrategy:
    """JSON values, including the ones that break parsers and messages: huge whole numbers, deep
    nesting, NaN and Infinity (which Python's json accepts), hostile strings."""
    leaves = st.one_of(
        st.none(), st.booleans(),
        st.integers(min_value=-(10**6), max_value=10**6),
        st.sampled_from([0, -1, 2**31, 2**63, 10**308, 10**400]),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from(HOSTILE_TEXT), st.text(max_size=12),
    )
    return st.recursive(leaves, lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.sampled_from(HOSTILE_TEXT) | st.text(max_size=6),
                                                     inner, max_size=4)),
        max_leaves=12 if depth else 1)


def dump_json(value) -> str:
    """JSON text of a value that may hold NaN and Infinity (Python's json writes them; loaders must refuse)."""
    return json.dumps(value, allow_nan=True)


# --- mutations ---------------------------------------------------------------------------------------


@st.composite
def byte_mutations(draw, data: bytes) -> bytes:
    """A few edits of the raw bytes: flips, inserts, deletions, a truncation, a repeated chunk."""
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat", "overwrite"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete" and data:
            del data[at : at + draw(st.integers(1, 16))]
        elif kind == "truncate":
            del data[at:]
        elif kind == "repeat" and data:
            chunk = data[at : at + draw(st.integers(1, 64))]
            data[at:at] = chunk * draw(st.integers(1, 50))
        elif kind == "overwrite" and data:
            value = draw(st.sampled_from([b"\x00", b"\xff", b"9" * 30, b"[" * 50, b'"', b"\\", b"NaN", b"-"]))
            data[at : at + len(value)] = value
    return bytes(data)


def _paths(value, prefix=()):
    """Every path into a parsed JSON value (tuples of keys and indices)."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for k, item in enumerate(value[:8]):  # a matrix's rows are alike: a few stand for all
            yield from _paths(item, (*prefix, k))


def _parent(value, path):
    for key in path[:-1]:
        value = value[key]
    return value


@st.composite
def json_mutations(draw, data: bytes) -> bytes:
    """Edits of the parsed JSON tree: replace, delete or add a node, wrap a list, resize one; then
    sometimes a textual edit (a duplicate key, a trailing comma)."""
    tree = json.loads(data)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(tree) if p]
        if not paths:
            tree = draw(json_values())
            break
        path = draw(st.sampled_from(paths))
        parent, key = _parent(tree, path), path[-1]
        kind = draw(st.sampled_from(["replace", "delete", "add", "wrap", "resize", "number"]))
        if kind == "replace":
            parent[key] = draw(json_values())
        elif kind == "delete":
            del parent[key]
        elif kind == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(HOSTILE_TEXT) | st.text(max_size=8))] = draw(json_values())
        elif kind == "add" and isinstance(parent, list):
            parent.insert(key, draw(json_values()))
        elif kind == "wrap":
            parent[key] = [parent[key]] * draw(st.integers(0, 3))
        elif kind == "resize" and isinstance(parent[key], list):
            size = draw(st.integers(0, len(parent[key]) + 3))
            parent[key] = (parent[key] * 2)[:size] if parent[key] else [0.5] * size
        elif kind == "number":
            parent[key] = draw(st.sampled_from([0, 1, -1, 1024, 1025, 10**6, 1.5, 1e308, -1e308, 5e-324,
                                                math.nan, math.inf, True, None, "3"]))
    text = dump_json(tree)
    if draw(st.integers(0, 9)) == 9 and text.startswith("{") and len(text) > 2:  # (hypothesis favours 0)
        text = draw(st.sampled_from([text[:-1] + ', "format": "x"}', text[:-1] + ",}", text + "\n\n", " " + text]))
    return text.encode("utf-8", "surrogatepass")


@dataclass
class Loader:
    """A loader to fuzz: ``load(path)`` returns a value or raises InputError.

    name        shown in test ids
    suffix      the file name's ending
    load        the loader
    seeds       valid files (their bytes) that mutations start from; made once per test session
    mutations   format-aware strategies taking the bytes of a seed (JSON formats: json_mutations); raw
                byte edits are always added
    check       what a successful load must satisfy beyond not raising (a round trip, for instance)
    """

    name: str
    suffix: str
    load: Callable[[Path], object]
    seeds: Callable[[Path], list[bytes]]
    mutations: list[Callable[[bytes], st.SearchStrategy]] = field(default_factory=list)
    check: Callable[[object, Path], None] | None = None


def mutated(loader: Loader, seeds: list[bytes]) -> st.SearchStrategy:
    """A seed of ``loader``, edited: mostly by its format-aware mutations (which reach past the parser
    into the checks), sometimes byte by byte, now and then not at all."""
    @st.composite
    def edit(draw, seed: bytes) -> bytes:
        choice = draw(st.integers(0, 9))  # 0-6 format-aware (hypothesis favours small numbers), 7-8 bytes
        if choice <= 6 and loader.mutations:
            return draw(draw(st.sampled_from(loader.mutations))(seed))
        return draw(byte_mutations(seed)) if choice <= 8 else seed
    return st.sampled_from(seeds).flatmap(edit)
