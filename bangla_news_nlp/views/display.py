"""An HTML view of a Document, for Jupyter: ``doc`` as the last line of a cell shows it.

The text is shown as written (line breaks kept) with every entity and date highlighted in
the colour of its type, a legend with the number of mentions of each type above it, and the
details on hover (the ``title`` attribute): the canonical name, Wikidata QID and source of an
entity, the ISO 8601 value, granularity and calendar of a date.

It reads on light and dark notebook themes alike: the highlights are a colour at low opacity
over whatever the page is, with a stronger underline of the same colour, and the text keeps
the page's own colour.  Styles are inline (no ``<style>`` block), so they survive renderers
that strip style sheets and cannot leak into the rest of the notebook; each ``<mark>`` also
has the classes ``bnn-mark`` and ``bnn-<LABEL>`` for your own CSS.  Everything from the
document is HTML-escaped.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Dict, List, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

__all__ = ["render_html", "COLOURS", "DESCRIPTIONS"]

# The colour (red, green, blue) of each kind of mention.  Mid-tone hues: at 22 % opacity they
# are a light tint on a white page and a dark tint on a black one, so the page's text colour
# keeps its contrast on both.
COLOURS: Dict[str, Tuple[int, int, int]] = {
    "PERSON": (234, 120, 22),  # orange
    "ORG": (37, 120, 235),  # blue
    "GPE": (22, 163, 74),  # green
    "LOC": (8, 145, 178),  # cyan
    "NORP": (147, 51, 234),  # purple
    "DATE": (219, 39, 119),  # pink
}

DESCRIPTIONS: Dict[str, str] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "country, city, district",
    "LOC": "other place",
    "NORP": "nationality or group",
    "DATE": "date or time",
}

_BACKGROUND_ALPHA = 0.22
_LINE_ALPHA = 0.9


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _title(lines: List[str]) -> str:
    """A title attribute's value: escaped lines joined by an encoded line break."""
    return "&#10;".join(_esc(line) for line in lines)


def _mark_style(label: str) -> str:
    r, g, b = COLOURS[label]
    return (
        f"background:rgba({r},{g},{b},{_BACKGROUND_ALPHA});color:inherit;"
        f"border-bottom:2px solid rgba({r},{g},{b},{_LINE_ALPHA});border-radius:0.3em;"
        "padding:0.05em 0.25em;white-space:nowrap"
    )


_TAG_STYLE = (
    "font:600 0.62em/1 system-ui,-apple-system,'Segoe UI',sans-serif;letter-spacing:0.03em;"
    "margin-left:0.35em;vertical-align:middle;opacity:0.75;user-select:none"
)


def _spans(doc: "Document") -> List[Tuple[int, int, str, str]]:
    """(start, end, label, title) of every highlight, in text order, without overlaps (of two
    overlapping spans the one starting first, else the longer, is shown)."""
    spans = []
    for e in doc.entities:
        label = e.label.value
        lines = [f"{label}: {e.canonical or e.base}"
                 + (f" ({e.kb_id})" if e.kb_id else "")
                 + ("" if e.canonical else " (no canonical name)")]
        if e.base != e.text:
            lines.append(f"base form: {e.base}")
        lines.append(f"found by {e.source}")
        spans.append((e.start, e.end, label, _title(lines)))
    for d in doc.dates:
        lines = [f"DATE: {d.value if d.value is not None else 'value unknown'}",
                 f"{d.granularity.value}, written in the {d.calendar.value} calendar"]
        if d.relative:
            if d.value is None:
                lines.append("relative: no reference date")
            elif d.value.startswith("--"):
                lines.append("relative: no reference date for its year")
            else:
                lines.append("relative: resolved against the reference date")
        spans.append((d.start, d.end, "DATE", _title(lines)))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out = []
    last_end = 0
    for span in spans:
        if span[0] >= last_end:
            out.append(span)
            last_end = span[1]
    return out


def render_html(doc: "Document", *, legend: bool = True, labels: bool = True) -> str:
    """The document as an HTML fragment (what ``Document._repr_html_`` returns).

    :param legend: show the legend of colours, with the number of mentions of each type.
    :param labels: write the label (PERSON, DATE …) in small letters after each mention.
    """
    text = doc.text
    parts: List[str] = []
    pos = 0
    for start, end, label, title in _spans(doc):
        parts.append(_esc(text[pos:start]))
        tag = f'<span style="{_TAG_STYLE}">{label}</span>' if labels else ""
        parts.append(
            f'<mark class="bnn-mark bnn-{label}" data-label="{label}" title="{title}" '
            f'style="{_mark_style(label)}">{_esc(text[start:end])}{tag}</mark>'
        )
        pos = end
    parts.append(_esc(text[pos:]))

    out = ['<div class="bnn-doc" style="color:inherit;line-height:2.1">']
    if legend:
        out.append(_legend(doc))
    body = "".join(parts) if text else '<span style="opacity:0.6">(empty text)</span>'
    out.append(f'<div class="bnn-text" style="white-space:pre-wrap;overflow-wrap:anywhere">'
               f"{body}</div></div>")
    return "".join(out)


def _legend(doc: "Document") -> str:
    counts = {label: 0 for label in COLOURS}
    for e in doc.entities:
        counts[e.label.value] += 1
    counts["DATE"] = len(doc.dates)
    items = []
    for label, n in counts.items():
        items.append(
            f'<span style="white-space:nowrap{"" if n else ";opacity:0.55"}">'
            f'<mark style="{_mark_style(label)}">{label}</mark> '
            f'{_esc(DESCRIPTIONS[label])} <span style="opacity:0.7">{n}</span></span>'
        )
    return (
        '<div class="bnn-legend" style="display:flex;flex-wrap:wrap;gap:0.2em 1.1em;'
        "font:0.8em/1.8 system-ui,-apple-system,'Segoe UI',sans-serif;margin-bottom:0.5em;"
        'padding-bottom:0.3em;border-bottom:1px solid rgba(128,128,128,0.35)">'
        + "".join(items) + "</div>"
    )
