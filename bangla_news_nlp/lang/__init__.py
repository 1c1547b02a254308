"""Bengali language data: plain word lists, no logic.

Modules here hold data only (spaCy's ``lang/`` folders are the model): case endings,
function words, titles and roles, organisation head nouns, date words.  Everything is
written in NFC, and the code that uses a list normalises it once at import.
"""
