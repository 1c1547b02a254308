"""Reading gazetteer files (schema version 1, see docs/gazetteers.md).

A malformed file fails at load time with :class:`GazetteerError`, which names the file, the
line and what is wrong.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple, Union

import regex

from ..errors import GazetteerError
from ..models import Label
from ..text.normalize import _is_nfc, normalize

__all__ = ["GazetteerError", "GazetteerRow", "HEADER", "FAST_ROW", "SIMPLE_FORM", "PROPERTIES",
           "data_lines", "file_properties", "read_gazetteer", "parse_row"]

HEADER = ("label", "canonical", "kb_id", "forms", "source")
_QID = regex.compile(r"Q[1-9][0-9]*")
_LABELS = {lab.value: lab for lab in Label}


@dataclass(frozen=True)
class GazetteerRow:
    label: Label
    canonical: str
    kb_id: Optional[str]
    forms: Tuple[Tuple[str, bool], ...]  # (form, weak)
    source: str
    file: str  # the file's stem, e.g. "people_world"
    line: int


def parse_row(
    fields: List[str], path: Union[str, Path], lineno: int, file: str
) -> GazetteerRow:
    if len(fields) != len(HEADER):
        raise GazetteerError(
            path, lineno, f"expected {len(HEADER)} tab-separated fields "
            f"({', '.join(HEADER)}), found {len(fields)}"
        )
    label_s, canonical, kb_id, forms_s, source = (f.strip() for f in fields)
    label = _LABELS.get(label_s)
    if label is None:
        raise GazetteerError(
            path, lineno, f"unknown label {label_s!r}; expected one of {', '.join(_LABELS)}"
        )
    if not canonical:
        raise GazetteerError(path, lineno, "empty canonical name")
    if kb_id and not _QID.fullmatch(kb_id):
        raise GazetteerError(path, lineno, f"kb_id {kb_id!r} is not a Wikidata QID like Q159")
    if not source:
        raise GazetteerError(path, lineno, "empty source: every entry says where it comes from")
    forms = []
    for raw in forms_s.split("|"):
        form = raw.strip()
        weak = form.startswith("~")
        if weak:
            form = form[1:].strip()
        if not form:
            raise GazetteerError(path, lineno, f"empty form in {forms_s!r}")
        if "\t" in form or "\n" in form:
            raise GazetteerError(path, lineno, f"form {form!r} contains a tab or line break")
        forms.append((form, weak))
    return GazetteerRow(label, canonical, kb_id or None, tuple(forms), source, file, lineno)


def read_text(path: Path) -> str:
    """A gazetteer file's text (UTF-8, a BOM dropped); GazetteerError naming the line of a bad byte."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GazetteerError(path, 0, f"cannot read the file: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise GazetteerError(path, line, f"not valid UTF-8 (byte {exc.start})") from exc
    return text[1:] if text.startswith("\ufeff") else text


#: The properties a file may declare in its header, each on a comment line of its own before
#: the header line: ``#: scope = local``.  name -> (allowed values, default).
PROPERTIES: Dict[str, Tuple[Tuple[str, ...], str]] = {
    # local: the file names places and bodies of one country (its districts and towns, its
    # local organisations), which the rules join into one name (ঢাকা-চট্টগ্রাম মহাসড়ক, ভোলা
    # জেলা … ফোরাম); world: the default.
    "scope": (("world", "local"), "world"),
}
_PROPERTY = regex.compile(r"#:\s*([a-z_]+)\s*=\s*(\S+)\s*")


def file_properties(path: Union[str, Path], text: Optional[str] = None) -> Dict[str, str]:
    """The properties a gazetteer file declares (``#: name = value`` lines before its
    header), with the defaults of :data:`PROPERTIES` for the others.

    :raises GazetteerError: an unknown property or value (naming the line).
    """
    path = Path(path)
    if text is None:
        text = read_text(path)
    props = {name: default for name, (_, default) in PROPERTIES.items()}
    for lineno, line in enumerate(text.split("\n"), start=1):
        line = line.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break  # the header: properties come before it
        if not line.startswith("#:"):
            continue
        m = _PROPERTY.fullmatch(line)
        if m is None:
            raise GazetteerError(path, lineno, f"a property line reads '#: name = value', not {line!r}")
        name, value = m.groups()
        if name not in PROPERTIES:
            raise GazetteerError(path, lineno, f"unknown property {name!r}; known: "
                                 + ", ".join(PROPERTIES))
        allowed = PROPERTIES[name][0]
        if value not in allowed:
            raise GazetteerError(path, lineno, f"property {name} is one of "
                                 f"{', '.join(allowed)}, not {value!r}")
        props[name] = value
    return props


def data_lines(path: Union[str, Path], *, strict_nfc: bool = False,
               text: Optional[str] = None) -> Iterator[Tuple[int, str]]:
    """``(line number, line)`` for every data row of a gazetteer file, after checking its
    header.  The text is normalised as running text is (NFC, nukta letters, ZWJ/ZWNJ …), so
    forms compare equal to what they match; with ``strict_nfc`` a line that is not NFC is an
    error instead (the shipped files are held to it)."""
    path = Path(path)
    if text is None:
        text = read_text(path)
    if strict_nfc and not _is_nfc(text):
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not unicodedata.is_normalized("NFC", line):
                raise GazetteerError(path, lineno, "line is not in Unicode NFC")
    text = normalize(text).text
    header_seen = False
    for lineno, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line or line[0] == "#" or not line.strip() or line.lstrip().startswith("#"):
            continue
        if not header_seen:
            if tuple(f.strip() for f in line.split("\t")) != HEADER:
                raise GazetteerError(
                    path, lineno, "the first non-comment line must be the header "
                    + "\\t".join(HEADER)
                )
            header_seen = True
            continue
        yield lineno, line
    if not header_seen:
        raise GazetteerError(path, 1, "no header line (" + "\\t".join(HEADER) + ")")


# A row in the usual shape, validated by one match: a known label, trimmed non-empty
# canonical and source, an optional QID, and forms that are Bengali words separated by single
# spaces (the index takes these without tokenising them).  Any other row goes through
# parse_row, which also says precisely what is wrong.
_WORD = "[\u0985-\u09b9\u09ce][\u0981-\u0983\u0985-\u09b9\u09bc\u09be-\u09cd\u09ce\u09d7]*"
_FORM = f"~?{_WORD}(?: {_WORD})*"
_TEXT = "[^\t\\s](?:[^\t]*[^\t\\s])?"
FAST_ROW = regex.compile(
    f"(PERSON|ORG|GPE|LOC|NORP)\t({_TEXT})\t(Q[1-9][0-9]*)?\t({_FORM}(?:\\|{_FORM})*)\t({_TEXT})"
)
SIMPLE_FORM = regex.compile(f"{_WORD}(?: {_WORD})*")


def read_gazetteer(path: Union[str, Path], *, strict_nfc: bool = False) -> List[GazetteerRow]:
    """Read one gazetteer file into rows (forms as normalised, weak flags split off)."""
    path = Path(path)
    return [
        parse_row(line.split("\t"), path, lineno, path.stem)
        for lineno, line in data_lines(path, strict_nfc=strict_nfc)
    ]
