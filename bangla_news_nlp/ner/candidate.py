"""The internal form of a proposed entity, shared by the gazetteer, the rules and resolve."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from ..models import Label

if TYPE_CHECKING:  # pragma: no cover
    from .registry import Rule

__all__ = ["Candidate", "PRIORITY_DOC_ALIAS", "PRIORITY_GAZETTEER", "PRIORITY_PROPAGATED",
           "PRIORITY_RULE"]

# Priorities for equally long spans: the more specific the evidence, the higher.
PRIORITY_DOC_ALIAS = 50  # defined by the document itself: … এজেন্সি (সানা)
PRIORITY_GAZETTEER = 40
PRIORITY_PROPAGATED = 35  # a later short mention of a name the document gave in full
PRIORITY_RULE = 30


@dataclass(slots=True)
class Candidate:
    """A proposed entity: tokens ``ts`` to ``te`` (exclusive) of the normalised text.

    ``source`` is what the Entity will say (``gazetteer:<file>`` or ``rule:<name>``);
    ``rule`` is the registered rule that proposed it (None for the gazetteer stage), and
    ``rank`` its place in the pipeline's run order (0 for the gazetteer), which breaks ties
    in :func:`~bangla_news_nlp.ner.resolve.resolve`.  ``local`` says the entity is a place or
    body of local scope (a gazetteer file's ``#: scope = local``, or a rule declared local).
    """

    ts: int  # first token (index into the token sequence)
    te: int  # one past the last token
    label: Label
    base: str
    source: str
    priority: int
    canonical: Optional[str] = None
    kb_id: Optional[str] = None
    eid: Optional[int] = None  # gazetteer entry, when there is one
    rank: int = 0
    rule: "Optional[Rule]" = None
    local: bool = False
