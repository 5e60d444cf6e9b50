"""Pieces every panel shares: how a view follows the session (``live``), the one background runner
(``background``), the LaTeX label, the theme, the warning strip, the unit/layer controls and small widget
builders. Imports Qt; nothing here knows a particular panel.
"""
