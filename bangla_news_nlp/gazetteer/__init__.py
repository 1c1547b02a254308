"""Stage 4: gazetteer matching (files in data/gazetteers/, schema in docs/gazetteers.md)."""

from .index import Entry, GazetteerIndex, Match
from .schema import GazetteerError, GazetteerRow, read_gazetteer

__all__ = ["Entry", "GazetteerError", "GazetteerIndex", "GazetteerRow", "Match", "read_gazetteer"]
