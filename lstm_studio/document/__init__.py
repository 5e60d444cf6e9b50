"""Qt-free documents: model files, token parsing, validation, the undoable session and autosave.

    modelfile   load, validate and save model files; the model limits (docs/limits.md)
    reading     read_limited: only regular files, sizes checked before reading
    atomic      atomic_write, atomic_write_many: a file is replaced whole or not at all
    errors      InputError, whose message is always one printable line
    events      Signal: subscribers isolated, each failure reported once (a view cannot stop an edit)
    session, undo, evaluation, tokens, reshape, autosave
"""
