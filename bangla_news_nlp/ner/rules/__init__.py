"""Stage 5: rules for what no list can hold.

Sentence-level rules propose candidates from the tokens and the gazetteer's matches;
document-level rules (``document.py``) then use what the first resolution found.
"""

from ..context import Context
from .document import (
    acronym_aliases,
    activate_weak,
    compound_orgs,
    compound_places,
    enumerated_persons,
    nicknames,
    person_prefixes,
    propagate_names,
)
from .organizations import head_noun_orgs, institutions, parenthesized_acronyms
from .persons import cue_persons, lexicon_persons, particle_persons, title_persons
from .places import constituencies, cue_places, ending_places
from .sources import source_lines

#: rules run on every document, in this order
SENTENCE_RULES = (
    title_persons, particle_persons, cue_persons, lexicon_persons,
    head_noun_orgs, institutions, parenthesized_acronyms, source_lines,
    cue_places, ending_places, constituencies,
)
#: rules that read the first resolution of the document
DOCUMENT_RULES = (
    acronym_aliases, activate_weak, propagate_names, compound_orgs, compound_places,
    enumerated_persons, nicknames, person_prefixes,
)

__all__ = ["Context", "SENTENCE_RULES", "DOCUMENT_RULES"]
