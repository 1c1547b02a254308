"""Stage 5: rules for what no list can hold.

Sentence-level rules propose candidates from the tokens and the gazetteer's matches;
document-level rules (``document.py``) then use what the first resolution found.
"""

from .context import Context
from .document import acronym_aliases, activate_weak, propagate_names
from .organizations import head_noun_orgs
from .persons import particle_persons, title_persons
from .sources import source_lines

#: rules run on every document, in this order
SENTENCE_RULES = (title_persons, particle_persons, head_noun_orgs, source_lines)
#: rules that read the first resolution of the document
DOCUMENT_RULES = (acronym_aliases, activate_weak, propagate_names)

__all__ = ["Context", "SENTENCE_RULES", "DOCUMENT_RULES"]
