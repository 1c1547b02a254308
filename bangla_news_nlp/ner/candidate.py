"""The internal form of a proposed entity, shared by the gazetteer, the rules and resolve."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..models import Label

# Priorities for equally long spans: the more specific the evidence, the higher.
PRIORITY_DOC_ALIAS = 50  # defined by the document itself: … এজেন্সি (সানা)
PRIORITY_GAZETTEER = 40
PRIORITY_PROPAGATED = 35  # a later short mention of a name the document gave in full
PRIORITY_RULE = 30


@dataclass(slots=True)
class Candidate:
    ts: int  # first token (index into the token sequence)
    te: int  # one past the last token
    label: Label
    base: str
    source: str
    priority: int
    canonical: Optional[str] = None
    kb_id: Optional[str] = None
    eid: Optional[int] = None  # gazetteer entry, when there is one
