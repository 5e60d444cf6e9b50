"""Training tasks: the data sets a cell learns from (next character, plurals, long range, sentiment,
character language model).

May import: engine and the standard library. See docs/architecture.md.
"""
