"""The window's translations (docs/i18n.md).

    python tools/translations.py update    regenerate the catalogue of Qt-free texts, then run pyside6-lupdate:
                                           new strings enter resources/translations/*.ts as unfinished,
                                           vanished ones are dropped
    python tools/translations.py release   compile every .ts into its .qm beside it (``make translations``)

lupdate reads the app's ``translate("Context", "text")`` calls. Texts that the Qt-free layers make and the
window shows (a cell option's explanation, a plotted quantity's title, the cell diagram's labels, a task's
explanation, a preset's name, the document's undo labels, and the templates of the ``Message`` texts they
compose with numbers in them: lock reasons, check results, teacher warnings, training messages, data summaries,
errors of bad input) are not in the app's source; this
script collects them from those layers and writes them into lstm_studio/app/common/qt_free_texts.py, one
``QT_TRANSLATE_NOOP("Context", "text")`` each, where lupdate finds them. The app translates them where it
shows them, with the same context.
"""

from __future__ import annotations

import argparse
import ast
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TS_DIR = ROOT / "resources" / "translations"
#: English has a catalogue too, of the plural forms only ("1 step", "2 steps"): lupdate -pluralonly.
LANGUAGES = ("en", "de", "vi", "zh_CN")
CATALOGUE = ROOT / "lstm_studio" / "app" / "common" / "qt_free_texts.py"
#: What lupdate reads: the app (the catalogue included).
SOURCES = ROOT / "lstm_studio" / "app"
#: A diagram text is worth translating when it holds a word, not only mathematics.
_WORD = re.compile(r"(?<![\w\\])(?!tanh\b|relu\b)[a-z]{2,}\b")
#: What a Message template has besides words: placeholders, markup and entities. A template of nothing
#: else ("{head}\n{working}") joins translated parts and is not catalogued (it reads the same everywhere).
_PLACEHOLDER = re.compile(r"\{\w*\}|<[^>]*>|&\w+;")


def ts_path(language: str) -> Path:
    return TS_DIR / f"lstm_studio_{language}.ts"


def _cell_specs():
    from lstm_studio.engine import CELLS, OPTIONS, CellSpec

    for cell in CELLS:
        names = list(OPTIONS[cell])
        for values in itertools.product(*(OPTIONS[cell][n][0] for n in names)):
            yield CellSpec.make(cell, dict(zip(names, values)))


def _undo_labels() -> list[str]:
    """The literal undo labels of the document: defaults of ``label`` parameters and the last literal
    argument of the calls that push a command."""
    pushers = {"set_input", "set_params", "set_initial_state", "replace_model", "begin_group", "begin_drag",
               "begin_undo_group",
               "SetSequence", "SetState", "SetParams", "ReplaceModel"}
    found = []
    for path in sorted((ROOT / "lstm_studio" / "document").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                args = node.args.args + node.args.kwonlyargs
                defaults = [None] * (len(node.args.args) - len(node.args.defaults)) + node.args.defaults
                defaults += node.args.kw_defaults
                for arg, default in zip(args, defaults):
                    if arg.arg == "label" and isinstance(default, ast.Constant) and isinstance(default.value, str):
                        found.append(default.value)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                last = node.args[-1]
                if name in pushers and isinstance(last, ast.Constant) and isinstance(last.value, str):
                    found.append(last.value)
    return found


#: The Qt-free packages whose ``Message("Context", "template", …)`` calls the window shows.
MESSAGE_SOURCES = ("engine", "tasks", "document", "explain", "lessons", "worksheets", "interop")


def _messages() -> dict[str, list[str]]:
    """Context -> the literal templates of every ``Message(...)`` call in the Qt-free layers, read from the
    source as lupdate reads ``translate()`` (lstm_studio/document/wording.py)."""
    found: dict[str, list[str]] = {}
    for package in MESSAGE_SOURCES:
        for path in sorted((ROOT / "lstm_studio" / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message"
                        and len(node.args) >= 2):
                    continue
                context, template = node.args[:2]
                if (isinstance(context, ast.Constant) and isinstance(context.value, str)
                        and isinstance(template, ast.Constant) and isinstance(template.value, str)
                        and _WORD.search(_PLACEHOLDER.sub("", template.value))):
                    found.setdefault(context.value, []).append(template.value)
    return found


def qt_free_texts() -> dict[str, list[str]]:
    """Context -> the texts of the Qt-free layers that the window shows, each once, in a stable order."""
    from lstm_studio import paths
    from lstm_studio.engine import OPTIONS, new_model
    from lstm_studio.engine.spec import OPTION_LABELS
    from lstm_studio.explain import cell_layouts, quantities
    from lstm_studio.explain.gradient_demos import DEMOS
    from lstm_studio.explain.matrix_views import layouts
    from lstm_studio.tasks.catalog import TASKS

    texts: dict[str, list[str]] = {
        "CellOptions": [explanation for options in OPTIONS.values() for _, _, explanation in options.values()]
        + list(OPTION_LABELS.values()),
        "Quantity": [],
        "CellDiagram": [],
        "Parameter": [],
        "Tasks": [],
        "Presets": [],
        "Undo": _undo_labels(),
        "GradientDemos": [text for demo in DEMOS.values() for text in (demo.title, demo.tip)],
    }
    for spec in _cell_specs():
        for reverse in (False, True):
            built = cell_layouts.layout(spec, reverse)
            for element in (*built.nodes, *built.wires):
                shown = (element.title, getattr(element, "caption", ""), getattr(element, "symbol", ""))
                texts["CellDiagram"] += [text for text in shown if _WORD.search(text)]
        model = new_model(spec.cell, ["a", "b"], 2, options=dict(spec.options))
        texts["Parameter"] += [layout.help for layout in layouts(model)]
        texts["Quantity"] += [quantity.title for quantity in quantities.quantities(model)]
    for task in TASKS.values():
        texts["Tasks"] += [task.title, task.explanation]
        texts["Tasks"] += [text for option in task.options for text in (option.name.replace("_", " "), option.help)]
    for path in paths.presets().values():
        texts["Presets"].append(json.loads(path.read_text(encoding="utf-8")).get("name", ""))
    for context, templates in _messages().items():
        texts.setdefault(context, []).extend(templates)
    return {context: list(dict.fromkeys(t for t in found if t)) for context, found in texts.items()}


def catalogue_source() -> str:
    """The text of qt_free_texts.py for the present Qt-free layers."""
    lines = [
        '"""Texts of the Qt-free layers that the window shows, for pyside6-lupdate to find (docs/i18n.md).',
        "",
        "Generated by ``python tools/translations.py update``; do not edit. The app translates each where it",
        'shows it, e.g. ``translate("Quantity", quantity.title)``. Nothing imports this module."""',
        "",
        "# ruff: noqa: E501  (one text per line, as long as the text)",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEXTS = (",
    ]
    for context, texts in qt_free_texts().items():
        for text in texts:
            lines.append(f"    QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)}),")
    lines.append(")")
    return "\n".join(lines) + "\n"


def _tool(name: str) -> Path:
    """PySide6's own lupdate or lrelease (the pyside6-* scripts only start these)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"translations.py: PySide6 has no {name} at {folder}")


def update() -> None:
    CATALOGUE.write_text(catalogue_source(), encoding="utf-8")
    for language in LANGUAGES:
        plural_only = ["-pluralonly"] if language == "en" else []
        subprocess.run([str(_tool("lupdate")), "-silent", "-no-obsolete", "-locations", "none", "-extensions", "py",
                        *plural_only, "-source-language", "en", "-target-language", language, str(SOURCES),
                        "-ts", str(ts_path(language))], check=True)


def release(out_dir: Path | None = None) -> list[Path]:
    """Compile each language's .ts into a .qm (beside it, or in ``out_dir``); returns the .qm written."""
    written = []
    for language in LANGUAGES:
        ts = ts_path(language)
        qm = (out_dir or TS_DIR) / ts.with_suffix(".qm").name
        subprocess.run([str(_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update or compile the window's translations.")
    parser.add_argument("action", choices=("update", "release"))
    args = parser.parse_args(argv)
    if args.action == "update":
        update()
    else:
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
