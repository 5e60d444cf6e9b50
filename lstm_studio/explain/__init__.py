"""Turning numbers into explanations, Qt-free: unit-by-unit arithmetic, teacher warnings, gradient
formulas with numbers plugged in, plotted quantities, equation text and cell-diagram layouts.

May import: engine, symbolic, document. Never Qt, never app. See docs/architecture.md.
"""
