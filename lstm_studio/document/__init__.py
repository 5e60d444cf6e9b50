"""Qt-free documents: model files, token parsing, validation, and small text files read safely (textfile)."""
