"""bangla-news-nlp: people, places, organisations and dates in Bengali news text.

>>> from bangla_news_nlp import annotate
>>> doc = annotate(text)
>>> for e in doc.entities:
...     print(e.text, e.label.value, e.canonical)

Importing the package loads nothing heavy: the gazetteers are read on the first call.
"""

from .errors import GazetteerError, RuleError
from .lang.data import LanguageData
from .models import (
    Calendar,
    DateMention,
    Entity,
    Granularity,
    Label,
    Sentence,
    Token,
    TokenKind,
)
from .pipeline import Pipeline, annotate, annotate_many, default_pipeline
from .document import Document, to_dataframe

__version__ = "0.1.0"

# imported on first use (the summaries' models are only needed by doc.people and friends)
_LAZY = {"EntitySummary": ".views.summary", "Role": ".views.summary"}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'bangla_news_nlp' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value

__all__ = [
    "annotate",
    "annotate_many",
    "to_dataframe",
    "Pipeline",
    "default_pipeline",
    "Document",
    "Entity",
    "DateMention",
    "Token",
    "Sentence",
    "Label",
    "Granularity",
    "Calendar",
    "TokenKind",
    "EntitySummary",
    "Role",
    "GazetteerError",
    "RuleError",
    "LanguageData",
    "__version__",
]
