"""Qt-free documents: model files, token parsing, validation, the undoable session and autosave.

    modelfile   load, validate and save model files; the model limits (docs/limits.md)
    exercise    a model file with its exercise ``session`` block (input, targets, step)
    reading     read_limited: only regular files, sizes checked before reading
    textfile    small text files users hand the commands (rosters, answers, a training text), decoded
    atomic      atomic_write, atomic_write_many: a file is replaced whole or not at all
    errors      InputError, whose message is always one printable line; writing(path) for OSErrors
    events      Signal: subscribers isolated, each failure reported once (a view cannot stop an edit)
    session, undo, evaluation, tokens, reshape, autosave
"""
