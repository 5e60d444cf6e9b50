"""Pieces every panel shares: the background job runner, the live-panel base, the LaTeX label, the
theme, the warning strip, the unit/layer controls, the flow layout and ``i18n.translate`` with the window's
languages (docs/i18n.md). Imports Qt; nothing here knows a particular panel.
"""
