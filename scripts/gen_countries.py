#!/usr/bin/env python3
"""Generate the country and world-region gazetteers from CLDR (via Babel).

Writes two files (schema: docs/gazetteers.md):

* ``data/gazetteers/countries.tsv`` (label GPE): one row per CLDR territory with a
  two-letter code, minus pseudo-territories and supranational entities (see SKIP).
  The Bengali name comes from CLDR (``babel.Locale("bn").territories``); the English
  canonical name from ``Locale("en").territories`` with the short names news uses
  (EN_OVERRIDES). Bengali press spellings are added from VARIANTS.
* ``data/gazetteers/regions.tsv`` (label LOC, a few GPE): CLDR's numeric world regions
  plus a curated table of seas, rivers, mountains, disputed and named areas
  (CURATED_REGIONS).

Usage::

    .venv/bin/python scripts/gen_countries.py            # writes both files
    .venv/bin/python scripts/gen_countries.py --out-dir /tmp/gaz

The output is sorted and depends only on the tables below and the installed Babel, so
re-running it gives byte-identical files.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_qids import CREDIT, qids  # noqa: E402  (data/kb/qids.tsv, made by fill_kb_ids.py)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "gazetteers"

CLDR = f"CLDR {get_cldr_version()} via Babel {babel.__version__}"
CURATED_PRESS = "curated: Bengali press usage"

# --------------------------------------------------------------------------------------
# Territory codes left out of countries.tsv.
# --------------------------------------------------------------------------------------
SKIP = {
    "ZZ",  # Unknown Region
    "XA",  # Pseudo-Accents (pseudo-locale)
    "XB",  # Pseudo-Bidi (pseudo-locale)
    "EU",  # European Union: an organisation
    "EZ",  # Eurozone: an organisation's currency area
    "UN",  # United Nations: an organisation
    "QO",  # Outlying Oceania: a statistical grouping, not a place with a government
    "AQ",  # Antarctica: a continent, written to regions.tsv as LOC instead
}

# Short English names used by news, replacing CLDR's English display name.
EN_OVERRIDES = {
    "BA": "Bosnia and Herzegovina",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CZ": "Czech Republic",
    "HK": "Hong Kong",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MM": "Myanmar",
    "MO": "Macau",
    "PS": "Palestine",
    "RU": "Russia",
    "SY": "Syria",
    "TL": "East Timor",
    "TR": "Turkey",
    "UM": "United States Minor Outlying Islands",
    "US": "United States",
    "GB": "United Kingdom",
    "VN": "Vietnam",
    "FM": "Micronesia",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "BN": "Brunei",
    "VC": "Saint Vincent and the Grenadines",
    "GS": "South Georgia and the South Sandwich Islands",
    "VI": "United States Virgin Islands",
}

# Wikidata QIDs, only where certain (sovereign states and a few well-known
# territories). The others come from Natural Earth by ISO code (data/kb/qids.tsv, made by
# scripts/fill_kb_ids.py), which never overrides these.  A wrong QID is worse than none.
QIDS = {
    "AD": "Q228", "AE": "Q878", "AF": "Q889", "AG": "Q781", "AL": "Q222", "AM": "Q399",
    "AO": "Q916", "AR": "Q414", "AT": "Q40", "AU": "Q408", "AZ": "Q227",
    "BA": "Q225", "BB": "Q244", "BD": "Q902", "BE": "Q31", "BF": "Q965", "BG": "Q219",
    "BH": "Q398", "BI": "Q967", "BJ": "Q962", "BN": "Q921", "BO": "Q750", "BR": "Q155",
    "BS": "Q778", "BT": "Q917", "BW": "Q963", "BY": "Q184", "BZ": "Q242",
    "CA": "Q16", "CD": "Q974", "CF": "Q929", "CG": "Q971", "CH": "Q39", "CI": "Q1008",
    "CL": "Q298", "CM": "Q1009", "CN": "Q148", "CO": "Q739", "CR": "Q800", "CU": "Q241",
    "CV": "Q1011", "CY": "Q229", "CZ": "Q213",
    "DE": "Q183", "DJ": "Q977", "DK": "Q35", "DM": "Q784", "DO": "Q786", "DZ": "Q262",
    "EC": "Q736", "EE": "Q191", "EG": "Q79", "ER": "Q986", "ES": "Q29", "ET": "Q115",
    "FI": "Q33", "FJ": "Q712", "FM": "Q702", "FR": "Q142",
    "GA": "Q1000", "GB": "Q145", "GD": "Q769", "GE": "Q230", "GH": "Q117", "GL": "Q223",
    "GM": "Q1005", "GN": "Q1006", "GQ": "Q983", "GR": "Q41", "GT": "Q774", "GW": "Q1007",
    "GY": "Q734",
    "HK": "Q8646", "HN": "Q783", "HR": "Q224", "HT": "Q790", "HU": "Q28",
    "ID": "Q252", "IE": "Q27", "IL": "Q801", "IN": "Q668", "IQ": "Q796", "IR": "Q794",
    "IS": "Q189", "IT": "Q38",
    "JM": "Q766", "JO": "Q810", "JP": "Q17",
    "KE": "Q114", "KG": "Q813", "KH": "Q424", "KI": "Q710", "KM": "Q970", "KN": "Q763",
    "KP": "Q423", "KR": "Q884", "KW": "Q817", "KZ": "Q232",
    "LA": "Q819", "LB": "Q822", "LC": "Q760", "LI": "Q347", "LK": "Q854", "LR": "Q1014",
    "LS": "Q1013", "LT": "Q37", "LU": "Q32", "LV": "Q211", "LY": "Q1016",
    "MA": "Q1028", "MC": "Q235", "MD": "Q217", "ME": "Q236", "MG": "Q1019", "MH": "Q709",
    "MK": "Q221", "ML": "Q912", "MM": "Q836", "MN": "Q711", "MR": "Q1025", "MT": "Q233",
    "MU": "Q1027", "MV": "Q826", "MW": "Q1020", "MX": "Q96", "MY": "Q833", "MZ": "Q1029",
    "NA": "Q1030", "NE": "Q1032", "NG": "Q1033", "NI": "Q811", "NL": "Q55", "NO": "Q20",
    "NP": "Q837", "NR": "Q697", "NZ": "Q664",
    "OM": "Q842",
    "PA": "Q804", "PE": "Q419", "PG": "Q691", "PH": "Q928", "PK": "Q843", "PL": "Q36",
    "PR": "Q1183", "PS": "Q219060", "PT": "Q45", "PW": "Q695", "PY": "Q733",
    "QA": "Q846",
    "RO": "Q218", "RS": "Q403", "RU": "Q159", "RW": "Q1037",
    "SA": "Q851", "SB": "Q685", "SC": "Q1042", "SD": "Q1049", "SE": "Q34", "SG": "Q334",
    "SI": "Q215", "SK": "Q214", "SL": "Q1044", "SM": "Q238", "SN": "Q1041", "SO": "Q1045",
    "SR": "Q730", "SS": "Q958", "ST": "Q1039", "SV": "Q792", "SY": "Q858", "SZ": "Q1050",
    "TD": "Q657", "TG": "Q945", "TH": "Q869", "TJ": "Q863", "TL": "Q574", "TM": "Q874",
    "TN": "Q948", "TO": "Q678", "TR": "Q43", "TT": "Q754", "TV": "Q672", "TW": "Q865",
    "TZ": "Q924",
    "UA": "Q212", "UG": "Q1036", "US": "Q30", "UY": "Q77", "UZ": "Q265",
    "VA": "Q237", "VC": "Q757", "VE": "Q717", "VN": "Q881", "VU": "Q686",
    "WS": "Q683",
    "XK": "Q1246",
    "YE": "Q805",
    "ZA": "Q258", "ZM": "Q953", "ZW": "Q954",
}

# Bengali forms that replace CLDR's name entirely (CLDR's is unusable as a surface form:
# parentheses, a weird spacing, or a clash with a better-known place). The CLDR name
# is kept only if listed here again.
REPLACE = {
    "MM": ["মিয়ানমার", "মায়ানমার", "বার্মা"],  # CLDR: "মায়ানমার (বার্মা)"
    "CC": ["কোকোস দ্বীপপুঞ্জ", "কোকোস কিলিং দ্বীপপুঞ্জ"],  # CLDR: "কোকোস (কিলিং) দ্বীপপুঞ্জ"
    "CG": ["কঙ্গো প্রজাতন্ত্র", "কঙ্গো-ব্রাজাভিল"],  # CLDR: "কঙ্গো - ব্রাজাভিল"
    # CLDR's "সেন্ট মার্টিন" is in Bengali news almost always Bangladesh's
    # St. Martin's Island (regions.tsv); keep it only as a weak form here.
    "MF": ["~সেন্ট মার্টিন"],
    # CLDR's "সিসিলি" for Seychelles is the usual Bengali name of Sicily; weak only.
    "SC": ["সেশেলস", "সিশেলস", "~সিসিলি"],
    # Everyday words / frequent false friends: weak only.
    "JE": ["~জার্সি"],  # jersey (sports shirt) is an everyday word
    "ML": ["~মালি"],  # মালি = gardener
    "GN": ["~গিনি", "গিনি প্রজাতন্ত্র"],  # গিনি = guinea gold (গিনি সোনা)
    "TD": ["~চাদ"],  # চাদর (sheet) strips to চাদ
    "CI": ["আইভরি কোস্ট", "কোট ডি আইভোর"],  # CLDR: "কোট ডি‘আইভোর" (with a quote mark)
}

# Bengali press spellings added after CLDR's name (CLDR's name is always kept unless
# REPLACE says otherwise). The first form listed is the most usual one.
VARIANTS = {
    "AE": ["সংযুক্ত আরব আমিরাত", "আরব আমিরাত", "আমিরাত"],
    "AF": ["আফগানিস্তান"],
    "AR": ["আর্জেন্টিনা"],
    "AU": ["অস্ট্রেলিয়া"],
    "AZ": ["আজারবাইজান"],
    "BA": ["বসনিয়া-হার্জেগোভিনা", "বসনিয়া"],
    "BD": ["বাংলাদেশ", "গণপ্রজাতন্ত্রী বাংলাদেশ"],
    "BH": ["বাহরাইন"],
    "BR": ["ব্রাজিল"],
    "BS": ["বাহামা"],
    "BY": ["বেলারুশ"],
    "CD": ["ডিআর কঙ্গো", "গণতান্ত্রিক কঙ্গো", "গণতান্ত্রিক প্রজাতন্ত্রী কঙ্গো", "~কঙ্গো"],
    "CN": ["চীন", "গণচীন"],
    "CR": ["কোস্টা রিকা"],
    "CZ": ["চেক প্রজাতন্ত্র"],
    "DE": ["জার্মানি"],
    "DO": ["ডোমিনিকান প্রজাতন্ত্র"],
    "EG": ["মিসর", "মিশর"],
    "ET": ["ইথিওপিয়া"],
    "FR": ["ফ্রান্স"],
    "GB": ["যুক্তরাজ্য", "ব্রিটেন", "গ্রেট ব্রিটেন"],
    "GL": ["গ্রিনল্যান্ড"],
    "GR": ["গ্রিস", "গ্রীস"],
    "HK": ["হংকং"],
    "ID": ["ইন্দোনেশিয়া"],
    "IL": ["ইসরায়েল", "ইসরাইল", "ইজরায়েল"],
    "IN": ["ভারত"],
    "IQ": ["ইরাক"],
    "IR": ["ইরান"],
    "IT": ["ইতালি"],
    "JO": ["জর্ডান", "জর্ডন"],
    "JP": ["জাপান"],
    "KG": ["কিরগিজিস্তান"],
    "KH": ["কম্বোডিয়া"],
    "KP": ["উত্তর কোরিয়া"],
    "KR": ["দক্ষিণ কোরিয়া"],
    "KW": ["কুয়েত"],
    "KZ": ["কাজাখস্তান"],
    "LB": ["লেবানন"],
    "LK": ["শ্রীলঙ্কা"],
    "LY": ["লিবিয়া"],
    "MA": ["মরক্কো"],
    "MK": ["উত্তর মেসিডোনিয়া", "মেসিডোনিয়া", "ম্যাসেডোনিয়া"],
    "MO": ["ম্যাকাও"],
    "MV": ["মালদ্বীপ"],
    "MX": ["মেক্সিকো"],
    "MY": ["মালয়েশিয়া"],
    "NG": ["নাইজেরিয়া"],
    "NL": ["নেদারল্যান্ডস", "হল্যান্ড"],
    "NP": ["নেপাল"],
    "NZ": ["নিউজিল্যান্ড"],
    "OM": ["ওমান"],
    "PH": ["ফিলিপাইন", "ফিলিপাইনস"],
    "PK": ["পাকিস্তান"],
    "PL": ["পোল্যান্ড"],
    "PS": ["ফিলিস্তিন", "প্যালেস্টাইন", "ফিলিস্তিন রাষ্ট্র"],
    "QA": ["কাতার"],
    "RU": ["রাশিয়া", "রুশ ফেডারেশন", "রাশিয়ান ফেডারেশন"],
    "SA": ["সৌদি আরব"],
    "SD": ["সুদান"],
    "SG": ["সিঙ্গাপুর"],
    "SO": ["সোমালিয়া"],
    "SY": ["সিরিয়া"],
    "TH": ["থাইল্যান্ড"],
    "TL": ["পূর্ব তিমুর"],
    "TR": ["তুরস্ক", "তুর্কিয়ে"],
    "TW": ["তাইওয়ান"],
    "TZ": ["তানজানিয়া"],
    "UA": ["ইউক্রেন"],
    "US": ["যুক্তরাষ্ট্র", "মার্কিন যুক্তরাষ্ট্র", "আমেরিকা", "যুক্তরাষ্ট্র আমেরিকা"],
    "UZ": ["উজবেকিস্তান"],
    "VA": ["ভ্যাটিকান"],
    "VE": ["ভেনেজুয়েলা"],
    "VN": ["ভিয়েতনাম"],
    "YE": ["ইয়েমেন"],
    "ZA": ["দক্ষিণ আফ্রিকা"],
    "ZW": ["জিম্বাবুয়ে"],
}

# Places with a government that are not CLDR territories but that Bengali news names as
# countries (mostly in sport). QIDs: England Q21, Scotland Q22, Wales Q25,
# Northern Ireland Q26.
EXTRA_COUNTRIES = [
    ("GPE", "England", "Q21", ["ইংল্যান্ড"]),
    ("GPE", "Scotland", "Q22", ["স্কটল্যান্ড"]),
    ("GPE", "Wales", "Q25", ["ওয়েলস"]),
    ("GPE", "Northern Ireland", "Q26", ["উত্তর আয়ারল্যান্ড"]),
]

# --------------------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------------------
# CLDR numeric regions that are left out.
REGION_SKIP = {
    "001",  # world: CLDR's Bengali name পৃথিবী is an everyday word
}
# Replacement Bengali forms for some CLDR numeric regions.
REGION_REPLACE = {
    # CLDR's আমেরিকা means the United States in Bengali news (countries.tsv).
    "019": ["আমেরিকা মহাদেশ"],
    # hyphenated form also matches the spaced and joined spellings
    "035": ["দক্ষিণ-পূর্ব এশিয়া"],
    "202": ["সাব-সাহারান আফ্রিকা", "উপ সাহারান আফ্রিকা", "সাহারা-নিম্ন আফ্রিকা"],
}
REGION_VARIANTS = {
    "009": ["ওশেনিয়া"],
    "029": ["ক্যারিবীয় অঞ্চল"],
    "419": ["ল্যাটিন আমেরিকা"],
}
# English names for the numeric regions where CLDR's differs from common usage.
REGION_EN: dict[str, str] = {}
REGION_QIDS = {"002": "Q15", "142": "Q48", "150": "Q46", "003": "Q49", "005": "Q18"}

# Curated regions: (label, canonical, kb_id, forms). A bare name that is an everyday
# word (পদ্মা lotus, মেঘনা/মধুমতী given names, সুরমা kohl, নীল blue …) is only given as
# a "X নদী" form, or as a weak form.
CURATED_REGIONS = [
    # continents and macro-regions not in CLDR
    ("LOC", "Antarctica", "Q51", ["অ্যান্টার্কটিকা", "এন্টার্কটিকা"]),
    ("LOC", "Middle East", "", ["মধ্যপ্রাচ্য", "মধ্য প্রাচ্য"]),
    ("LOC", "Gulf region", "", ["উপসাগরীয় অঞ্চল"]),
    ("LOC", "Arab world", "", ["আরব বিশ্ব", "আরব দুনিয়া"]),
    ("LOC", "Indian subcontinent", "", ["ভারতীয় উপমহাদেশ", "~উপমহাদেশ"]),
    ("LOC", "Indo-Pacific", "", ["ইন্দো-প্যাসিফিক", "ইন্দো-প্রশান্ত মহাসাগরীয় অঞ্চল"]),
    ("LOC", "Northeast India", "", ["উত্তর-পূর্ব ভারত", "সেভেন সিস্টার্স", "সেভেন সিস্টার্স রাজ্য"]),
    ("LOC", "Eurasia", "", ["ইউরেশিয়া"]),
    ("LOC", "Balkans", "", ["বলকান", "বলকান অঞ্চল"]),
    ("LOC", "Caucasus", "", ["ককেশাস", "ককেশাস অঞ্চল"]),
    ("LOC", "Scandinavia", "", ["স্ক্যান্ডিনেভিয়া"]),
    ("LOC", "Arabian Peninsula", "", ["আরব উপদ্বীপ"]),
    ("LOC", "Korean Peninsula", "", ["কোরীয় উপদ্বীপ", "কোরিয়া উপদ্বীপ"]),
    ("LOC", "Horn of Africa", "", ["আফ্রিকার শৃঙ্গ", "হর্ন অব আফ্রিকা"]),
    # disputed and occupied areas
    ("LOC", "West Bank", "", ["পশ্চিম তীর", "অধিকৃত পশ্চিম তীর"]),
    ("LOC", "Gaza Strip", "", ["গাজা", "গাজা উপত্যকা", "গাজা ভূখণ্ড"]),
    ("LOC", "East Jerusalem", "", ["পূর্ব জেরুজালেম", "পূর্ব জেরুসালেম"]),
    ("LOC", "Golan Heights", "", ["গোলান মালভূমি", "গোলান"]),
    ("LOC", "Sinai Peninsula", "", ["সিনাই", "সিনাই উপদ্বীপ"]),
    ("LOC", "Kashmir", "", ["কাশ্মীর", "কাশ্মির"]),
    ("LOC", "Crimea", "", ["ক্রিমিয়া", "ক্রিমিয়া উপদ্বীপ"]),
    ("LOC", "Donbas", "", ["দোনবাস", "দনবাস"]),
    ("LOC", "Kurdistan", "", ["কুর্দিস্তান"]),
    ("LOC", "Arakan", "", ["আরাকান"]),
    ("LOC", "Punjab", "", ["পাঞ্জাব"]),
    ("LOC", "Chittagong Hill Tracts", "", ["পার্বত্য চট্টগ্রাম"]),
    # a few first-level subdivisions of neighbouring and newsworthy countries
    ("GPE", "Rakhine State", "", ["রাখাইন", "রাখাইন রাজ্য"]),
    ("GPE", "Chin State", "", ["চিন রাজ্য"]),
    ("GPE", "Xinjiang", "", ["জিনজিয়াং", "শিনজিয়াং"]),
    ("GPE", "Tibet", "", ["তিব্বত"]),
    ("GPE", "Balochistan", "", ["বেলুচিস্তান", "বালুচিস্তান"]),
    ("GPE", "Khyber Pakhtunkhwa", "", ["খাইবার পাখতুনখাওয়া", "খাইবার পাখতুনখোয়া"]),
    ("GPE", "Sindh", "", ["সিন্ধু প্রদেশ", "সিন্ধ"]),
    ("GPE", "Punjab, Pakistan", "", ["পাঞ্জাব প্রদেশ", "~পাঞ্জাব"]),
    ("GPE", "Azad Kashmir", "", ["আজাদ কাশ্মীর", "পাকিস্তান-শাসিত কাশ্মীর"]),
    ("GPE", "Gilgit-Baltistan", "", ["গিলগিট-বালতিস্তান"]),
    # the states of the United States: the bare name and "<name> অঙ্গরাজ্য" (state); a name
    # that is a city's or a country's (নিউইয়র্ক, ওয়াশিংটন, জর্জিয়া) or an everyday word
    # (মেইন 'main', হাওয়াই 'air-' as in হাওয়াই জাহাজ) only in longer forms
    ("GPE", "Alabama", "", ["আলাবামা", "আলাবামা অঙ্গরাজ্য"]),
    ("GPE", "Alaska", "", ["আলাস্কা", "আলাস্কা অঙ্গরাজ্য"]),
    ("GPE", "Arizona", "", ["অ্যারিজোনা", "অ্যারিজোনা অঙ্গরাজ্য"]),
    ("GPE", "Arkansas", "", ["আরকানসাস", "আরকানসাস অঙ্গরাজ্য"]),
    ("GPE", "California", "", ["ক্যালিফোর্নিয়া", "ক্যালিফোর্নিয়া অঙ্গরাজ্য"]),
    ("GPE", "Colorado", "", ["কলোরাডো", "কলোরাডো অঙ্গরাজ্য"]),
    ("GPE", "Connecticut", "", ["কানেকটিকাট", "কানেকটিকাট অঙ্গরাজ্য"]),
    ("GPE", "Delaware", "", ["ডেলাওয়্যার", "ডেলাওয়্যার অঙ্গরাজ্য"]),
    ("GPE", "Florida", "", ["ফ্লোরিডা", "ফ্লোরিডা অঙ্গরাজ্য"]),
    ("GPE", "Georgia (U.S. state)", "", ["জর্জিয়া অঙ্গরাজ্য"]),
    ("GPE", "Hawaii", "", ["হাওয়াই অঙ্গরাজ্য", "হাওয়াই দ্বীপপুঞ্জ"]),
    ("GPE", "Idaho", "", ["আইডাহো", "আইডাহো অঙ্গরাজ্য"]),
    ("GPE", "Illinois", "", ["ইলিনয়", "ইলিনয় অঙ্গরাজ্য"]),
    ("GPE", "Indiana", "", ["ইন্ডিয়ানা", "ইন্ডিয়ানা অঙ্গরাজ্য"]),
    ("GPE", "Iowa", "", ["আইওয়া", "আইওয়া অঙ্গরাজ্য"]),
    ("GPE", "Kansas", "", ["ক্যানসাস", "কানসাস", "ক্যানসাস অঙ্গরাজ্য"]),
    ("GPE", "Kentucky", "", ["কেনটাকি", "কেন্টাকি", "কেনটাকি অঙ্গরাজ্য"]),
    ("GPE", "Louisiana", "", ["লুইজিয়ানা", "লুইজিয়ানা অঙ্গরাজ্য"]),
    ("GPE", "Maine", "", ["মেইন অঙ্গরাজ্য"]),
    ("GPE", "Maryland", "", ["মেরিল্যান্ড", "মেরিল্যান্ড অঙ্গরাজ্য"]),
    ("GPE", "Massachusetts", "", ["ম্যাসাচুসেটস", "ম্যাসাচুসেটস অঙ্গরাজ্য"]),
    ("GPE", "Michigan", "", ["মিশিগান", "মিশিগান অঙ্গরাজ্য"]),
    ("GPE", "Minnesota", "", ["মিনেসোটা", "মিনেসোটা অঙ্গরাজ্য"]),
    ("GPE", "Mississippi", "", ["মিসিসিপি", "মিসিসিপি অঙ্গরাজ্য"]),
    ("GPE", "Missouri", "", ["মিজৌরি", "মিসৌরি", "মিজৌরি অঙ্গরাজ্য"]),
    ("GPE", "Montana", "", ["মন্টানা", "মন্টানা অঙ্গরাজ্য"]),
    ("GPE", "Nebraska", "", ["নেব্রাস্কা", "নেব্রাস্কা অঙ্গরাজ্য"]),
    ("GPE", "Nevada", "", ["নেভাডা", "নেভাডা অঙ্গরাজ্য"]),
    ("GPE", "New Hampshire", "", ["নিউ হ্যাম্পশায়ার", "নিউ হ্যাম্পশায়ার অঙ্গরাজ্য"]),
    ("GPE", "New Jersey", "", ["নিউ জার্সি", "নিউজার্সি", "নিউ জার্সি অঙ্গরাজ্য"]),
    ("GPE", "New Mexico", "", ["নিউ মেক্সিকো", "নিউ মেক্সিকো অঙ্গরাজ্য"]),
    ("GPE", "New York (state)", "", ["নিউইয়র্ক অঙ্গরাজ্য", "নিউ ইয়র্ক অঙ্গরাজ্য"]),
    ("GPE", "North Carolina", "",
     ["নর্থ ক্যারোলাইনা", "উত্তর ক্যারোলাইনা", "নর্থ ক্যারোলাইনা অঙ্গরাজ্য"]),
    ("GPE", "North Dakota", "", ["নর্থ ডাকোটা", "উত্তর ডাকোটা", "নর্থ ডাকোটা অঙ্গরাজ্য"]),
    ("GPE", "Ohio", "", ["ওহাইও", "ওহাইও অঙ্গরাজ্য"]),
    ("GPE", "Oklahoma", "", ["ওকলাহোমা", "ওকলাহোমা অঙ্গরাজ্য"]),
    ("GPE", "Oregon", "", ["ওরেগন", "ওরেগন অঙ্গরাজ্য"]),
    ("GPE", "Pennsylvania", "", ["পেনসিলভানিয়া", "পেনসিলভানিয়া অঙ্গরাজ্য"]),
    ("GPE", "Rhode Island", "", ["রোড আইল্যান্ড", "রোড আইল্যান্ড অঙ্গরাজ্য"]),
    ("GPE", "South Carolina", "",
     ["সাউথ ক্যারোলাইনা", "দক্ষিণ ক্যারোলাইনা", "সাউথ ক্যারোলাইনা অঙ্গরাজ্য"]),
    ("GPE", "South Dakota", "", ["সাউথ ডাকোটা", "দক্ষিণ ডাকোটা", "সাউথ ডাকোটা অঙ্গরাজ্য"]),
    ("GPE", "Tennessee", "", ["টেনেসি", "টেনেসি অঙ্গরাজ্য"]),
    ("GPE", "Texas", "", ["টেক্সাস", "টেক্সাস অঙ্গরাজ্য"]),
    ("GPE", "Utah", "", ["ইউটা", "ইউটা অঙ্গরাজ্য"]),
    ("GPE", "Vermont", "", ["ভারমন্ট", "ভারমন্ট অঙ্গরাজ্য"]),
    ("GPE", "Virginia", "", ["ভার্জিনিয়া", "ভার্জিনিয়া অঙ্গরাজ্য"]),
    ("GPE", "Washington (state)", "", ["ওয়াশিংটন অঙ্গরাজ্য"]),
    ("GPE", "West Virginia", "",
     ["ওয়েস্ট ভার্জিনিয়া", "পশ্চিম ভার্জিনিয়া", "ওয়েস্ট ভার্জিনিয়া অঙ্গরাজ্য"]),
    ("GPE", "Wisconsin", "", ["উইসকনসিন", "উইসকনসিন অঙ্গরাজ্য"]),
    ("GPE", "Wyoming", "", ["ওয়াইওমিং", "ওয়াইওমিং অঙ্গরাজ্য"]),
    # provinces and regions of other countries named in world news
    ("GPE", "Ontario", "", ["অন্টারিও", "অন্টারিও প্রদেশ"]),
    ("GPE", "Quebec", "", ["কুইবেক", "কুইবেক প্রদেশ"]),
    ("GPE", "British Columbia", "", ["ব্রিটিশ কলাম্বিয়া"]),
    ("GPE", "Alberta", "", ["আলবার্টা"]),
    ("GPE", "Catalonia", "", ["কাতালোনিয়া"]),
    ("GPE", "Bavaria", "", ["বাভারিয়া"]),
    ("GPE", "Tigray Region", "", ["টাইগ্রে", "তিগ্রে"]),
    ("GPE", "Kachin State", "", ["কাচিন", "কাচিন রাজ্য"]),
    ("GPE", "Shan State", "", ["শান রাজ্য"]),
    ("LOC", "Darfur", "", ["দারফুর"]),
    ("LOC", "Siberia", "", ["সাইবেরিয়া"]),
    ("LOC", "Mindanao", "", ["মিন্দানাও"]),
    ("LOC", "Bali", "", ["বালি দ্বীপ"]),  # (বালি alone is sand)
    # seas, gulfs, straits, canals
    ("LOC", "Bay of Bengal", "", ["বঙ্গোপসাগর"]),
    ("LOC", "Mediterranean Sea", "", ["ভূমধ্যসাগর", "ভূমধ্য সাগর"]),
    ("LOC", "Red Sea", "", ["লোহিত সাগর"]),
    ("LOC", "Arabian Sea", "", ["আরব সাগর"]),
    ("LOC", "Black Sea", "", ["কৃষ্ণসাগর", "কৃষ্ণ সাগর"]),
    ("LOC", "Caspian Sea", "", ["কাস্পিয়ান সাগর"]),
    ("LOC", "Dead Sea", "", ["মৃত সাগর"]),
    ("LOC", "South China Sea", "", ["দক্ষিণ চীন সাগর"]),
    ("LOC", "East China Sea", "", ["পূর্ব চীন সাগর"]),
    ("LOC", "Andaman Sea", "", ["আন্দামান সাগর"]),
    ("LOC", "Baltic Sea", "", ["বাল্টিক সাগর"]),
    ("LOC", "North Sea", "", ["উত্তর সাগর"]),
    ("LOC", "Persian Gulf", "", ["পারস্য উপসাগর"]),
    ("LOC", "Gulf of Aden", "", ["এডেন উপসাগর"]),
    ("LOC", "Gulf of Oman", "", ["ওমান উপসাগর"]),
    ("LOC", "Strait of Hormuz", "", ["হরমুজ প্রণালি", "হরমুজ প্রণালী"]),
    ("LOC", "Strait of Malacca", "", ["মালাক্কা প্রণালি", "মালাক্কা প্রণালী"]),
    ("LOC", "Taiwan Strait", "", ["তাইওয়ান প্রণালি", "তাইওয়ান প্রণালী"]),
    ("LOC", "Bab-el-Mandeb", "", ["বাব আল-মান্দেব", "বাব আল-মান্দেব প্রণালি"]),
    ("LOC", "Suez Canal", "", ["সুয়েজ খাল"]),
    ("LOC", "Panama Canal", "", ["পানামা খাল"]),
    # oceans
    ("LOC", "Indian Ocean", "", ["ভারত মহাসাগর"]),
    ("LOC", "Pacific Ocean", "", ["প্রশান্ত মহাসাগর"]),
    ("LOC", "Atlantic Ocean", "", ["আটলান্টিক মহাসাগর", "আটলান্টিক"]),
    ("LOC", "Arctic Ocean", "", ["উত্তর মহাসাগর", "আর্কটিক মহাসাগর", "সুমেরু মহাসাগর"]),
    ("LOC", "Southern Ocean", "", ["দক্ষিণ মহাসাগর", "কুমেরু মহাসাগর"]),
    # mountains and deserts
    ("LOC", "Himalayas", "", ["হিমালয়", "হিমালয় পর্বতমালা"]),
    ("LOC", "Mount Everest", "", ["এভারেস্ট", "মাউন্ট এভারেস্ট", "এভারেস্ট শৃঙ্গ"]),
    ("LOC", "Hindu Kush", "", ["হিন্দুকুশ", "হিন্দুকুশ পর্বতমালা"]),
    ("LOC", "Karakoram", "", ["কারাকোরাম"]),
    ("LOC", "Alps", "", ["আল্পস", "আল্পস পর্বতমালা"]),
    ("LOC", "Andes", "", ["আন্দিজ", "আন্দিজ পর্বতমালা"]),
    ("LOC", "Sahara", "", ["সাহারা মরুভূমি", "~সাহারা"]),
    ("LOC", "Thar Desert", "", ["থর মরুভূমি"]),
    ("LOC", "Gobi Desert", "", ["গোবি মরুভূমি"]),
    # landmarks of Bangladesh that the news names as places of gatherings
    ("LOC", "Central Shaheed Minar", "", ["কেন্দ্রীয় শহীদ মিনার", "শহীদ মিনার"]),
    ("LOC", "Suhrawardy Udyan", "", ["সোহরাওয়ার্দী উদ্যান"]),
    ("LOC", "National Martyrs' Memorial", "", ["জাতীয় স্মৃতিসৌধ"]),
    # rivers: Bangladesh and the region
    ("LOC", "Padma River", "", ["পদ্মা নদী", "~পদ্মা"]),
    ("LOC", "Meghna River", "", ["মেঘনা নদী", "~মেঘনা"]),
    ("LOC", "Jamuna River", "", ["যমুনা নদী", "~যমুনা"]),
    ("LOC", "Brahmaputra River", "", ["ব্রহ্মপুত্র নদ", "ব্রহ্মপুত্র নদী", "ব্রহ্মপুত্র"]),
    ("LOC", "Teesta River", "", ["তিস্তা নদী", "তিস্তা"]),
    ("LOC", "Karnaphuli River", "", ["কর্ণফুলী নদী", "কর্ণফুলী"]),
    ("LOC", "Buriganga River", "", ["বুড়িগঙ্গা নদী", "বুড়িগঙ্গা"]),
    ("LOC", "Shitalakshya River", "", ["শীতলক্ষ্যা নদী", "শীতলক্ষ্যা", "শীতলক্ষা"]),
    ("LOC", "Turag River", "", ["তুরাগ নদী", "~তুরাগ"]),
    ("LOC", "Dhaleshwari River", "", ["ধলেশ্বরী নদী", "ধলেশ্বরী"]),
    ("LOC", "Ganges", "", ["গঙ্গা নদী", "গঙ্গা"]),
    ("LOC", "Surma River", "", ["সুরমা নদী", "~সুরমা"]),
    ("LOC", "Kushiyara River", "", ["কুশিয়ারা নদী", "কুশিয়ারা"]),
    ("LOC", "Madhumati River", "", ["মধুমতী নদী", "মধুমতি নদী", "~মধুমতী"]),
    ("LOC", "Arial Khan River", "", ["আড়িয়াল খাঁ নদী", "আড়িয়াল খাঁ"]),
    ("LOC", "Gorai River", "", ["গড়াই নদী", "গড়াই"]),
    ("LOC", "Rupsha River", "", ["রূপসা নদী", "~রূপসা"]),
    ("LOC", "Kirtankhola River", "", ["কীর্তনখোলা নদী", "কীর্তনখোলা"]),
    ("LOC", "Dharla River", "", ["ধরলা নদী", "ধরলা"]),
    ("LOC", "Atrai River", "", ["আত্রাই নদী"]),
    ("LOC", "Mahananda River", "", ["মহানন্দা নদী", "~মহানন্দা"]),
    ("LOC", "Matamuhuri River", "", ["মাতামুহুরী নদী", "মাতামুহুরী"]),
    ("LOC", "Sangu River", "", ["সাঙ্গু নদী", "সাঙ্গু"]),
    ("LOC", "Naf River", "", ["নাফ নদী", "নাফ"]),
    ("LOC", "Feni River", "", ["ফেনী নদী"]),
    ("LOC", "Bhairab River", "", ["ভৈরব নদ", "ভৈরব নদী"]),
    ("LOC", "Hooghly River", "", ["হুগলি নদী"]),
    ("LOC", "Indus River", "", ["সিন্ধু নদ", "সিন্ধু নদী"]),
    ("LOC", "Irrawaddy River", "", ["ইরাবতী নদী", "ইরাবতী"]),
    ("LOC", "Mekong River", "", ["মেকং নদী", "মেকং"]),
    ("LOC", "Nile", "", ["নীলনদ", "নীল নদ", "নীল নদী"]),
    ("LOC", "Euphrates", "", ["ফোরাত নদী", "ফোরাত", "ইউফ্রেটিস"]),
    ("LOC", "Tigris", "", ["টাইগ্রিস", "দজলা নদী"]),
    ("LOC", "Jordan River", "", ["জর্ডান নদী"]),
    ("LOC", "Dnieper", "", ["নিপার নদী", "দিনিপ্রো নদী"]),
    ("LOC", "Thames", "", ["টেমস নদী", "টেমস"]),
    ("LOC", "Amazon River", "", ["আমাজন নদী"]),
    # rivers named like the states they cross: the river only with নদী
    ("LOC", "Mississippi River", "", ["মিসিসিপি নদী"]),
    ("LOC", "Missouri River", "", ["মিসৌরি নদী", "মিজৌরি নদী"]),
    ("LOC", "Colorado River", "", ["কলোরাডো নদী"]),
    ("LOC", "Amazon rainforest", "", ["আমাজন বন", "আমাজন জঙ্গল", "আমাজন রেইনফরেস্ট"]),
    # lakes, wetlands, islands, forests and other named places in Bangladesh
    ("LOC", "Sundarbans", "", ["সুন্দরবন"]),
    ("LOC", "St. Martin's Island", "", ["সেন্টমার্টিন", "সেন্ট মার্টিন", "সেন্টমার্টিন দ্বীপ", "সেন্ট মার্টিন দ্বীপ", "সেন্ট মার্টিনস দ্বীপ", "নারিকেল জিঞ্জিরা"]),
    ("LOC", "Bhasan Char", "", ["ভাসানচর", "ভাসান চর"]),
    ("LOC", "Kuakata", "", ["কুয়াকাটা"]),
    ("LOC", "Sajek Valley", "", ["সাজেক", "সাজেক ভ্যালি"]),
    ("LOC", "Jaflong", "", ["জাফলং"]),
    ("LOC", "Kaptai Lake", "", ["কাপ্তাই হ্রদ", "কাপ্তাই লেক"]),
    ("LOC", "Hakaluki Haor", "", ["হাকালুকি হাওর"]),
    ("LOC", "Tanguar Haor", "", ["টাঙ্গুয়ার হাওর", "টাঙ্গুয়ার হাওড়"]),
    ("LOC", "Cox's Bazar beach", "", ["কক্সবাজার সমুদ্রসৈকত", "কক্সবাজার সৈকত"]),
    # landmarks
    ("LOC", "Al-Aqsa Mosque", "", ["আল-আকসা মসজিদ", "আল-আকসা"]),
]

ZERO_WIDTH = {"\u200c", "\u200d"}


def nfc(text: str) -> str:
    """NFC-normalise, drop zero-width (non-)joiners and collapse spaces."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch not in ZERO_WIDTH)
    text = " ".join(text.split())
    return text.replace(" - ", "-")


def join_forms(forms: list[str]) -> str:
    """Normalise, drop duplicates (keeping the first occurrence) and join with |."""
    seen: set[str] = set()
    out: list[str] = []
    for form in forms:
        form = nfc(form)
        key = form.lstrip("~")
        if not key or key in seen:
            continue
        if "(" in key or ")" in key or "|" in key or "\t" in key:
            raise ValueError(f"unusable form {form!r}")
        seen.add(key)
        out.append(form)
    return "|".join(out)


def english_name(code: str, en: dict[str, str]) -> str:
    if code in EN_OVERRIDES:
        return EN_OVERRIDES[code]
    name = en[code]
    name = name.replace(" & ", " and ").replace("St. ", "Saint ")
    return name


def country_rows() -> list[tuple[str, str, str, str, str]]:
    kb = qids("countries.tsv")
    bn = Locale("bn").territories
    en = Locale("en").territories
    rows = []
    for code in sorted(bn):
        if not (len(code) == 2 and code.isalpha()) or code in SKIP:
            continue
        cldr_name = nfc(bn[code])
        if code in REPLACE:
            forms = list(REPLACE[code]) + VARIANTS.get(code, [])
            curated = True
        else:
            extra = VARIANTS.get(code, [])
            forms = extra + [cldr_name]
            curated = any(nfc(f).lstrip("~") != cldr_name for f in extra)
        source = f"{CLDR}; variants curated" if curated else CLDR
        qid = QIDS.get(code) or kb.get(code, "")
        rows.append(("GPE", english_name(code, en), qid, join_forms(forms), source))
    for label, canonical, qid, forms in EXTRA_COUNTRIES:
        rows.append((label, canonical, qid, join_forms(forms), CURATED_PRESS))
    return rows


def region_rows() -> list[tuple[str, str, str, str, str]]:
    bn = Locale("bn").territories
    en = Locale("en").territories
    rows = []
    for code in sorted(bn):
        if not code.isdigit() or code in REGION_SKIP:
            continue
        if code in REGION_REPLACE:
            forms = REGION_REPLACE[code] + REGION_VARIANTS.get(code, [])
            curated = True
        else:
            forms = [bn[code]] + REGION_VARIANTS.get(code, [])
            curated = code in REGION_VARIANTS
        source = f"{CLDR}; variants curated" if curated else CLDR
        canonical = REGION_EN.get(code, en[code])
        rows.append(("LOC", canonical, REGION_QIDS.get(code, ""), join_forms(forms), source))
    for label, canonical, qid, forms in CURATED_REGIONS:
        rows.append((label, canonical, qid, join_forms(forms), CURATED_PRESS))
    return rows


def check_unique(rows, path: Path) -> None:
    seen: dict[tuple[str, str], str] = {}
    for label, canonical, _qid, forms, _src in rows:
        for form in forms.split("|"):
            key = (form.lstrip("~"), label)
            if key in seen:
                raise SystemExit(f"{path.name}: form {key[0]!r} ({label}) in both {seen[key]!r} and {canonical!r}")
            seen[key] = canonical


def sort_key(row) -> tuple[str, ...]:
    """Sort rows by canonical name, ignoring case and accents (Åland next to Albania)."""
    base = "".join(ch for ch in unicodedata.normalize("NFKD", row[1]) if not unicodedata.combining(ch))
    return (base.casefold(), row[1], row[0], row[3])


def write(path: Path, header: list[str], rows) -> None:
    rows = sorted(rows, key=sort_key)
    check_unique(rows, path)
    lines = [f"# {line}" if line else "#" for line in header]
    lines.append("label\tcanonical\tkb_id\tforms\tsource")
    lines += ["\t".join(r) for r in rows]
    text = "\n".join(lines) + "\n"
    assert unicodedata.is_normalized("NFC", text)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {path} ({len(rows)} rows)", file=sys.stderr)


LICENCE = ("Licence: CLDR data (c) Unicode, Inc., Unicode License v3, "
           "https://www.unicode.org/license.txt; curated additions are part of this project.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT,
                        help="directory to write countries.tsv and regions.tsv (default: %(default)s)")
    args = parser.parse_args(argv)

    write(args.out_dir / "countries.tsv", [
        "Countries and territories (label GPE): every two-letter CLDR territory except",
        "pseudo-territories and organisations (ZZ, XA, XB, EU, EZ, UN, QO; AQ is in regions.tsv),",
        "plus England, Scotland, Wales and Northern Ireland.",
        f"Source: Unicode {CLDR}: Bengali names from locale bn, English names from locale en",
        "(short news names substituted); Bengali press spellings curated (Prothom Alo, bdnews24,",
        "Jugantor, Kaler Kantho). kb_id: Wikidata QID only where certain, else empty.",
        *CREDIT["countries.tsv"],
        LICENCE,
        "Generated by scripts/gen_countries.py; do not edit by hand, edit the script and re-run.",
    ], country_rows())

    write(args.out_dir / "regions.tsv", [
        "World regions, continents, seas, rivers, mountains and other named places (label LOC),",
        "and first-level subdivisions of other countries: the states of the United States and a few",
        "provinces of newsworthy countries (label GPE).",
        f"Source: Unicode {CLDR} numeric region names (locale bn; 001 'world' left out),",
        "plus places curated from Bengali press usage (Prothom Alo, bdnews24, Jugantor, Kaler Kantho).",
        "A bare name that is an everyday word or a common given name is only a weak (~) form.",
        LICENCE,
        "Generated by scripts/gen_countries.py; do not edit by hand, edit the script and re-run.",
    ], region_rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
