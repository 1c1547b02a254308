#!/usr/bin/env python3
"""Keep the examples in docs/ true: fill in what annotate() returns for each example row.

    python scripts/docs_examples.py            # rewrite the output columns of docs/*.md
    python scripts/docs_examples.py --check    # change nothing; print differences, exit 1

An example table sits between an opening marker and ``<!-- /examples -->`` in a page:

* ``<!-- examples: entities -->``: columns ``Text | Found``.  ``Text`` is written by hand;
  ``Found`` lists every entity annotate() returns, as ``**span** LABEL (canonical)``.
* ``<!-- examples: dates -->``: columns ``Form | Text | Reference | value | granularity |
  calendar | relative``.  ``Form``, ``Text`` and ``Reference`` (an ISO date passed as
  ``reference_date``, or ``—`` for none) are written by hand; the script puts every date
  mention annotate() returns in bold in ``Text`` and fills in the other columns, one line per
  mention.

To add an example, add a row with the hand-written columns (the others may be empty) and run
the script.  tests/test_docs_examples.py fails whenever a page and annotate() disagree, so a
change in behaviour shows up as a change in the docs, reviewed like code.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import difflib
import sys
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import regex

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bangla_news_nlp import annotate  # noqa: E402

PAGES = ("docs/labels.md", "docs/dates.md")
NONE_CELL = "—"

_OPEN = regex.compile(r"^<!--\s*examples:\s*(?P<kind>[a-z]+)\s*-->\s*$")
_CLOSE = regex.compile(r"^<!--\s*/examples\s*-->\s*$")
_CELL_SPLIT = regex.compile(r"(?<!\\)\|")
_SEPARATOR = regex.compile(r"^\|(\s*:?-+:?\s*\|)+\s*$")


class ExampleError(ValueError):
    """A malformed example block (file and line in the message)."""


# --- cells --------------------------------------------------------------------------------


def split_row(line: str) -> List[str]:
    """The cells of a Markdown table row, unescaped and stripped."""
    body = line.strip()
    if not (body.startswith("|") and body.endswith("|")):
        raise ValueError("a table row must start and end with '|'")
    return [c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(body[1:-1])]


def join_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _code(value: object) -> str:
    return f"`{value}`"


def _reference(cell: str) -> Optional[_dt.date]:
    if cell in ("", NONE_CELL):
        return None
    if "T" in cell:
        return _dt.datetime.fromisoformat(cell)
    return _dt.date.fromisoformat(cell)


# --- what annotate() returns, as cells ----------------------------------------------------


def entity_cells(text: str) -> List[str]:
    """The ``Found`` cell for ``text``."""
    doc = annotate(text)
    found = []
    for e in doc.entities:
        item = f"**{e.text}** {e.label.value}"
        if e.canonical:
            item += f" ({e.canonical})"
        found.append(item)
    return ["<br>".join(found) if found else "*nothing*"]


def date_cells(text: str, reference: Optional[_dt.date]) -> List[str]:
    """The ``Text`` cell (``text`` with every date mention in bold) and the ``value |
    granularity | calendar | relative`` cells for ``text``."""
    doc = annotate(text, reference)
    if not doc.dates:
        return [text, "*no date*", "", "", ""]
    marked, pos = [], 0
    cols: List[List[str]] = [[], [], [], []]
    for d in doc.dates:
        marked += [text[pos:d.start], "**", d.text, "**"]
        pos = d.end
        cols[0].append(_code(d.value))
        cols[1].append(d.granularity.value)
        cols[2].append(d.calendar.value)
        cols[3].append(_code(d.relative))
    marked.append(text[pos:])
    return ["".join(marked)] + ["<br>".join(c) for c in cols]


class Kind:
    """One kind of example table: its header, how many leading columns are written by hand,
    and how to compute a whole row from them."""

    def __init__(self, header: Tuple[str, ...], n_inputs: int,
                 compute: Callable[[List[str]], List[str]]) -> None:
        self.header = header
        self.n_inputs = n_inputs
        self.compute = compute


def _unbold(cell: str) -> str:
    return cell.replace("**", "")


def _date_row(form: str, text: str, reference: str) -> List[str]:
    marked, *rest = date_cells(text, _reference(reference))
    return [form, marked, reference or NONE_CELL] + rest


KINDS: Dict[str, Kind] = {
    "entities": Kind(("Text", "Found"), 1,
                     lambda inp: [inp[0]] + entity_cells(inp[0])),
    "dates": Kind(
        ("Form", "Text", "Reference", "value", "granularity", "calendar", "relative"), 3,
        lambda inp: _date_row(inp[0], _unbold(inp[1]), inp[2])),
}


# --- pages --------------------------------------------------------------------------------


def render(markdown: str, name: str = "<page>") -> Tuple[str, int]:
    """``markdown`` with every example row's output columns recomputed, and the number of
    example rows."""
    out: List[str] = []
    kind: Optional[Kind] = None
    header_seen = False
    rows = 0
    for lineno, line in enumerate(markdown.split("\n"), 1):
        m = _OPEN.match(line)
        if m:
            if kind is not None:
                raise ExampleError(f"{name}:{lineno}: example block opened inside another")
            if m.group("kind") not in KINDS:
                raise ExampleError(
                    f"{name}:{lineno}: unknown example kind {m.group('kind')!r} "
                    f"(known: {', '.join(KINDS)})")
            kind, header_seen = KINDS[m.group("kind")], False
            out.append(line)
            continue
        if _CLOSE.match(line):
            if kind is None:
                raise ExampleError(f"{name}:{lineno}: <!-- /examples --> without an opening")
            kind = None
            out.append(line)
            continue
        if kind is None or not line.strip().startswith("|"):
            out.append(line)
            continue
        try:
            cells = split_row(line)
        except ValueError as exc:
            raise ExampleError(f"{name}:{lineno}: {exc}") from None
        if not header_seen:
            if tuple(cells) != kind.header:
                raise ExampleError(
                    f"{name}:{lineno}: the header must be | {' | '.join(kind.header)} |")
            header_seen = True
            out.append(line)
            continue
        if _SEPARATOR.match(line.strip()):
            out.append(line)
            continue
        inputs = cells[: kind.n_inputs]
        if len(inputs) < kind.n_inputs or not all(inputs[i] for i in range(kind.n_inputs)
                                                   if kind.header[i] != "Reference"):
            raise ExampleError(f"{name}:{lineno}: an example row needs "
                               f"{', '.join(kind.header[:kind.n_inputs])}")
        try:
            computed = kind.compute(inputs)
        except ValueError as exc:
            raise ExampleError(f"{name}:{lineno}: {exc}") from None
        out.append(join_row(computed))
        rows += 1
    if kind is not None:
        raise ExampleError(f"{name}: an example block is not closed with <!-- /examples -->")
    return "\n".join(out), rows


def differences(path: Path) -> List[str]:
    """Unified-diff lines between ``path`` and what annotate() says (empty when they agree)."""
    text = path.read_text(encoding="utf-8")
    new, _ = render(text, str(path))
    if new == text:
        return []
    return list(difflib.unified_diff(text.split("\n"), new.split("\n"), str(path),
                                     "annotate() says", lineterm="", n=0))


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="change nothing: print the differences and exit 1 if there are any")
    ap.add_argument("pages", nargs="*", default=[str(ROOT / p) for p in PAGES])
    args = ap.parse_args(argv)
    status = 0
    for page in map(Path, args.pages):
        text = page.read_text(encoding="utf-8")
        try:
            new, rows = render(text, str(page))
        except ExampleError as exc:
            print(exc, file=sys.stderr)
            return 2
        if new == text:
            print(f"{page}: {rows} examples, all true")
        elif args.check:
            print("\n".join(differences(page)))
            status = 1
        else:
            page.write_text(new, encoding="utf-8")
            print(f"{page}: {rows} examples, rewritten")
    return status


if __name__ == "__main__":
    sys.exit(main())
