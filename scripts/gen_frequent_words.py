#!/usr/bin/env python3
"""Frequent Bengali words that are not names, from the wordfreq package.

Writes bangla_news_nlp/lang/bn/lexicons/frequent_words.txt: Bengali words at or above a Zipf frequency in
wordfreq's Bengali word list (built from Wikipedia, subtitles, news and web text; data licence
CC BY-SA 4.0), minus every one-word gazetteer form (spelling folded) and the name of every
place the gazetteer writes only after its district in the genitive (রাজশাহীর দুর্গাপুর: two
upazilas share the name, and a text that leaves the district out still names a place), every
known part of a personal name (lang/bn/lexicons/given_names.txt, given_names_abroad.txt, surnames.txt,
surnames_abroad.txt, mined_person_words.txt and bangla_news_nlp/lang/bn/person_names.py)
and every such name part with a genitive or accusative ending (আলীর, হোসেনের, রহমানকে: frequent because the
names are, not everyday words), except for the few name parts that are also everyday
nouns (সরকার "government", রায় "verdict").

The library uses the list to tell everyday words from names: a word on it does not start or
continue an unknown name, and a gazetteer form may not match a word on it only through
spelling folding (চিনতে is "to recognise", not চীন + তে).

Between Zipf 3.5 and 4.0 (--min-zipf, --strict-below) a word is also left out when it is a
gazetteer form or a known name part with a case ending: at that frequency the case forms of
places and names (মিরপুরে, মিরপুরের) are as frequent as the rarer everyday words the band is
for (স্বত্বাধিকারী, তদারককারী), which keep unknown names from running over them.

    pip install -e '.[data]' && python scripts/gen_frequent_words.py [--min-zipf 3.5]
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import regex  # noqa: E402
import wordfreq  # noqa: E402

from bangla_news_nlp.gazetteer import read_gazetteer  # noqa: E402
from bangla_news_nlp.lang.bn import person_names  # noqa: E402
from bangla_news_nlp.models import Label  # noqa: E402
from bangla_news_nlp.lang.data import LEXICON_DIR, LanguageData, read_word_list  # noqa: E402
from bangla_news_nlp.text.phrases import split_words  # noqa: E402
from bangla_news_nlp.resources import gazetteer_files  # noqa: E402

_LANG = LanguageData.bengali()
fold, stems = _LANG.fold, _LANG.stems

BENGALI_WORD = regex.compile(r"[\u0985-\u09b9\u09ce][\u0980-\u09ff]*")

# language data of the generator (lang/bn/person_names.py): the endings after which a name
# part is still plainly a name, and the name parts that are also everyday nouns
NAME_CASE_ENDINGS = person_names.NAME_CASE_ENDINGS
EVERYDAY_NAME_PARTS = frozenset(person_names.EVERYDAY_NAME_PARTS)
# everyday words that only spelling folding makes a gazetteer form (চিন "recognise" / চীন)
FOLD_HOMOGRAPHS = person_names.FOLD_HOMOGRAPHS
PLACE_LABELS = (Label.GPE, Label.LOC)
GENITIVE = frozenset(_LANG.genitive)


def inflected_name(word: str, names: set) -> bool:
    """A name part with a case ending: আলীর, হোসেনের, হকের (the part keeps three letters, or
    two before ের/কে/েরা, which no short everyday word hides: হকের, but not ধরে)."""
    for ending in NAME_CASE_ENDINGS:
        stem = word[: -len(ending)]
        shortest = 3 if ending == "র" else 2
        if word.endswith(ending) and len(stem) >= shortest and fold(stem) in names \
                and stem not in EVERYDAY_NAME_PARTS:
            return True
    return False


def read_words(name: str) -> set:
    return set(read_word_list(LEXICON_DIR / name))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-zipf", type=float, default=3.5)
    ap.add_argument("--strict-below", type=float, default=4.0,
                    help="below this frequency, inflected names and places are left out too")
    ap.add_argument("--out", type=Path, default=LEXICON_DIR / "frequent_words.txt",
                    help="output file (default: %(default)s)")
    args = ap.parse_args()

    names = {fold(w) for w in read_words("given_names.txt") | read_words("given_names_abroad.txt")
             | read_words("surnames.txt")
             | read_words("surnames_abroad.txt")
             | read_words("mined_person_words.txt")
             | set(split_words(person_names.GIVEN_NAMES)) | set(split_words(person_names.SURNAMES))}
    # one-word gazetteer forms are names whatever their frequency (the city generator makes
    # the forms of small cities that are frequent words weak: a city called বয়সে is not "at
    # the age of")
    forms = set()
    folded_forms = set()
    two_word_places = []
    for f in gazetteer_files():
        for row in read_gazetteer(f):
            for form, _weak in row.forms:
                if " " not in form:
                    forms.add(form)
                    folded_forms.add(fold(form))
                elif row.label in PLACE_LABELS and form.count(" ") == 1:
                    two_word_places.append(form.split(" "))
    # a place the gazetteer names only with its district, as two places share the name
    # (রাজশাহীর দুর্গাপুর, নেত্রকোণার দুর্গাপুর): its own name is a name too, though no
    # one-word form holds it (দুর্গাপুর উপজেলার, with the district left out)
    units = _LANG.admin_units.single_words() | _LANG.settlements.single_words()
    for first, last in two_word_places:
        if last in units:
            continue  # দোহার উপজেলা is Dohar upazila, not Doha's
        if any(st in forms for st, ending in stems(first)[1:] if ending in GENITIVE):
            forms.add(last)
            folded_forms.add(fold(last))
    homographs = frozenset(unicodedata.normalize("NFC", w) for w in FOLD_HOMOGRAPHS)
    words = []
    for w in wordfreq.top_n_list("bn", 200_000):
        if wordfreq.zipf_frequency(w, "bn") < args.min_zipf:
            break
        w = unicodedata.normalize("NFC", w)
        if not BENGALI_WORD.fullmatch(w) or w in forms or fold(w) in names \
                or inflected_name(w, names):
            continue
        if fold(w) in folded_forms and w not in homographs:
            continue  # another spelling of a gazetteer form (বাংলাদেশী, রাজবাড়ি): a name too
        if wordfreq.zipf_frequency(w, "bn") < args.strict_below and any(
                st in forms or fold(st) in names for st, _ in stems(w)[1:] if len(st) >= 3):
            continue  # rarer words: a place's or a name's case forms (মিরপুরে) are as frequent
        words.append(w)
    words = sorted(set(words))
    out = args.out
    with out.open("w", encoding="utf-8") as fh:
        fh.write(
            "# Frequent Bengali words that are not names (everyday words).\n"
            f"# Generated by scripts/gen_frequent_words.py from wordfreq {version('wordfreq')}"
            f" (Zipf frequency >= {args.min_zipf}); wordfreq's data is licensed CC BY-SA 4.0\n"
            "# (https://github.com/rspeer/wordfreq). One-word gazetteer forms (in any spelling that\n"
            "# spelling folding makes equal, but for the homographs of lang/bn/person_names.py), the places written\n"
            "# only after their district (রাজশাহীর দুর্গাপুর: দুর্গাপুর) and known name parts\n"
            f"# are left out, and below Zipf {args.strict_below} their case forms too."
            f" {len(words)} words.\n"
        )
        for w in words:
            fh.write(w + "\n")
    print(f"{len(words)} frequent words -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
