"""Every exception the library raises on bad input, in one place (the bottom layer: it imports
nothing of the package).

They are all :class:`ValueError` subclasses (what is wrong is a value: a file's content, a
setting), under one base, :class:`BanglaNewsNLPError`.  Those about a file say which one and
where: their message reads ``path:line: what is wrong``, and the parts are attributes.
"""

from __future__ import annotations

import os
from typing import Union

__all__ = [
    "BanglaNewsNLPError",
    "FileFormatError",
    "GazetteerError",
    "EvalError",
    "CRFError",
    "ModelError",
    "LanguageDataError",
    "RuleError",
    "InputError",
    "OutputError",
]


class BanglaNewsNLPError(ValueError):
    """Base of the library's errors."""


class FileFormatError(BanglaNewsNLPError):
    """A file (or an entry given in code) that does not follow its format.

    The message reads ``path:line: what is wrong``; the parts are also attributes: ``path``
    (``"<code>"`` for something given in code), ``line`` (1-based; 0 when the whole file is at
    fault, e.g. it cannot be read) and ``message``.
    """

    def __init__(self, path: Union[str, "os.PathLike[str]"], line: int, message: str):
        self.path = os.fspath(path) if isinstance(path, os.PathLike) else str(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path}:{line}: {message}")


class GazetteerError(FileFormatError):
    """A gazetteer file (or an entry added in code) that does not follow the schema
    (docs/gazetteers.md)."""


class EvalError(FileFormatError):
    """A gold file that cannot be read (JSONL or CoNLL, see ``bangla-news-nlp evaluate``)."""


class LanguageDataError(BanglaNewsNLPError):
    """Language data that cannot be used: a word-list file that cannot be read, an unknown
    table name given to ``LanguageData.extend``."""


class CRFError(BanglaNewsNLPError):
    """A CRF model or training set that cannot be used (says which file, and why)."""


class ModelError(BanglaNewsNLPError):
    """A decider model file (``Pipeline(model=PATH)``) that cannot be used: missing,
    unreadable, or not a model of the format this version reads; says which file, and why."""


class RuleError(BanglaNewsNLPError):
    """A rule that cannot be registered, or a rule name that no rule has
    (``Pipeline(disable=[...])``)."""


class InputError(BanglaNewsNLPError):
    """An input to annotate that cannot be opened or read at all (a missing file, a folder
    that cannot be listed); the message names it.  A single bad record inside a readable
    input is not an error: the command line reports and skips it."""


class OutputError(BanglaNewsNLPError):
    """An output that cannot be written safely (its folder is missing, it is a folder, or
    ``OUT.part`` is a symbolic link); the message names it."""
