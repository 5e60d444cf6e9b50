"""Pieces every panel shares: how a view follows the session (``live``), the one background runner
(``background``), the LaTeX label, the theme, the warning strip, the unit/layer controls, small widget
builders, the flow layout and ``i18n.translate`` with the window's languages (docs/i18n.md). Imports Qt;
nothing here knows a particular panel.
"""
