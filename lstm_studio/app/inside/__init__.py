"""Inside the cell: the cell diagram, the unrolled network and the equations panel.
"""
