"""The trained decider (see decider.py): spans, features, weights."""
