"""Training tasks: the data sets a cell learns from (next character, plurals, long range, sentiment,
character language model).

May import: engine, ``lstm_studio.paths`` (where the shipped texts are) and the standard library.
See docs/architecture.md.
"""
