"""Qt-free documents: model files, token parsing, validation."""
