"""The studio view: the model panel, the sequence grid, the weight table, the time bar and the gate
and output plots.
"""
