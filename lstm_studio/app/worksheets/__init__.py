"""The worksheet dialog and Check my answers; the PDF typesetter lives in ``pdf/``.
"""
