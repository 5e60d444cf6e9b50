"""Pieces every panel shares: the background job runner, the live-panel base, the LaTeX label, the
theme, the warning strip and the unit/layer controls. Imports Qt; nothing here knows a particular panel.
"""
