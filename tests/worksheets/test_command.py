"""``lstm-studio worksheet``: files in every text format, the codes on stdout, bad arguments one line, exit 2."""

from __future__ import annotations

import json

import pytest

from lstm_studio.cli import main
from lstm_studio.document import modelfile
from lstm_studio.engine import new_model
from lstm_studio.paths import presets
from lstm_studio.worksheets.code import decode

LSTM = str(presets()["lstm_pigs"])


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_formats_and_json(capsys, tmp_path):
    code, out, err = run(capsys, "worksheet", LSTM, "--input", "PIGS", "--variants", "3", "--seed", "9",
                         "--decimals", "1", "--questions", "forward,conceptual", "--difficulty", "easy",
                         "--out", str(tmp_path), "--format", "html,md,tex,json")
    assert code == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    expected = {f"{kind}-{n:02d}.{ext}" for kind in ("worksheet", "answers") for n in (1, 2, 3)
                for ext in ("html", "md", "tex")} | {"worksheets.json"}
    assert set(names) == expected
    data = json.loads((tmp_path / "worksheets.json").read_text(encoding="utf-8"))
    codes = [v["code"] for v in data["variants"]]
    assert [line.split("code ")[1].split(",")[0] for line in out.splitlines()] == codes
    problem = decode(codes[1])
    assert (problem.seed, problem.variant, problem.decimals, problem.difficulty) == (9, 2, 1, "easy")
    assert problem.types == ("forward", "conceptual")
    assert "wrote 19 files" in err
    key = (tmp_path / "answers-02.md").read_text(encoding="utf-8")
    for q in data["variants"][1]["questions"]:
        answer = q["answer"]
        shown = f"{answer:.{q['decimals']}f}".replace("-", "−") if isinstance(answer, float) else str(answer)
        assert f"**Answer: {shown}**" in key


def test_defaults(capsys, tmp_path):
    code, out, _ = run(capsys, "worksheet", LSTM, "--input", "PIG", "--out", str(tmp_path), "--format", "md")
    assert code == 0
    problem = decode(out.split("code ")[1].split(",")[0])
    assert (problem.seed, problem.variant, problem.decimals, problem.difficulty) == (0, 1, 2, "medium")
    assert problem.types == ("forward", "backward", "conceptual")


def _model_file(tmp_path, **kwargs):
    path = tmp_path / "model.json"
    modelfile.save(new_model(kwargs.pop("cell", "lstm"), list("PIGS"), kwargs.pop("hidden", 3), **kwargs), path)
    return str(path)


@pytest.mark.parametrize("args, message", [
    (["--format", "pdf,docx"], "--format: unknown format 'docx'"),
    (["--format", ","], "--format: no format given"),
    (["--questions", "forward,silly"], "--questions: unknown type 'silly'"),
    (["--variants", "0"], "--variants: 0 is outside 1..999"),
    (["--variants", "1000"], "--variants: 1000 is outside 1..999"),
    (["--variants", "many"], "invalid int value"),
    (["--decimals", "7"], "--decimals: 7 is not one of 1, 2, 3, 4"),
    (["--seed", "-1"], "--seed: -1 is outside"),
    (["--difficulty", "extreme"], "--difficulty: 'extreme' is not one of easy, medium, hard"),
    (["--paper", "a3"], "--paper: 'a3' is not one of a4, letter"),
    (["--input", "PIGX"], "unknown token 'X' at position 4"),
    (["--input", "   "], "no tokens given"),
    (["--input", "PIGSPIGSPIGSP"], "worksheets take 1 to 12 tokens, not 13"),
])
def test_bad_arguments_are_one_line_and_exit_2(capsys, tmp_path, args, message):
    options = {"--input": "PIGS", "--out": str(tmp_path / "out"), "--format": "md", **dict(zip(args[::2], args[1::2]))}
    argv = ["worksheet", LSTM] + [item for pair in options.items() for item in pair]
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.startswith("lstm-studio: error: ") and err.count("\n") == 1
    assert message in err


def test_bad_models_and_folders(capsys, tmp_path):
    cases = [
        ([_model_file(tmp_path, hidden=9)], "hidden size 9 is too large"),
        ([str(tmp_path / "missing.json")], "no such file"),
    ]
    bidirectional = tmp_path / "bi.json"
    modelfile.save(new_model("gru", list("PIGS"), 2, bidirectional=True), bidirectional)
    cases.append(([str(bidirectional)], "single-layer, one-direction"))
    for model_args, message in cases:
        code, _out, err = run(capsys, "worksheet", *model_args, "--input", "PIG", "--out", str(tmp_path / "o"))
        assert code == 2 and message in err and err.count("\n") == 1
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    code, _, err = run(capsys, "worksheet", LSTM, "--input", "PIG", "--out", str(a_file), "--format", "md")
    assert code == 2 and "is a file, not a folder" in err
    code, _, err = run(capsys, "worksheet", LSTM, "--input", "PIG")
    assert code == 2 and "--out" in err and err.count("\n") == 1


# --- the output folder, the disk and the messages (faults found preparing a graded sheet) ----------------


def _names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_an_output_folder_holds_only_the_latest_batch(capsys, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    code, _, _ = run(capsys, "worksheet", LSTM, "--input", "PIGS", "--variants", "5", "--out", str(tmp_path),
                     "--format", "md,json")
    assert code == 0
    code, out, _ = run(capsys, "worksheet", LSTM, "--input", "PIGS", "--variants", "2", "--seed", "4",
                       "--out", str(tmp_path), "--format", "md")
    assert code == 0
    assert _names(tmp_path) == ["answers-01.md", "answers-02.md", "notes.txt", "worksheet-01.md", "worksheet-02.md"]
    first_code = out.split("code ")[1].split(",")[0]
    assert first_code in (tmp_path / "worksheet-01.md").read_text(encoding="utf-8")


def test_an_empty_out_is_refused(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "worksheet", LSTM, "--input", "PIGS", "--out", "", "--format", "md")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "--out" in err and "empty" in err
    assert _names(tmp_path) == []


class _FullDisk:
    """os.fdopen whose files accept ``budget`` bytes in all, then fail with ENOSPC like a full disk."""

    def __init__(self, budget, real):
        self.budget, self.real = budget, real

    def __call__(self, fd, *args, **kwargs):
        handle = self.real(fd, *args, **kwargs)
        disk = self

        class Handle:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                handle.close()

            def write(self, data):
                if len(data) > disk.budget:
                    raise OSError(28, "No space left on device")
                disk.budget -= len(data)
                return handle.write(data)

            def __getattr__(self, name):
                return getattr(handle, name)

        return Handle()


def test_a_full_disk_leaves_no_half_batch_and_keeps_the_earlier_one(capsys, tmp_path, monkeypatch):
    import os

    code, _, _ = run(capsys, "worksheet", LSTM, "--input", "PIGS", "--variants", "2", "--out", str(tmp_path),
                     "--format", "md")
    assert code == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    monkeypatch.setattr(os, "fdopen", _FullDisk(120_000, os.fdopen))
    code, _out, err = run(capsys, "worksheet", LSTM, "--input", "PIGS", "--variants", "6", "--seed", "1",
                         "--out", str(tmp_path), "--format", "md,html,json")
    assert code == 2 and err.count("\n") == 1, err
    assert "No space left on device" in err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_one_file_is_one_file(capsys, tmp_path):
    code, _, err = run(capsys, "worksheet", LSTM, "--input", "PIGS", "--out", str(tmp_path), "--format", "json")
    assert code == 0 and "wrote 1 file " in err


def test_a_usage_error_has_one_prefix(capsys):
    code, _, err = run(capsys, "worksheets", LSTM)
    assert code == 2
    assert err.startswith("lstm-studio: error: ") and "error: lstm-studio:" not in err
