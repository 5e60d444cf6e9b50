"""The gradient lab: gradient flow over time, formulas with numbers plugged in, experiments.
"""
