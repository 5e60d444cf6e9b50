"""Training a model on a task, watching the curves, and generating from the trained model.
"""
