"""The trained decider (see decider.py): spans, features, weights."""

#: ``Pipeline(model=AUTO)``: the shipped decider only where the text is not read as news
#: (``Decider(only_encyclopedic=True)``); here, not in decider.py, so that naming it does
#: not import the decider
AUTO = "auto"
