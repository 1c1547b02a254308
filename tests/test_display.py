"""The HTML view of a Document (what Jupyter shows for ``doc``)."""

from __future__ import annotations

import datetime as dt
import html
from html.parser import HTMLParser

from bangla_news_nlp import Document, Entity, Label, annotate
from bangla_news_nlp.views.display import COLOURS, render_html

SENTENCE = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে মঙ্গলবার (২৩ ডিসেম্বর) বৈঠক হয়।"


class Marks(HTMLParser):
    """Collects each <mark> of the text with its attributes and text, and all text outside
    tags, to check the view against the document."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks = []  # (attrs, text inside)
        self.text = []  # text of the bnn-text block, labels left out
        self._depth = 0  # inside a <mark>
        self._in_text = False
        self._in_tag = False  # inside a label tag (span inside mark)
        self._tags = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._tags.append(tag)
        if tag == "div" and attrs.get("class") == "bnn-text":
            self._in_text = True
        elif tag == "mark" and self._in_text:
            self.marks.append([attrs, ""])
            self._depth += 1
        elif tag == "span" and self._depth:
            self._in_tag = True

    def handle_endtag(self, tag):
        self._tags.pop()
        if tag == "mark" and self._depth:
            self._depth -= 1
        elif tag == "span" and self._in_tag:
            self._in_tag = False
        elif tag == "div" and self._in_text:
            self._in_text = False

    def handle_data(self, data):
        if not self._in_text or self._in_tag:
            return
        self.text.append(data)
        if self._depth:
            self.marks[-1][1] += data


def parse(markup: str) -> Marks:
    p = Marks()
    p.feed(markup)
    p.close()
    return p


def test_every_mention_highlighted_with_details_on_hover():
    doc = annotate(SENTENCE, dt.date(2025, 12, 24))
    markup = doc._repr_html_()
    p = parse(markup)
    assert "".join(p.text) == SENTENCE  # the text as written, labels aside
    got = [(a["data-label"], t) for a, t in p.marks]
    want = sorted([(e.start, e.label.value, e.text) for e in doc.entities]
                  + [(d.start, "DATE", d.text) for d in doc.dates])
    assert got == [(label, text) for _, label, text in want]
    titles = {t: a["title"] for a, t in p.marks}
    assert titles["ভ্লাদিমির পুতিনের"].splitlines() == [
        "PERSON: Vladimir Putin (Q7747)", "base form: ভ্লাদিমির পুতিন",
        "found by gazetteer:people_world"]
    assert titles["রুশ"].startswith("NORP: Russia")
    date_title = titles["মঙ্গলবার (২৩ ডিসেম্বর)"].splitlines()
    assert date_title[0] == "DATE: 2025-12-23"
    assert "gregorian" in date_title[1] and date_title[2].startswith("relative")
    for attrs, _ in p.marks:
        r, g, b = COLOURS[attrs["data-label"]]
        assert f"rgba({r},{g},{b}," in attrs["style"] and "color:inherit" in attrs["style"]
        assert attrs["class"] == f"bnn-mark bnn-{attrs['data-label']}"


def test_legend_counts_each_type():
    doc = annotate(SENTENCE)
    markup = render_html(doc)
    legend = markup[markup.index('class="bnn-legend"'):markup.index('class="bnn-text"')]
    text = html.unescape(" ".join(parse_text(legend)))
    assert "PERSON person 1" in text and "GPE country, city, district 1" in text
    assert "NORP nationality or group 1" in text and "DATE date or time 1" in text
    assert "LOC other place 0" in text
    assert 'class="bnn-legend"' not in render_html(doc, legend=False)


def parse_text(fragment: str):
    out = []

    class P(HTMLParser):
        def handle_data(self, data):
            out.append(data.strip())

    P().feed(fragment)
    return [t for t in out if t]


def test_everything_is_escaped():
    text = 'ঢাকায় <script>alert("x")</script> & রহিমের "বাড়ি" \'এখানে\''
    doc = annotate(text)
    markup = doc._repr_html_()
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    assert "".join(parse(markup).text) == text
    # a canonical name with markup in it, in the text and in the title attribute
    ent = Entity(start=0, end=6, text="ঢাকায়", label=Label.GPE, base='ঢাকা"><b>',
                 canonical='<img src=x onerror="1">', source="rule:<x>")
    markup = render_html(Document(text=text, entities=(ent,)))
    assert "<img" not in markup and "<b>" not in markup and "rule:&lt;x&gt;" in markup
    (mark,) = parse(markup).marks
    assert mark[0]["title"].startswith('GPE: <img src=x onerror="1">')


def test_overlapping_spans_show_once():
    text = "ঢাকা মহানগর পুলিশ"
    outer = Entity(start=0, end=len(text), text=text, label=Label.ORG, base=text, source="t")
    inner = Entity(start=0, end=4, text="ঢাকা", label=Label.GPE, base="ঢাকা", source="t")
    doc = Document(text=text, entities=(inner, outer))
    p = parse(render_html(doc))
    assert [(a["data-label"], t) for a, t in p.marks] == [("ORG", text)]
    assert "".join(p.text) == text


def test_labels_can_be_left_out_and_line_breaks_are_kept():
    text = "সম্পাদক : আবদুল হাই শিকদার\nপ্রকাশক : সালমা ইসলাম"
    doc = annotate(text)
    with_labels = render_html(doc)
    without = render_html(doc, labels=False)
    assert ">PERSON</span>" in with_labels and ">PERSON</span>" not in without
    assert "white-space:pre-wrap" in without and "\n" in "".join(parse(without).text)
    assert "".join(parse(without).text) == text


def test_empty_document():
    markup = annotate("")._repr_html_()
    assert "(empty text)" in markup and "<mark class" not in markup


def test_relative_dates_say_what_their_reference_gave():
    titles = {t: a["title"].splitlines()
              for a, t in parse(annotate("২৩ ডিসেম্বর বৈঠক, গতকাল সভা।")._repr_html_()).marks}
    assert titles["২৩ ডিসেম্বর"] == ["DATE: --12-23", "date, written in the gregorian calendar",
                                     "relative: no reference date for its year"]
    assert titles["গতকাল"][2] == "relative: no reference date"
    titles = {t: a["title"].splitlines() for a, t in parse(
        annotate("২৩ ডিসেম্বর বৈঠক।", dt.date(2025, 12, 24))._repr_html_()).marks}
    assert titles["২৩ ডিসেম্বর"][2] == "relative: resolved against the reference date"
