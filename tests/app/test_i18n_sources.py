"""Every text the window shows goes through translate() (docs/i18n.md), checked on the source with ast.

A string literal with a word in it, passed to a call that puts text on the screen (setText, setToolTip,
QLabel, QPushButton, QAction, addMenu, setWindowTitle, showMessage, QMessageBox, addTab, setTitle, addRow,
…) or returned by a table model's data()/headerData(), fails unless it is wrapped in translate(). So does a
translate() whose text lupdate cannot read (an f-string, a concatenation with a variable) and a translate()
without its plural count where the text says %n.

Not scanned: app/worksheets/pdf/ (the printed worksheet, whose language is the worksheets' own) and the
generated catalogue of Qt-free texts. Words that are not translated anywhere (names of formats, products,
functions and keys) are in ALLOWED_WORDS; identifiers with an underscore (W_hh, h_t) are never words.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "lstm_studio" / "app"
NOT_SCANNED = (APP / "worksheets" / "pdf", APP / "common" / "qt_free_texts.py")

#: Calls whose string arguments reach the screen (methods, Qt classes and the app's own helpers).
SINKS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText", "setWindowTitle", "showMessage",
    "addMenu", "addTab", "insertTab", "setTabText", "setTabToolTip", "setTitle", "addRow", "insertRow", "addItem",
    "addItems", "insertItem", "setItemText", "addAction", "setLabel", "setPrefix", "setSuffix", "setSpecialValueText",
    "setHtml", "addLabel", "addSimpleText", "setAccessibleName", "setAccessibleDescription", "information",
    "warning", "question", "critical", "getOpenFileName", "getSaveFileName", "getExistingDirectory", "getText",
    "setFormat",
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QDockWidget", "QGraphicsSimpleTextItem", "TextItem",
    # the app's own helpers that show their text
    "_action", "_dock", "add_panel", "_value_box", "_label", "show_error", "set_warnings", "_set_status",
    "set_latex", "emit", "add_focus_controls", "LogCurves", "_style", "_title", "_replace", "set_params",
    "set_entry", "begin_drag", "begin_undo_group", "begin_group", "replace_model", "set_initial_state", "set_input",
}
#: Sinks whose other arguments are not texts: which positions to check.
TEXT_POSITIONS = {"setLabel": (1,), "_dock": (0,), "add_panel": (1,)}
#: Keyword arguments that are texts, whatever the call.
TEXT_KEYWORDS = {"name", "title", "text", "prefix", "suffix", "placeholderText", "toolTip", "tip", "label"}
#: Keyword arguments that are never texts, even of a sink (a widget's object name for the style sheet).
NOT_TEXT_KEYWORDS = {"object_name"}
#: Words that stay as they are in every language.
ALLOWED_WORDS = {
    "LSTM", "Studio", "GRU", "RNN", "RNNs", "BPTT", "CSV", "PDF", "HTML", "JSON", "LaTeX", "Markdown", "PyTorch",
    "Keras", "NumPy", "safetensors", "npz", "py", "sympy", "cuDNN", "colah", "Cho", "Ctrl", "Shift", "Alt", "Esc",
    "tanh", "relu", "softmax", "argmax", "log", "exp", "diag", "max", "min", "Re", "Im", "dL", "dh", "dc", "sans",
    "serif", "ms", "pt", "px", "nbsp", "PIG", "PIGS",
}
_TAG = re.compile(r"<[^<>]*>")
_ENTITY = re.compile(r"&#?\w+;")
_IDENTIFIER = re.compile(r"\S*_\S*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")


def words(text: str) -> list[str]:
    """The words of ``text`` that a translator would translate (markup, identifiers and ALLOWED_WORDS left out)."""
    text = _ENTITY.sub(" ", _TAG.sub(" ", text))
    text = _IDENTIFIER.sub(" ", text)
    return [w for w in _WORD.findall(text) if w not in ALLOWED_WORDS]


def literal_text(node: ast.AST) -> str | None:
    """The text a string expression shows, {} for what is filled in; None when it is not made of literals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def untranslated(node: ast.AST) -> list[str]:
    """Literal texts with words in ``node``, looking through +, if-else, parentheses and str.format (never
    into another call, which makes its own text: translate() is the point)."""
    text = literal_text(node)
    if text is not None:
        return [text] if words(text) else []
    if isinstance(node, ast.BinOp):
        return untranslated(node.left) + untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return untranslated(node.body) + untranslated(node.orelse)
    if isinstance(node, (ast.Tuple, ast.List)):
        return [t for element in node.elts for t in untranslated(element)]
    if isinstance(node, ast.Call) and _called(node) == "format" and isinstance(node.func, ast.Attribute):
        return untranslated(node.func.value)
    return []


def violations(path: Path) -> list[str]:
    """"line: text" for every untranslated text and every translate() lupdate cannot read, in one file."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _called(node)
            if name == "translate" and isinstance(node.func, ast.Name):
                found += _bad_translate(node)
                continue
            positions = TEXT_POSITIONS.get(name, range(len(node.args)))
            arguments = [node.args[k] for k in positions if k < len(node.args)] if name in SINKS else []
            arguments += [k.value for k in node.keywords
                          if k.arg in TEXT_KEYWORDS or (name in SINKS and k.arg not in NOT_TEXT_KEYWORDS)]
            found += [f"{node.lineno}: {text!r}" for arg in arguments for text in untranslated(arg)]
        elif isinstance(node, ast.FunctionDef) and node.name in ("data", "headerData"):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    found += [f"{inner.lineno}: {text!r}" for text in untranslated(inner.value)]
    return found


def _bad_translate(node: ast.Call) -> list[str]:
    if len(node.args) < 2:
        return [f"{node.lineno}: translate() needs a context and a text"]
    context, text = node.args[0], node.args[1]
    bad = []
    if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
        bad.append(f"{node.lineno}: translate()'s context must be a literal")
    if isinstance(text, (ast.JoinedStr, ast.BinOp)):
        bad.append(f"{node.lineno}: translate()'s text must be a literal (or a QT_TRANSLATE_NOOP constant), "
                   "not an f-string or a concatenation: lupdate would record the wrong text")
    if isinstance(text, ast.Constant) and "%n" in str(text.value) and len(node.args) < 4:
        bad.append(f"{node.lineno}: {text.value!r} says %n but translate() gets no count (4th argument)")
    if any(k.arg == "n" for k in node.keywords):
        bad.append(f"{node.lineno}: pass the plural count as the 4th positional argument (lupdate ignores n=)")
    return bad


def app_files() -> list[Path]:
    return [p for p in sorted(APP.rglob("*.py")) if not any(p == n or n in p.parents for n in NOT_SCANNED)]


def literal_translations() -> set[tuple[str, str]]:
    """(context, text) of every translate() and QT_TRANSLATE_NOOP() in the app that has literal arguments."""
    found = set()
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])):
                found.add((node.args[0].value, node.args[1].value))
    return found


def test_every_literal_text_reaches_the_catalogues():
    """lupdate reads Python with its own parser; a call it cannot read (a parenthesised text, say) would be
    missing from every .ts and stay English without any other test noticing."""
    root = ET.parse(ROOT / "resources" / "translations" / "lstm_studio_de.ts").getroot()
    known = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    missing = sorted(literal_translations() - known)
    assert len(literal_translations()) > 500
    assert not missing, "not in the catalogues (make translations-update, or write the call plainly):\n" + "\n".join(
        f"{context}: {text!r}" for context, text in missing)


def test_every_text_of_the_window_goes_through_translate():
    found = [f"{path.relative_to(ROOT)}:{line}" for path in app_files() for line in violations(path)]
    assert not found, "texts that bypass translate():\n" + "\n".join(found)


@pytest.mark.parametrize("source, expected", [
    ('label.setText("Hidden size")', ["1: 'Hidden size'"]),
    ('label.setText(translate("Panel", "Hidden size"))', []),
    ('QPushButton(f"Remove step {t}")', ["1: 'Remove step {}'"]),
    ('QLabel("<b>" + title + "</b>")', []),
    ('QLabel("W_hh · h_{t−1}")', []),
    ('box.setToolTip("softmax(y) · LSTM")', []),
    ('x.setText("a" if ok else "no target")', ["1: 'no target'"]),
    ('x.setText(translate("C", "{n} units").format(n=3))', []),
    ('x.setText("{n} units".format(n=3))', ["1: '{n} units'"]),
    ('x.setText(translate("C", f"step {t}"))', ["1: translate()'s text must be a literal (or a QT_TRANSLATE_NOOP "
                                                "constant), not an f-string or a concatenation: lupdate would "
                                                "record the wrong text"]),
    ('translate("C", "%n steps")', ["1: '%n steps' says %n but translate() gets no count (4th argument)"]),
    ('plot(x, y, name=f"unit {k}")', ["1: 'unit {}'"]),
    ('def data(self, index, role):\n    return "target"', ["2: 'target'"]),
])
def test_the_scan_finds_what_it_should(tmp_path, source, expected):
    path = tmp_path / "sample.py"
    path.write_text(source + "\n", encoding="utf-8")
    assert violations(path) == expected
