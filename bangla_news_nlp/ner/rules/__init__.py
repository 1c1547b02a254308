"""The library's rules, registered in :data:`~bangla_news_nlp.ner.registry.RULES` as their
modules are imported.  **The import order below is the run order** (and the rank that breaks
ties between equally long, equally specific candidates): sentence rules first, then the
document rules, which read the first resolution of the whole document.  ``Pipeline().rule_names``
lists it; docs/rules.md describes every rule.
"""

from ..registry import RULES
from . import persons  # noqa: F401  title, name-particle, alias, named, speaker, age, name-words
from . import organizations  # noqa: F401  org-head, institution, acronym-in-parentheses
from . import sources  # noqa: F401  source-line
from . import places  # noqa: F401  natural-feature, place-cue, place-ending, constituency
from . import aliases  # noqa: F401  (document) acronym, weak-form
from . import propagation  # noqa: F401  (document) propagation
from . import compounds  # noqa: F401  (document) org-compound, place-compound
from . import people  # noqa: F401  (document) enumeration, nickname, name-prefix

__all__ = ["RULES"]
